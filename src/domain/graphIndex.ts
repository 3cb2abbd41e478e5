import type { GraphModel, ModelEdge, ModelNode, Source } from "./schema.ts";

/** Fast look-ups over a document, built once when a document is loaded. */
export interface GraphIndex {
  readonly doc: GraphModel;
  readonly nodeById: ReadonlyMap<string, ModelNode>;
  readonly edgeById: ReadonlyMap<string, ModelEdge>;
  readonly sourceById: ReadonlyMap<string, Source>;
  /** Every edge touching a node, as source or target, in document order. */
  readonly edgesByNode: ReadonlyMap<string, readonly ModelEdge[]>;
}

export function indexGraph(doc: GraphModel): GraphIndex {
  const edgesByNode = new Map<string, ModelEdge[]>();
  for (const node of doc.nodes) edgesByNode.set(node.id, []);
  for (const edge of doc.edges) {
    edgesByNode.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) edgesByNode.get(edge.target)?.push(edge);
  }
  return {
    doc,
    nodeById: new Map(doc.nodes.map((n) => [n.id, n])),
    edgeById: new Map(doc.edges.map((e) => [e.id, e])),
    sourceById: new Map(doc.sources.map((s) => [s.id, s])),
    edgesByNode,
  };
}

/**
 * A chain of relations from one node to another: node ids and edge ids in path order, or
 * found: false when nothing connects them.
 */
export type PathResult =
  | { readonly found: true; readonly nodes: readonly string[]; readonly edges: readonly string[] }
  | { readonly found: false };

/** A node's relations seen from that node: the edge and the node at its other end. */
export interface Relation {
  readonly edge: ModelEdge;
  readonly other: ModelNode;
  /** True when the node is the edge's source (reads "node — label → other"). */
  readonly outgoing: boolean;
}

export function relationsOf(index: GraphIndex, nodeId: string): Relation[] {
  const relations: Relation[] = [];
  for (const edge of index.edgesByNode.get(nodeId) ?? []) {
    const outgoing = edge.source === nodeId;
    const other = index.nodeById.get(outgoing ? edge.target : edge.source);
    if (other) relations.push({ edge, other, outgoing });
  }
  return relations;
}

/** Folds case and accents so "cote" finds "Côte d'Ivoire". */
export function foldForSearch(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase("en");
}

export interface SearchHit {
  readonly node: ModelNode;
  /** The label, alias or field value that matched. */
  readonly matched: string;
  /**
   * Where it matched: null for the label or an alias, else the name of the data field (a graph
   * opened from another tool may label nodes by one column and carry the readable name, a gene
   * symbol or a canonical name in another).
   */
  readonly field: string | null;
}

/** A node's searchable texts, folded once per index rather than on every keystroke. */
interface SearchEntry {
  readonly text: string;
  readonly folded: string;
  readonly field: string | null;
}
const searchTables = new WeakMap<GraphIndex, readonly (readonly SearchEntry[])[]>();

function searchTable(index: GraphIndex): readonly (readonly SearchEntry[])[] {
  let table = searchTables.get(index);
  if (!table) {
    table = index.doc.nodes.map((node) => [
      ...[node.label, ...(node.aliases ?? [])].map((text) => ({
        text,
        folded: foldForSearch(text),
        field: null,
      })),
      ...Object.entries(node.attributes ?? {}).map(([field, text]) => ({
        text,
        folded: foldForSearch(text),
        field,
      })),
    ]);
    searchTables.set(index, table);
  }
  return table;
}

/**
 * A field's match ranks after any name's: the label and aliases are what the reader sees.
 * Scores of names are 0–3 (see matchScore), so fields start at 4.
 */
const FIELD_PENALTY = 4;

/**
 * Nodes whose label, an alias or any data field matches the query, best first: exact, then
 * prefix, then a word's prefix, then anywhere, names before fields; ties keep document order.
 *
 * @example searchNodes(index, "caracas")[0]?.node.label // "Venezuela"
 */
export function searchNodes(index: GraphIndex, query: string, limit = 10): SearchHit[] {
  const q = foldForSearch(query.trim());
  if (q === "") return [];
  const table = searchTable(index);
  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  index.doc.nodes.forEach((node, order) => {
    let best: { score: number; entry: SearchEntry } | null = null;
    for (const entry of table[order] ?? []) {
      const match = matchScore(entry.folded, q);
      if (match === null) continue;
      const score = match + (entry.field === null ? 0 : FIELD_PENALTY);
      if (!best || score < best.score) best = { score, entry };
    }
    if (best) {
      const hit = { node, matched: best.entry.text, field: best.entry.field };
      scored.push({ hit, score: best.score, order });
    }
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.hit);
}

/** Characters after which a new word starts. */
const WORD_BOUNDARY = /[\s\-'’(/]/;

/**
 * How well a folded name matches a folded query: 0 exact, 1 prefix, 2 the start of a later
 * word (any occurrence counts, not only the first), 3 anywhere; null for no match.
 */
function matchScore(name: string, q: string): number | null {
  if (name === q) return 0;
  let at = name.indexOf(q);
  if (at < 0) return null;
  if (at === 0) return 1;
  for (; at >= 0; at = name.indexOf(q, at + 1)) {
    if (WORD_BOUNDARY.test(name[at - 1] ?? "")) return 2;
  }
  return 3;
}
