import type { GraphModel } from "../domain/schema.ts";

/**
 * How much a graph's drawing carries. "full" is the graph as designed; "light" is for graphs
 * of thousands of elements, where it keeps panning and zooming fluid: straight edges instead
 * of curves, labels only where they are large enough to read, arrowheads only where they can
 * be seen, views that jump instead of gliding, a focus or a path in a layer of its own, and
 * canvas updates after the browser has painted the reader's answer. A graph's detail follows
 * its size, never the zoom, so nothing restyles while the reader moves. This is the one rule
 * (see docs/ARCHITECTURE.md, "Canvas"): everything that differs by size asks `detailOf`.
 */
export type Detail = "full" | "light";

/** From this many nodes and edges together, a graph is drawn "light". */
export const LIGHT_FROM_ELEMENTS = 2000;

/** The detail a graph is drawn at. */
export function detailOf(doc: Pick<GraphModel, "nodes" | "edges">): Detail {
  return detailForCount(doc.nodes.length + doc.edges.length);
}

/** The same rule, for a count of elements already on a canvas. */
export function detailForCount(elementCount: number): Detail {
  return elementCount >= LIGHT_FROM_ELEMENTS ? "light" : "full";
}

/**
 * Renderer options that Cytoscape reads only when it starts, so a graph of the other detail
 * needs a fresh instance (the canvas component keys its instance by detail).
 */
export interface RendererOptions {
  /** A large graph pans and zooms under the reader's hand as one bitmap. */
  readonly textureOnViewport: boolean;
  /** Far enough out for tens of thousands of nodes to fit the view. */
  readonly minZoom: number;
  readonly maxZoom: number;
}

export const RENDERER_OPTIONS: Readonly<Record<Detail, RendererOptions>> = {
  full: { textureOnViewport: false, minZoom: 0.05, maxZoom: 4 },
  light: { textureOnViewport: true, minZoom: 0.002, maxZoom: 4 },
};
