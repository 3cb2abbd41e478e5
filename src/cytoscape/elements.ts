import type { ElementDefinition } from "cytoscape";
import { attributionOf } from "../domain/filters.ts";
import type { GraphModel } from "../domain/schema.ts";
import type { Attribution, ShownNodeType, Stance } from "../domain/vocabulary.ts";

/**
 * Element data holds primitives only: react-cytoscapejs diffs data shallowly, so nested
 * objects would be re-applied on every render. Quotes and everything else stay in the store,
 * keyed by the same ids.
 */
export interface NodeData {
  readonly id: string;
  readonly label: string;
  readonly type: ShownNodeType;
}

export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly relation: string;
  readonly directed: boolean;
  readonly stance: Stance | "none";
  readonly attribution: Attribution;
}

/**
 * A graph document as Cytoscape element definitions, with precomputed positions when the
 * document has them.
 */
export function toElements(doc: GraphModel): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of doc.nodes) {
    const data: NodeData = { id: node.id, label: node.label, type: node.type };
    elements.push(
      node.position
        ? {
            group: "nodes",
            data: { ...data },
            position: { x: node.position.x, y: node.position.y },
          }
        : { group: "nodes", data: { ...data } },
    );
  }
  for (const edge of doc.edges) {
    const data: EdgeData = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      relation: edge.relation,
      directed: edge.directed,
      stance: edge.stance ?? "none",
      attribution: attributionOf(edge),
    };
    elements.push({ group: "edges", data: { ...data } });
  }
  return elements;
}
