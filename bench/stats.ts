import {
  METRICS,
  type Measures,
  type Metric,
  type RunResult,
  type SizeSummary,
} from "./results.ts";

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** product / reference; NaN when the reference is zero or either is not a number. */
export function ratio(product: number, reference: number): number {
  return reference === 0 ? Number.NaN : product / reference;
}

function mapMetrics(f: (metric: Metric) => number): Measures {
  return Object.fromEntries(METRICS.map((m) => [m, f(m)])) as Record<Metric, number>;
}

/** Medians per page and their ratios, for the runs of one size (other sizes' runs ignored). */
export function summarise(nodes: number, runs: readonly RunResult[]): SizeSummary {
  const mediansOf = (page: RunResult["page"]) => {
    const mine = runs.filter((r) => r.nodes === nodes && r.page === page);
    return mapMetrics((m) => median(mine.map((r) => r[m])));
  };
  const product = mediansOf("product");
  const reference = mediansOf("reference");
  return { nodes, product, reference, ratios: mapMetrics((m) => ratio(product[m], reference[m])) };
}
