// @vitest-environment jsdom
// A graph opened from another tool goes back out with its data: GEXF and GraphML carry every
// data field of the file, typed, read here with an XML parser of its own (jsdom's), as a
// reader of those formats would, and compared with the fields the opened file had.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { attributeColumns, columnTitles } from "../../../src/domain/export/attributeColumns.ts";
import { exportGexf } from "../../../src/domain/export/gexf.ts";
import { exportGraphml } from "../../../src/domain/export/graphml.ts";
import { readGraphBytes } from "../../../src/domain/openedGraph/readGraphFile.ts";
import type { GraphModel } from "../../../src/domain/schema.ts";

const OPEN_DIR = resolve(import.meta.dirname, "../../fixtures/open");

function opened(name: string): GraphModel {
  const result = readGraphBytes(new Uint8Array(readFileSync(resolve(OPEN_DIR, name))), name);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.graph;
}

function parseXml(xml: string): Document {
  const dom = new DOMParser().parseFromString(xml, "application/xml");
  expect(dom.getElementsByTagName("parsererror")).toHaveLength(0);
  return dom;
}

/** A value as the declared type reads it: what a typed reader (Gephi, Cytoscape) would hold. */
function typed(type: string, text: string): unknown {
  switch (type) {
    case "int":
    case "integer":
    case "long":
      expect(text).toMatch(/^-?\d+$/);
      return Number(text);
    case "float":
    case "double":
      expect(Number.isFinite(Number(text))).toBe(true);
      return Number(text);
    case "boolean":
      expect(["true", "false"]).toContain(text);
      return text === "true";
    default:
      return text;
  }
}

/** The file's own fields, typed the way the export declared them, per element id. */
function expectedFields(
  elements: GraphModel["nodes"] | GraphModel["edges"],
  types: Map<string, string>,
) {
  return Object.fromEntries(
    elements.map((e) => [
      e.id,
      Object.fromEntries(
        Object.entries(e.attributes ?? {}).map(([k, v]) => [k, typed(types.get(k)!, v)]),
      ),
    ]),
  );
}

/** The file's fields whose names the format has already: written as "<name> (attribute)". */
function renamed(rows: Record<string, Record<string, unknown>>, names: readonly string[]) {
  for (const row of Object.values(rows)) {
    for (const name of names) {
      if (!(name in row)) continue;
      row[`${name} (attribute)`] = row[name];
      delete row[name];
    }
  }
  return rows;
}

/** GEXF: each element's attvalues, by the declared title, typed; only the file's fields. */
function readGexf(xml: string, cls: "node" | "edge", ours: ReadonlySet<string>) {
  // Only the file's fields are compared: ours are the ids in `ours`.
  const dom = parseXml(xml);
  const decl = [...dom.getElementsByTagName("attributes")].find(
    (a) => a.getAttribute("class") === cls,
  )!;
  const byId = new Map(
    [...decl.getElementsByTagName("attribute")].map((a) => [
      a.getAttribute("id")!,
      { title: a.getAttribute("title")!, type: a.getAttribute("type")! },
    ]),
  );
  const values: Record<string, Record<string, unknown>> = {};
  for (const el of dom.getElementsByTagName(cls)) {
    const row: Record<string, unknown> = {};
    for (const v of el.getElementsByTagName("attvalue")) {
      const spec = byId.get(v.getAttribute("for")!)!;
      if (ours.has(v.getAttribute("for")!)) continue;
      row[spec.title] = typed(spec.type, v.getAttribute("value")!);
    }
    values[el.getAttribute("id")!] = row;
  }
  return { values, declared: [...byId.values()] };
}

/** GraphML: each element's data, by the key's attr.name, typed; only the file's fields. */
function readGraphml(xml: string, domain: "node" | "edge", ours: ReadonlySet<string>) {
  const dom = parseXml(xml);
  const keys = new Map(
    [...dom.getElementsByTagName("key")]
      .filter((k) => k.getAttribute("for") === domain)
      .map((k) => [
        k.getAttribute("id")!,
        { name: k.getAttribute("attr.name")!, type: k.getAttribute("attr.type")! },
      ]),
  );
  const values: Record<string, Record<string, unknown>> = {};
  for (const el of dom.getElementsByTagName(domain)) {
    const row: Record<string, unknown> = {};
    for (const d of el.getElementsByTagName("data")) {
      const key = keys.get(d.getAttribute("key")!)!;
      if (ours.has(key.name)) continue;
      row[key.name] = typed(key.type, d.textContent ?? "");
    }
    values[el.getAttribute("id")!] = row;
  }
  return { values, declared: [...keys.values()] };
}

