import type { Core } from "cytoscape";
import { arrowheadSize, filterArrowheads } from "./internals.ts";
import { ARROW_SCALE, EDGE_WIDTH } from "./stylesheet.ts";

/** Below this size on screen (px) an arrowhead or a stance mark is a speck, not a sign. */
export const MIN_ARROWHEAD_PX = 3;

/** The size of our edges' arrowheads and stance marks in model units. */
export const ARROWHEAD_SIZE = arrowheadSize(EDGE_WIDTH, ARROW_SCALE);

/**
 * The scale a canvas context draws at (model units to its pixels), or null for a context that
 * cannot say (cytoscape-svg's SVG context).
 */
function scaleOf(context: unknown): number | null {
  const ctx = context as { getTransform?: () => DOMMatrix } | null;
  if (typeof ctx?.getTransform !== "function") return null;
  const { a, b } = ctx.getTransform();
  return Math.hypot(a, b);
}

/**
 * Level of detail for arrowheads: on a large graph, arrowheads and stance marks are not drawn
 * where they would be under MIN_ARROWHEAD_PX. Zoomed out on 20,000 nodes they are about a
 * pixel, and drawing 80,000 of them was a third of every redraw; once the reader zooms in to
 * where they can be seen, they are drawn as ever. The size is judged on the canvas being drawn,
 * not the screen's zoom, so an image export at a larger scale, or a vector one, has every
 * arrowhead it can show. Returns a function that puts the renderer back.
 */
export function hideTinyArrowheads(cy: Core): () => void {
  return filterArrowheads(cy, (context) => {
    const scale = scaleOf(context);
    return scale === null || scale * ARROWHEAD_SIZE >= MIN_ARROWHEAD_PX;
  });
}
