import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphs, graphJsonSchema, type GraphsBuild } from "../../src/build/buildGraphs.ts";
import { parseGraphDocument } from "../../src/domain/parseGraphDocument.ts";
import { ManifestSchema, type GraphDocument } from "../../src/domain/schema.ts";
import {
  ARTICLE_FILE,
  ARTICLE_ID,
  DATA_DIR,
  articleInputs,
  articleText,
  buildOrThrow,
  fixtureInputs,
  fixtureText,
  type AnnotationInput,
} from "../fixtures/fixtures.ts";

const GRAPH_PATH = `graphs/${ARTICLE_ID}.json`;

function parsedGraph(build: GraphsBuild, path = GRAPH_PATH): GraphDocument {
  const result = parseGraphDocument(JSON.parse(build.files.get(path) ?? "null"));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe("buildGraphs on data/", () => {
  let first: GraphsBuild;
  let second: GraphsBuild;
  beforeAll(() => {
    first = buildGraphs(DATA_DIR);
    second = buildGraphs(DATA_DIR);
  }, 120_000);

  it("reports no errors", () => {
    expect(first.errors).toEqual([]);
  });

  it("writes the manifest, the article graph and the JSON Schema", () => {
    expect([...first.files.keys()].sort()).toEqual([
      "graphs/index.json",
      GRAPH_PATH,
      "schema/graph-v1.schema.json",
    ]);
  });

  it("lists the article graph first in the manifest, with its counts", () => {
    const manifest = ManifestSchema.parse(JSON.parse(first.files.get("graphs/index.json") ?? ""));
    const doc = parsedGraph(first);
    expect(manifest[0]).toEqual({
      id: ARTICLE_ID,
      title: doc.title,
      nodeCount: doc.nodes.length,
      edgeCount: doc.edges.length,
    });
    expect(manifest[0]?.nodeCount).toBe(articleInputs().annotation.nodes.length);
    expect(manifest[0]?.edgeCount).toBe(articleInputs().annotation.edges.length);
  });

  it("writes a graph that passes parseGraphDocument, with the article verbatim", () => {
    const doc = parsedGraph(first);
    expect(doc.id).toBe(ARTICLE_ID);
    expect(doc.sources[0]?.text).toBe(articleText());
  });

  it("gives every node a finite position", () => {
    const doc = parsedGraph(first);
    const missing = doc.nodes.filter(
      (n) => !n.position || !Number.isFinite(n.position.x) || !Number.isFinite(n.position.y),
    );
    expect(missing.map((n) => n.id)).toEqual([]);
  });

  it("publishes the pipeline's document, positions added", () => {
    const doc = parsedGraph(first);
    const withoutPositions = { ...doc, nodes: doc.nodes.map(({ position: _p, ...n }) => n) };
    expect(withoutPositions).toEqual(buildOrThrow(articleInputs()));
  });

  it("writes the JSON Schema generated from the zod schema", () => {
    const text = first.files.get("schema/graph-v1.schema.json") ?? "";
    expect(JSON.parse(text)).toEqual(graphJsonSchema());
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("is deterministic: a second run writes byte-identical files", () => {
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [path, contents] of first.files) expect(second.files.get(path), path).toBe(contents);
  });
});

describe("buildGraphs on a temporary data folder", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A data folder holding the given annotations (file name → JSON) and source texts. */
  function dataDir(annotations: Record<string, unknown>, sources: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), "quotegraph-test-"));
    dirs.push(dir);
    mkdirSync(join(dir, "annotations"));
    mkdirSync(join(dir, "sources"));
    for (const [file, json] of Object.entries(annotations)) {
      const text = typeof json === "string" ? json : JSON.stringify(json, null, 2);
      writeFileSync(join(dir, "annotations", file), text);
    }
    for (const [file, text] of Object.entries(sources)) {
      writeFileSync(join(dir, "sources", file), text);
    }
    return dir;
  }

  const summitSources = { "summit.txt": fixtureText("summit") };

  it("names the file, the entry and the quote of a broken annotation", () => {
    const annotation: AnnotationInput = articleInputs().annotation;
    annotation.nodes[0]!.quotes[0] = "Venezuela initiated talks with China";
    const dir = dataDir({ [`${ARTICLE_ID}.json`]: annotation }, { [ARTICLE_FILE]: articleText() });
    const build = buildGraphs(dir);
    expect(build.errors).toEqual([
      `data/annotations/${ARTICLE_ID}.json nodes[0].quotes[0]: node "venezuela": ` +
        `quote "Venezuela initiated talks with China" was not found in source ` +
        `"venezuela-russia-weapons-talks"`,
    ]);
    expect(build.files.has(GRAPH_PATH)).toBe(false);
    expect(JSON.parse(build.files.get("graphs/index.json") ?? "")).toEqual([]);
  });

  it("reports every problem of every annotation, one line each", () => {
    const broken: AnnotationInput = fixtureInputs("summit").annotation;
    broken.edges[0]!.target = "delta";
    broken.edges[0]!.quotes.push("the talks went well");
    const dir = dataDir({ "summit.json": broken, "broken.json": "{ not json" }, summitSources);
    const { errors } = buildGraphs(dir);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^data\/annotations\/broken\.json: is not valid JSON/);
    expect(errors).toContain(
      'data/annotations/summit.json edges[0].target: edge "alpha--talks_with--delta": "delta" is not a node id',
    );
    expect(errors[2]).toMatch(
      /^data\/annotations\/summit\.json edges\[0\]\.quotes\[1\]: .*"the talks went well" occurs 2 times/,
    );
  });

  it("refuses an annotation whose id is not its file name", () => {
    const dir = dataDir({ "other-name.json": fixtureInputs("summit").annotation }, summitSources);
    expect(buildGraphs(dir).errors).toEqual([
      'data/annotations/other-name.json id: "summit" must match the file name ("other-name")',
    ]);
  });

  it("says when there is no annotation at all", () => {
    const dir = dataDir({}, summitSources);
    const { errors } = buildGraphs(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("no annotation (*.json) found");
  });

  it("lists several graphs in file-name order and writes each", () => {
    const dir = dataDir(
      {
        "summit.json": fixtureInputs("summit").annotation,
        "emoji-summit.json": fixtureInputs("emoji-summit").annotation,
      },
      { ...summitSources, "emoji-summit.txt": fixtureText("emoji-summit") },
    );
    const build = buildGraphs(dir);
    expect(build.errors).toEqual([]);
    const manifest = ManifestSchema.parse(JSON.parse(build.files.get("graphs/index.json") ?? ""));
    expect(manifest.map((m) => [m.id, m.nodeCount, m.edgeCount])).toEqual([
      ["emoji-summit", 5, 2],
      ["summit", 3, 3],
    ]);
    expect(parsedGraph(build, "graphs/emoji-summit.json").nodes[0]?.evidence[0]?.exact).toBe(
      "🇻🇪 Caracas",
    );
  });
});
