import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fromCytoscapeJson } from "../../../src/domain/openedGraph/fromCytoscapeJson.ts";
import { readGraphBytes, readGraphText } from "../../../src/domain/openedGraph/readGraphFile.ts";
import { GraphDocumentSchema } from "../../../src/domain/schema.ts";
import { accepted, expectPlainData } from "./support.ts";

const DIR = resolve(import.meta.dirname, "../../fixtures/bad-files");
const read = (name: string) =>
  readGraphBytes(new Uint8Array(readFileSync(resolve(DIR, name))), name);
const pollutedKeys = () => ["polluted", "p"].filter((k) => k in Object.prototype);

describe("a file cannot reach Object.prototype", () => {
  afterEach(() => {
    // Clean up after a failure, so one polluted prototype cannot fail every later test.
    for (const key of pollutedKeys()) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it.each(["proto-pollution.json", "cytoscape-proto-pollution.json"])(
    "reads %s as plain data, with __proto__ keys gone at every depth",
    (file) => {
      const opened = accepted(read(file));
      expect(pollutedKeys()).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expectPlainData(opened.graph);
    },
  );

  it("keeps 'constructor' and 'prototype' keys as the data they are", () => {
    const { graph } = accepted(read("proto-pollution.json"));
    expect(Object.hasOwn(graph.nodes[0]!, "constructor")).toBe(true);
    expect((graph.nodes[0] as Record<string, unknown>).constructor).toEqual({
      prototype: { polluted: true },
    });
    const cytoscape = accepted(read("cytoscape-proto-pollution.json")).graph;
    expect(cytoscape.nodes[0]?.attributes).toEqual({ constructor: "data, not a function" });
    expect(cytoscape.nodes[1]?.attributes).toEqual({
      prototype: '{"polluted":true}',
      toString: "not a function either",
    });
    expect(cytoscape.edges[0]?.attributes).toBeUndefined();
  });

  it("drops a data field named __proto__ even when given JSON.parse's value directly", () => {
    const input = JSON.parse('{"elements": [{"data": {"id": "a", "__proto__": {"p": 1}}}]}');
    const result = fromCytoscapeJson(input, "p.json");
    expect(result.ok && result.value.nodes[0]).toEqual({
      id: "a",
      type: "other",
      label: "a",
      evidence: [],
    });
    expect(pollutedKeys()).toEqual([]);
  });

  // Why parseJsonText drops the key itself: zod 4 skips a `__proto__` key of a loose object it
  // parses (the prototype stays Object.prototype), but an unknown field's value is passed
  // through as it is, own `__proto__` key and all, for later code to copy naively.
  it("is needed: zod passes an own __proto__ key through inside unknown fields", () => {
    const doc = JSON.parse(
      JSON.stringify(accepted(read("bom.json")).graph).replace(
        '{"schemaVersion":1,',
        '{"__proto__":{"p":1},"extra":{"__proto__":{"p":1}},"schemaVersion":1,',
      ),
    );
    const parsed = GraphDocumentSchema.parse(doc) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed, "__proto__")).toBe(false);
    expect(Object.hasOwn(parsed.extra as object, "__proto__")).toBe(true);
    // What a naive copy of that value would do:
    const copy = Object.assign({}, parsed.extra) as Record<string, unknown>;
    expect(copy.p).toBe(1);
    expect(pollutedKeys()).toEqual([]);
  });
});

describe("markup in a file is text", () => {
  it("accepts a valid document whose labels and quotes hold markup, keeping every character", () => {
    const { graph } = accepted(read("script-in-label.json"));
    expect(graph.title).toBe("<b>Markup</b> & <i>friends</i>");
    expect(graph.sources[0]?.title).toBe("<script>alert('title')</script>");
    expect(graph.nodes.map((n) => n.label)).toEqual([
      "<img src=x onerror=alert(1)>",
      "<script>alert(2)</script>",
    ]);
    expect(graph.nodes[0]?.summary).toBe('<a href="javascript:alert(1)">click</a>');
    expect(graph.nodes[0]?.evidence[0]?.exact).toBe('<script>alert("quoted")</script>');
    expect(graph.nodes[1]?.evidence[0]?.exact).toBe("<img src=x onerror=alert(1)>");
    expect(graph.edges[0]?.label).toBe("<svg onload=alert(3)>");
  });

  it("keeps markup in Cytoscape.js labels and attributes as text", () => {
    const { graph } = accepted(
      readGraphText(
        JSON.stringify({
          elements: [{ data: { id: "a", label: "<script>x</script>", note: "<img src=x>" } }],
        }),
        "m.json",
      ),
    );
    expect(graph.nodes[0]).toMatchObject({
      label: "<script>x</script>",
      attributes: { note: "<img src=x>" },
    });
  });
});
