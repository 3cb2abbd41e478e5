import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fromCytoscapeJson } from "../../../src/domain/openedGraph/fromCytoscapeJson.ts";
import { readGraphBytes, readGraphText } from "../../../src/domain/openedGraph/readGraphFile.ts";
import type { Problem } from "../../../src/domain/problems.ts";
import type { GraphModel, ModelEdge, ModelNode } from "../../../src/domain/schema.ts";
import { accepted, expectSound, refused } from "./support.ts";

const OPEN_DIR = resolve(import.meta.dirname, "../../fixtures/open");
const openFile = (name: string) =>
  readGraphBytes(new Uint8Array(readFileSync(resolve(OPEN_DIR, name))), name);

const NO_QUOTES =
  "This graph comes from Cytoscape.js JSON: it has no quotes, so nothing in it is backed by an article's words.";
const OTHER_TYPE = (n: number) =>
  n === 1
    ? "1 node has no type Quotegraph knows (country, organisation, person, agreement, event); it is shown as “other”."
    : `${n} nodes have no type Quotegraph knows (country, organisation, person, agreement, event); they are shown as “other”.`;

/** The graph converted from `elements`; fails listing the problems when refused. */
function convert(elements: unknown, extra: Record<string, unknown> = {}): GraphModel {
  const result = fromCytoscapeJson({ ...extra, elements }, "test.json");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}
function problemsOf(elements: unknown): readonly Problem[] {
  return refused(fromCytoscapeJson({ elements }, "test.json"));
}
const node = (data: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  data,
  ...more,
});
const onlyNode = (data: Record<string, unknown>, more: Record<string, unknown> = {}): ModelNode =>
  convert([node(data, more)]).nodes[0]!;
const onlyEdge = (data: Record<string, unknown>): ModelEdge =>
  convert([node({ id: "a" }), node({ id: "b" }), { data: { source: "a", target: "b", ...data } }])
    .edges[0]!;

