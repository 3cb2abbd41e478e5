import type { Visible } from "../domain/filters.ts";
import type { CollectionReturnValue, Core } from "cytoscape";

const HIDDEN = "is-hidden";
const FADED = "is-faded";

/**
 * Hides what the filters hide (display: none, so positions and the layout stay exactly as
 * they are and nothing jumps), in one batch.
 */
export function showOnly(cy: Core, shown: Visible | null): void {
  cy.batch(() => {
    if (!shown) {
      cy.elements(`.${HIDDEN}`).removeClass(HIDDEN);
      return;
    }
    cy.nodes().forEach((n) => {
      n.toggleClass(HIDDEN, !shown.nodes.has(n.id()));
    });
    cy.edges().forEach((e) => {
      e.toggleClass(HIDDEN, !shown.edges.has(e.id()));
    });
  });
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
 * the neighbourhood into view; null clears the focus.
 */
export function showFocus(cy: Core, focus: { nodeId: string; hops: number } | null): void {
  if (!focus) {
    cy.batch(() => cy.elements(`.${FADED}`).removeClass(FADED));
    return;
  }
  const hood = neighbourhood(cy, focus.nodeId, focus.hops);
  cy.batch(() => {
    cy.elements().removeClass(FADED);
    cy.elements().difference(hood).addClass(FADED);
  });
  if (hood.nonempty()) {
    cy.stop(true);
    cy.animate({ fit: { eles: hood, padding: 60 } }, { duration: 300 });
  }
}

/**
 * Marks a path (its nodes and relations drawn strong, the rest faded), or clears the mark for
 * null, and brings the path into view.
 */
export function showPath(cy: Core, ids: readonly string[] | null): void {
  if (!ids) {
    cy.batch(() => cy.elements(`.${PATH}, .${PATH_FADED}`).removeClass(`${PATH} ${PATH_FADED}`));
    return;
  }
  let path = cy.collection();
  for (const id of ids) path = path.union(cy.getElementById(id));
  cy.batch(() => {
    cy.elements().removeClass(`${PATH} ${PATH_FADED}`);
    path.addClass(PATH);
    cy.elements().difference(path).addClass(PATH_FADED);
  });
  if (path.nonempty()) {
    cy.stop(true);
    cy.animate({ fit: { eles: path, padding: 70 } }, { duration: 300 });
  }
}

const PATH = "is-path";
const PATH_FADED = "is-off-path";
