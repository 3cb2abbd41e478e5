import type { Visible } from "../domain/filters.ts";
import type { CollectionReturnValue, Core } from "cytoscape";

export const HIDDEN = "is-hidden";

/**
 * Gives `className` to exactly the elements of `wanted`, touching only those whose class
 * changes: Cytoscape restyles, and redraws into its caches, every element it is asked to
 * change, so on a graph of thousands a filter or a focus costs what it changes, not the
 * whole graph.
 */
export function setClass(cy: Core, className: string, wanted: CollectionReturnValue): void {
  const current = cy.elements(`.${className}`);
  const gone = current.difference(wanted);
  const fresh = wanted.difference(current);
  if (gone.empty() && fresh.empty()) return;
  cy.batch(() => {
    gone.removeClass(className);
    fresh.addClass(className);
  });
}

/**
 * Hides what the filters hide (display: none, so positions and the layout stay exactly as
 * they are and nothing jumps), in one batch.
 */
export function showOnly(cy: Core, shown: Visible | null): void {
  const hidden = shown
    ? cy.elements().filter((el) => !(el.isNode() ? shown.nodes : shown.edges).has(el.id()))
    : cy.collection();
  setClass(cy, HIDDEN, hidden);
}

/** The elements with these ids that are on the canvas, in one collection. */
export function collectionOf(cy: Core, ids: Iterable<string>): CollectionReturnValue {
  // merge adds in place; a union per id would copy the growing collection every time.
  const found = cy.collection();
  for (const id of ids) found.merge(cy.getElementById(id));
  return found;
}
