import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildGraphs } from "./buildGraphs.ts";

/**
 * `npm run graphs [-- <outDir>]`: builds the graphs from data/ without Vite, prints a line per
 * graph (or every problem) and writes the files to outDir (default: dist-graphs/).
 */
const outDir = resolve(process.argv[2] ?? "dist-graphs");
const started = performance.now();
const { files, errors } = buildGraphs(resolve("data"));
if (errors.length > 0) {
  console.error(`Quotegraph: ${errors.length} problem(s) in data/:\n  ${errors.join("\n  ")}`);
  process.exit(1);
}
for (const [path, contents] of files) {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, contents);
  console.log(`${path}  ${(Buffer.byteLength(contents) / 1024).toFixed(1)} KiB`);
}
console.log(`built in ${Math.round(performance.now() - started)} ms → ${outDir}`);
