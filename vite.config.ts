import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { quotegraphData } from "./src/build/vitePlugin.ts";
import { contentSecurityPolicy } from "./src/build/contentSecurityPolicy.ts";

export default defineConfig({
  // Relative asset URLs: the static output works from any folder or sub-path.
  base: "./",
  plugins: [react(), quotegraphData(), contentSecurityPolicy()],
  build: {
    // No data: URIs: keeps a strict Content-Security-Policy simple.
    assetsInlineLimit: 0,
    target: "es2022",
  },
});
