// The README's examples must stay true: the annotation builds against the real article, and
// the format examples are what the app reads and writes.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraphDocument } from "../../src/pipeline/buildGraphDocument.ts";
import { exportCsv } from "../../src/domain/export/csv.ts";
import { exportGexf } from "../../src/domain/export/gexf.ts";
import { exportGraphml } from "../../src/domain/export/graphml.ts";
import { readGraphText } from "../../src/domain/openedGraph/readGraphFile.ts";

describe("README's 'Add your own article' example", () => {
  it("is a valid annotation whose quotes resolve in the article", () => {
    const readme = readFileSync(resolve("README.md"), "utf8");
    const block = /## Add your own article[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const annotation: unknown = JSON.parse(block!);
    const article = readFileSync(
      resolve("data/sources/venezuela-russia-weapons-talks.txt"),
      "utf8",
    );
    const built = buildGraphDocument(
      annotation,
      new Map([["venezuela-russia-weapons-talks.txt", article]]),
    );
    expect(built.ok ? [] : built.problems).toEqual([]);
    expect(built.ok && built.value.edges[0]?.claim).toEqual({ by: "fermin" });
  });
});

describe("README's format examples", () => {
  const readme = readFileSync(resolve("README.md"), "utf8");
  const section = /### The formats, by example([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1],
    text: m[2]!,
  }));
  const [docBlock, cyjsBlock, gexfBlock, graphmlBlock, ...csvBlocks] = blocks;
  const opened = readGraphText(docBlock?.text ?? "", "example.json");
  const doc = opened.ok ? opened.value.graph : null;
  /** Lines, trimmed, without blank ones: excerpts are compared line by line. */
  const lines = (s: string) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "");

  it("has the seven examples in order", () => {
    expect(blocks.map((b) => b.lang)).toEqual(["json", "json", "xml", "xml", "csv", "csv", "csv"]);
  });

  it("shows a graph document that opens, every quote checked", () => {
    expect(opened.ok ? [] : opened.problems).toEqual([]);
    expect(opened.ok && opened.value.format).toBe("quotegraph");
  });

  it("shows Cytoscape.js JSON that opens as the same graph, without quotes", () => {
    const cyjs = readGraphText(cyjsBlock?.text ?? "", "example.cyjs");
    expect(cyjs.ok ? [] : cyjs.problems).toEqual([]);
    if (!cyjs.ok || !doc) return;
    const { graph } = cyjs.value;
    expect(graph.nodes.map((n) => [n.id, n.label, n.type, n.position])).toEqual(
      doc.nodes.map((n) => [n.id, n.label, n.type, n.position]),
    );
    expect(graph.edges.map((e) => [e.id, e.relation, e.label, e.directed, e.stance])).toEqual(
      doc.edges.map((e) => [e.id, e.relation, e.label, e.directed, e.stance]),
    );
    expect(graph.sources).toEqual([]);
  });

  it("shows GEXF and GraphML excerpts that are what the writers write", () => {
    if (!doc) throw new Error("the example document does not open");
    const gexf = lines(exportGexf(doc, null));
    const graphml = lines(exportGraphml(doc, null));
    for (const line of lines(gexfBlock?.text ?? "")) expect(gexf).toContain(line);
    for (const line of lines(graphmlBlock?.text ?? "")) expect(graphml).toContain(line);
  });

  it("shows the three CSV tables exactly as written", () => {
    if (!doc) throw new Error("the example document does not open");
    const tables = exportCsv(doc, null);
    expect(csvBlocks.map((b) => lines(b.text))).toEqual(
      [tables.nodes, tables.edges, tables.quotes].map(lines),
    );
  });
});
