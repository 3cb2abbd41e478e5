import type { Visible } from "../filters.ts";
import type { Evidence, GraphModel, ModelEdge, ModelNode } from "../schema.ts";
import { exportedElements } from "./jsonExport.ts";

/**
 * The CSV writer, and the flat view of nodes and edges it shares with the GEXF and GraphML
 * writers, so the three formats carry the same values under the same names.
 */

/** How list values (a node's aliases) are joined in flat formats, which have no lists. */
export const LIST_SEPARATOR = "; ";

/** A node's values as flat formats carry them; undefined where the document has none. */
export interface FlatNode {
  readonly id: string;
  readonly type: string;
  readonly label: string;
  /** The aliases joined with `LIST_SEPARATOR`. */
  readonly aliases: string | undefined;
  readonly summary: string | undefined;
  readonly x: number | undefined;
  readonly y: number | undefined;
  /** How many quotes back the node. */
  readonly quotes: number;
}

/** An edge's values as flat formats carry them; undefined where the document has none. */
export interface FlatEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly relation: string;
  readonly label: string;
  readonly directed: boolean;
  readonly stance: string | undefined;
  /** The node id of who makes the claim; undefined when the article reports a fact. */
  readonly claimedBy: string | undefined;
  /** Whether the claim is hedged; undefined without a claim, where hedging means nothing. */
  readonly hedged: boolean | undefined;
  readonly date: string | undefined;
  /** How many quotes back the edge. */
  readonly quotes: number;
}

/**
 * A node's flat values.
 *
 * @example
 * flatNode(venezuela).aliases; // "Caracas"
 */
export function flatNode(node: ModelNode): FlatNode {
  return {
    id: node.id,
    type: node.type,
    label: node.label,
    aliases: node.aliases?.join(LIST_SEPARATOR),
    summary: node.summary,
    x: node.position?.x,
    y: node.position?.y,
    quotes: node.evidence.length,
  };
}

/**
 * An edge's flat values.
 *
 * @example
 * flatEdge(natoIntegratingWithAukus); // { claimedBy: "vladimir-putin", hedged: true, … }
 */
export function flatEdge(edge: ModelEdge): FlatEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    relation: edge.relation,
    label: edge.label,
    directed: edge.directed,
    stance: edge.stance,
    claimedBy: edge.claim?.by,
    hedged: edge.claim ? edge.claim.hedged === true : undefined,
    date: edge.date,
    quotes: edge.evidence.length,
  };
}

/** A CSV value: text, a number, a boolean, or undefined for an empty field. */
export type CsvValue = string | number | boolean | undefined;

// Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection"), and
// a quote from an article is untrusted text: "=HYPERLINK(…)" must stay words. Such a text field
// gets a leading apostrophe, which spreadsheets hide and treat as "this is text". Numbers and
// booleans we write ourselves are never guarded, so a negative coordinate stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): text starting like a formula gets a leading apostrophe, then a
 * field holding a comma, a double quote, CR or LF is quoted, inner quotes doubled.
 *
 * @example
 * csvField('say "hi", then'); // "\"say \"\"hi\"\", then\""
 * csvField("=1+1"); // "'=1+1"
 * csvField(-2.5); // "-2.5"
 */
export function csvField(value: CsvValue): string {
  if (value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record, ended by CRLF as RFC 4180 asks.
 *
 * @example
 * csvRecord(["a", 1, undefined, true]); // "a,1,,true\r\n"
 */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** The three CSV tables, each a complete file with a header row. */
export interface CsvTables {
  readonly nodes: string;
  readonly edges: string;
  readonly quotes: string;
}

/** The header of the nodes table. */
export const NODE_COLUMNS = [
  "id",
  "type",
  "label",
  "aliases",
  "summary",
  "x",
  "y",
  "quotes",
] as const;
/** The header of the edges table. */
export const EDGE_COLUMNS = [
  "id",
  "source",
  "target",
  "relation",
  "label",
  "directed",
  "stance",
  "claimed_by",
  "hedged",
  "date",
  "quotes",
] as const;
/** The header of the quotes table: one row per quote, keyed to the element it supports. */
export const QUOTE_COLUMNS = [
  "element_kind",
  "element_id",
  "source",
  "start",
  "end",
  "speaker",
  "exact",
  "prefix",
  "suffix",
] as const;

function quoteRecord(kind: "node" | "edge", id: string, ev: Evidence): string {
  return csvRecord([
    kind,
    id,
    ev.source,
    ev.start,
    ev.end,
    ev.speaker,
    ev.exact,
    ev.prefix,
    ev.suffix,
  ]);
}

/**
 * The document as three CSV tables (RFC 4180, CRLF line ends, a header row each): nodes,
 * edges, and quotes, one row per quote keyed to the node or edge it supports. Without filters
 * everything is written, else exactly what they show (see `exportedElements`). Aliases are
 * joined with `LIST_SEPARATOR`; absent values are empty fields; offsets count code points.
 * Text that could run as a spreadsheet formula gets a leading apostrophe (see `csvField`).
 * The strings carry no byte-order mark; whoever saves them for Excel may prepend one.
 *
 * @example
 * const { nodes, edges, quotes } = exportCsv(doc, null);
 * nodes.split("\r\n")[0]; // "id,type,label,aliases,summary,x,y,quotes"
 */
export function exportCsv(doc: GraphModel, visible: Visible | null): CsvTables {
  const { nodes, edges } = exportedElements(doc, visible);
  let nodeRows = csvRecord(NODE_COLUMNS);
  let edgeRows = csvRecord(EDGE_COLUMNS);
  let quoteRows = csvRecord(QUOTE_COLUMNS);
  for (const node of nodes) {
    const f = flatNode(node);
    nodeRows += csvRecord([f.id, f.type, f.label, f.aliases, f.summary, f.x, f.y, f.quotes]);
    for (const ev of node.evidence) quoteRows += quoteRecord("node", node.id, ev);
  }
  for (const edge of edges) {
    const f = flatEdge(edge);
    edgeRows += csvRecord([
      f.id,
      f.source,
      f.target,
      f.relation,
      f.label,
      f.directed,
      f.stance,
      f.claimedBy,
      f.hedged,
      f.date,
      f.quotes,
    ]);
    for (const ev of edge.evidence) quoteRows += quoteRecord("edge", edge.id, ev);
  }
  return { nodes: nodeRows, edges: edgeRows, quotes: quoteRows };
}
