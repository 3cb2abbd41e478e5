import type { Measures, PageName, RunResult, SizeSummary } from "../../../bench/results.ts";

/** A run with the given measures and plausible probe reports. */
export function runResult(page: PageName, nodes: number, measures: Measures): RunResult {
  return {
    ...measures,
    page,
    nodes,
    run: 1,
    scripts: [],
    probe: {
      drawnMs: measures.drawnMs,
      attachedMs: 1,
      firstRenderMs: 2,
      rendersSeen: 1,
      redrawsBeforeAttach: 0,
      redrawsAtDrawn: 1,
      instances: 1,
      canvas: { width: 800, height: 600 },
      zoom: 1,
      minZoom: 0.05,
    },
    panZoom: { renders: 1, frames: 1, seconds: 1, fps: measures.fps },
    loadAverage: 0.5,
    warnings: [],
  };
}

/** A summary whose ratios are the given ones, over a reference of 1 s, 10 fps, 10 MB, 100 KiB. */
export function summary(nodes: number, ratios: Measures): SizeSummary {
  const reference = { drawnMs: 1000, fps: 10, heapMB: 10, initialJsGzipBytes: 102400 };
  return {
    nodes,
    reference,
    product: {
      drawnMs: reference.drawnMs * ratios.drawnMs,
      fps: reference.fps * ratios.fps,
      heapMB: reference.heapMB * ratios.heapMB,
      initialJsGzipBytes: reference.initialJsGzipBytes * ratios.initialJsGzipBytes,
    },
    ratios,
  };
}
