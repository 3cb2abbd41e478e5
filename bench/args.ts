import { parseArgs } from "node:util";

export interface BenchOptions {
  /** Node counts to measure, in order. */
  readonly sizes: readonly number[];
  /** Runs per page per size (the median is reported). */
  readonly runs: number;
}

export const DEFAULT_OPTIONS: BenchOptions = { sizes: [1000, 5000, 20000], runs: 3 };

export const USAGE =
  "usage: npm run bench -- [--sizes 1000,5000,20000] [--runs 3]\n" +
  "  --sizes  node counts to measure, comma-separated (default 1000,5000,20000)\n" +
  "  --runs   runs per page per size, alternating product and reference (default 3)";

function positiveInteger(text: string, what: string): number {
  const value = Number(text.trim().replaceAll("_", ""));
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${what} must be a whole number ≥ 1, got "${text}"\n${USAGE}`);
  }
  return value;
}

/**
 * Reads the command line (without node and the script). Throws with the usage on anything it
 * does not understand, so a typo never silently runs the full three-size bench.
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: "string" },
      runs: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) return "help";
  const sizes =
    values.sizes === undefined
      ? DEFAULT_OPTIONS.sizes
      : values.sizes.split(",").map((s) => positiveInteger(s, "--sizes entries"));
  if (sizes.length === 0) throw new Error(`--sizes is empty\n${USAGE}`);
  if (new Set(sizes).size !== sizes.length) throw new Error(`--sizes repeats a size\n${USAGE}`);
  const runs =
    values.runs === undefined ? DEFAULT_OPTIONS.runs : positiveInteger(values.runs, "--runs");
  return { sizes, runs };
}
