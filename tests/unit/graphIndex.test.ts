import { describe, expect, it } from "vitest";
import {
  foldForSearch,
  indexGraph,
  relationsOf,
  searchNodes,
} from "../../src/domain/graphIndex.ts";
import type { GraphDocument, GraphEdge, GraphNode } from "../../src/domain/schema.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const article = buildOrThrow(articleInputs());
const articleIndex = indexGraph(article);

const EVIDENCE = [{ source: "s", exact: "x", prefix: "", suffix: "", start: 0, end: 1 }];

function node(id: string, label: string, aliases?: string[]): GraphNode {
  return { id, type: "organisation", label, evidence: EVIDENCE, ...(aliases && { aliases }) };
}

function edge(id: string, source: string, target: string): GraphEdge {
  const base = { relation: "related_to", label: "related to", directed: true };
  return { id, source, target, ...base, evidence: EVIDENCE };
}

/** A document for queries only: indexGraph does not check quotes. */
function docOf(nodes: GraphNode[], edges: GraphEdge[] = []): GraphDocument {
  return {
    schemaVersion: 1,
    id: "queries",
    title: "Queries",
    sources: [{ id: "s", title: "S", text: "x" }],
    nodes,
    edges,
  };
}

describe("indexGraph", () => {
  it("indexes every node, edge and source by id", () => {
    expect(articleIndex.nodeById.size).toBe(article.nodes.length);
    expect(articleIndex.edgeById.size).toBe(article.edges.length);
    expect(articleIndex.sourceById.get("venezuela-russia-weapons-talks")?.title).toBe(
      "Venezuela launches talks with Russia for new weapons systems",
    );
    expect(articleIndex.nodeById.get("nato")?.label).toBe("NATO");
  });
});

describe("relationsOf", () => {
  it.each([
    { node: "venezuela", edge: "venezuela-talks-with-russia", outgoing: true, other: "russia" },
    { node: "russia", edge: "venezuela-talks-with-russia", outgoing: false, other: "venezuela" },
    {
      node: "venezuela",
      edge: "venezuelan-delegation-represents-venezuela",
      outgoing: false,
      other: "venezuelan-delegation",
    },
    { node: "nato", edge: "nato-integrating-with-aukus", outgoing: true, other: "aukus" },
    { node: "aukus", edge: "nato-integrating-with-aukus", outgoing: false, other: "nato" },
    {
      node: "belarus",
      edge: "china-defense-minister-visits-belarus",
      outgoing: false,
      other: "china-defense-minister",
    },
  ])(
    "$node — $edge: outgoing $outgoing, other end $other",
    ({ node: id, edge: e, outgoing, other }) => {
      const relation = relationsOf(articleIndex, id).find((r) => r.edge.id === e);
      expect(relation?.outgoing).toBe(outgoing);
      expect(relation?.other.id).toBe(other);
    },
  );

  it.each(article.nodes.map((n) => n.id))("%s: every edge touching it, in document order", (id) => {
    const expected = article.edges.filter((e) => e.source === id || e.target === id);
    expect(relationsOf(articleIndex, id).map((r) => r.edge.id)).toEqual(expected.map((e) => e.id));
  });

  it("gives nothing for an unknown node", () => {
    expect(relationsOf(articleIndex, "atlantis")).toEqual([]);
  });

  it("lists a self-loop once, with the node at its other end", () => {
    const index = indexGraph(docOf([node("a", "A")], [edge("a-a", "a", "a")]));
    const relations = relationsOf(index, "a");
    expect(relations).toHaveLength(1);
    expect(relations[0]).toMatchObject({ outgoing: true, other: { id: "a" } });
  });

  it("skips an edge whose other end is not a node", () => {
    const index = indexGraph(docOf([node("a", "A")], [edge("a-x", "a", "x")]));
    expect(relationsOf(index, "a")).toEqual([]);
  });
});

