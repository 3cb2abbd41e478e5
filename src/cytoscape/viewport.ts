import type {
  AnimateOptions,
  CollectionReturnValue,
  Core,
  EdgeSingular,
  EventObject,
  SingularElementArgument,
} from "cytoscape";
import type { Detail } from "./detail.ts";
import { PRESET_LAYOUT } from "./stylesheet.ts";
import { labelFontSize, MAIN_LABEL_BOX } from "./labelPlacement.ts";

/**
 * What the UI asks of the canvas, in the product's words. Components call these instead of
 * Cytoscape, so Cytoscape stays behind this adapter.
 */

/** Zoom a selected element is brought to, at least, so its label is readable. */
const FOCUS_ZOOM = 1.2;
const ANIMATION = { duration: 300, easing: "ease-in-out-cubic" } as const;

/**
 * Moves the view to `to`: animated on a small graph; in one step on a large one, where every
 * frame of an animation redraws the whole graph (seconds each at 20,000 nodes), and when the
 * reader asks for reduced motion.
 */
export function moveView(cy: Core, to: AnimateOptions, detail: Detail = "full"): void {
  cy.stop(true);
  const jump =
    detail === "light" ||
    (typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches);
  cy.animate(to, jump ? { duration: 0 } : ANIMATION);
}

export type ElementRef = { readonly kind: "node" | "edge"; readonly id: string };

/** Calls `handler` with the tapped node or edge, or null for a tap on the background. */
export function onElementTap(cy: Core, handler: (element: ElementRef | null) => void): () => void {
  const listener = (event: EventObject) => {
    if (event.target === cy) return handler(null);
    const element = event.target as SingularElementArgument;
    handler({ kind: element.isNode() ? "node" : "edge", id: element.id() });
  };
  cy.on("tap", listener);
  return () => {
    if (!cy.destroyed()) cy.off("tap", listener);
  };
}

/**
 * Marks `id` as the one selected element (none for null); with `bringIntoView`, animates so
 * the element and its label sit in the middle of the view at a readable zoom.
 */
export function showSelection(
  cy: Core,
  id: string | null,
  bringIntoView: boolean,
  detail: Detail = "full",
): void {
  if (cy.destroyed()) return;
  const element = id === null ? cy.collection() : cy.getElementById(id);
  cy.batch(() => {
    cy.elements(":selected").unselect();
    element.select();
  });
  if (bringIntoView && element.nonempty()) {
    const zoom = Math.max(cy.zoom(), FOCUS_ZOOM);
    const at = selectionCentre(element[0]!, zoom);
    const pan = { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom };
    moveView(cy, { pan, zoom }, detail);
  }
}

/**
 * The middle of what a selection shows at `zoom`, in model units: a relation's midpoint; a
 * node with its label below it, where the placement seats a selected label first (it is
 * placed before every other). Not the label's box as it is now: before the view rests the
 * label may still sit at another side, sized for the old zoom, and centring on that would
 * leave the node off-centre once it moves (on a phone, down towards the sheet that unfolds).
 */
function selectionCentre(ele: SingularElementArgument, zoom: number): { x: number; y: number } {
  if (!ele.isNode()) return (ele as EdgeSingular).midpoint();
  const p = ele.position();
  const label = ele.boundingBox(MAIN_LABEL_BOX);
  const font = Number(ele.numericStyle("font-size")) || 0;
  if (!(label.h > 0) || font === 0) return { x: p.x, y: p.y };
  // The label's height at the font the placement gives it at the new zoom.
  const height = label.h * (labelFontSize("entity", zoom) / font);
  return { x: p.x, y: p.y + height / 2 };
}

/**
 * Below this zoom the whole graph is too small to read: even at the largest size the label
 * placement gives them, few of its labels find room (a phone fits the article graph at 0.27,
 * a 1280×800 window at 0.62).
 */
export const READABLE_FIT_ZOOM = 0.45;

/** The zoom at which `eles` would fill the view, less `padding` on each side. */
export function fitZoomOf(cy: Core, eles: CollectionReturnValue, padding: number): number {
  const bb = eles.boundingBox();
  if (!(bb.w > 0 && bb.h > 0)) return cy.maxZoom();
  const zoom = Math.min((cy.width() - 2 * padding) / bb.w, (cy.height() - 2 * padding) / bb.h);
  return Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
}

/**
 * The first view of a graph, in one step: the whole graph when it reads at that size;
 * otherwise (a phone, a graph too large for the window) the neighbourhood of its best
 * connected entity, the densest part of the graph, read at a size where its labels can be;
 * Fit still shows everything. A large ("light") graph is always shown whole.
 */
export function frameFirstView(cy: Core, detail: Detail = "full"): void {
  const all = cy.elements(":visible");
  const padding = PRESET_LAYOUT.padding;
  if (detail === "full" && all.nonempty() && fitZoomOf(cy, all, padding) < READABLE_FIT_ZOOM) {
    const hub = all
      .nodes()
      .toArray()
      .reduce((best, node) => (node.degree(false) > best.degree(false) ? node : best));
    cy.fit(hub.closedNeighborhood(":visible"), padding);
    return;
  }
  cy.fit(all, padding);
}

/** Fits the whole graph in the view. */
export function fitAll(cy: Core, detail: Detail = "full"): void {
  moveView(cy, { fit: { eles: cy.elements(), padding: PRESET_LAYOUT.padding } }, detail);
}

/** Zooms by `factor` around the middle of the view, within the allowed zoom range. */
export function zoomBy(cy: Core, factor: number, detail: Detail = "full"): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  moveView(
    cy,
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    detail,
  );
}
