import type { GraphIndex } from "../domain/graphIndex.ts";
import type { GraphEdge, GraphNode } from "../domain/schema.ts";
import type { NodeType } from "../domain/vocabulary.ts";

/** Words for the product's terms, shared by the panel, the legend and the search list. */
export const NODE_TYPE_NAME: Readonly<Record<NodeType, string>> = {
  country: "Country",
  organisation: "Organisation",
  person: "Person",
  agreement: "Agreement",
  event: "Event",
};

export function labelOf(index: GraphIndex, nodeId: string): string {
  return index.nodeById.get(nodeId)?.label ?? nodeId;
}

/** "Venezuela talks with Russia" */
export function edgeSentence(index: GraphIndex, edge: GraphEdge): string {
  return `${labelOf(index, edge.source)} ${edge.label} ${labelOf(index, edge.target)}`;
}

/** "claimed by Vladimir Putin, hedged" / "reported as fact" */
export function attributionText(index: GraphIndex, edge: GraphEdge): string {
  if (!edge.claim) return "Reported by the article as fact";
  const by = labelOf(index, edge.claim.by);
  return edge.claim.hedged ? `Claimed by ${by}, who hedges it` : `Claimed by ${by}`;
}

export function nodeHeading(node: GraphNode): string {
  return `${node.label}, ${NODE_TYPE_NAME[node.type].toLowerCase()}`;
}
