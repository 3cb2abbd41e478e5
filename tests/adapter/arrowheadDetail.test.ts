// Arrowheads on a large graph are drawn only once they are big enough to see: the wrapper
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
function standIn(zoom: { value: number }) {
  const drawn = vi.fn();
  const proto = {
    drawArrowheads(this: unknown, ...args: unknown[]) {
      drawn(this, ...args);
    },
  };
  const renderer = Object.create(proto) as typeof proto;
  const cy = { zoom: () => zoom.value, renderer: () => renderer } as unknown as Core;
  return { cy, renderer, proto, drawn };
}

/** The zoom at which an arrowhead is exactly MIN_ARROWHEAD_PX on screen. */
const THRESHOLD = MIN_ARROWHEAD_PX / ARROWHEAD_SIZE;

describe("hideTinyArrowheads", () => {
  it("knows Cytoscape's arrowhead size for our edges: 29 units at 0.9", () => {
    expect(ARROWHEAD_SIZE).toBeCloseTo(26.1, 5);
  });

  it("skips arrowheads under the minimum size and draws them from it on", () => {
    const zoom = { value: THRESHOLD * 0.99 };
    const { cy, renderer, drawn } = standIn(zoom);
    hideTinyArrowheads(cy);
    renderer.drawArrowheads("context", "edge", 1);
    expect(drawn).not.toHaveBeenCalled();

    zoom.value = THRESHOLD;
    renderer.drawArrowheads("context", "edge", 0.5);
    expect(drawn.mock.calls).toEqual([[renderer, "context", "edge", 0.5]]);
  });

  it("puts the renderer back as it was", () => {
    const zoom = { value: 0.001 };
    const { cy, renderer, proto, drawn } = standIn(zoom);
    const restore = hideTinyArrowheads(cy);
    restore();
    expect(Object.hasOwn(renderer, "drawArrowheads")).toBe(false);
    expect(renderer.drawArrowheads).toBe(proto.drawArrowheads);
    renderer.drawArrowheads("context", "edge", 1);
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it("changes nothing where there is no renderer or no drawArrowheads", () => {
    const headless = { zoom: () => 1, renderer: () => null } as unknown as Core;
    expect(() => hideTinyArrowheads(headless)()).not.toThrow();
    const other = {} as Record<string, unknown>;
    const cy = { zoom: () => 0.001, renderer: () => other } as unknown as Core;
    hideTinyArrowheads(cy)();
    expect(other).toEqual({});
  });
});