describe("foldForSearch", () => {
  it.each([
    ["Côte d'Ivoire", "cote d'ivoire"],
    ["ÉCOLE", "ecole"],
    ["Man\u0303ana", "manana"],
    ["Mañana", "manana"],
    ["Curaçao", "curacao"],
    ["Ångström", "angstrom"],
    ["NATO", "nato"],
  ])("%j → %j", (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

describe("searchNodes", () => {
  const ranking = indexGraph(
    docOf([
      node("substring", "Multialliance Group"),
      node("word-1", "Northern Alliance"),
      node("prefix", "Alliance of Free States"),
      node("word-2", "The Alliance"),
      node("exact", "Alliance"),
      node("other", "Allied Forces"),
      node("ivory", "Côte d'Ivoire", ["Ivory Coast"]),
      node("uber", "Über Corp"),
    ]),
  );
  const ids = (query: string, limit?: number) =>
    searchNodes(ranking, query, limit).map((h) => h.node.id);

  it("ranks exact, then prefix, then word prefix, then substring; ties in document order", () => {
    expect(ids("alliance")).toEqual(["exact", "prefix", "word-1", "word-2", "substring"]);
  });

  it.each([
    ["ALLIANCE", "exact"],
    ["  alliance  ", "exact"],
    ["cote", "ivory"],
    ["COTE D'IVOIRE", "ivory"],
    ["côte", "ivory"],
    ["ivoire", "ivory"],
    ["uber", "uber"],
    ["Über", "uber"],
  ])("%j finds %s first (case and accents folded)", (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it("matches aliases and says which name matched", () => {
    expect(searchNodes(ranking, "ivory")).toEqual([
      { node: ranking.nodeById.get("ivory"), matched: "Ivory Coast", field: null },
    ]);
  });

  it("matches any data field of an opened graph, names the field, and ranks it after names", () => {
    const genes = indexGraph(
      docOf([
        { ...node("n1", "ENSG00000141510"), attributes: { gene: "TP53", score: "0.9" } },
        { ...node("n2", "TP53 pathway") },
        { ...node("n3", "ENSG00000012048"), attributes: { canonicalName: "BRCA1" } },
      ]),
    );
    expect(searchNodes(genes, "tp53").map((h) => [h.node.id, h.matched, h.field])).toEqual([
      ["n2", "TP53 pathway", null],
      ["n1", "TP53", "gene"],
    ]);
    expect(searchNodes(genes, "brca")).toEqual([
      { node: genes.nodeById.get("n3"), matched: "BRCA1", field: "canonicalName" },
    ]);
  });

  it.each([
    ["caracas", "venezuela", "Caracas"],
    ["us", "united-states", "US"],
    ["washington", "united-states", "Washington"],
    ["moscow", "russia", "Moscow"],
    ["putin", "vladimir-putin", "Putin"],
  ])("on the article, %j finds %s through %j", (query, id, matched) => {
    const [first] = searchNodes(articleIndex, query);
    expect(first?.node.id).toBe(id);
    expect(first?.matched).toBe(matched);
  });

  it("prefers a node's exact alias over another node's word prefix", () => {
    expect(searchNodes(articleIndex, "moscow").map((h) => h.node.id)).toEqual(["russia", "mcis"]);
  });

  it("keeps at most `limit` hits, 10 by default", () => {
    expect(ids("a", 3)).toHaveLength(3);
    expect(ids("a", 3)).toEqual(ids("a").slice(0, 3));
    expect(searchNodes(articleIndex, "e")).toHaveLength(10);
    expect(searchNodes(articleIndex, "e", 100).length).toBeGreaterThan(10);
  });

  it.each(["", "   ", "\t"])("gives nothing for the empty query %j", (query) => {
    expect(searchNodes(ranking, query)).toEqual([]);
  });

  it("gives nothing when nothing matches", () => {
    expect(searchNodes(articleIndex, "zanzibar")).toEqual([]);
  });

  // Regression: only the first place a name contained the query used to be scored, so
  // "Nations" in "Transnational Nations" ranked as a mere substring.
  it("ranks a later word prefix above a substring", () => {
    const index = indexGraph(
      docOf([node("substring", "Multinational"), node("word", "Transnational Nations")]),
    );
    expect(searchNodes(index, "nation").map((h) => h.node.id)).toEqual(["word", "substring"]);
  });
});
