// @vitest-environment jsdom
// The canvas view, headless: it is handed whole states and applies only what changed, in one
// order, whatever order the changes come in; a large graph's updates wait for the next paint.
import cytoscape, { type Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { syntheticGraph } from "../../bench/syntheticGraph.ts";
import { createCanvasView, type CanvasState } from "../../src/cytoscape/canvasView.ts";
import { stylesheetFor } from "../../src/cytoscape/stylesheet.ts";
import type { GraphDocument } from "../../src/domain/schema.ts";
import { indexGraph, type GraphIndex } from "../../src/domain/graphIndex.ts";
import { buildOrThrow, fixtureInputs } from "../fixtures/fixtures.ts";

const SUMMIT = buildOrThrow(fixtureInputs("summit"));

let cy: Core;
beforeEach(() => {
  cy = cytoscape({ headless: true, styleEnabled: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  cy.destroy();
});

/** One index per document, as the store keeps one. */
const indexes = new Map<GraphDocument, GraphIndex>();
const indexOf = (doc: GraphDocument) => {
  if (!indexes.has(doc)) indexes.set(doc, indexGraph(doc));
  return indexes.get(doc)!;
};

const state = (doc: GraphDocument | null, more: Partial<CanvasState> = {}): CanvasState => ({
  graph: doc && indexOf(doc),
  theme: "light",
  layout: "preset",
  visible: null,
  focus: null,
  path: null,
  selection: null,
  ...more,
});

const ids = (c: cytoscape.CollectionReturnValue) => c.map((e) => e.id()).sort();
const firstNode = (doc: GraphDocument) => doc.nodes[0]!.id;

function view(onTap = vi.fn()) {
  return createCanvasView(cy, { detail: "full", layerBox: null, onTap });
}

describe("canvas view on a small graph", () => {
  it("puts the graph's elements on the canvas at their own positions, styled for the theme", () => {
    view().apply(state(SUMMIT));
    expect(cy.nodes().length).toBe(SUMMIT.nodes.length);
    expect(cy.edges().length).toBe(SUMMIT.edges.length);
    const placed = syntheticGraph(30);
    view().apply(state(placed, { theme: "dark" }));
    const node = placed.nodes[3]!;
    expect(cy.getElementById(node.id).position()).toEqual(node.position);
    const reference = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: "x", label: "x" } }],
      style: stylesheetFor("dark"),
    });
    expect(cy.getElementById(node.id).style("color")).toBe(reference.nodes().style("color"));
    reference.destroy();
  });

  it("restyles only when the theme changes", () => {
    const v = view();
    v.apply(state(SUMMIT));
    const restyle = vi.spyOn(cy, "style");
    v.apply(state(SUMMIT));
    expect(restyle).not.toHaveBeenCalled();
    v.apply(state(SUMMIT, { theme: "dark" }));
    expect(restyle).toHaveBeenCalledWith(stylesheetFor("dark", "full"));
  });

  it("shows filters, focus, path and selection, each from the whole state", () => {
    const v = view();
    const [a, b] = SUMMIT.nodes.map((n) => n.id);
    const visible = { nodes: new Set([a!, b!]), edges: new Set<string>() };
    v.apply(state(SUMMIT, { visible }));
    expect(cy.elements(".is-hidden").length).toBe(cy.elements().length - 2);

    const focus = { nodeId: a!, hops: 1 };
    v.apply(state(SUMMIT, { visible, focus }));
    // The neighbourhood walks only what the filters show: a alone, with b faded.
    expect(ids(cy.elements(".is-faded"))).toContain(b);
    expect(ids(cy.elements(".is-faded"))).not.toContain(a);

    v.apply(state(SUMMIT));
    expect(cy.elements(".is-hidden, .is-faded").length).toBe(0);

    const selection = { kind: "node", id: b!, origin: "canvas" } as const;
    v.apply(state(SUMMIT, { selection }));
    expect(ids(cy.elements(":selected"))).toEqual([b]);

    const edge = SUMMIT.edges[0]!;
    const path = { found: true, nodes: [edge.source, edge.target], edges: [edge.id] } as const;
    v.apply(state(SUMMIT, { selection, path }));
    expect(ids(cy.elements(".is-path"))).toEqual([edge.id, edge.source, edge.target].sort());
    expect(cy.elements(".is-off-path").length).toBe(cy.elements().length - 3);
  });

  it("does nothing for a state that shows the same (the store changed elsewhere)", () => {
    const v = view();
    const s = state(SUMMIT);
    v.apply(s);
    const batch = vi.spyOn(cy, "batch");
    const animate = vi.spyOn(cy, "animate");
    v.apply({ ...s });
    expect(batch).not.toHaveBeenCalled();
    expect(animate).not.toHaveBeenCalled();
  });

  it("brings a selection made elsewhere into view, again when chosen again, but not a tap", () => {
    const v = view();
    v.apply(state(SUMMIT));
    const animate = vi.spyOn(cy, "animate");
    const id = firstNode(SUMMIT);
    v.apply(state(SUMMIT, { selection: { id, origin: "canvas" } }));
    expect(animate).not.toHaveBeenCalled();
    v.apply(state(SUMMIT, { selection: { id, origin: "search" } }));
    v.apply(state(SUMMIT, { selection: { id, origin: "search" } }));
    expect(animate).toHaveBeenCalledTimes(2);
  });

  it("replaces the elements for another graph and frames it", () => {
    const v = view();
    v.apply(state(SUMMIT));
    const other = syntheticGraph(30);
    const fit = vi.spyOn(cy, "fit");
    v.apply(state(other));
    expect(cy.nodes().length).toBe(30);
    expect(cy.getElementById(firstNode(SUMMIT)).empty()).toBe(true);
    expect(fit).toHaveBeenCalledTimes(1);
  });

  it("leaves a graph of the other detail to the canvas made for it", () => {
    const v = view();
    v.apply(state(SUMMIT));
    v.apply(state(syntheticGraph(1500)));
    expect(cy.nodes().length).toBe(SUMMIT.nodes.length);
  });

  it("runs a layout when asked, once, and frames what the reader looks at after it", async () => {
    const v = view();
    const focus = { nodeId: firstNode(SUMMIT), hops: 1 };
    v.apply(state(SUMMIT, { focus }));
    const fit = vi.fn();
    cy.on("viewport", fit);
    const stopped = new Promise((resolve) => cy.one("layoutstop", resolve));
    v.apply(state(SUMMIT, { focus, layout: "grid" }));
    await stopped;
    const moved = cy.nodes().map((n) => ({ ...n.position() }));
    // Asked again with the same layout (the store changed elsewhere): nothing runs.
    const layout = vi.spyOn(cy, "layout");
    v.apply(state(SUMMIT, { focus, layout: "grid", theme: "dark" }));
    expect(layout).not.toHaveBeenCalled();
    expect(cy.nodes().map((n) => ({ ...n.position() }))).toEqual(moved);
    await vi.waitFor(() => expect(fit).toHaveBeenCalled(), { timeout: 3000 });
  });

  it("forwards taps, and stops when destroyed", () => {
    const onTap = vi.fn();
    const v = view(onTap);
    v.apply(state(SUMMIT));
    const id = firstNode(SUMMIT);
    cy.getElementById(id).emit("tap");
    cy.emit("tap");
    expect(onTap.mock.calls).toEqual([[{ kind: "node", id }], [null]]);
    v.destroy();
    cy.getElementById(id).emit("tap");
    expect(onTap).toHaveBeenCalledTimes(2);
  });
});

