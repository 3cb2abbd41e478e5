import type { Visible } from "../filters.ts";
import type { GraphIndex } from "../graphIndex.ts";

/**
 * The ids of a neighbourhood's nodes and relations. Sets, so a canvas adapter can both walk
 * them (in breadth-first order, the root first) and ask of each of its elements whether it
 * belongs, without building anything of its own.
 */
export interface Neighbourhood {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

const EMPTY: Neighbourhood = { nodes: new Set(), edges: new Set() };

/**
 * A node, every node within `hops` relations of it (direction ignored), and every relation
 * between two of those nodes, walking only what the filters show (`shown`, or everything for
 * null). An unknown or hidden node has an empty neighbourhood.
 *
 * Linear in the size of what it reaches: each reached node's relations are looked at twice,
 * once to walk on and once to keep the relations inside, so a 1-hop focus on a graph of
 * 20,000 nodes costs the node's degree, not the graph.
 *
 * @example
 * // a – b – c – d, and e – b
 * neighbourhood(index, "b", 1, null)
 * // { nodes: Set {"b", "a", "c", "e"}, edges: Set {"a-b", "b-c", "e-b"} }
 */
export function neighbourhood(
  index: GraphIndex,
  nodeId: string,
  hops: number,
  shown: Visible | null,
): Neighbourhood {
  const nodeShown = (id: string) => index.nodeById.has(id) && (!shown || shown.nodes.has(id));
  const edgeShown = (id: string) => !shown || shown.edges.has(id);
  if (!nodeShown(nodeId)) return EMPTY;

  // Breadth-first, one depth at a time, so the walk stops exactly at `hops`.
  const nodes = new Set<string>([nodeId]);
  let frontier = [nodeId];
  for (let depth = 0; depth < hops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of index.edgesByNode.get(id) ?? []) {
        if (!edgeShown(edge.id)) continue;
        const other = edge.source === id ? edge.target : edge.source;
        if (nodes.has(other) || !nodeShown(other)) continue;
        nodes.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }

  // Every shown relation with both ends inside: the ones walked, and those across or back
  // (a triangle's third side, a second relation between the same two nodes, a self-loop).
  const edges = new Set<string>();
  for (const id of nodes) {
    for (const edge of index.edgesByNode.get(id) ?? []) {
      if (edgeShown(edge.id) && nodes.has(edge.source) && nodes.has(edge.target)) {
        edges.add(edge.id);
      }
    }
  }
  return { nodes, edges };
}
