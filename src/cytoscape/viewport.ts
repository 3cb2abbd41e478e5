import type { Core, EventObject, SingularElementArgument } from "cytoscape";
import { PRESET_LAYOUT } from "./stylesheet";

/**
 * What the UI asks of the canvas, in the product's words. Components call these instead of
 * Cytoscape, so Cytoscape stays behind this adapter.
 */

/** Zoom a selected element is brought to, at least, so its label is readable. */
const FOCUS_ZOOM = 1.2;
const ANIMATION = { duration: 300, easing: "ease-in-out-cubic" } as const;

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
export function showSelection(cy: Core, id: string | null, bringIntoView: boolean): void {
  if (cy.destroyed()) return;
  const element = id === null ? cy.collection() : cy.getElementById(id);
  cy.batch(() => {
    cy.elements(":selected").unselect();
    element.select();
  });
  if (bringIntoView && element.nonempty()) {
    cy.stop(true);
    cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), FOCUS_ZOOM) }, ANIMATION);
  }
}

/** Fits the whole graph in the view. */
export function fitAll(cy: Core): void {
  cy.stop(true);
  cy.animate({ fit: { eles: cy.elements(), padding: PRESET_LAYOUT.padding } }, ANIMATION);
}

/** Zooms by `factor` around the middle of the view, within the allowed zoom range. */
export function zoomBy(cy: Core, factor: number): void {
  cy.stop(true);
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.animate(
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    ANIMATION,
  );
}