describe("canvas view on a large graph", () => {
  // 700 nodes and 1,400 edges: just over the line to "light".
  const LARGE = syntheticGraph(700);

  /** One frame, then the task queued from it (a zero delay counts as 1 ms under fake timers). */
  const paintAndRun = () => {
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
  };

  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
    });
  });

  it("applies after the next paint, the latest state only, updating until drawn", () => {
    const updating: boolean[] = [];
    const v = createCanvasView(cy, {
      detail: "light",
      layerBox: null,
      onTap: () => {},
      onUpdating: (u) => updating.push(u),
    });
    v.apply(state(LARGE));
    const selection = { id: firstNode(LARGE), origin: "canvas" };
    v.apply(state(LARGE, { selection }));
    expect(cy.nodes().length).toBe(0);
    expect(updating).toEqual([true]);
    paintAndRun();
    expect(cy.nodes().length).toBe(LARGE.nodes.length);
    expect(ids(cy.elements(":selected"))).toEqual([selection.id]);
    expect(updating).toEqual([true]);
    // The frame in which Cytoscape draws the change.
    vi.advanceTimersToNextFrame();
    expect(updating).toEqual([true, false]);
  });

  it("jumps instead of animating, and draws nothing once destroyed", () => {
    const v = createCanvasView(cy, { detail: "light", layerBox: null, onTap: () => {} });
    v.apply(state(LARGE));
    paintAndRun();
    const animate = vi.spyOn(cy, "animate");
    v.fit();
    expect((animate.mock.calls[0]?.[1] as { duration?: number }).duration).toBe(0);
    v.apply(state(LARGE, { selection: { id: firstNode(LARGE), origin: "canvas" } }));
    v.destroy();
    paintAndRun();
    expect(cy.elements(":selected").length).toBe(0);
  });
});
