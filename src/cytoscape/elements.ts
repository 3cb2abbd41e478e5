import type { ElementDefinition } from "cytoscape";
import { attributionOf } from "../domain/filters.ts";
import type { GraphModel } from "../domain/schema.ts";
import type { Attribution, ShownNodeType, Stance } from "../domain/vocabulary.ts";

import { NODE_ENCODING, STANCE_COLOUR, STANCE_MARK } from "../encoding/encoding.ts";

/**
 * Element data holds primitives only: react-cytoscapejs diffs data shallowly, so nested
 * objects would be re-applied on every render. Quotes and everything else stay in the store,
 * keyed by the same ids. The encoding is in the data too, so the stylesheet styles every
 * node with one rule and every edge with one (`data(colour)`), instead of a selector per type
 * and per stance that Cytoscape would test against each of thousands of elements.
 */
export interface NodeData {
  readonly id: string;
  readonly label: string;
  readonly type: ShownNodeType;
  /** The type's encoding, carried here so the stylesheet maps it (`data(shape)`) in one rule. */
  readonly shape: string;
  readonly colour: string;
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
  /** The stance's colour and mid-line mark, and the arrow, mapped by the stylesheet. */
  readonly colour: string;
  readonly mark: string;
  readonly markFill: string;
  readonly arrow: "triangle" | "none";
}

/**
 * A graph document as Cytoscape element definitions, with precomputed positions when the
 * document has them.
 */
export function toElements(doc: GraphModel): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of doc.nodes) {
    const { shape, colour } = NODE_ENCODING[node.type];
    const data: NodeData = { id: node.id, label: node.label, type: node.type, shape, colour };
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
    const stance = edge.stance ?? "none";
    const data: EdgeData = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      relation: edge.relation,
      directed: edge.directed,
      stance,
      attribution: attributionOf(edge),
      colour: STANCE_COLOUR[stance],
      mark: STANCE_MARK[stance].shape,
      markFill: STANCE_MARK[stance].fill,
      arrow: edge.directed ? "triangle" : "none",
    };
    elements.push({ group: "edges", data: { ...data } });
  }
  return elements;
}
