import type { Visible } from "../filters.ts";
import type { Evidence, GraphModel, ModelEdge, ModelNode } from "../schema.ts";

/**
 * What an export contains: the whole document, or only what the filters show. Two rules, one
 * per kind of format, side by side so their difference stays deliberate:
 *
 * - The JSON export is a graph document and must stay valid against the schema, where an
 *   edge's ends, its `claim.by` and every quote's `speaker` must be node ids. A shown element
 *   that names a hidden node keeps that node (`visibleSubDocument`). Dropping the reference
 *   instead would change what the document says: an edge without its `claim` reads as a fact
 *   the article reports, not as someone's statement, and a quote without its speaker loses who
 *   said the words.
 * - The GEXF, GraphML and CSV exports carry ids as plain values, so they contain exactly what
 *   is shown (`exportedElements`); a `claimed_by` or `speaker` value may name a node left out.
 */

/** A sub-document, and the hidden nodes it had to keep to stay valid. */
export interface SubDocument {
  readonly document: GraphModel;
  /** Ids of nodes the filters hide that shown elements refer to, in document order. */
  readonly keptHiddenNodes: readonly string[];
}

/**
 * The part of a document the filters show, as a valid document: shown nodes, shown edges,
 * every source, and every other field as it was. A node the filters hide is kept when a kept
 * element refers to it, as an edge's end, as `claim.by` or as a quote's `speaker`; this is
 * repeated for the quotes of nodes kept that way, until nothing new is needed. Hidden edges
 * are never kept. Order follows the document.
 *
 * @example
 * const { document, keptHiddenNodes } = visibleSubDocument(doc, visibleElements(index, filters));
 * // keptHiddenNodes: ["vladimir-putin"] when persons are hidden but Putin's claims are shown
 */
export function visibleSubDocument(doc: GraphModel, visible: Visible): SubDocument {
  const edges = doc.edges.filter((e) => visible.edges.has(e.id));
  const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
  const kept = new Set<string>();
  const pending: string[] = [];
  const keep = (id: string) => {
    if (kept.has(id) || !nodeById.has(id)) return;
    kept.add(id);
    pending.push(id);
  };
  for (const node of doc.nodes) if (visible.nodes.has(node.id)) keep(node.id);
  for (const edge of edges) edgeReferences(edge).forEach(keep);
  // Breadth-first over the speakers of kept nodes' quotes: each node is visited once.
  for (let id = pending.shift(); id !== undefined; id = pending.shift()) {
    speakers(nodeById.get(id)?.evidence ?? []).forEach(keep);
  }
  return {
    document: { ...doc, nodes: doc.nodes.filter((n) => kept.has(n.id)), edges },
    keptHiddenNodes: doc.nodes
      .filter((n) => kept.has(n.id) && !visible.nodes.has(n.id))
      .map((n) => n.id),
  };
}

function speakers(evidence: readonly Evidence[]): string[] {
  return evidence.flatMap((ev) => (ev.speaker === undefined ? [] : [ev.speaker]));
}

/** Every node id an edge names. */
function edgeReferences(edge: ModelEdge): string[] {
  const ids = [edge.source, edge.target, ...speakers(edge.evidence)];
  if (edge.claim) ids.push(edge.claim.by);
  return ids;
}

/** The nodes and edges a flat or graph-tool export writes. */
export interface ExportedElements {
  readonly nodes: readonly ModelNode[];
  readonly edges: readonly ModelEdge[];
}

/**
 * The nodes and edges the GEXF, GraphML and CSV exports write: all of them without filters,
 * else exactly the shown ones. An edge is written only when both its ends are, which
 * `visibleElements` already guarantees, so a hand-made `Visible` cannot produce an edge to a
 * node missing from the file. Order follows the document.
 *
 * @example
 * const { nodes, edges } = exportedElements(doc, visibleElements(index, filters));
 */
export function exportedElements(doc: GraphModel, visible: Visible | null): ExportedElements {
  if (!visible) return { nodes: doc.nodes, edges: doc.edges };
  const nodes = doc.nodes.filter((n) => visible.nodes.has(n.id));
  const shown = new Set(nodes.map((n) => n.id));
  const edges = doc.edges.filter(
    (e) => visible.edges.has(e.id) && shown.has(e.source) && shown.has(e.target),
  );
  return { nodes, edges };
}

/**
 * The document as pretty JSON (two-space indents, a final newline), whole when `visible` is
 * null, else the sub-document the filters show (see `visibleSubDocument` for the hidden nodes
 * it keeps). Either way the output parses back with `parseGraphDocument`; fields this version
 * does not know are written as they were.
 *
 * @example
 * const text = exportJson(doc, null);
 * parseGraphDocument(JSON.parse(text)); // { ok: true, value: a document equal to doc }
 */
export function exportJson(doc: GraphModel, visible: Visible | null): string {
  const out = visible ? visibleSubDocument(doc, visible).document : doc;
  return `${JSON.stringify(out, null, 2)}\n`;
}