const GEXF_OURS = {
  node: new Set(["type", "aliases", "summary", "quotes"]),
  edge: new Set(["relation", "stance", "claimed_by", "hedged", "date", "quotes"]),
};
const GRAPHML_OURS = {
  node: new Set(["label", "type", "aliases", "summary", "x", "y", "quotes"]),
  edge: new Set(["label", "relation", "stance", "claimed_by", "hedged", "date", "quotes"]),
};

describe("attributeColumns", () => {
  it.each([
    ["integers", ["1", "-20", "0"], "long"],
    ["integers and decimals", ["1", "2.5", "1e3"], "double"],
    ["booleans", ["true", "false"], "boolean"],
    ["a leading zero, an id rather than a number", ["007", "8"], "string"],
    ["an integer past what a double holds exactly", ["9007199254740993"], "string"],
    ["numbers and a word", ["1", "two"], "string"],
    ["numbers and booleans", ["1", "true"], "string"],
    ["the words of JavaScript numbers", ["NaN", "Infinity"], "string"],
    ["an empty value", ["1", ""], "string"],
  ])("types a column of %s", (_name, values, type) => {
    expect(attributeColumns(values.map((v) => ({ attributes: { f: v } })))).toEqual([
      { name: "f", type },
    ]);
  });

  it("keeps the order names first appear, ignoring elements without the field", () => {
    expect(
      attributeColumns([{}, { attributes: { b: "x" } }, { attributes: { a: "1", b: "y" } }]),
    ).toEqual([
      { name: "b", type: "string" },
      { name: "a", type: "long" },
    ]);
  });

  it("renames a field whose name the format already uses, to a name nothing else has", () => {
    expect(
      columnTitles(["label", "label (attribute)", "gene"], new Set(["label", "type"])),
    ).toEqual(["label (attribute 2)", "label (attribute)", "gene"]);
  });
});

describe("a Cytoscape desktop graph exported again", () => {
  const graph = opened("talks-network.cyjs");

  it("has data fields to carry (the test would prove nothing without)", () => {
    expect(graph.nodes.every((n) => Object.keys(n.attributes ?? {}).length >= 4)).toBe(true);
    expect(graph.edges.every((e) => Object.keys(e.attributes ?? {}).length >= 4)).toBe(true);
  });

  for (const cls of ["node", "edge"] as const) {
    const elements = cls === "node" ? graph.nodes : graph.edges;

    it(`GEXF carries every ${cls} field, typed; a name Gephi has already is renamed`, () => {
      const read = readGexf(exportGexf(graph, null), cls, GEXF_OURS[cls]);
      const types = new Map(read.declared.map((d) => [d.title, d.type]));
      // Gephi has Id and Label columns, and ours: the file's "label" and "type" go out renamed.
      const clashes = ["id", "label", ...GEXF_OURS[cls]];
      const fileTypes = new Map(
        [...types].map(([t, type]) => [t.replace(/ \(attribute\)$/, ""), type]),
      );
      expect(read.values).toEqual(renamed(expectedFields(elements, fileTypes), clashes));
      // Numbers went out as numbers, not as text.
      expect(types.get("SUID")).toBe("long");
      if (cls === "node") expect(types.get("degree")).toBe("long");
      if (cls === "edge") expect(types.get("weight")).toBe("long");
    });

    it(`GraphML carries every ${cls} field, typed; a name of ours is renamed, not lost`, () => {
      const read = readGraphml(exportGraphml(graph, null), cls, GRAPHML_OURS[cls]);
      const types = new Map(read.declared.map((d) => [d.name, d.type]));
      const fileTypes = new Map(
        [...types].map(([t, type]) => [t.replace(/ \(attribute\)$/, ""), type]),
      );
      const expected = renamed(expectedFields(elements, fileTypes), [...GRAPHML_OURS[cls]]);
      // The file's own "label" column (Cytoscape desktop's) meets GraphML's label key.
      if (cls === "node") expect(types.get("label (attribute)")).toBe("long");
      expect(read.values).toEqual(expected);
      expect(types.get("SUID")).toBe("long");
    });
  }

  it("a graph with no file fields declares none beyond ours", () => {
    const bare: GraphModel = {
      ...graph,
      nodes: graph.nodes.map(({ attributes: _, ...n }) => n),
      edges: graph.edges.map(({ attributes: _, ...e }) => e),
    };
    expect(parseXml(exportGexf(bare, null)).getElementsByTagName("attribute")).toHaveLength(
      GEXF_OURS.node.size + GEXF_OURS.edge.size,
    );
    expect(parseXml(exportGraphml(bare, null)).getElementsByTagName("key")).toHaveLength(
      GRAPHML_OURS.node.size + GRAPHML_OURS.edge.size,
    );
  });
});
