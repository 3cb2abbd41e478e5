import cytoscape, { type Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { toElements } from "../../src/cytoscape/elements.ts";
import { STYLESHEET } from "../../src/cytoscape/stylesheet.ts";
import {
  fitAll,
  fitZoomOf,
  frameFirstView,
  moveView,
  onElementTap,
  READABLE_FIT_ZOOM,
  showSelection,
} from "../../src/cytoscape/viewport.ts";
import { buildOrThrow, fixtureInputs } from "../fixtures/fixtures.ts";

const SUMMIT = buildOrThrow(fixtureInputs("summit"));

let cy: Core;
beforeEach(() => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(SUMMIT),
    style: STYLESHEET,
  });
});
afterEach(() => {
  if (!cy.destroyed()) cy.destroy();
});

const selectedIds = () => cy.$(":selected").map((e) => e.id());

describe("onElementTap", () => {
  it.each([
    ["alpha", { kind: "node", id: "alpha" }],
    ["accord", { kind: "node", id: "accord" }],
    ["alpha--talks_with--beta", { kind: "edge", id: "alpha--talks_with--beta" }],
    ["beta-party-to-accord", { kind: "edge", id: "beta-party-to-accord" }],
  ])("a tap on %s calls back with %j", (id, expected) => {
    const handler = vi.fn();
    onElementTap(cy, handler);
    cy.getElementById(id).emit("tap");
    expect(handler.mock.calls).toEqual([[expected]]);
  });

  it("a tap on the background calls back with null", () => {
    const handler = vi.fn();
    onElementTap(cy, handler);
    cy.emit("tap");
    expect(handler.mock.calls).toEqual([[null]]);
  });

  it("stops calling back once unsubscribed, leaving other listeners alone", () => {
    const handler = vi.fn();
    const other = vi.fn();
    const off = onElementTap(cy, handler);
    onElementTap(cy, other);
    off();
    cy.getElementById("alpha").emit("tap");
    cy.emit("tap");
    expect(handler).not.toHaveBeenCalled();
    expect(other).toHaveBeenCalledTimes(2);
  });

  it("can be unsubscribed after Cytoscape is destroyed", () => {
    const off = onElementTap(cy, vi.fn());
    cy.destroy();
    expect(off).not.toThrow();
  });
});

describe("showSelection", () => {
  it.each([
    [["alpha"], ["alpha"]],
    [["alpha", "beta"], ["beta"]],
    [["alpha", "alpha--talks_with--beta"], ["alpha--talks_with--beta"]],
    [["alpha", null], []],
    [["beta", "no-such-id"], []],
  ])("after %j exactly %j is selected", (ids, expected) => {
    for (const id of ids) showSelection(cy, id, false);
    expect(selectedIds()).toEqual(expected);
  });

  it("clears a selection made on the canvas", () => {
    cy.getElementById("alpha").select();
    cy.getElementById("beta").select();
    showSelection(cy, "accord", false);
    expect(selectedIds()).toEqual(["accord"]);
  });

  it("leaves the view alone unless asked to bring the element into view", async () => {
    showSelection(cy, "accord", false);
    await new Promise((r) => setTimeout(r, 50));
    expect(cy.zoom()).toBe(1);
    expect(cy.pan()).toEqual({ x: 0, y: 0 });
  });

  it("brings the element into view at a readable zoom", async () => {
    showSelection(cy, "accord", true);
    expect(selectedIds()).toEqual(["accord"]);
    await vi.waitFor(() => expect(cy.zoom()).toBeCloseTo(1.2, 5), { timeout: 3000 });
  });

  it("does nothing once Cytoscape is destroyed", () => {
    cy.destroy();
    expect(() => showSelection(cy, "alpha", true)).not.toThrow();
  });
});

