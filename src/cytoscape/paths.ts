import cytoscape, { type Core } from "cytoscape";
import type { Visible } from "../domain/filters.ts";
import type { PathResult } from "../domain/graphIndex.ts";
import type { GraphModel } from "../domain/schema.ts";
import { toElements } from "./elements.ts";

/** One headless Cytoscape per document, made on first use: path queries need no canvas. */
const queryGraphs = new WeakMap<GraphModel, Core>();

function queryGraph(doc: GraphModel): Core {
  let cy = queryGraphs.get(doc);
  if (!cy) {
    cy = cytoscape({ headless: true, styleEnabled: false, elements: toElements(doc) });
    queryGraphs.set(doc, cy);
  }
  return cy;
}

/**
 * The shortest chain of relations between two nodes, ignoring direction, through what the
 * filters show (null: everything), found with Cytoscape's A*.
 *
 * @example shortestPath(doc, "iran", "aukus", null) // { found: true, nodes: [...], edges: [...] }
 */
export function shortestPath(
  doc: GraphModel,
  from: string,
  to: string,
  shown: Visible | null,
): PathResult {
  const cy = queryGraph(doc);
  const eles = shown
    ? cy.elements().filter((e) => (e.isNode() ? shown.nodes : shown.edges).has(e.id()))
    : cy.elements();
  const root = eles.getElementById(from);
  const goal = eles.getElementById(to);
  if (root.empty() || goal.empty()) return { found: false };
  const result = eles.aStar({ root, goal, directed: false });
  if (!result.found) return { found: false };
  // The path collection keeps path order: node, edge, node, …
  const steps = result.path.toArray();
  return {
    found: true,
    nodes: steps.filter((e) => e.isNode()).map((e) => e.id()),
    edges: steps.filter((e) => e.isEdge()).map((e) => e.id()),
  };
}
