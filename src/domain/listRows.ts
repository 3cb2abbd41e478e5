import type { GraphIndex } from "./graphIndex.ts";
import { attributionOf } from "./filters.ts";
import { sourcingOf } from "./sides/reading.ts";
import type { Attribution, ShownNodeType, Stance } from "./vocabulary.ts";

/**
 * The rows of the list view: every node and every edge of a graph as plain objects holding the
 * values its table shows and sorts by. No React here; the list view only renders them.
 */

/** The values of `aria-sort`, used as they are. */
export type SortDirection = "ascending" | "descending";

/** What a column sorts by: text, a count, or nothing (sorted after every value). */
export type SortValue = string | number | null;

/** The keys of a row whose values can be sorted by. */
export type SortableKey<R> = {
  [K in keyof R]-?: R[K] extends SortValue ? K : never;
}[keyof R];

/** One node, as a row of the Entities table. */
export interface EntityRow {
  readonly kind: "node";
  readonly id: string;
  /** The node's position in the document's `nodes`: the default order and every tie-break. */
  readonly order: number;
  readonly type: ShownNodeType;
  readonly label: string;
  /** Other names the source uses for it, in the document's order; empty when it has none. */
  readonly aliases: readonly string[];
  /** How many edges touch the node, a self-loop counted once (as in `edgesByNode`). */
  readonly relations: number;
  /** How many quotes back the node itself. */
  readonly quotes: number;
}

/** One edge, as a row of the Relations table. */
export interface RelationRow {
  readonly kind: "edge";
  readonly id: string;
  /** The edge's position in the document's `edges`: the default order and every tie-break. */
  readonly order: number;
  /** The source node's label (its id when the node is missing). */
  readonly source: string;
  /** The edge's label, which reads between source and target: "talks with". */
  readonly relation: string;
  /** The target node's label (its id when the node is missing). */
  readonly target: string;
  readonly stance: Stance | null;
  /** How the article sources it: the legend's attribution (fact, claim, hedged, linked headline). */
  readonly attribution: Attribution;
  /** The label of who makes the claim; null when the relation is no one's claim in the article. */
  readonly claimedBy: string | null;
  /** True when the claim is hedged by its speaker; always false without a claim. */
  readonly hedged: boolean;
  /** How many quotes back the edge. */
  readonly quotes: number;
}

/** The columns of each table that sort, in the order the tables show them. */
export const ENTITY_SORT_KEYS = ["label", "type", "relations", "quotes"] as const;
export type EntitySortKey = (typeof ENTITY_SORT_KEYS)[number];
export const RELATION_SORT_KEYS = [
  "source",
  "relation",
  "target",
  "stance",
  "claimedBy",
  "quotes",
] as const;
export type RelationSortKey = (typeof RELATION_SORT_KEYS)[number];

const labelOf = (index: GraphIndex, id: string) => index.nodeById.get(id)?.label ?? id;

/**
 * Every node of the graph as a row, in document order.
 *
 * @example entityRows(index).find((r) => r.id === "russia")?.relations // 10
 */
export function entityRows(index: GraphIndex): EntityRow[] {
  return index.doc.nodes.map((node, order) => ({
    kind: "node",
    id: node.id,
    order,
    type: node.type,
    label: node.label,
    aliases: node.aliases ?? [],
    relations: index.edgesByNode.get(node.id)?.length ?? 0,
    quotes: node.evidence.length,
  }));
}

/**
 * Every edge of the graph as a row, in document order, its ends given by their labels.
 *
 * @example relationRows(index)[0] // { source: "Venezuela", relation: "talks with", target: "Russia", … }
 */
export function relationRows(index: GraphIndex): RelationRow[] {
  return index.doc.edges.map((edge, order) => {
    const sourcing = sourcingOf(edge);
    return {
      kind: "edge",
      id: edge.id,
      order,
      source: labelOf(index, edge.source),
      relation: edge.label,
      target: labelOf(index, edge.target),
      stance: edge.stance ?? null,
      attribution: attributionOf(edge),
      claimedBy: sourcing.kind === "claim" ? labelOf(index, sourcing.by) : null,
      hedged: sourcing.kind === "claim" && sourcing.hedged,
      quotes: edge.evidence.length,
    };
  });
}

/** `a.localeCompare(b, "en", { sensitivity: "base" })`, made once. */
const TEXT = new Intl.Collator("en", { sensitivity: "base" });

/**
 * The rows sorted by one key, as a new array (the input is left as it is). Text compares as
 * `localeCompare` in English with base sensitivity (case and accents ignored), numbers
 * numerically. Rows without a value (null) come last in either direction, so a column's
 * values always lead. Ties keep document order (`order`), in either direction.
 *
 * @example sortRows(entityRows(index), "relations", "descending")[0]?.label // "Russia"
 */
export function sortRows<R extends { readonly order: number }, K extends SortableKey<R>>(
  rows: readonly R[],
  key: K,
  direction: SortDirection,
): R[] {
  const sign = direction === "ascending" ? 1 : -1;
  // K only names keys whose values are SortValue; TypeScript cannot carry that through R[K].
  const value = (row: R) => row[key] as SortValue;
  return [...rows].sort((a, b) => {
    const byValue = compareValues(value(a), value(b), sign);
    return byValue !== 0 ? byValue : a.order - b.order;
  });
}

function compareValues(a: SortValue, b: SortValue, sign: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return sign * (a - b);
  return sign * TEXT.compare(String(a), String(b));
}
