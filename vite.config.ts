import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { quotegraphData } from "./src/build/vitePlugin.ts";
import { contentSecurityPolicy } from "./src/build/contentSecurityPolicy.ts";
import { customMediaRules } from "./src/components/breakpoints.ts";

/**
 * Puts the breakpoints (src/components/breakpoints.ts) in front of every stylesheet as
 * @custom-media rules, so a stylesheet writes `@media (--phone)` and never the width itself;
 * Lightning CSS, below, replaces each name with its query and drops the rules.
 */
export function breakpoints(): Plugin {
  const rules = customMediaRules();
  return {
    name: "quotegraph-breakpoints",
    // Before Vite's own CSS plugin, which compiles the stylesheet.
    enforce: "pre",
    transform(code, id) {
      const [path = "", query = ""] = id.split("?");
      // A stylesheet, not one imported as a string or an address.
      if (!path.endsWith(".css") || /(^|&)(raw|url)\b/.test(query)) return null;
      return { code: rules + code, map: null };
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the static output works from any folder or sub-path.
  base: "./",
  plugins: [react(), quotegraphData(), contentSecurityPolicy(), breakpoints()],
  css: {
    // Lightning CSS (which already minifies the build) also compiles each stylesheet, for
    // custom media. No targets here: lowering for older browsers stays with the minifier,
    // which takes build.target, as it did before this step was added.
    transformer: "lightningcss",
    lightningcss: { drafts: { customMedia: true }, targets: {} },
  },
  build: {
    // No data: URIs: keeps a strict Content-Security-Policy simple.
    assetsInlineLimit: 0,
    target: "es2022",
  },
});
