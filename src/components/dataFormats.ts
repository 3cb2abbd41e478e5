import type { Visible } from "../domain/filters.ts";
import type { GraphModel } from "../domain/schema.ts";

/** One file a data export writes. */
export interface DataFile {
  /** Text is written as UTF-8; bytes as they are (a zip). */
  readonly content: string | Uint8Array<ArrayBuffer>;
  readonly extension: string;
  readonly type: string;
  /** Told apart in the file name when a format writes several files ("nodes", "quotes"). */
  readonly qualifier: string | null;
}

export interface DataFormat {
  readonly id: string;
  /** The button's name. */
  readonly name: string;
  /** Which tools read it, shown beside the button. */
  readonly purpose: string;
  /** Only for graphs with quotes (the graph document and the quotes table need them). */
  readonly needsQuotes: boolean;
  /** Writes the files; each writer is loaded only when it is first used. */
  write(doc: GraphModel, visible: Visible | null): Promise<readonly DataFile[]>;
}

const JSON_TYPE = "application/json";
const XML_TYPE = "application/xml";
const CSV_TYPE = "text/csv;charset=utf-8";
const ZIP_TYPE = "application/zip";

/** The data formats in the order the Export dialog offers them. */
export const DATA_FORMATS: readonly DataFormat[] = [
  {
    id: "json",
    name: "Graph document (JSON)",
    purpose: "Quotegraph's own format, with every quote; opens here again.",
    needsQuotes: true,
    write: async (doc, visible) => {
      const { exportJson } = await import("../domain/export/jsonExport.ts");
      return [
        { content: exportJson(doc, visible), extension: "json", type: JSON_TYPE, qualifier: null },
      ];
    },
  },
  {
    id: "cyjs",
    name: "Cytoscape.js JSON",
    purpose: "For Cytoscape.js and Cytoscape desktop (.cyjs); no quotes.",
    needsQuotes: false,
    write: async (doc, visible) => {
      const { exportCytoscapeJson } = await import("../domain/export/cytoscapeJson.ts");
      return [
        {
          content: exportCytoscapeJson(doc, visible),
          extension: "cyjs",
          type: JSON_TYPE,
          qualifier: null,
        },
      ];
    },
  },
  {
    id: "gexf",
    name: "GEXF",
    purpose: "For Gephi.",
    needsQuotes: false,
    write: async (doc, visible) => {
      const { exportGexf } = await import("../domain/export/gexf.ts");
      return [
        { content: exportGexf(doc, visible), extension: "gexf", type: XML_TYPE, qualifier: null },
      ];
    },
  },
  {
    id: "graphml",
    name: "GraphML",
    purpose: "For Cytoscape desktop and yEd.",
    needsQuotes: false,
    write: async (doc, visible) => {
      const { exportGraphml } = await import("../domain/export/graphml.ts");
      return [
        {
          content: exportGraphml(doc, visible),
          extension: "graphml",
          type: XML_TYPE,
          qualifier: null,
        },
      ];
    },
  },
  {
    id: "csv-zip",
    name: "CSV tables (zip)",
    purpose: "The CSV tables below in one .zip file: one download.",
    needsQuotes: false,
    write: async (doc, visible) => {
      const [{ exportCsv }, { zipSync, strToU8 }] = await Promise.all([
        import("../domain/export/csv.ts"),
        import("fflate"),
      ]);
      const tables = csvTables(exportCsv(doc, visible), doc.sources.length > 0);
      // Inside, each table is named as its own download would be, less the graph and date.
      const entries = Object.fromEntries(
        tables.map((t) => [`${t.qualifier}.csv`, strToU8(t.content as string)]),
      );
      const zip = zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
      return [{ content: zip, extension: "zip", type: ZIP_TYPE, qualifier: "csv" }];
    },
  },
  {
    id: "csv",
    name: "CSV tables",
    purpose:
      "Three files: nodes, edges, and quotes keyed to what they support (your browser may ask to allow several downloads; the zip above is one).",
    needsQuotes: false,
    write: async (doc, visible) => {
      const { exportCsv } = await import("../domain/export/csv.ts");
      return csvTables(exportCsv(doc, visible), doc.sources.length > 0);
    },
  },
];

/** The CSV tables as files: nodes, edges, and quotes when the graph has any. */
function csvTables(
  tables: { nodes: string; edges: string; quotes: string },
  quoted: boolean,
): DataFile[] {
  return [
    { content: tables.nodes, extension: "csv", type: CSV_TYPE, qualifier: "nodes" },
    { content: tables.edges, extension: "csv", type: CSV_TYPE, qualifier: "edges" },
    ...(quoted
      ? [{ content: tables.quotes, extension: "csv", type: CSV_TYPE, qualifier: "quotes" }]
      : []),
  ];
}
