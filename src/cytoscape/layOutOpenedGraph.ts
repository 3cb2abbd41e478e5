import type { GraphModel } from "../domain/schema.ts";
import { layoutForSize } from "./layoutChoice.ts";
import {
  LAYOUT_BOX,
  fcosePositions,
  skeletonOf,
  withPositions,
  type GraphSkeleton,
} from "./precomputeLayout.ts";

/** Positions for every node of the skeleton, in its order, by the layout its size calls for. */
export function positionsFor(skeleton: GraphSkeleton): { x: number; y: number }[] {
  const layout = layoutForSize(skeleton.nodes.length);
  return layout.name === "grid"
    ? gridPositions(skeleton.nodes.length)
    : fcosePositions(skeleton, layout.quality);
}

/** Positions every node of a graph opened without positions, here on this thread. */
export function layOutOpenedGraph<T extends GraphModel>(graph: T): T {
  return withPositions(graph, positionsFor(skeletonOf(graph)));
}

/** Rows and columns of label-sized cells, wider than tall like a screen, in document order. */
export function gridPositions(count: number): { x: number; y: number }[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count * 1.45)));
  return Array.from({ length: count }, (_, i) => ({
    x: (i % columns) * LAYOUT_BOX.width,
    y: Math.floor(i / columns) * LAYOUT_BOX.height * 1.5,
  }));
}
