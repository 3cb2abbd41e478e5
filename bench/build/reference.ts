import react from "@vitejs/plugin-react";
import { build } from "vite";
import { REFERENCE_DIR, REFERENCE_SOURCE_DIR } from "../paths.ts";
import { withProductionEnv } from "./productionEnv.ts";

/**
 * Builds the bare reference page (bench/reference) into REFERENCE_DIR: React, react-cytoscapejs
 * and Cytoscape with Vite's defaults, none of the product's configuration.
 */
export async function buildReference(): Promise<string> {
  await withProductionEnv(() =>
    build({
      root: REFERENCE_SOURCE_DIR,
      configFile: false,
      mode: "production",
      logLevel: "warn",
      base: "./",
      plugins: [react()],
      build: {
        outDir: REFERENCE_DIR,
        emptyOutDir: true,
        // One big chunk is what a bare page ships; Vite's warning about it is noise here.
        chunkSizeWarningLimit: 2048,
      },
    }),
  );
  return REFERENCE_DIR;
}
