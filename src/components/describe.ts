import type { Visible } from "../domain/filters.ts";
import type { GraphIndex } from "../domain/graphIndex.ts";
import type { GraphEdge } from "../domain/schema.ts";
import { sourcingOf, type Sourcing } from "../domain/sides/reading.ts";
import type { Attribution, LayoutName } from "../domain/vocabulary.ts";
import { ATTRIBUTION_NAME, NODE_TYPE_NAME } from "../encoding/words.ts";

/** Words for the layouts a reader can choose. */
export const LAYOUT_NAME: Readonly<Record<LayoutName, string>> = {
  preset: "As built",
  fcose: "Force-directed, fresh",
  concentric: "By number of relations",
  circle: "Circle",
  grid: "Grid",
};

export function labelOf(index: GraphIndex, nodeId: string): string {
  return index.nodeById.get(nodeId)?.label ?? nodeId;
}

/** "Venezuela talks with Russia" */
export function edgeSentence(index: GraphIndex, edge: GraphEdge): string {
  return `${labelOf(index, edge.source)} ${edge.label} ${labelOf(index, edge.target)}`;
}

/**
 * How the article sources a relation, in words: "claimed by Vladimir Putin, who hedges it",
 * "reported by the article as fact", "from a linked headline, not reported by the article".
 * The one phrase the details, the path's steps, the sides and the announcer all say.
 */
export function attributionPhrase(index: GraphIndex, edge: GraphEdge): string {
  return sourcingPhrase(index, sourcingOf(edge));
}

/**
 * The words for a sourcing (the domain's `Sourcing`, so a new kind of sourcing is a case the
 * compiler asks for here): "claimed by Vladimir Putin, who hedges it".
 */
export function sourcingPhrase(index: GraphIndex, sourcing: Sourcing): string {
  switch (sourcing.kind) {
    case "fact":
      return "reported by the article as fact";
    case "claim": {
      const by = labelOf(index, sourcing.by);
      return sourcing.hedged ? `claimed by ${by}, who hedges it` : `claimed by ${by}`;
    }
    case "linked-headline":
      return `${ATTRIBUTION_NAME["linked-headline"].toLowerCase()}, not reported by the article`;
  }
}

/** The line a sourcing is drawn with on the canvas and in the legend. */
export function attributionOfSourcing(sourcing: Sourcing): Attribution {
  switch (sourcing.kind) {
    case "fact":
      return "fact";
    case "claim":
      return sourcing.hedged ? "hedged" : "claim";
    case "linked-headline":
      return "linked-headline";
  }
}

/** The same phrase, as a sentence: "Claimed by Vladimir Putin, who hedges it". */
export function attributionText(index: GraphIndex, edge: GraphEdge): string {
  const phrase = attributionPhrase(index, edge);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * What a screen reader hears when the selection changes:
 * "Vladimir Putin, person, 6 relations, 4 quotes" or
 * "Relation: NATO may integrate with AUKUS, claimed by Vladimir Putin, who hedges it, 2 quotes".
 */
export function announceSelection(
  index: GraphIndex,
  selection: { kind: "node" | "edge"; id: string } | null,
): string {
  if (!selection) return "";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (selection.kind === "node") {
    const node = index.nodeById.get(selection.id);
    if (!node) return "";
    const relations = index.edgesByNode.get(node.id)?.length ?? 0;
    return `${node.label}, ${NODE_TYPE_NAME[node.type].toLowerCase()}, ${plural(relations, "relation")}, ${plural(node.evidence.length, "quote")}`;
  }
  const edge = index.edgeById.get(selection.id);
  if (!edge) return "";
  return `Relation: ${edgeSentence(index, edge)}, ${attributionPhrase(index, edge)}, ${plural(edge.evidence.length, "quote")}`;
}

/**
 * The canvas's text alternative: what it shows (all of the graph, or how much of it the
 * filters leave), the most connected entities among what is shown, and where to go for the
 * rest by keyboard.
 *
 * @example describeCanvas(index, null)
 * // "Graph of 26 entities and 39 relations. Most connected: Russia (14), … press ? for keyboard shortcuts."
 */
export function describeCanvas(graph: GraphIndex, visible: Visible | null): string {
  const n = (x: number) => x.toLocaleString("en");
  const { nodes, edges } = graph.doc;
  const size = visible
    ? `Graph showing ${n(visible.nodes.size)} of ${n(nodes.length)} entities and ` +
      `${n(visible.edges.size)} of ${n(edges.length)} relations; filters hide the rest.`
    : `Graph of ${n(nodes.length)} entities and ${n(edges.length)} relations.`;
  const degree = (id: string) =>
    (graph.edgesByNode.get(id) ?? []).filter((e) => !visible || visible.edges.has(e.id)).length;
  const top = nodes
    .filter((node) => !visible || visible.nodes.has(node.id))
    .map((node) => ({ label: node.label, n: degree(node.id) }))
    .filter((t) => t.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, 3)
    .map((t) => `${t.label} (${t.n})`)
    .join(", ");
  return (
    `${size} ${top === "" ? "" : `Most connected: ${top}. `}` +
    "Every entity and relation is also in the List view; press ? for keyboard shortcuts."
  );
}
