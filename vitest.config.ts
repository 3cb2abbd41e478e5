import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

/**
 * Three tiers (see tests/README.md):
 * - unit: domain, pipeline and the Cytoscape adapter (headless), in Node;
 * - components: React Testing Library in jsdom;
 * - browser: the built app served on loopback and driven in Debian's Chromium.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "tests/adapter/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "components",
          environment: "jsdom",
          include: ["tests/components/**/*.test.tsx"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/support/globalSetup.ts"],
          testTimeout: 60_000,
          // A loaded 2-core CI machine draws slower than a desk: poll for up to 5 s, not 1 s.
          expect: { poll: { timeout: 5_000, interval: 50 } },
          hookTimeout: 180_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
