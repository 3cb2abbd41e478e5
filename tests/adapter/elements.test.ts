import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { toElements } from "../../src/cytoscape/elements.ts";
import { NODE_ENCODING, STANCE_COLOUR, STANCE_MARK } from "../../src/encoding/encoding.ts";
import { attributionOf } from "../../src/domain/filters.ts";
import type { GraphDocument, GraphEdge } from "../../src/domain/schema.ts";
import { articleInputs, buildOrThrow, fixtureInputs } from "../fixtures/fixtures.ts";

const ARTICLE = buildOrThrow(articleInputs());
const SUMMIT = buildOrThrow(fixtureInputs("summit"));

/** The attribution an edge should show, worked out here from the document. */
function expectedAttribution(edge: GraphEdge): string {
  // Quoted only from linked headlines, whatever its claim: not the article's reporting.
  if (edge.evidence.length > 0 && edge.evidence.every((ev) => ev.origin === "linked-headline")) {
    return "linked-headline";
  }
  if (edge.claim === undefined) return "fact";
  return edge.claim.hedged === true ? "hedged" : "claim";
}

describe("toElements", () => {
  it.each([
    ["the article", ARTICLE],
    ["the summit fixture", SUMMIT],
  ])("gives one element per node and edge of %s, nodes first", (_name, doc) => {
    const elements = toElements(doc);
    expect(elements.map((e) => [e.group, e.data.id])).toEqual([
      ...doc.nodes.map((n) => ["nodes", n.id]),
      ...doc.edges.map((e) => ["edges", e.id]),
    ]);
  });

  it.each(toElements(ARTICLE).map((e) => [e.data.id, e.data] as const))(
    "%s: data holds primitives only",
    (_id, data) => {
      for (const [key, value] of Object.entries(data)) {
        expect(["string", "number", "boolean"], key).toContain(typeof value);
      }
    },
  );

  it.each(ARTICLE.nodes.map((n) => [n.id, n] as const))(
    "node %s: id, label, type and its encoding",
    (id, node) => {
      const element = toElements(ARTICLE).find((e) => e.data.id === id);
      expect(element?.data).toEqual({
        id,
        label: node.label,
        type: node.type,
        shape: NODE_ENCODING[node.type].shape,
        colour: NODE_ENCODING[node.type].colour,
      });
    },
  );

  it.each(ARTICLE.edges.map((e) => [e.id, e] as const))("edge %s: its data", (id, edge) => {
    const element = toElements(ARTICLE).find((e) => e.data.id === id);
    expect(element?.data).toEqual({
      id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      relation: edge.relation,
      directed: edge.directed,
      stance: edge.stance ?? "none",
      attribution: expectedAttribution(edge),
      colour: STANCE_COLOUR[edge.stance ?? "none"],
      mark: STANCE_MARK[edge.stance ?? "none"].shape,
      markFill: STANCE_MARK[edge.stance ?? "none"].fill,
      arrow: edge.directed ? "triangle" : "none",
    });
  });

  it("carries a node's position when the document has one, and only then", () => {
    const doc: GraphDocument = {
      ...SUMMIT,
      nodes: SUMMIT.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 12.5, y: -3 } } : n)),
    };
    const [first, second] = toElements(doc);
    expect(first?.position).toEqual({ x: 12.5, y: -3 });
    expect(second).not.toHaveProperty("position");
  });

  it("copies data, so elements never share objects with the document", () => {
    const doc = structuredClone(SUMMIT);
    const elements = toElements(doc);
    doc.nodes[0]!.label = "Changed";
    expect(elements[0]?.data.label).toBe("Alpha");
  });
});

describe("attributionOf", () => {
  it.each([
    ["alpha--talks_with--beta", "fact"],
    ["alpha-praises-talks-with-beta", "claim"],
    ["beta-party-to-accord", "hedged"],
  ])("%s is a %s", (id, attribution) => {
    const edge = SUMMIT.edges.find((e) => e.id === id);
    if (!edge) throw new Error(`fixture: ${id}`);
    expect(attributionOf(edge)).toBe(attribution);
  });

  it("finds all four kinds in the article", () => {
    const counts = new Map<string, number>();
    for (const edge of ARTICLE.edges) {
      const a = attributionOf(edge);
      expect(a).toBe(expectedAttribution(edge));
      counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(["claim", "fact", "hedged", "linked-headline"]);
  });
});

describe("elements in headless Cytoscape", () => {
  let cy: Core | undefined;
  afterEach(() => cy?.destroy());

  it.each([
    ["the article", ARTICLE],
    ["the summit fixture", SUMMIT],
  ])("loads every node and edge of %s with its data", (_name, doc) => {
    cy = cytoscape({ headless: true, elements: toElements(doc) });
    expect(cy.nodes()).toHaveLength(doc.nodes.length);
    expect(cy.edges()).toHaveLength(doc.edges.length);
    for (const node of doc.nodes) expect(cy.getElementById(node.id).data("type")).toBe(node.type);
    for (const edge of doc.edges) {
      const element = cy.getElementById(edge.id);
      expect(element.isEdge()).toBe(true);
      expect(element.source().id()).toBe(edge.source);
      expect(element.target().id()).toBe(edge.target);
      expect(element.data("attribution")).toBe(expectedAttribution(edge));
      expect(element.data("stance")).toBe(edge.stance ?? "none");
    }
  });
});
