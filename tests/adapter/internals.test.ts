// The Cytoscape internals the app relies on (src/cytoscape/internals.ts), checked against the
// installed Cytoscape's own source: an upgrade that moves one of them fails here, by name,
// before a reader sees a graph without arrowheads or an SVG without countries.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Core } from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import {
  arrowheadSize,
  filterArrowheads,
  withRoundPolygonPaths,
} from "../../src/cytoscape/internals.ts";

const require = createRequire(import.meta.url);
// The build Node resolves (the CommonJS one): the same code as the module the app bundles.
const SOURCE = readFileSync(require.resolve("cytoscape"), "utf8");

/** The body of the function assigned to `<prototype>.<name>` in Cytoscape's source. */
function bodyOf(name: string): string {
  const start = SOURCE.search(new RegExp(`\\.${name} = (?:[\\w$.]+ = )?function`));
  expect(start, `Cytoscape no longer defines ${name}`).toBeGreaterThan(-1);
  // Up to the next top-level assignment: enough to read the function.
  const end = SOURCE.indexOf("\n};", start);
  return SOURCE.slice(start, end);
}

describe("the Cytoscape internals we rely on are where we expect them", () => {
  it("the canvas renderer draws arrowheads in drawArrowheads(context, edge, opacity)", () => {
    expect(bodyOf("drawArrowheads")).toMatch(
      /drawArrowheads = function \(context, edge, opacity\)/,
    );
  });

  it("getArrowWidth has the rule arrowheadSize copies", () => {
    const body = bodyOf("getArrowWidth");
    expect(body).toContain("Math.max(Math.pow(edgeWidth * 13.37, 0.9), 29) * scale");
    expect(arrowheadSize(1.8, 0.9)).toBeCloseTo(Math.max((1.8 * 13.37) ** 0.9, 29) * 0.9, 10);
  });

  it("drawRoundPolygonPath still draws without beginPath (else the SVG patch can go)", () => {
    const body = bodyOf("drawRoundPolygonPath");
    expect(body).not.toContain("beginPath");
  });

  it("a label's box is its text grown by the outline (or half the border), the padding and 2", () => {
    // labelPlacer.ts's labelPad turns a measured box into the text margins that place it.
    const start = SOURCE.indexOf("var updateBoundsFromLabel = function");
    expect(start, "Cytoscape no longer defines updateBoundsFromLabel").toBeGreaterThan(-1);
    const body = SOURCE.slice(start, SOURCE.indexOf("\n};", start));
    expect(body).toContain("var marginOfError = 2;");
    expect(body).toMatch(
      /marginX - Math\.max\(outlineWidth, halfBorderWidth\) - padding - marginOfError/,
    );
  });

  it("labels are culled against min-zoomed-font-size at the zoom's texture level", () => {
    // tests/browser/support/labels.ts counts a label as drawn by this rule.
    const body = bodyOf("eleTextBiggerThanMin");
    expect(body).toContain("Math.ceil(log2(zoom * pxRatio))");
    expect(body).toContain("ele.pstyle('font-size').pfValue * scale");
  });

  it("collections still give their JSON through jsons()", () => {
    expect(SOURCE).toMatch(/jsons: function jsons\(\)|\.jsons = function/);
  });
});

/** A renderer whose methods are on its prototype, as Cytoscape's are. */
function standIn() {
  const calls: string[] = [];
  const proto = {
    drawArrowheads(...args: unknown[]) {
      calls.push(`arrow:${String(args[1])}`);
    },
    drawRoundPolygonPath(context: { beginPath?: () => void }) {
      calls.push(context.beginPath ? "polygon" : "polygon-no-path");
    },
  };
  const renderer = Object.create(proto) as typeof proto;
  const cy = { renderer: () => renderer } as unknown as Core;
  return { cy, renderer, proto, calls };
}

describe("the patches", () => {
  it("filterArrowheads asks before each drawing and puts the prototype's method back", () => {
    const { cy, renderer, proto, calls } = standIn();
    const restore = filterArrowheads(cy, (context) => context === "big");
    renderer.drawArrowheads("small", "a");
    renderer.drawArrowheads("big", "b");
    expect(calls).toEqual(["arrow:b"]);
    restore();
    expect(Object.hasOwn(renderer, "drawArrowheads")).toBe(false);
    expect(renderer.drawArrowheads).toBe(proto.drawArrowheads);
  });

  it("withRoundPolygonPaths begins a path for the call only", () => {
    const { cy, renderer, proto } = standIn();
    const beginPath = vi.fn();
    const result = withRoundPolygonPaths(cy, () => {
      renderer.drawRoundPolygonPath({ beginPath });
      return 42;
    });
    expect(result).toBe(42);
    expect(beginPath).toHaveBeenCalledTimes(1);
    expect(renderer.drawRoundPolygonPath).toBe(proto.drawRoundPolygonPath);
  });

  it("both change nothing where there is no renderer (headless)", () => {
    const headless = { renderer: () => null } as unknown as Core;
    expect(() => filterArrowheads(headless, () => false)()).not.toThrow();
    expect(withRoundPolygonPaths(headless, () => "drawn")).toBe("drawn");
  });
});
