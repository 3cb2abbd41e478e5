import type { Visible } from "../filters.ts";
import type { GraphModel } from "../schema.ts";
import { flatEdge, flatNode, type FlatEdge, type FlatNode } from "./csv.ts";
import { attributeColumns, columnTitles } from "./attributeColumns.ts";
import { exportedElements } from "./jsonExport.ts";
import {
  escapeXmlText,
  stripInvalidXmlChars,
  xmlAttributes,
  xmlToken,
  type XmlAttributeValue,
} from "./xml.ts";

/** GEXF 1.3 (https://gexf.net), the format Gephi reads best. */

// Forbidden characters go first, so one between two spaces cannot leave a double space.
const label = (s: string) => xmlToken(stripInvalidXmlChars(s));

const GEXF_NS = "http://gexf.net/1.3";
const VIZ_NS = "http://gexf.net/1.3/viz";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

interface AttributeSpec<T> {
  /** The attribute's id; ours are also their titles, readable in Gephi's data laboratory. */
  readonly id: string;
  /** The column's name in Gephi, when it is not the id. */
  readonly title?: string;
  readonly type: "string" | "integer" | "long" | "double" | "boolean";
  readonly value: (element: T) => XmlAttributeValue;
}

/** An element's flat values and another tool's data fields, when it came from one. */
type Row<F> = F & { readonly attributes?: Readonly<Record<string, string>> | undefined };

// Aliases are one string joined with LIST_SEPARATOR, as in GraphML and CSV, rather than a
// GEXF "liststring": readers disagree on how a list value is spelt, and an alias may hold
// any character.
const NODE_ATTRIBUTES: readonly AttributeSpec<Row<FlatNode>>[] = [
  { id: "type", type: "string", value: (n) => n.type },
  { id: "aliases", type: "string", value: (n) => n.aliases },
  { id: "summary", type: "string", value: (n) => n.summary },
  { id: "quotes", type: "integer", value: (n) => n.quotes },
];

const EDGE_ATTRIBUTES: readonly AttributeSpec<Row<FlatEdge>>[] = [
  { id: "relation", type: "string", value: (e) => e.relation },
  { id: "stance", type: "string", value: (e) => e.stance },
  { id: "claimed_by", type: "string", value: (e) => e.claimedBy },
  { id: "hedged", type: "boolean", value: (e) => e.hedged },
  { id: "date", type: "string", value: (e) => e.date },
  { id: "quotes", type: "integer", value: (e) => e.quotes },
];

function declarations<T>(cls: "node" | "edge", specs: readonly AttributeSpec<T>[]): string[] {
  return [
    `    <attributes${xmlAttributes({ class: cls })}>`,
    ...specs.map(
      (s) =>
        `      <attribute${xmlAttributes({ id: s.id, title: s.title ?? s.id, type: s.type })}/>`,
    ),
    "    </attributes>",
  ];
}

/**
 * Our attributes, then one per data field of another tool's file, typed (see attributeColumns).
 * A field's id is numbered, so any name is safe; its title is its name, unless Gephi already
 * has a column of that name (ours, or Id and Label).
 */
function withFileAttributes<F>(
  cls: "node" | "edge",
  ours: readonly AttributeSpec<Row<F>>[],
  elements: readonly { readonly attributes?: Readonly<Record<string, string>> | undefined }[],
): AttributeSpec<Row<F>>[] {
  const columns = attributeColumns(elements);
  const reserved = new Set(["id", "label", ...ours.map((s) => s.id)]);
  const titles = columnTitles(
    columns.map((c) => c.name),
    reserved,
  );
  return [
    ...ours,
    ...columns.map((c, i) => ({
      id: `${cls}-attribute-${i}`,
      title: titles[i]!,
      type: c.type,
      value: (row: Row<F>) => row.attributes?.[c.name],
    })),
  ];
}

/** An element's `<attvalues>`; a value the element lacks is left out, not written empty. */
function attvalues<T>(element: T, specs: readonly AttributeSpec<T>[], indent: string): string[] {
  const values = specs.flatMap((s) => {
    const value = s.value(element);
    return value === undefined
      ? []
      : [`${indent}  <attvalue${xmlAttributes({ for: s.id, value })}/>`];
  });
  return values.length === 0 ? [] : [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`];
}

/**
 * The document as GEXF 1.3, whole when `visible` is null, else exactly the nodes and edges the
 * filters show (see `exportedElements`). The graph is directed by default; undirected edges say
 * `type="undirected"`. Nodes carry type, aliases, summary and their number of quotes, and a
 * `viz:position` when the document has positions; edges carry relation, stance, claimed_by,
 * hedged, date and their number of quotes. Each edge's `kind` is its relation, so Gephi keeps
 * two different relations between the same two nodes as two edges instead of merging them.
 * A graph opened from another tool's file also carries that file's data fields, one typed
 * attribute each (`withFileAttributes`). Labels are `xsd:token`s, so their line breaks become
 * spaces; all other text is kept exactly.
 *
 * @example
 * const gexf = exportGexf(doc, null);
 * // <gexf xmlns="http://gexf.net/1.3" … version="1.3"> … <node id="venezuela" label="Venezuela">
 */
export function exportGexf(doc: GraphModel, visible: Visible | null): string {
  const { nodes, edges } = exportedElements(doc, visible);
  // The viz namespace is declared only when it is used, so a document without a layout does
  // not claim to have one.
  const hasPositions = nodes.some((n) => n.position !== undefined);
  const nodeSpecs = withFileAttributes("node", NODE_ATTRIBUTES, nodes);
  const edgeSpecs = withFileAttributes("edge", EDGE_ATTRIBUTES, edges);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf${xmlAttributes({
      xmlns: GEXF_NS,
      "xmlns:viz": hasPositions ? VIZ_NS : undefined,
      "xmlns:xsi": XSI_NS,
      "xsi:schemaLocation": `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
      version: "1.3",
    })}>`,
    // No lastmodifieddate: the same document always gives the same bytes.
    "  <meta>",
    "    <creator>Quotegraph</creator>",
    `    <description>${escapeXmlText(doc.title)}</description>`,
    "  </meta>",
    `  <graph${xmlAttributes({ defaultedgetype: "directed", mode: "static" })}>`,
    ...declarations("node", nodeSpecs),
    ...declarations("edge", edgeSpecs),
    `    <nodes${xmlAttributes({ count: nodes.length })}>`,
  ];
  for (const node of nodes) {
    lines.push(`      <node${xmlAttributes({ id: node.id, label: label(node.label) })}>`);
    const row = { ...flatNode(node), attributes: node.attributes };
    lines.push(...attvalues(row, nodeSpecs, "        "));
    if (node.position) {
      const { x, y } = node.position;
      lines.push(`        <viz:position${xmlAttributes({ x, y, z: 0 })}/>`);
    }
    lines.push("      </node>");
  }
  lines.push("    </nodes>", `    <edges${xmlAttributes({ count: edges.length })}>`);
  for (const edge of edges) {
    const head = xmlAttributes({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.directed ? undefined : "undirected",
      label: label(edge.label),
      kind: edge.relation,
    });
    const row = { ...flatEdge(edge), attributes: edge.attributes };
    const values = attvalues(row, edgeSpecs, "        ");
    lines.push(`      <edge${head}>`, ...values, "      </edge>");
  }
  lines.push("    </edges>", "  </graph>", "</gexf>");
  return `${lines.join("\n")}\n`;
}
