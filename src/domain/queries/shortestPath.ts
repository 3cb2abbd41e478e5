import type { Visible } from "../filters.ts";
import type { GraphIndex, PathResult } from "../graphIndex.ts";

/**
 * The shortest chain of relations from one node to another, direction ignored, through what
 * the filters show (`shown`, or everything for null). Unknown or hidden ends, or ends nothing
 * shown connects, give found: false; a node to itself is a path of one node and no relation.
 *
 * Among equally short paths it always takes the same one: the one whose relations, read from
 * `from`, come earliest in the document (the first relation decides, then the second, …). A
 * breadth-first walk gives exactly that when it tries each node's relations in document order
 * and a node keeps the first relation that reached it. Linear in the graph at worst, and it
 * stops as soon as `to` is reached.
 *
 * @example
 * // a – b – c, and a – d – c: two paths of two relations; "a-b" comes first in the document
 * shortestPath(index, "a", "c", null)
 * // { found: true, nodes: ["a", "b", "c"], edges: ["a-b", "b-c"] }
 */
export function shortestPath(
  index: GraphIndex,
  from: string,
  to: string,
  shown: Visible | null,
): PathResult {
  const nodeShown = (id: string) => index.nodeById.has(id) && (!shown || shown.nodes.has(id));
  if (!nodeShown(from) || !nodeShown(to)) return { found: false };

  // Each reached node → the relation it was first reached by (null for `from`).
  const reachedBy = new Map<string, { edge: string; prev: string } | null>([[from, null]]);
  const queue = [from];
  // An index into the queue, not shift(): shifting an array of thousands is itself linear.
  for (let head = 0; head < queue.length && !reachedBy.has(to); head++) {
    const id = queue[head]!;
    for (const edge of index.edgesByNode.get(id) ?? []) {
      if (shown && !shown.edges.has(edge.id)) continue;
      const other = edge.source === id ? edge.target : edge.source;
      if (reachedBy.has(other) || !nodeShown(other)) continue;
      reachedBy.set(other, { edge: edge.id, prev: id });
      queue.push(other);
    }
  }
  if (!reachedBy.has(to)) return { found: false };

  const nodes = [to];
  const edges: string[] = [];
  for (let step = reachedBy.get(to); step; step = reachedBy.get(step.prev)) {
    edges.push(step.edge);
    nodes.push(step.prev);
  }
  return { found: true, nodes: nodes.reverse(), edges: edges.reverse() };
}
