import cytoscape, { type Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { toElements } from "../../src/cytoscape/elements.ts";
import { STYLESHEET } from "../../src/cytoscape/stylesheet.ts";
import type { HighlightKind, HighlightLayer } from "../../src/cytoscape/highlightLayer.ts";
import { collectionOf, showOnly } from "../../src/cytoscape/visibility.ts";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import { neighbourhood } from "../../src/domain/queries/neighbourhood.ts";
import { classEmphasis, layerEmphasis } from "../../src/cytoscape/emphasis.ts";
import type { GraphDocument } from "../../src/domain/schema.ts";

/** A chain a – b – c – d plus e hanging off b: hops are easy to count. */
const evidence = [{ source: "s", exact: "x", prefix: "", suffix: "", start: 0, end: 1 }];
const node = (id: string) => ({ id, type: "country" as const, label: id, evidence });
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  relation: "knows",
  label: "knows",
  directed: true,
  evidence,
});
const DOC: GraphDocument = {
  schemaVersion: 1,
  id: "chain",
  title: "Chain",
  sources: [{ id: "s", title: "S", text: "x" }],
  nodes: ["a", "b", "c", "d", "e"].map(node),
  edges: [edge("a", "b"), edge("b", "c"), edge("c", "d"), edge("e", "b")],
};

let cy: Core;

/** A focus as the canvas view shows it: the neighbourhood, emphasised one way or the other. */
function showFocus(
  core: Core,
  focus: { nodeId: string; hops: number } | null,
  layer?: HighlightLayer,
) {
  const emphasis = layer ? layerEmphasis(core, layer) : classEmphasis(core);
  const hood = focus && neighbourhood(indexGraph(DOC), focus.nodeId, focus.hops, null);
  emphasis.focus(hood ? collectionOf(core, [...hood.nodes, ...hood.edges]) : null);
}

/** A path as the canvas view shows it. */
function showPath(core: Core, path: string[] | null, layer?: HighlightLayer) {
  const emphasis = layer ? layerEmphasis(core, layer) : classEmphasis(core);
  emphasis.path(path ? collectionOf(core, path) : null);
}

beforeEach(() => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(DOC),
    style: STYLESHEET,
  });
});
afterEach(() => cy.destroy());

const ids = (c: cytoscape.CollectionReturnValue) => c.map((e) => e.id()).sort();

// The neighbourhood itself is a domain query: tests/unit/queries/neighbourhood.test.ts.

describe("showOnly", () => {
  it("hides the rest without moving anything, and shows all again for null", () => {
    const before = cy.nodes().map((n) => ({ ...n.position() }));
    showOnly(cy, { nodes: new Set(["a", "b"]), edges: new Set(["a-b"]) });
    expect(
      cy
        .elements()
        .filter((e) => e.style("display") === "none")
        .map((e) => e.id())
        .sort(),
    ).toEqual(["b-c", "c", "c-d", "d", "e", "e-b"]);
    expect(cy.nodes().map((n) => ({ ...n.position() }))).toEqual(before);
    showOnly(cy, null);
    expect(cy.elements().filter((e) => e.style("display") === "none").length).toBe(0);
  });
});

describe("showFocus", () => {
  it("fades everything outside the neighbourhood, and clears", () => {
    showFocus(cy, { nodeId: "a", hops: 1 });
    expect(ids(cy.elements(".is-faded"))).toEqual(["b-c", "c", "c-d", "d", "e", "e-b"]);
    expect(Number(cy.getElementById("d").style("opacity"))).toBeLessThan(0.5);
    showFocus(cy, null);
    expect(cy.elements(".is-faded").length).toBe(0);
  });
});

/** A highlight layer that records what it is asked to show, as ids. */
function recordingLayer() {
  const shown: [HighlightKind, string[] | null][] = [];
  const layer: HighlightLayer = {
    set: vi.fn((kind: HighlightKind, elements: cytoscape.CollectionReturnValue | null) => {
      shown.push([kind, elements ? ids(elements) : null]);
    }),
    setStyle: vi.fn(),
    setVeil: vi.fn(),
    destroy: vi.fn(),
  };
  return { layer, shown };
}

describe("with a highlight layer (a large graph)", () => {
  it("a focus is shown in the layer and nothing on the graph is restyled", () => {
    const { layer, shown } = recordingLayer();
    const restyled = vi.fn();
    cy.on("style", restyled);
    showFocus(cy, { nodeId: "a", hops: 1 }, layer);
    expect(shown).toEqual([["focus", ["a", "a-b", "b"]]]);
    expect(cy.elements(".is-faded").length).toBe(0);
    expect(restyled).not.toHaveBeenCalled();
    showFocus(cy, null, layer);
    expect(shown.at(-1)).toEqual(["focus", null]);
  });

  it("a path is marked (its few elements only) and shown in the layer, the rest untouched", () => {
    const { layer, shown } = recordingLayer();
    showPath(cy, ["a", "a-b", "b"], layer);
    expect(shown).toEqual([["path", ["a", "a-b", "b"]]]);
    expect(ids(cy.elements(".is-path"))).toEqual(["a", "a-b", "b"]);
    expect(cy.elements(".is-off-path").length).toBe(0);
    showPath(cy, null, layer);
    expect(shown.at(-1)).toEqual(["path", null]);
    expect(cy.elements(".is-path").length).toBe(0);
  });

  it("without one, a path fades the rest as before", () => {
    showPath(cy, ["a", "a-b", "b"]);
    expect(ids(cy.elements(".is-off-path"))).toEqual(["b-c", "c", "c-d", "d", "e", "e-b"]);
  });
});
