import type { Metric, SizeSummary } from "./results.ts";

/** One of issue 5's targets: a bound on the product/reference ratio of a metric. */
export interface Target {
  readonly metric: Metric;
  /** The sizes it applies to; null for every size. */
  readonly nodes: number | null;
  /** "at most" for costs (time, bytes), "at least" for frame rate. */
  readonly bound: "at most" | "at least";
  readonly limit: number;
}

/** Issue 5's targets, ratios against the bare page, medians of the same run. */
export const TARGETS: readonly Target[] = [
  { metric: "initialJsGzipBytes", nodes: null, bound: "at most", limit: 1.1 },
  { metric: "drawnMs", nodes: 5000, bound: "at most", limit: 1.0 },
  { metric: "drawnMs", nodes: 20000, bound: "at most", limit: 0.75 },
  { metric: "fps", nodes: null, bound: "at least", limit: 1.0 },
];

/** The target for a metric at a size, if the issue sets one. */
export function targetFor(metric: Metric, nodes: number): Target | undefined {
  return TARGETS.find((t) => t.metric === metric && (t.nodes === null || t.nodes === nodes));
}

/** False for a ratio that is not a number (a page that measured zero). */
export function isMet(target: Target, ratio: number): boolean {
  if (Number.isNaN(ratio)) return false;
  return target.bound === "at most" ? ratio <= target.limit : ratio >= target.limit;
}

export interface TargetCheck extends Target {
  readonly nodes: number;
  readonly ratio: number;
  readonly met: boolean;
}

/** Every target that applies to the sizes measured, checked. */
export function checkTargets(summaries: readonly SizeSummary[]): TargetCheck[] {
  return summaries.flatMap((summary) =>
    TARGETS.filter((t) => t.nodes === null || t.nodes === summary.nodes).map((t) => {
      const ratio = summary.ratios[t.metric];
      return { ...t, nodes: summary.nodes, ratio, met: isMet(t, ratio) };
    }),
  );
}

/** "≤ 1.10×" or "≥ 1.00×". */
export function describeBound(target: Target): string {
  return `${target.bound === "at most" ? "≤" : "≥"} ${target.limit.toFixed(2)}×`;
}

/** One line under the table: how many targets are met (the table marks which are not). */
export function describeChecks(checks: readonly TargetCheck[]): string {
  const met = checks.filter((c) => c.met).length;
  if (checks.length === 0) return "No target applies to the sizes measured.";
  return met === checks.length
    ? `All ${checks.length} targets met.`
    : `${met} of ${checks.length} targets met (by size; see NOT MET above).`;
}
