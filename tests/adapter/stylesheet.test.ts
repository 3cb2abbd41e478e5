import cytoscape, { type Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { toElements } from "../../src/cytoscape/elements.ts";
import { ATTRIBUTION_LINE, NODE_ENCODING } from "../../src/encoding/encoding.ts";
import { NODE_SIZE, STYLESHEET } from "../../src/cytoscape/stylesheet.ts";
import type { GraphDocument, GraphEdge } from "../../src/domain/schema.ts";
import { NODE_TYPES, type Attribution } from "../../src/domain/vocabulary.ts";
import { articleInputs, buildOrThrow, fixtureInputs } from "../fixtures/fixtures.ts";

const ARTICLE = buildOrThrow(articleInputs());
const SUMMIT = buildOrThrow(fixtureInputs("summit"));

let cy: Core | undefined;
afterEach(() => cy?.destroy());

function styled(doc: GraphDocument): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(doc),
    style: STYLESHEET,
  });
  return cy;
}

describe("STYLESHEET", () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, "warn");
  });
  afterEach(() => warn.mockRestore());

  it.each([
    ["the article", ARTICLE],
    ["the summit fixture", SUMMIT],
  ])("applies to %s without throwing or warning", (_name, doc) => {
    expect(() => styled(doc)).not.toThrow();
    expect(warn.mock.calls).toEqual([]);
  });

  it("keeps its font family (Cytoscape voids one it cannot parse)", () => {
    const c = styled(ARTICLE);
    expect(c.nodes().first().style("font-family")).toContain("system-ui");
    expect(c.edges().first().style("font-family")).toContain("system-ui");
  });

  it("sizes nodes at NODE_SIZE", () => {
    expect(styled(ARTICLE).nodes().first().style("width")).toBe(`${NODE_SIZE}px`);
  });

  it("labels nodes and edges with their label", () => {
    const c = styled(SUMMIT);
    expect(c.getElementById("accord").style("label")).toBe("Alpha-Beta accord");
    expect(c.getElementById("alpha--talks_with--beta").style("label")).toBe("talks with");
  });
});

describe("node encoding", () => {
  /** Shape and colour Cytoscape computed for the first node of each type in the article. */
  function computed(): Map<string, { shape: string; colour: string }> {
    const c = styled(ARTICLE);
    const byType = new Map<string, { shape: string; colour: string }>();
    for (const type of NODE_TYPES) {
      const node = c.nodes(`[type = "${type}"]`).first();
      expect(node.nonempty(), type).toBe(true);
      byType.set(type, { shape: node.style("shape"), colour: node.style("background-color") });
    }
    return byType;
  }

  it("gives each node type a distinct shape", () => {
    const shapes = [...computed().values()].map((v) => v.shape);
    expect(new Set(shapes).size).toBe(NODE_TYPES.length);
  });

  it("gives each node type a distinct colour", () => {
    const colours = [...computed().values()].map((v) => v.colour);
    expect(new Set(colours).size).toBe(NODE_TYPES.length);
  });

  it.each(NODE_TYPES)("%s nodes use the legend's shape and colour", (type) => {
    const { shape, colour } = computed().get(type) ?? { shape: "", colour: "" };
    expect(shape).toBe(NODE_ENCODING[type].shape);
    const hex = NODE_ENCODING[type].colour;
    const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",");
    expect(colour).toBe(`rgb(${rgb})`);
  });

  it("styles every node of a type alike", () => {
    const c = styled(ARTICLE);
    for (const node of c.nodes()) {
      const type = node.data("type") as (typeof NODE_TYPES)[number];
      expect(node.style("shape"), node.id()).toBe(NODE_ENCODING[type].shape);
    }
  });
});

/**
 * How Cytoscape will stroke an edge: its own "dotted" is always [1, 1] whatever the pattern,
 * so a dotted relation is drawn "dashed" with the encoding's dotted pattern.
 */
function drawnLine(edge: cytoscape.SingularElementArgument): { style: string; dash: number[] } {
  const style = String(edge.style("line-style"));
  const dash = style === "dashed" ? String(edge.style("line-dash-pattern")).split(" ") : [];
  return { style, dash: dash.map(Number) };
}
const DRAWN: Record<string, { style: string; dash: number[] }> = {
  solid: { style: "solid", dash: [] },
  dashed: { style: "dashed", dash: [...ATTRIBUTION_LINE.claim.dash] },
  dotted: { style: "dashed", dash: [...ATTRIBUTION_LINE.hedged.dash] },
  "dash-dotted": { style: "dashed", dash: [...ATTRIBUTION_LINE["linked-headline"].dash] },
};
/** The line an article edge should have, read from its fields, not through the encoding. */
function expectedLine(edge: GraphEdge): string {
  if (edge.evidence.every((ev) => ev.origin === "linked-headline")) return "dash-dotted";
  return !edge.claim ? "solid" : edge.claim.hedged ? "dotted" : "dashed";
}

describe("edge encoding", () => {
  it.each([
    ["alpha--talks_with--beta", "fact", "solid"],
    ["alpha-praises-talks-with-beta", "claim", "dashed"],
    ["beta-party-to-accord", "hedged", "dotted"],
  ])("%s (%s) is drawn %s", (id, attribution, lineStyle) => {
    expect(drawnLine(styled(SUMMIT).getElementById(id))).toEqual(DRAWN[lineStyle]);
    expect(ATTRIBUTION_LINE[attribution as Attribution].kind).toBe(lineStyle);
  });

  it("draws a relation from a linked headline dash-dotted, apart from both kinds of claim", () => {
    const element = styled(ARTICLE).getElementById("china-defense-minister-visits-russia");
    expect(drawnLine(element)).toEqual(DRAWN["dash-dotted"]);
    expect(ATTRIBUTION_LINE["linked-headline"].kind).toBe("dash-dotted");
    const patterns = Object.values(ATTRIBUTION_LINE).map((l) => l.dash.join(" "));
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it.each(ARTICLE.edges.map((e) => [e.id, e] as const))("article edge %s", (id, edge) => {
    const element = styled(ARTICLE).getElementById(id);
    expect(drawnLine(element)).toEqual(DRAWN[expectedLine(edge)]);
    expect(element.style("target-arrow-shape")).toBe(edge.directed ? "triangle" : "none");
  });

  it.each([
    ["alpha--talks_with--beta", true, "triangle"],
    ["alpha-praises-talks-with-beta", false, "none"],
  ])("%s (directed %s) has target arrow %s", (id, directed, arrow) => {
    const element = styled(SUMMIT).getElementById(id);
    expect(element.data("directed")).toBe(directed);
    expect(element.style("target-arrow-shape")).toBe(arrow);
  });

  it("colours and marks edges by stance", () => {
    const c = styled(ARTICLE);
    const look = (id: string) => {
      const e = c.getElementById(id);
      return [e.style("line-color"), e.style("mid-target-arrow-shape")];
    };
    const cooperation = look("venezuela-talks-with-russia");
    const opposition = look("venezuela-opposes-western-hegemony");
    const none = look("united-states-pursues-indo-pacific-strategy");
    expect(new Set([cooperation[0], opposition[0], none[0]]).size).toBe(3);
    expect([cooperation[1], opposition[1], none[1]]).toEqual(["circle", "tee", "none"]);
  });

  it("marks the selected node with a thicker border", () => {
    const node = styled(SUMMIT).getElementById("alpha");
    const before = parseFloat(node.style("border-width"));
    node.select();
    expect(parseFloat(node.style("border-width"))).toBeGreaterThan(before);
  });
});
