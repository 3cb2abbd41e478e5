import type { Visible } from "../domain/filters.ts";
import type { CollectionReturnValue, Core } from "cytoscape";
import type { HighlightLayer } from "./highlightLayer.ts";
import { moveView } from "./viewport.ts";

const HIDDEN = "is-hidden";
const FADED = "is-faded";
const PATH = "is-path";
const PATH_FADED = "is-off-path";

/**
 * Gives `className` to exactly the elements of `wanted`, touching only those whose class
 * changes: Cytoscape restyles, and redraws into its caches, every element it is asked to
 * change, so on a graph of thousands a filter or a focus costs what it changes, not the
 * whole graph.
 */
function setClass(cy: Core, className: string, wanted: CollectionReturnValue): void {
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

/**
 * A node and everything within `hops` relations of it, walking only shown elements, found
 * with Cytoscape's breadth-first search.
 */
export function neighbourhood(cy: Core, nodeId: string, hops: number): CollectionReturnValue {
  const root = cy.getElementById(nodeId);
  if (root.empty() || root.hasClass(HIDDEN)) return cy.collection();
  const shown = cy.elements().not(`.${HIDDEN}`);
  // merge adds in place; a union per visit would copy the growing collection every time,
  // quadratic on a large graph.
  const found = cy.collection().merge(root);
  shown.bfs({
    roots: root,
    directed: false,
    visit: (v, edge, _u, _i, depth) => {
      if (depth > hops) return false; // stop: everything further is out of reach
      found.merge(v);
      if (edge) found.merge(edge);
      return undefined;
    },
  });
  // Relations between two nodes of the neighbourhood belong to it too.
  return found.union(found.nodes().edgesWith(found.nodes()).intersection(shown));
}

/**
 * Fades everything outside a node's neighbourhood (it stays visible for context) and brings
 * the neighbourhood into view; null clears the focus. With a highlight layer (a large graph),
 * the layer shows the neighbourhood over the faded graph instead, restyling nothing.
 */
export function showFocus(
  cy: Core,
  focus: { nodeId: string; hops: number } | null,
  highlight: HighlightLayer | null = null,
): void {
  const hood = focus ? neighbourhood(cy, focus.nodeId, focus.hops) : cy.collection();
  setClass(cy, FADED, focus && !highlight ? cy.elements().difference(hood) : cy.collection());
  highlight?.set("focus", focus ? hood : null);
  if (!focus) return;
  if (hood.nonempty()) {
    moveView(cy, { fit: { eles: hood, padding: 60 } });
  }
}

/**
 * Marks a path (its nodes and relations drawn strong, the rest faded), or clears the mark for
 * null, and brings the path into view. With a highlight layer (a large graph), the layer
 * shows the path over the faded graph instead of fading the rest.
 */
export function showPath(
  cy: Core,
  ids: readonly string[] | null,
  highlight: HighlightLayer | null = null,
): void {
  const path = cy.collection();
  for (const id of ids ?? []) path.merge(cy.getElementById(id));
  setClass(cy, PATH, path);
  setClass(cy, PATH_FADED, ids && !highlight ? cy.elements().difference(path) : cy.collection());
  highlight?.set("path", ids ? path : null);
  if (!ids) return;
  if (path.nonempty()) {
    moveView(cy, { fit: { eles: path, padding: 70 } });
  }
}
