import {
  filterCounts,
  NO_FILTERS,
  toggleFilter,
  visibleElements,
  type FilterGroup,
  type Visible,
} from "../../../src/domain/filters.ts";
import { indexGraph, type GraphIndex } from "../../../src/domain/graphIndex.ts";
import type { GraphDocument, GraphEdge, GraphNode } from "../../../src/domain/schema.ts";

/** Small hand-made graphs for the graph queries, written the way they are drawn. */

const EVIDENCE = [{ source: "s", exact: "x", prefix: "", suffix: "", start: 0, end: 1 }];

/**
 * A graph of the nodes named in `nodes` ("a b c") and the edges listed in document order. An
 * edge's id names its ends, source first: "a-b" runs from a to b; a second edge between the
 * same two nodes adds a suffix after a dot ("a-b.2"). indexGraph does not check quotes, so
 * one stand-in quote serves every element.
 *
 * @example smallGraph("a b c", ["a-b", "c-b"]) // a → b ← c
 */
export function smallGraph(nodes: string, edges: readonly string[]): GraphIndex {
  const doc: GraphDocument = {
    schemaVersion: 1,
    id: "small",
    title: "Small",
    sources: [{ id: "s", title: "S", text: "x" }],
    nodes: nodes
      .split(" ")
      .map((id): GraphNode => ({ id, type: "country", label: id, evidence: EVIDENCE })),
    edges: edges.map((id): GraphEdge => {
      const [source = "", target = ""] = id.split(".")[0]!.split("-");
      const base = { relation: "knows", label: "knows", directed: true };
      return { id, source, target, ...base, evidence: EVIDENCE };
    }),
  };
  return indexGraph(doc);
}

/**
 * What a filter shows, written as lists of ids ("a b", "a-b").
 *
 * @example showing("a b c", "a-b") // c is shown, but not its relation to b
 */
export function showing(nodes: string, edges: string): Visible {
  const ids = (s: string) => new Set(s.split(" ").filter(Boolean));
  return { nodes: ids(nodes), edges: ids(edges) };
}

/**
 * An index whose `edgesByNode` counts the relations handed out, so a test can tell linear
 * work from quadratic without timing anything on a busy machine.
 *
 * @example
 * const { index, looked } = countingIndex(large);
 * neighbourhood(index, "n0", 1, null);
 * looked(); // relations looked at
 */
export function countingIndex(index: GraphIndex): { index: GraphIndex; looked: () => number } {
  let looked = 0;
  const edgesByNode = new Map(index.edgesByNode);
  const get = edgesByNode.get.bind(edgesByNode);
  edgesByNode.get = (id) => {
    const edges = get(id);
    looked += edges?.length ?? 0;
    return edges;
  };
  return { index: { ...index, edgesByNode }, looked: () => looked };
}

/**
 * Distances in relations between every two shown nodes, direction ignored, by Floyd–Warshall:
 * a reference that shares nothing with the breadth-first walks it checks.
 *
 * @example allDistances(smallGraph("a b c", ["a-b", "c-b"]), null).get("a c") // 2
 */
export function allDistances(index: GraphIndex, shown: Visible | null): Map<string, number> {
  const ids = index.doc.nodes.map((n) => n.id).filter((id) => !shown || shown.nodes.has(id));
  const at = new Map(ids.map((id, i) => [id, i]));
  const d = ids.map((_, i) => ids.map((_, j) => (i === j ? 0 : Infinity)));
  for (const edge of index.doc.edges) {
    const i = at.get(edge.source);
    const j = at.get(edge.target);
    if (i === undefined || j === undefined || (shown && !shown.edges.has(edge.id))) continue;
    if (i !== j) d[i]![j] = d[j]![i] = 1;
  }
  for (let k = 0; k < ids.length; k++)
    for (let i = 0; i < ids.length; i++)
      for (let j = 0; j < ids.length; j++)
        if (d[i]![k]! + d[k]![j]! < d[i]![j]!) d[i]![j] = d[i]![k]! + d[k]![j]!;
  const out = new Map<string, number>();
  ids.forEach((a, i) => ids.forEach((b, j) => out.set(`${a} ${b}`, d[i]![j]!)));
  return out;
}

/**
 * No filter, then each filter value hidden on its own: every way one click can filter.
 *
 * @example it.each(everyFilter(article))("with $name, …", ({ shown }) => {})
 */
export function everyFilter(index: GraphIndex): { name: string; shown: Visible | null }[] {
  const counts = filterCounts(index);
  const groups: [FilterGroup, Iterable<string>][] = [
    ["nodeTypes", counts.nodeTypes.keys()],
    ["relations", counts.relations.keys()],
    ["stances", counts.stances.keys()],
    ["attributions", counts.attributions.keys()],
  ];
  const out: { name: string; shown: Visible | null }[] = [{ name: "nothing hidden", shown: null }];
  for (const [group, values] of groups) {
    for (const value of values) {
      const shown = visibleElements(index, toggleFilter(NO_FILTERS, group, value));
      out.push({ name: `${group} ${value} hidden`, shown });
    }
  }
  return out;
}
