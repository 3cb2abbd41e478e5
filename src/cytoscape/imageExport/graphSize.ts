import type { Core } from "cytoscape";
import type { Size } from "./canvasLimits.ts";
import { NOTHING_TO_EXPORT, NOT_ON_SCREEN } from "./messages.ts";

/**
 * What the graph picture is drawn from, in CSS pixels at 1×: the model-space bounds of what is
 * shown (for "full") or the container (for "view").
 */
export interface GraphFrame {
  readonly extent: "view" | "full";
  /** Bounds of the shown elements with their labels, in model units; 0 when nothing is shown. */
  readonly boundsWidth: number;
  readonly boundsHeight: number;
  /** The container's size in CSS pixels. */
  readonly viewWidth: number;
  readonly viewHeight: number;
}

export function graphFrameOf(cy: Core, extent: "view" | "full"): GraphFrame {
  // The same collection and options cy.png measures (export-image.mjs: mutableElements()
  // .boundingBox()); hidden elements add nothing to it.
  const bb = cy.elements().boundingBox();
  const finite = Number.isFinite(bb.w) && Number.isFinite(bb.h);
  return {
    extent,
    boundsWidth: finite ? Math.max(0, bb.w) : 0,
    boundsHeight: finite ? Math.max(0, bb.h) : 0,
    viewWidth: cy.width(),
    viewHeight: cy.height(),
  };
}

/**
 * The pixel size cy.png draws at a scale, as its source computes it: "full" is the model-space
 * bounds (rounded up) times the scale, whatever the zoom; "view" is the container times the
 * scale. A canvas truncates fractional sizes. The device pixel ratio is left out because the
 * export passes maxWidth/maxHeight, which turns it off (see rasterExport.ts).
 */
export function graphPixelSize(frame: GraphFrame, scale: number): Size {
  const [w, h] =
    frame.extent === "full"
      ? [Math.ceil(frame.boundsWidth), Math.ceil(frame.boundsHeight)]
      : [frame.viewWidth, frame.viewHeight];
  return { width: Math.floor(w * scale), height: Math.floor(h * scale) };
}

/** Why there is no picture to draw (everything hidden, or a container of no size), or null. */
export function frameProblem(frame: GraphFrame): string | null {
  if (frame.extent === "full" && (frame.boundsWidth === 0 || frame.boundsHeight === 0)) {
    return NOTHING_TO_EXPORT;
  }
  if (frame.extent === "view" && (frame.viewWidth === 0 || frame.viewHeight === 0)) {
    return NOT_ON_SCREEN;
  }
  return null;
}
