import type { GraphModel } from "../domain/schema.ts";
import { skeletonOf, withPositions } from "./precomputeLayout.ts";

type WorkerAnswer =
  | { readonly ok: true; readonly positions: Float64Array }
  | { readonly ok: false; readonly message: string };

/** Thrown (as the rejection) when the reader cancels a layout. */
export class LayoutCancelled extends Error {
  constructor() {
    super("The layout was cancelled.");
    this.name = "LayoutCancelled";
  }
}

/**
 * Lays out a graph that arrived without positions in a web worker, so the page never stalls:
 * only the skeleton (ids and edge ends) crosses over, the positions come back as one
 * transferable array. Aborting the signal stops the worker at once and rejects with
 * LayoutCancelled. Where there are no workers (tests in Node), it runs here.
 */
export async function layOutInWorker<T extends GraphModel>(
  graph: T,
  signal?: AbortSignal,
): Promise<T> {
  if (signal?.aborted) throw new LayoutCancelled();
  if (typeof Worker === "undefined") {
    return (await import("./layOutOpenedGraph.ts")).layOutOpenedGraph(graph);
  }
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new LayoutCancelled());
    };
    signal?.addEventListener("abort", onAbort);
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      finish();
      const answer = event.data;
      if (!answer.ok) return reject(new Error(answer.message));
      const positions = Array.from({ length: answer.positions.length / 2 }, (_, i) => ({
        x: answer.positions[2 * i]!,
        y: answer.positions[2 * i + 1]!,
      }));
      resolve(withPositions(graph, positions));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || "the layout worker failed"));
    };
    worker.postMessage(skeletonOf(graph));
  });
}
