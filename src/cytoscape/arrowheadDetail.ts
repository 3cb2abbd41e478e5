import type { Core } from "cytoscape";
import { ARROW_SCALE, EDGE_WIDTH } from "./stylesheet.ts";

/** Below this size on screen (px) an arrowhead or a stance mark is a speck, not a sign. */
export const MIN_ARROWHEAD_PX = 3;

/**
 * The size of an edge's arrowheads and stance marks in model units, by Cytoscape's own rule
 * (its renderer's `getArrowWidth`): at least 29 units, times `arrow-scale`.
 */
export const ARROWHEAD_SIZE = Math.max((EDGE_WIDTH * 13.37) ** 0.9, 29) * ARROW_SCALE;

/** The part of Cytoscape's canvas renderer this module wraps. */
interface ArrowheadDrawer {
  drawArrowheads?: (this: ArrowheadDrawer, ...args: unknown[]) => void;
}

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
 * Level of detail for arrowheads, which Cytoscape's style cannot express (it has one for
 * labels, `min-zoomed-font-size`, and none for arrows): on a large graph, arrowheads and
 * stance marks are not drawn where they would be under MIN_ARROWHEAD_PX. Zoomed out on 20,000
 * nodes they are about a pixel, and drawing 80,000 of them was a third of every redraw; once
 * the reader zooms in to where they can be seen, they are drawn as ever. The size is judged
 * on the canvas being drawn, not the screen's zoom, so an image export at a larger scale, or
 * a vector one, has every arrowhead it can show.
 *
 * It wraps the renderer's `drawArrowheads`, which is internal to Cytoscape: if a version
 * lacks it, nothing changes (arrowheads are drawn), and a browser test says so. Returns a
 * function that puts the original back.
 */
export function hideTinyArrowheads(cy: Core): () => void {
  const renderer = (cy as unknown as { renderer(): ArrowheadDrawer | null }).renderer();
  const draw = renderer?.drawArrowheads;
  if (!renderer || typeof draw !== "function") return () => {};
  const own = Object.hasOwn(renderer, "drawArrowheads");
  renderer.drawArrowheads = function (...args) {
    const scale = scaleOf(args[0]);
    if (scale !== null && scale * ARROWHEAD_SIZE < MIN_ARROWHEAD_PX) return;
    draw.apply(this, args);
  };
  return () => {
    if (own) renderer.drawArrowheads = draw;
    else delete renderer.drawArrowheads;
  };
}
