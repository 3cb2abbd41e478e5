import type { GraphIndex } from "../domain/graphIndex.ts";
import type { GraphEdge } from "../domain/schema.ts";
import type { LayoutName } from "../domain/vocabulary.ts";
import { sourcingOf } from "../domain/sides/reading.ts";
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
  const sourcing = sourcingOf(edge);
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