describe("moveView", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The duration of the one animation `move` starts on `core`. */
  function durationOf(core: Core, move: () => void): number | undefined {
    const animate = vi.spyOn(core, "animate");
    move();
    expect(animate).toHaveBeenCalledTimes(1);
    return (animate.mock.calls[0]?.[1] as { duration?: number } | undefined)?.duration;
  }

  it("animates on a small graph", () => {
    expect(durationOf(cy, () => fitAll(cy))).toBeGreaterThan(0);
  });

  it("jumps on a graph drawn light, where every frame redraws thousands of elements", () => {
    const large = cytoscape({
      headless: true,
      elements: Array.from({ length: 2000 }, (_, i) => ({ data: { id: `n${i}` } })),
    });
    try {
      expect(durationOf(large, () => moveView(large, { zoom: 2 }, "light"))).toBe(0);
    } finally {
      large.destroy();
    }
  });

  it("jumps when the reader asks for reduced motion", () => {
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: query === "(prefers-reduced-motion: reduce)",
    }));
    expect(durationOf(cy, () => fitAll(cy))).toBe(0);
  });

  it.each([
    ["animated", false],
    ["in one step", true],
  ])("ends up where it was sent, %s", async (_, reduced) => {
    vi.stubGlobal("matchMedia", () => ({ matches: reduced }));
    moveView(cy, { zoom: 2, pan: { x: 10, y: 20 } });
    await vi.waitFor(() => expect(cy.zoom()).toBe(2), { timeout: 3000 });
    expect(cy.pan()).toEqual({ x: 10, y: 20 });
  });
});

describe("frameFirstView", () => {
  /** A hub with six neighbours close by, and a chain of nodes running far off to the right. */
  function starAndChain(): Core {
    const nodes = [
      { data: { id: "hub" }, position: { x: 0, y: 0 } },
      ...Array.from({ length: 6 }, (_, i) => ({
        data: { id: `n${i}` },
        position: { x: 100 * Math.cos(i), y: 100 * Math.sin(i) },
      })),
      ...Array.from({ length: 4 }, (_, i) => ({
        data: { id: `far${i}` },
        position: { x: 400 + 400 * i, y: 0 },
      })),
    ];
    const edges = [
      ...Array.from({ length: 6 }, (_, i) => ({
        data: { id: `h${i}`, source: "hub", target: `n${i}` },
      })),
      { data: { id: "f0", source: "n0", target: "far0" } },
      ...Array.from({ length: 3 }, (_, i) => ({
        data: { id: `f${i + 1}`, source: `far${i}`, target: `far${i + 1}` },
      })),
    ];
    return cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: "preset" },
      elements: [...nodes, ...edges],
    });
  }
  const inView = (c: Core, id: string) => {
    const p = c.getElementById(id).position();
    const e = c.extent();
    return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
  };
  const sized = (c: Core, width: number, height: number) => {
    vi.spyOn(c, "width").mockReturnValue(width);
    vi.spyOn(c, "height").mockReturnValue(height);
    return c;
  };

  it("shows the whole graph when it reads at the zoom that fits it", () => {
    const c = sized(starAndChain(), 4000, 1000);
    frameFirstView(c);
    expect(fitZoomOf(c, c.elements(), 48)).toBeGreaterThanOrEqual(READABLE_FIT_ZOOM);
    expect(["hub", "n3", "far3"].every((id) => inView(c, id))).toBe(true);
    c.destroy();
  });

  it("shows the best connected entity's neighbourhood when the whole graph would not read", () => {
    const c = sized(starAndChain(), 390, 430);
    expect(fitZoomOf(c, c.elements(), 48)).toBeLessThan(READABLE_FIT_ZOOM);
    frameFirstView(c);
    for (const id of ["hub", "n0", "n1", "n2", "n3", "n4", "n5"])
      expect(inView(c, id), id).toBe(true);
    expect(inView(c, "far3")).toBe(false);
    expect(c.zoom()).toBeGreaterThan(READABLE_FIT_ZOOM);
    c.destroy();
  });

  it("always shows a large graph whole", () => {
    const c = sized(starAndChain(), 390, 430);
    frameFirstView(c, "light");
    expect(inView(c, "far3")).toBe(true);
    c.destroy();
  });
});
