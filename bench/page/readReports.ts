import type { DrawnReport, PanZoomReport } from "./probeContract.ts";

/** Reads a finite number at `key`, or throws naming what the page sent instead. */
function numberAt(value: unknown, key: string, what: string): number {
  const n: unknown = typeof value === "object" && value !== null ? Reflect.get(value, key) : null;
  if (typeof n !== "number" || !Number.isFinite(n)) {
    throw new Error(`the page's ${what} has no number at "${key}": ${JSON.stringify(value)}`);
  }
  return n;
}

/** Checks what the probe's `drawn` promise gave the harness (it crossed a process boundary). */
export function readDrawnReport(value: unknown): DrawnReport {
  const n = (key: string) => numberAt(value, key, "drawn report");
  const canvas: unknown =
    typeof value === "object" && value !== null ? Reflect.get(value, "canvas") : null;
  return {
    drawnMs: n("drawnMs"),
    attachedMs: n("attachedMs"),
    firstRenderMs: n("firstRenderMs"),
    rendersSeen: n("rendersSeen"),
    redrawsBeforeAttach: n("redrawsBeforeAttach"),
    redrawsAtDrawn: n("redrawsAtDrawn"),
    instances: n("instances"),
    canvas: {
      width: numberAt(canvas, "width", "drawn report's canvas"),
      height: numberAt(canvas, "height", "drawn report's canvas"),
    },
    zoom: n("zoom"),
    minZoom: n("minZoom"),
  };
}

/** Checks what the probe's `panZoom` gave the harness. */
export function readPanZoomReport(value: unknown): PanZoomReport {
  const n = (key: string) => numberAt(value, key, "pan/zoom report");
  return { renders: n("renders"), frames: n("frames"), seconds: n("seconds"), fps: n("fps") };
}

/**
 * Null when the probe provably saw every frame from the first one; otherwise why not. A probe
 * that attached late would measure a later frame than the first full draw.
 */
export function missedRenders(report: DrawnReport): string | null {
  if (report.redrawsBeforeAttach !== 0) {
    return `Cytoscape had drawn ${report.redrawsBeforeAttach} frame(s) before the probe attached`;
  }
  if (report.rendersSeen !== report.redrawsAtDrawn) {
    return `the probe saw ${report.rendersSeen} render events but Cytoscape drew ${report.redrawsAtDrawn} frames`;
  }
  return null;
}
