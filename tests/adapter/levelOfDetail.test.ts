// Level of detail: the article graph keeps its designed look; a graph of thousands of
// elements gets straight edges and labels only where they can be read, and is otherwise the
// same drawing (same shapes, colours, marks).
import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { toElements } from "../../src/cytoscape/elements.ts";
import {
  LIGHT_FROM_ELEMENTS,
  detailForCount as detailFor,
  detailOf,
  type Detail,
} from "../../src/cytoscape/detail.ts";
import { stylesheetFor } from "../../src/cytoscape/stylesheet.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const ARTICLE = buildOrThrow(articleInputs());
const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.destroy()));

function styled(detail: Detail): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(ARTICLE),
    style: stylesheetFor("light", detail),
  });
  cores.push(cy);
  return cy;
}

describe("level of detail", () => {
  it("draws the article graph in full", () => {
    expect(detailFor(ARTICLE.nodes.length + ARTICLE.edges.length)).toBe("full");
    expect(detailOf(ARTICLE)).toBe("full");
    expect(stylesheetFor("light")).toBe(stylesheetFor("light", "full"));
  });

  it.each([
    [LIGHT_FROM_ELEMENTS - 1, "full"],
    [LIGHT_FROM_ELEMENTS, "light"],
    [60_000, "light"],
  ])("draws %i elements %s", (count, detail) => {
    expect(detailFor(count)).toBe(detail);
    // A document is judged by the same rule, nodes and edges together.
    const half = Array.from({ length: Math.floor(count / 2) });
    expect(
      detailOf({
        nodes: half as never[],
        edges: [...half, ...Array.from({ length: count % 2 })] as never[],
      }),
    ).toBe(detail);
  });

  it("makes edges straight and labels appear only from a readable size", () => {
    const full = styled("full");
    const light = styled("light");
    const edge = (cy: Core) => cy.edges().first();
    const node = (cy: Core) => cy.nodes().first();
    expect(edge(full).style("curve-style")).toBe("bezier");
    expect(edge(light).style("curve-style")).toBe("straight");
    expect(parseFloat(node(light).style("min-zoomed-font-size"))).toBeGreaterThan(
      parseFloat(node(full).style("min-zoomed-font-size")),
    );
  });

  it("changes nothing else: shapes, colours, arrows and stance marks are the same", () => {
    const full = styled("full");
    const light = styled("light");
    const properties = {
      node: ["shape", "background-color", "label", "border-width"],
      edge: ["line-color", "line-style", "target-arrow-shape", "mid-target-arrow-shape", "label"],
    } as const;
    for (const group of ["node", "edge"] as const) {
      const a = full.elements(group);
      const b = light.elements(group);
      a.forEach((el, i) => {
        for (const p of properties[group])
          expect(b[i]!.style(p), `${el.id()} ${p}`).toBe(el.style(p));
      });
    }
  });

  it("is built once per theme and detail", () => {
    expect(stylesheetFor("dark", "light")).toBe(stylesheetFor("dark", "light"));
    expect(stylesheetFor("dark", "light")).not.toBe(stylesheetFor("light", "light"));
  });
});
