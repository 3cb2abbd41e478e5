/// <reference lib="webworker" />
import { positionsFor } from "./layOutOpenedGraph.ts";
import type { GraphSkeleton } from "./precomputeLayout.ts";

/**
 * The layout worker: headless Cytoscape and fcose off the page's thread, so a graph of
 * thousands of nodes is laid out while the page stays responsive. Gets a skeleton, answers with
 * the positions as one transferable array of x, y pairs in node order.
 */
self.onmessage = (event: MessageEvent<GraphSkeleton>) => {
  try {
    const positions = positionsFor(event.data);
    const flat = new Float64Array(positions.length * 2);
    positions.forEach((p, i) => {
      flat[2 * i] = p.x;
      flat[2 * i + 1] = p.y;
    });
    self.postMessage({ ok: true, positions: flat }, [flat.buffer]);
  } catch (error) {
    self.postMessage({ ok: false, message: (error as Error).message });
  }
};
