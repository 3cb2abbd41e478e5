import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";
import { PROBE_DIR, PROBE_ENTRY } from "../paths.ts";

const FILE_NAME = "probe.js";

/**
 * Compiles page/probe.ts into one classic script for `context.addInitScript`, and returns its
 * text. Not minified, so a stack trace from the probe stays readable.
 */
export async function buildProbeScript(): Promise<string> {
  await build({
    configFile: false,
    logLevel: "warn",
    publicDir: false,
    build: {
      outDir: PROBE_DIR,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: PROBE_ENTRY,
        formats: ["iife"],
        name: "quotegraphBenchProbe",
        fileName: () => FILE_NAME,
      },
    },
  });
  return readFile(join(PROBE_DIR, FILE_NAME), "utf8");
}
