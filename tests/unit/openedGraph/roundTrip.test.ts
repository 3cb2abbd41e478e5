import { describe, expect, it } from "vitest";
import { precomputeLayout } from "../../../src/cytoscape/precomputeLayout.ts";
import { exportCytoscapeJson } from "../../../src/domain/export/cytoscapeJson.ts";
import { exportJson } from "../../../src/domain/export/jsonExport.ts";
import { readGraphBytes, readGraphText } from "../../../src/domain/openedGraph/readGraphFile.ts";
import { articleInputs, buildOrThrow, fixtureInputs } from "../../fixtures/fixtures.ts";
import { accepted } from "./support.ts";

// The article as the app ships it (laid out, so with positions), and two small documents
// without positions, one full of characters outside the BMP.
const ARTICLE = precomputeLayout(buildOrThrow(articleInputs()));
const SUMMIT = buildOrThrow(fixtureInputs("summit"));
const EMOJI = buildOrThrow(fixtureInputs("emoji-summit"));

describe("a JSON export opens again as the same document", () => {
  it.each([
    ["the article", ARTICLE, false],
    ["the summit fixture", SUMMIT, true],
    ["the emoji fixture", EMOJI, true],
  ])("%s", (_name, doc, needsLayout) => {
    const text = exportJson(doc, null);
    expect(accepted(readGraphText(text, "export.json"))).toEqual({
      graph: doc,
      format: "quotegraph",
      needsLayout,
      notes: [],
    });
    const fromBytes = accepted(readGraphBytes(new TextEncoder().encode(text), "export.json"));
    expect(fromBytes.graph).toStrictEqual(doc);
  });
});

describe("a Cytoscape.js JSON export opens again as the same graph, without its quotes", () => {
  it.each([
    ["the article", ARTICLE],
    ["the summit fixture", SUMMIT],
  ])("%s", (_name, doc) => {
    const opened = accepted(readGraphText(exportCytoscapeJson(doc, null), `${doc.id}.cyjs`));
    expect(opened.format).toBe("cytoscape");
    const { graph } = opened;
    expect([graph.id, graph.title, graph.sources]).toEqual([doc.id, doc.title, []]);
    expect(
      graph.nodes.map(({ id, type, label, position }) => ({ id, type, label, position })),
    ).toEqual(doc.nodes.map(({ id, type, label, position }) => ({ id, type, label, position })));
    expect(
      graph.edges.map(({ id, source, target, relation, label, directed, stance }) => ({
        id,
        source,
        target,
        relation,
        label,
        directed,
        stance,
      })),
    ).toEqual(
      doc.edges.map(({ id, source, target, relation, label, directed, stance }) => ({
        id,
        source,
        target,
        relation,
        label,
        directed,
        stance,
      })),
    );
  });
});