describe("good files", () => {
  it("converts Cytoscape.js JSON with elements as an array, with positions", () => {
    const opened = accepted(openFile("cytoscape-elements-array.json"));
    expectSound({ ok: true, value: opened });
    expect(opened).toEqual({
      format: "cytoscape",
      needsLayout: false,
      notes: [NO_QUOTES, OTHER_TYPE(1)],
      graph: {
        schemaVersion: 1,
        id: "cytoscape-elements-array",
        title: "Arms talks (drawn in Cytoscape.js)",
        sources: [],
        nodes: [
          {
            id: "ven",
            type: "country",
            label: "Venezuela",
            evidence: [],
            position: { x: -120, y: 40.5 },
            attributes: { iso: "VE" },
          },
          {
            id: "rus",
            type: "country",
            label: "Russia",
            evidence: [],
            position: { x: 180, y: -20 },
            attributes: { population: "143400000" },
          },
          {
            id: "rosoboron",
            type: "organisation",
            label: "Rosoboronexport",
            evidence: [],
            position: { x: 210, y: 60 },
            attributes: { parent: "rus" },
          },
          {
            id: "7",
            type: "other",
            label: "Caracas summit",
            evidence: [],
            position: { x: 20, y: 150 },
            attributes: { type: "Meeting", tags: '["2019","arms"]' },
          },
        ],
        edges: [
          {
            id: "ven-rus",
            source: "ven",
            target: "rus",
            relation: "negotiates_with",
            label: "negotiates with",
            directed: false,
            stance: "cooperation",
            evidence: [],
          },
          {
            // "e1" is taken by the last edge, so the first made-up id is "e2".
            id: "e2",
            source: "rosoboron",
            target: "ven",
            relation: "sells_arms_to",
            label: "sellsArmsTo",
            directed: true,
            evidence: [],
            attributes: { weight: "2.5" },
          },
          {
            id: "e3",
            source: "ven",
            target: "7",
            relation: "r_2nd_round_at",
            label: "2nd round at",
            directed: true,
            evidence: [],
          },
          {
            id: "e1",
            source: "rus",
            target: "7",
            relation: "linked_to",
            label: "linked to",
            directed: true,
            evidence: [],
            attributes: { note: "null" },
          },
        ],
      },
    });
  });

  it("converts Cytoscape.js JSON with elements as {nodes, edges}, without positions", () => {
    const opened = accepted(openFile("cytoscape-nodes-edges.json"));
    expectSound({ ok: true, value: opened });
    const { graph } = opened;
    expect(opened.needsLayout).toBe(true);
    expect(opened.notes).toEqual([NO_QUOTES, "5 nodes had no position and will be laid out."]);
    expect(graph.id).toBe("cytoscape-nodes-edges");
    expect(graph.title).toBe("Talks in Gamma City");
    expect(graph.nodes.map((n) => [n.id, n.type, n.label, n.position])).toEqual([
      ["alpha", "country", "Alpha", undefined],
      ["beta", "country", "Beta", undefined],
      ["un", "organisation", "United Nations", undefined],
      ["ana", "person", "Ana Ruiz", undefined],
      ["accord", "agreement", "Gamma accord", undefined],
    ]);
    expect(graph.nodes[3]?.attributes).toEqual({ role: "envoy" });
    expect(graph.edges.map((e) => [e.id, e.relation, e.label, e.directed])).toEqual([
      ["alpha-beta", "talks_with", "talks with", true],
      ["ana-un", "works_for", "works for", true],
      ["beta-accord", "party_to", "party to", true],
      ["alpha-un", "linked_to", "linked to", true],
    ]);
    expect(graph.edges.every((e) => e.attributes === undefined)).toBe(true);
  });

  it("converts a Cytoscape desktop .cyjs export", () => {
    const opened = accepted(openFile("talks-network.cyjs"));
    expectSound({ ok: true, value: opened });
    const { graph } = opened;
    expect(opened.needsLayout).toBe(false);
    expect(opened.notes).toEqual([NO_QUOTES, OTHER_TYPE(1)]);
    expect(graph.id).toBe("talks-network");
    expect(graph.title).toBe("talks.sif");
    // Desktop labels nodes by name: its "label" column is data, kept as an attribute.
    expect(graph.nodes.map((n) => [n.id, n.type, n.label])).toEqual([
      ["120", "country", "Venezuela"],
      ["118", "country", "Russia"],
      ["116", "other", "Rosneft"],
    ]);
    expect(graph.nodes[0]?.position).toEqual({ x: -76.41390702824268, y: -34.430328479942744 });
    expect(graph.nodes[2]?.attributes).toEqual({
      shared_name: "Rosneft",
      SUID: "116",
      type: "company",
      label: "3",
      degree: "1",
    });
    expect(graph.edges).toEqual([
      {
        id: "130",
        source: "120",
        target: "118",
        relation: "pp",
        label: "pp",
        directed: true,
        evidence: [],
        attributes: {
          shared_name: "Venezuela (pp) Russia",
          shared_interaction: "pp",
          name: "Venezuela (pp) Russia",
          SUID: "130",
          weight: "228",
        },
      },
      {
        id: "128",
        source: "116",
        target: "120",
        relation: "invests_in",
        label: "invests in",
        directed: true,
        evidence: [],
        attributes: {
          shared_name: "Rosneft (invests in) Venezuela",
          shared_interaction: "invests in",
          name: "Rosneft (invests in) Venezuela",
          SUID: "128",
          weight: "96",
        },
      },
    ]);
  });
});

