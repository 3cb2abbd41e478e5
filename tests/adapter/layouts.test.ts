import cytoscape, { type Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toElements } from "../../src/cytoscape/elements.ts";
import { runLayout } from "../../src/cytoscape/layouts.ts";
import { precomputeLayout } from "../../src/cytoscape/precomputeLayout.ts";
import { STYLESHEET } from "../../src/cytoscape/stylesheet.ts";
import { LAYOUTS, type LayoutName } from "../../src/domain/vocabulary.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const DOC = precomputeLayout(buildOrThrow(articleInputs()));
let cy: Core;

beforeEach(() => {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(DOC),
    style: STYLESHEET,
  });
});
afterEach(() => cy.destroy());

/** Runs a layout and waits for it to stop (animated layouts end asynchronously). */
async function layOut(name: LayoutName) {
  const stopped = new Promise((resolve) => cy.one("layoutstop", resolve));
  await runLayout(cy, name, DOC, "full");
  await stopped;
  await new Promise((resolve) => setTimeout(resolve, 600)); // let the animation land
}

const positions = () => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

describe("runLayout", () => {
  it.each(LAYOUTS.filter((l) => l !== "preset"))(
    "%s gives every node a finite position, no two nodes on the same spot",
    async (name) => {
      const before = positions();
      await layOut(name);
      const after = positions();
      expect(after).not.toEqual(before);
      const points = Object.values(after);
      for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      const keys = new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
      expect(keys.size).toBe(points.length);
    },
  );

  it("concentric puts the most connected node in the middle", async () => {
    await layOut("concentric");
    const hubId = cy
      .nodes()
      .sort((a, b) => b.degree(false) - a.degree(false))[0]!
      .id();
    const hub = cy.getElementById(hubId);
    const bb = cy.nodes().boundingBox({});
    const centre = { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    const distance = (p: { x: number; y: number }) => Math.hypot(p.x - centre.x, p.y - centre.y);
    const others = cy
      .nodes()
      .toArray()
      .filter((n) => n.id() !== hubId);
    expect(distance(hub.position())).toBeLessThan(
      Math.min(...others.map((n) => distance((n as cytoscape.NodeSingular).position()))),
    );
  });

  it("preset returns every node to its build-time position", async () => {
    await layOut("grid");
    await layOut("preset");
    for (const node of DOC.nodes) {
      const p = cy.getElementById(node.id).position();
      expect(p.x).toBeCloseTo(node.position!.x, 3);
      expect(p.y).toBeCloseTo(node.position!.y, 3);
    }
  });
});
