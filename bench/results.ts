import type { DrawnReport, PanZoomReport } from "./page/probeContract.ts";

/** The two pages measured, in the order each size alternates them. */
export const PAGES = ["product", "reference"] as const;
export type PageName = (typeof PAGES)[number];

/** What the table compares, product against reference. */
export const METRICS = ["drawnMs", "fps", "heapMB", "initialJsGzipBytes"] as const;
export type Metric = (typeof METRICS)[number];
export type Measures = Readonly<Record<Metric, number>>;

/** One page load, measured. */
export interface RunResult extends Measures {
  readonly page: PageName;
  readonly nodes: number;
  /** 1-based, per page and size. */
  readonly run: number;
  /** The JavaScript files loaded until drawn (paths on the server), with their gzip size. */
  readonly scripts: readonly { readonly path: string; readonly gzipBytes: number }[];
  readonly probe: DrawnReport;
  readonly panZoom: PanZoomReport;
  /**
   * The machine's 1-minute load average just before the run: above the number of cores, other
   * work competed for the CPU and the times are noisy.
   */
  readonly loadAverage: number;
  /** Console warnings the page logged (errors fail the run instead). */
  readonly warnings: readonly string[];
}

/** The medians of one size and their ratios (product / reference). */
export interface SizeSummary {
  readonly nodes: number;
  readonly product: Measures;
  readonly reference: Measures;
  readonly ratios: Measures;
}