describe("nodes", () => {
  it.each([
    ["label first", { id: "a", label: "Alpha", name: "A" }, "Alpha"],
    ["then name", { id: "a", name: "Alpha" }, "Alpha"],
    ["then the id", { id: "a" }, "a"],
    ["a blank label skipped", { id: "a", label: "  ", name: "Alpha" }, "Alpha"],
    ["a number as text", { id: "a", label: 42 }, "42"],
    ["an object label skipped", { id: "a", label: { text: "x" } }, "a"],
    [
      "markup kept as text",
      { id: "a", label: "<img src=x onerror=alert(1)>" },
      "<img src=x onerror=alert(1)>",
    ],
  ])("label: %s", (_name, data, label) => {
    expect(onlyNode(data).label).toBe(label);
  });

  it.each([
    ["type", { type: "Country" }, "country", {}],
    ["kind", { kind: "org" }, "organisation", {}],
    ["category", { category: "Nation" }, "country", {}],
    ["type before kind", { type: "person", kind: "event" }, "person", { kind: "event" }],
    ["an unknown type kept", { type: "city" }, "other", { type: "city" }],
    ["the first known one", { type: "city", category: "event" }, "event", { type: "city" }],
    ["no type", {}, "other", {}],
    ["a plural is not guessed", { type: "people" }, "other", { type: "people" }],
  ])("type: %s", (_name, data, type, attributes) => {
    const n = onlyNode({ id: "a", ...data });
    expect(n.type).toBe(type);
    expect(n.attributes ?? {}).toEqual(attributes);
  });

  it.each([
    ["finite x and y", { x: 1.5, y: -2 }, { x: 1.5, y: -2 }],
    ["only x and y", { x: 0, y: 0, z: 3 }, { x: 0, y: 0 }],
    ["x as text", { x: "1", y: 2 }, undefined],
    ["no y", { x: 1 }, undefined],
    ["not an object", [1, 2], undefined],
  ])("position: %s", (_name, position, expected) => {
    expect(onlyNode({ id: "a" }, { position }).position).toEqual(expected);
  });

  it("has no position, and needs layout, without one", () => {
    expect(onlyNode({ id: "a" })).not.toHaveProperty("position");
    const opened = accepted(
      readGraphText(
        '{"elements": [{"data": {"id": "a"}, "position": {"x": 1, "y": 1}}, {"data": {"id": "b"}}]}',
        "t.json",
      ),
    );
    expect(opened.needsLayout).toBe(true);
    expect(opened.notes).toContain("1 node had no position and will be laid out.");
  });

  it("keeps every other data field as text, in order, without `selected`", () => {
    const n = onlyNode({
      id: "a",
      label: "Alpha",
      parent: "region",
      weight: 2.5,
      flags: [1, 2],
      meta: { a: null },
      none: null,
      selected: true,
      constructor: "data, not a function",
      toString: "nor this",
    });
    expect(n.attributes).toEqual({
      parent: "region",
      weight: "2.5",
      flags: "[1,2]",
      meta: '{"a":null}',
      none: "null",
      constructor: "data, not a function",
      toString: "nor this",
    });
    expect(Object.getPrototypeOf(n.attributes)).toBe(Object.prototype);
  });

  it("does not repeat as an attribute a name that is the label", () => {
    expect(onlyNode({ id: "a", label: "Alpha", name: "Alpha" }).attributes).toBeUndefined();
    expect(onlyNode({ id: "a", label: "Alpha", name: "Alfa" }).attributes).toEqual({
      name: "Alfa",
    });
  });

  it("keeps a `selected` field that is not Cytoscape's true or false", () => {
    expect(onlyNode({ id: "a", selected: "yes" }).attributes).toEqual({ selected: "yes" });
  });

  it("has no attributes when every field was used", () => {
    expect(onlyNode({ id: "a", label: "A", type: "event" })).toEqual({
      id: "a",
      type: "event",
      label: "A",
      evidence: [],
    });
  });
});

