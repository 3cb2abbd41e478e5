import type { GraphModel } from "../domain/schema.ts";

/**
 * Positions a graph that arrived without them, in a web worker, loading the layout code only
 * when a graph needs it (most graphs carry their positions). Aborting stops the worker.
 */
export async function layOutOnDemand(graph: GraphModel, signal: AbortSignal): Promise<GraphModel> {
  const { layOutInWorker } = await import("../cytoscape/layoutInWorker.ts");
  return layOutInWorker(graph, signal);
}
