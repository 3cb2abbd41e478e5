import {
  EVENTS_FROM_MS,
  FROZEN_FROM_MS,
  INTERACTIONS,
  type InteractionResult,
} from "./interactions.ts";
import type { Metric, SizeSummary } from "./results.ts";
import { describeBound, isMet, targetFor } from "./targets.ts";

/** How each metric is named and shown in the table. */
const SHOWN: Readonly<Record<Metric, { name: string; show: (value: number) => string }>> = {
  drawnMs: { name: "drawn", show: (ms) => `${(ms / 1000).toFixed(2)} s` },
  fps: { name: "pan/zoom fps", show: (fps) => fps.toFixed(1) },
  heapMB: { name: "JS heap", show: (mb) => `${mb.toFixed(1)} MB` },
  initialJsGzipBytes: {
    name: "initial JS, gzip",
    show: (bytes) => `${(bytes / 1024).toFixed(1)} KiB`,
  },
};
const PER_SIZE: readonly Metric[] = ["drawnMs", "fps", "heapMB"];
const HEADER = ["", "product", "reference", "ratio", "target", ""] as const;

export function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}

export function formatRatio(ratio: number): string {
  return Number.isNaN(ratio) ? "n/a" : `${ratio.toFixed(2)}×`;
}

function row(label: string, metric: Metric, summary: SizeSummary): string[] {
  const { show } = SHOWN[metric];
  const ratio = summary.ratios[metric];
  const target = targetFor(metric, summary.nodes);
  return [
    label,
    show(summary.product[metric]),
    show(summary.reference[metric]),
    formatRatio(ratio),
    target ? describeBound(target) : "",
    target ? (isMet(target, ratio) ? "met" : "NOT MET") : "",
  ];
}

/**
 * The initial-JS line: the size whose ratio is worst (the first loaded JS should not depend
 * on the size, and when it does, the table shows the case against the target).
 */
function initialJsRow(summaries: readonly SizeSummary[]): string[] | null {
  const worst = summaries.reduce<SizeSummary | null>(
    (w, s) => (w === null || s.ratios.initialJsGzipBytes > w.ratios.initialJsGzipBytes ? s : w),
    null,
  );
  if (worst === null) return null;
  const varies = summaries.some(
    (s) => s.product.initialJsGzipBytes !== worst.product.initialJsGzipBytes,
  );
  const label = varies
    ? `${SHOWN.initialJsGzipBytes.name} (${formatCount(worst.nodes)} nodes, worst)`
    : SHOWN.initialJsGzipBytes.name;
  return row(label, "initialJsGzipBytes", worst);
}

/** Lays rows out in columns: the first left-aligned, the others right-aligned but the last. */
export function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => {
          const width = widths[i] ?? 0;
          if (i === 0 || i === r.length - 1) return cell.padEnd(width);
          return cell.padStart(width);
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/**
 * The medians table: drawn time, frame rate and heap per size, then one line for the initial
 * JavaScript, each with product, reference, their ratio and the target where it sets one.
 */
export function formatTable(summaries: readonly SizeSummary[]): string {
  const rows: string[][] = [[...HEADER]];
  for (const metric of PER_SIZE) {
    for (const summary of summaries) {
      rows.push(row(`${SHOWN[metric].name}, ${formatCount(summary.nodes)} nodes`, metric, summary));
    }
  }
  const js = initialJsRow(summaries);
  if (js) rows.push(js);
  return alignColumns(rows);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The interactions table: per size and interaction, how soon the page answered (the next
 * paint after the input), its longest long task and when it settled; "froze" marks a task of
 * FROZEN_FROM_MS or more.
 */
export function formatInteractionTable(
  sizes: readonly { readonly nodes: number; readonly results: readonly InteractionResult[] }[],
): string {
  const rows: string[][] = [["", "", "answered", "longest task", "settled", ""]];
  for (const { nodes, results } of sizes) {
    for (const name of INTERACTIONS) {
      const r = results.find((x) => x.interaction === name);
      rows.push(
        r
          ? [
              `${formatCount(nodes)} nodes`,
              name,
              r.answeredMs === 0 ? `< ${EVENTS_FROM_MS} ms` : seconds(r.answeredMs),
              seconds(r.longestTaskMs),
              seconds(r.settledMs),
              r.longestTaskMs >= FROZEN_FROM_MS ? "froze" : "",
            ]
          : [`${formatCount(nodes)} nodes`, name, "n/a", "n/a", "n/a", ""],
      );
    }
  }
  return alignColumns(rows);
}