describe("edges", () => {
  it.each([
    [
      "relation first",
      { relation: "member of", interaction: "pp", label: "is in" },
      "member_of",
      "is in",
    ],
    ["then interaction", { interaction: "interacts with" }, "interacts_with", "interacts with"],
    ["then label", { label: "Signed the accord" }, "signed_the_accord", "Signed the accord"],
    ["none", {}, "linked_to", "linked to"],
    ["a name from snake_case", { relation: "party_to" }, "party_to", "party to"],
    ["a leading digit", { relation: "2nd round" }, "r_2nd_round", "r 2nd round"],
    ["words no name can be made of", { relation: "переговоры" }, "linked_to", "переговоры"],
    ["a number", { interaction: 3 }, "r_3", "3"],
  ])("relation and label: %s", (_name, data, relation, label) => {
    const e = onlyEdge(data);
    expect([e.relation, e.label]).toEqual([relation, label]);
  });

  it("does not repeat as attributes the words the relation and label were made of", () => {
    expect(onlyEdge({ relation: "pp", interaction: "pp", label: "pp" }).attributes).toBeUndefined();
    expect(onlyEdge({ relation: "pp", interaction: "pd", label: "binds" }).attributes).toEqual({
      interaction: "pd",
    });
  });

  it.each([
    ["true", { directed: true }, true, {}],
    ["false", { directed: false }, false, {}],
    ["missing", {}, true, {}],
    ["not a boolean", { directed: "no" }, true, { directed: "no" }],
  ])("directed: %s", (_name, data, directed, attributes) => {
    const e = onlyEdge(data);
    expect(e.directed).toBe(directed);
    expect(e.attributes ?? {}).toEqual(attributes);
  });

  it.each([
    ["cooperation", "cooperation", undefined],
    [" Opposition ", "opposition", undefined],
    ["neutral", "neutral", undefined],
    ["friendly", undefined, "friendly"],
    [1, undefined, "1"],
  ])("stance %j: %j, else kept as the attribute %j", (stance, expected, attribute) => {
    const e = onlyEdge({ stance });
    expect(e.stance).toBe(expected);
    expect(e.attributes?.stance).toBe(attribute);
  });

  it("makes up ids e1, e2, … for edges without one, clear of every id in use", () => {
    const graph = convert([
      node({ id: "e1" }),
      node({ id: "b" }),
      { data: { source: "e1", target: "b" } },
      { data: { id: "e3", source: "b", target: "e1" } },
      { data: { id: null, source: "b", target: "b" } },
      { data: { source: "b", target: "e1" } },
    ]);
    expect(graph.edges.map((e) => e.id)).toEqual(["e2", "e3", "e4", "e5"]);
  });

  it("takes numbers for ids and ends", () => {
    const graph = convert([
      node({ id: 1 }),
      node({ id: 2.5 }),
      { data: { id: 3, source: 1, target: 2.5 } },
    ]);
    expect(graph.edges[0]).toMatchObject({ id: "3", source: "1", target: "2.5" });
  });

  it("reads an element with a source or a target as an edge, unless group says otherwise", () => {
    const graph = convert([
      node({ id: "a" }),
      { group: "nodes", data: { id: "b", source: "a", target: "a" } },
      { data: { source: "a", target: "b" } },
      { group: "edges", data: { source: "b", target: "a" } },
    ]);
    expect(graph.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(graph.nodes[1]?.attributes).toEqual({ source: "a", target: "a" });
    expect(graph.edges.map((e) => [e.source, e.target])).toEqual([
      ["a", "b"],
      ["b", "a"],
    ]);
  });

  it("takes the group from the list in the {nodes, edges} form", () => {
    const graph = convert({
      nodes: [{ data: { id: "a", source: "x", target: "y" } }],
      edges: [{ group: "nodes", data: { id: "l", source: "a", target: "a" } }],
    });
    expect(graph.nodes.map((n) => n.id)).toEqual(["a"]);
    expect(graph.edges.map((e) => e.id)).toEqual(["l"]);
  });
});

describe("the graph", () => {
  it.each([
    ["title first", { title: "Talks", name: "talks.sif" }, "party.json", "party", "Talks"],
    ["then name", { name: "talks.sif" }, "party.json", "party", "talks.sif"],
    ["then the file name", {}, "Party Network.cyjs", "party-network", "Party Network"],
    [
      "an id from the name when the file name gives none",
      { name: "Talks" },
      "переговоры.json",
      "talks",
      "Talks",
    ],
    ["a stand-in for both", {}, ".json", "graph", "Untitled graph"],
    ["data that is not an object", "talks", "t.json", "t", "t"],
  ])("id and title: %s", (_name, data, fileName, id, title) => {
    const result = fromCytoscapeJson({ data, elements: [{ data: { id: "a" } }] }, fileName);
    expect(result.ok && [result.value.id, result.value.title]).toEqual([id, title]);
  });

  it("names a graph from a file without a name", () => {
    const { graph } = accepted(readGraphText('{"elements": [{"data": {"id": "a"}}]}', ""));
    expect([graph.id, graph.title]).toEqual(["graph", "Untitled graph"]);
  });

  it("has no sources and no quotes", () => {
    const graph = convert([
      node({ id: "a" }),
      node({ id: "b" }),
      { data: { source: "a", target: "b" } },
    ]);
    expect(graph.sources).toEqual([]);
    expect(graph.nodes.every((n) => n.evidence.length === 0)).toBe(true);
    expect(graph.edges.every((e) => e.evidence.length === 0)).toBe(true);
  });
});

describe("problems", () => {
  it.each([
    [
      "elements a string",
      "x",
      [
        {
          path: "elements",
          message:
            'must be an array of elements, or an object with "nodes" and "edges" arrays, not the string "x"',
        },
      ],
    ],
    [
      "elements null",
      null,
      [
        {
          path: "elements",
          message:
            'must be an array of elements, or an object with "nodes" and "edges" arrays, not null',
        },
      ],
    ],
    [
      "no elements",
      [],
      [{ path: "elements", message: "has no nodes, so there is nothing to show" }],
    ],
    [
      "empty lists",
      { nodes: [], edges: [] },
      [{ path: "elements", message: "has no nodes, so there is nothing to show" }],
    ],
    [
      "nodes not a list",
      { nodes: { a: {} } },
      [
        { path: "elements.nodes", message: "must be an array, not an object" },
        { path: "elements", message: "has no nodes, so there is nothing to show" },
      ],
    ],
    [
      "an element not an object",
      [node({ id: "a" }), 5],
      [{ path: "elements[1]", message: "must be an object, not number 5" }],
    ],
    [
      "an element without data",
      [node({ id: "a" }), { group: "nodes" }],
      [{ path: "elements[1].data", message: 'is missing; every element needs a "data" object' }],
    ],
    [
      "data an array",
      { nodes: [node({ id: "a" }), { data: [] }] },
      [{ path: "elements.nodes[1].data", message: "must be an object, not an array" }],
    ],
    [
      "an unknown group",
      [node({ id: "a" }), { group: "node", data: { id: "b" } }],
      [{ path: "elements[1].group", message: 'must be "nodes" or "edges", not the string "node"' }],
    ],
    [
      "a node without an id",
      [node({ label: "A" })],
      [{ path: "elements[0].data.id", message: "is missing; every node needs an id" }],
    ],
    [
      "a node id null",
      { nodes: [node({ id: null })] },
      [{ path: "elements.nodes[0].data.id", message: "is missing; every node needs an id" }],
    ],
    [
      "an empty id",
      [node({ id: "" })],
      [{ path: "elements[0].data.id", message: "must not be empty" }],
    ],
    [
      "a boolean id",
      [node({ id: true })],
      [{ path: "elements[0].data.id", message: "must be a string or a number, not boolean true" }],
    ],
    [
      "duplicate node ids",
      [node({ id: "a" }), node({ id: "a" })],
      [
        {
          path: "elements[1].data.id",
          message:
            'node id "a" is used more than once (first at elements[0].data.id); ids must be unique',
        },
      ],
    ],
    [
      "duplicate edge ids",
      [
        node({ id: "a" }),
        { data: { id: "l", source: "a", target: "a" } },
        { data: { id: "l", source: "a", target: "a" } },
      ],
      [
        {
          path: "elements[2].data.id",
          message:
            'edge id "l" is used more than once (first at elements[1].data.id); ids must be unique',
        },
      ],
    ],
    [
      "an edge with a node's id",
      [node({ id: "a" }), { data: { id: "a", source: "a", target: "a" } }],
      [
        {
          path: "elements[1].data.id",
          message:
            'element id "a" is used more than once (first at elements[0].data.id); ids must be unique',
        },
      ],
    ],
    [
      "an edge to a missing node",
      [node({ id: "a" }), { data: { source: "a", target: "b" } }],
      [{ path: "elements[1].data.target", message: '"b" is not a node id' }],
    ],
    [
      "an edge without a source",
      [node({ id: "a" }), { data: { target: "a" } }],
      [
        {
          path: "elements[1].data.source",
          message: "is missing; every edge needs a source node id",
        },
      ],
    ],
    [
      "an edge without ends",
      { nodes: [node({ id: "a" })], edges: [{ data: {} }] },
      [
        {
          path: "elements.edges[0].data.source",
          message: "is missing; every edge needs a source node id",
        },
        {
          path: "elements.edges[0].data.target",
          message: "is missing; every edge needs a target node id",
        },
      ],
    ],
    [
      "an edge end an object",
      [node({ id: "a" }), { data: { source: "a", target: { id: "a" } } }],
      [{ path: "elements[1].data.target", message: "must be a string or a number, not an object" }],
    ],
  ])("%s", (_name, elements, problems) => {
    expect(problemsOf(elements)).toEqual(problems);
  });

  it("reports every problem at once", () => {
    const problems = problemsOf([
      node({ id: "a" }),
      node({ id: "a" }),
      "b",
      { data: { source: "a", target: "z" } },
      { data: { source: "y", target: "a" } },
    ]);
    // Shapes first, then ids, then what edges connect.
    expect(problems.map((p) => p.path)).toEqual([
      "elements[2]",
      "elements[1].data.id",
      "elements[3].data.target",
      "elements[4].data.source",
    ]);
  });
});
