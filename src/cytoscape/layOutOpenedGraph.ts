import type { GraphModel } from "../domain/schema.ts";
import { LAYOUT_BOX, precomputeLayout } from "./precomputeLayout.ts";

/**
 * Above this many nodes a force-directed layout would freeze the page for seconds (fcose takes
 * ~10 s at 1,000 nodes on a modest machine), so a larger graph without positions is set out
 * on a grid at once and the reader can choose a layout from the menu.
 */
export const FORCE_LAYOUT_LIMIT = 300;

/** Positions every node of a graph opened without positions. */
export function layOutOpenedGraph<T extends GraphModel>(graph: T): T {
  return graph.nodes.length <= FORCE_LAYOUT_LIMIT ? precomputeLayout(graph) : gridLayout(graph);
}

/** Rows and columns of label-sized cells, wider than tall like a screen, in document order. */
export function gridLayout<T extends GraphModel>(graph: T): T {
  const columns = Math.max(1, Math.ceil(Math.sqrt(graph.nodes.length * 1.45)));
  const nodes = graph.nodes.map((node, i) => ({
    ...node,
    position: {
      x: (i % columns) * LAYOUT_BOX.width,
      y: Math.floor(i / columns) * LAYOUT_BOX.height * 1.5,
    },
  }));
  return { ...graph, nodes };
}
