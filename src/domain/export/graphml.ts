import type { Visible } from "../filters.ts";
import type { GraphModel } from "../schema.ts";
import { flatEdge, flatNode, type FlatEdge, type FlatNode } from "./csv.ts";
import { attributeColumns, columnTitles } from "./attributeColumns.ts";
import { exportedElements } from "./jsonExport.ts";
import { escapeXmlText, xmlAttributes, type XmlAttributeValue } from "./xml.ts";

/** GraphML (http://graphml.graphdrawing.org), read by Cytoscape desktop and yEd. */

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

interface KeySpec<T> {
  /** The key's id: prefixed by its domain, since nodes and edges both have a "label". */
  readonly id: string;
  readonly name: string;
  readonly type: "string" | "int" | "long" | "double" | "boolean";
  readonly value: (element: T) => XmlAttributeValue;
}

/** An element's flat values and another tool's data fields, when it came from one. */
type Row<F> = F & { readonly attributes?: Readonly<Record<string, string>> | undefined };

/**
 * Our keys, then one per data field of another tool's file, typed (see attributeColumns). Its
 * id is numbered, so any name is safe; its `attr.name` is its name unless one of ours has it.
 */
function withFileKeys<F>(
  domain: "node" | "edge",
  ours: readonly KeySpec<Row<F>>[],
  elements: readonly { readonly attributes?: Readonly<Record<string, string>> | undefined }[],
): KeySpec<Row<F>>[] {
  const columns = attributeColumns(elements);
  const names = columnTitles(
    columns.map((c) => c.name),
    new Set(ours.map((k) => k.name)),
  );
  return [
    ...ours,
    ...columns.map((c, i) => ({
      id: `${domain}_attribute_${i}`,
      name: names[i]!,
      type: c.type,
      value: (row: Row<F>) => row.attributes?.[c.name],
    })),
  ];
}

const NODE_KEYS: readonly KeySpec<Row<FlatNode>>[] = [
  { id: "node_label", name: "label", type: "string", value: (n) => n.label },
  { id: "node_type", name: "type", type: "string", value: (n) => n.type },
  { id: "node_aliases", name: "aliases", type: "string", value: (n) => n.aliases },
  { id: "node_summary", name: "summary", type: "string", value: (n) => n.summary },
  { id: "node_x", name: "x", type: "double", value: (n) => n.x },
  { id: "node_y", name: "y", type: "double", value: (n) => n.y },
  { id: "node_quotes", name: "quotes", type: "int", value: (n) => n.quotes },
];

const EDGE_KEYS: readonly KeySpec<Row<FlatEdge>>[] = [
  { id: "edge_label", name: "label", type: "string", value: (e) => e.label },
  { id: "edge_relation", name: "relation", type: "string", value: (e) => e.relation },
  { id: "edge_stance", name: "stance", type: "string", value: (e) => e.stance },
  { id: "edge_claimed_by", name: "claimed_by", type: "string", value: (e) => e.claimedBy },
  { id: "edge_hedged", name: "hedged", type: "boolean", value: (e) => e.hedged },
  { id: "edge_date", name: "date", type: "string", value: (e) => e.date },
  { id: "edge_quotes", name: "quotes", type: "int", value: (e) => e.quotes },
];

function keys<T>(domain: "node" | "edge", specs: readonly KeySpec<T>[]): string[] {
  return specs.map(
    (s) =>
      `  <key${xmlAttributes({ id: s.id, for: domain, "attr.name": s.name, "attr.type": s.type })}/>`,
  );
}

/** An element's `<data>`; a value the element lacks is left out, as GraphML means "absent". */
function data<T>(element: T, specs: readonly KeySpec<T>[]): string[] {
  return specs.flatMap((s) => {
    const value = s.value(element);
    if (value === undefined) return [];
    return [`      <data${xmlAttributes({ key: s.id })}>${escapeXmlText(String(value))}</data>`];
  });
}

/**
 * The document as GraphML, whole when `visible` is null, else exactly the nodes and edges the
 * filters show (see `exportedElements`). Every value is declared by a `<key>` with its
 * `attr.name` and `attr.type`: nodes carry label, type, aliases, summary, x and y (when the
 * document has positions) and their number of quotes; edges carry label, relation, stance,
 * claimed_by, hedged, date and their number of quotes. The graph is directed by default;
 * undirected edges say `directed="false"`. A graph opened from another tool's file also carries
 * that file's data fields, one typed key each (`withFileKeys`). Text is kept exactly, line breaks included. Ids are
 * written as the document has them.
 *
 * @example
 * const graphml = exportGraphml(doc, null);
 * // <graphml xmlns="http://graphml.graphdrawing.org/xmlns" …> <key id="node_label" for="node" …
 */
export function exportGraphml(doc: GraphModel, visible: Visible | null): string {
  const { nodes, edges } = exportedElements(doc, visible);
  const nodeKeys = withFileKeys("node", NODE_KEYS, nodes);
  const edgeKeys = withFileKeys("edge", EDGE_KEYS, edges);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml${xmlAttributes({
      xmlns: GRAPHML_NS,
      "xmlns:xsi": XSI_NS,
      "xsi:schemaLocation": `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
    })}>`,
    ...keys("node", nodeKeys),
    ...keys("edge", edgeKeys),
    `  <graph${xmlAttributes({ id: doc.id, edgedefault: "directed" })}>`,
    `    <desc>${escapeXmlText(doc.title)}</desc>`,
  ];
  for (const node of nodes) {
    lines.push(`    <node${xmlAttributes({ id: node.id })}>`);
    const row = { ...flatNode(node), attributes: node.attributes };
    lines.push(...data(row, nodeKeys), "    </node>");
  }
  for (const edge of edges) {
    const head = xmlAttributes({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      directed: edge.directed ? undefined : false,
    });
    const row = { ...flatEdge(edge), attributes: edge.attributes };
    lines.push(`    <edge${head}>`, ...data(row, edgeKeys), "    </edge>");
  }
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}
