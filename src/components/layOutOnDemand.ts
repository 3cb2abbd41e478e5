import type { GraphModel } from "../domain/schema.ts";

/**
 * Positions a graph that arrived without them, loading the layout code only when a graph
 * needs it (most graphs carry their positions).
 */
export async function layOutOnDemand(graph: GraphModel): Promise<GraphModel> {
  const { layOutOpenedGraph } = await import("../cytoscape/layOutOpenedGraph.ts");
  return layOutOpenedGraph(graph);
}
