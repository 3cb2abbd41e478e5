// Laying out a graph that arrives without positions: the algorithm by size, the draft spread
// to give each node room, the grid, and the worker's stand-in where there are no workers.
import { describe, expect, it } from "vitest";
import { syntheticGraph } from "../../bench/syntheticGraph.ts";
import {
  DEFAULT_QUALITY_UP_TO,
  DRAFT_QUALITY_UP_TO,
  layoutForSize,
} from "../../src/cytoscape/layoutChoice.ts";
import { gridPositions } from "../../src/cytoscape/layOutOpenedGraph.ts";
import { layOutInWorker, LayoutCancelled } from "../../src/cytoscape/layoutInWorker.ts";
import { LAYOUT_BOX, spreadToRoom } from "../../src/cytoscape/precomputeLayout.ts";

const box = (ps: readonly { x: number; y: number }[]) => {
  const xs = ps.map((p) => p.x);
  const ys = ps.map((p) => p.y);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
};

describe("the layout a graph without positions gets", () => {
  it.each([
    [2, { name: "fcose", quality: "default" }],
    [DEFAULT_QUALITY_UP_TO, { name: "fcose", quality: "default" }],
    [DEFAULT_QUALITY_UP_TO + 1, { name: "fcose", quality: "draft" }],
    [DRAFT_QUALITY_UP_TO, { name: "fcose", quality: "draft" }],
    [DRAFT_QUALITY_UP_TO + 1, { name: "grid" }],
  ])("at %i nodes: %j", (nodes, layout) => {
    expect(layoutForSize(nodes)).toEqual(layout);
  });
});

describe("spreadToRoom", () => {
  it("scales a crowded layout about its centre until each node has room", () => {
    const crowded = Array.from({ length: 400 }, (_, i) => ({ x: i % 20, y: Math.floor(i / 20) }));
    const spread = spreadToRoom(crowded);
    const { w, h } = box(spread);
    expect(w * h).toBeCloseTo(400 * LAYOUT_BOX.width * LAYOUT_BOX.height * 2, -2);
    // Same shape: only scaled, about the centre.
    expect(w / h).toBeCloseTo(1, 5);
    expect((spread[0]!.x + spread[399]!.x) / 2).toBeCloseTo(9.5, 5);
  });

  it("never shrinks a layout that already has room", () => {
    const roomy = [
      { x: 0, y: 0 },
      { x: 5000, y: 5000 },
    ];
    expect(spreadToRoom(roomy)).toEqual(roomy);
  });
});

describe("gridPositions", () => {
  it("gives every node its own cell, wider than tall", () => {
    const cells = gridPositions(1000);
    expect(new Set(cells.map((p) => `${p.x},${p.y}`)).size).toBe(1000);
    const { w, h } = box(cells);
    expect(w).toBeGreaterThan(h);
  });
});

describe("layOutInWorker without workers (Node)", () => {
  it("lays the graph out here instead, giving every node a position", async () => {
    const graph = syntheticGraph(40, false);
    const laidOut = await layOutInWorker(graph);
    expect(laidOut.nodes.every((n) => n.position && Number.isFinite(n.position.x))).toBe(true);
    expect(laidOut.edges).toBe(graph.edges);
  });

  it("rejects with LayoutCancelled when cancelled before it starts", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      layOutInWorker(syntheticGraph(40, false), controller.signal),
    ).rejects.toBeInstanceOf(LayoutCancelled);
  });
});
