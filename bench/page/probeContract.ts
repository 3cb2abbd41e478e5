/**
 * What the page-side probe (probe.ts, injected into every benchmarked page) and the harness
 * agree on. Types and names only, so the harness can import it without running the probe.
 */

/** The global the harness sets, before the probe runs, to tell it what to wait for. */
export const CONFIG_GLOBAL = "__quotegraphBenchConfig";
/** The global the probe installs itself as: `window.__quotegraphBench`. */
export const PROBE_GLOBAL = "__quotegraphBench";

export interface ProbeConfig {
  /** The graph is fully drawn once Cytoscape renders with exactly this many nodes. */
  readonly expectedNodes: number;
}

/** Said when the graph is fully drawn. */
export interface DrawnReport {
  /**
   * `performance.now()` one animation frame after the first `render` event at which the
   * instance holds every node: milliseconds since navigation start.
   */
  readonly drawnMs: number;
  /** When the probe found the instance that drew (just after Cytoscape was constructed), ms. */
  readonly attachedMs: number;
  /** That instance's first `render` event, ms: drawnMs minus this is the drawing itself. */
  readonly firstRenderMs: number;
  /** `render` events the probe saw on the instance that drew. */
  readonly rendersSeen: number;
  /**
   * The renderer's own frame counter when the probe attached to that instance: 0 proves the
   * probe was listening before the first frame was drawn.
   */
  readonly redrawsBeforeAttach: number;
  /** The renderer's frame counter at drawn time: equal to `rendersSeen` when none was missed. */
  readonly redrawsAtDrawn: number;
  /** Cytoscape instances seen on the page (a remount creates a new one). */
  readonly instances: number;
  /** The canvas size in CSS pixels, and the zoom the page chose to show the graph at. */
  readonly canvas: { readonly width: number; readonly height: number };
  readonly zoom: number;
  readonly minZoom: number;
}

/** Said after the scripted pan/zoom. */
export interface PanZoomReport {
  /** Cytoscape `render` events during the script. */
  readonly renders: number;
  /** Animation frames the script ran (the most renders there could have been). */
  readonly frames: number;
  readonly seconds: number;
  /** renders / seconds. */
  readonly fps: number;
}

/** `window.__quotegraphBench`. */
export interface BenchProbe {
  /** Settles when the graph is fully drawn (never rejects: the harness times out instead). */
  readonly drawn: Promise<DrawnReport>;
  /** Pans and zooms on every animation frame for `durationMs`, counting renders. */
  panZoom(durationMs: number): Promise<PanZoomReport>;
  /** What the probe has seen so far, for a timeout message. */
  status(): string;
}
