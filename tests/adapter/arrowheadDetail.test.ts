// Arrowheads on a large graph are drawn only where they are big enough to see: the wrapper
// around the renderer's drawArrowheads, against a stand-in for Cytoscape's renderer (headless
// Cytoscape has none; the browser test checks the real one).
import type { Core } from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import {
  ARROWHEAD_SIZE,
  MIN_ARROWHEAD_PX,
  hideTinyArrowheads,
} from "../../src/cytoscape/arrowheadDetail.ts";

/** A renderer whose drawArrowheads is on its prototype, as Cytoscape's is. */
function standIn() {
  const drawn = vi.fn();
  const proto = {
    drawArrowheads(this: unknown, ...args: unknown[]) {
      drawn(this, ...args);
    },
  };
  const renderer = Object.create(proto) as typeof proto;
  const cy = { renderer: () => renderer } as unknown as Core;
  return { cy, renderer, proto, drawn };
}

/** A canvas context drawing at `scale` (and rotated, which must not change its size). */
const contextAt = (scale: number) => ({
  getTransform: () => ({ a: scale * Math.cos(0.5), b: scale * Math.sin(0.5) }),
});

/** The scale at which an arrowhead is exactly MIN_ARROWHEAD_PX on the canvas. */
const THRESHOLD = MIN_ARROWHEAD_PX / ARROWHEAD_SIZE;

describe("hideTinyArrowheads", () => {
  it("knows Cytoscape's arrowhead size for our edges: 29 units at 0.9", () => {
    expect(ARROWHEAD_SIZE).toBeCloseTo(26.1, 5);
  });

  it("skips arrowheads under the minimum size on the canvas drawn, and draws them from it on", () => {
    const { cy, renderer, drawn } = standIn();
    hideTinyArrowheads(cy);
    renderer.drawArrowheads(contextAt(THRESHOLD * 0.99), "edge", 1);
    expect(drawn).not.toHaveBeenCalled();

    const context = contextAt(THRESHOLD * 1.01);
    renderer.drawArrowheads(context, "edge", 0.5);
    expect(drawn.mock.calls).toEqual([[renderer, context, "edge", 0.5]]);
  });

  it("draws them on a context that cannot say its scale (the SVG export's)", () => {
    const { cy, renderer, drawn } = standIn();
    hideTinyArrowheads(cy);
    renderer.drawArrowheads({}, "edge", 1);
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it("puts the renderer back as it was", () => {
    const { cy, renderer, proto, drawn } = standIn();
    const restore = hideTinyArrowheads(cy);
    restore();
    expect(Object.hasOwn(renderer, "drawArrowheads")).toBe(false);
    expect(renderer.drawArrowheads).toBe(proto.drawArrowheads);
    renderer.drawArrowheads(contextAt(0.001), "edge", 1);
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it("changes nothing where there is no renderer or no drawArrowheads", () => {
    const headless = { renderer: () => null } as unknown as Core;
    expect(() => hideTinyArrowheads(headless)()).not.toThrow();
    const other = {} as Record<string, unknown>;
    const cy = { renderer: () => other } as unknown as Core;
    hideTinyArrowheads(cy)();
    expect(other).toEqual({});
  });
});
