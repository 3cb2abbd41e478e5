import { describe, expect, it } from "vitest";
import { shortestPath } from "../../src/cytoscape/paths.ts";
import { NO_FILTERS, visibleElements } from "../../src/domain/filters.ts";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const DOC = buildOrThrow(articleInputs());
const GRAPH = indexGraph(DOC);
const edge = (id: string) => DOC.edges.find((e) => e.id === id)!;

describe("shortestPath (Cytoscape A*, direction ignored)", () => {
  it("connects Iran to AUKUS through a chain whose links join end to end", () => {
    const result = shortestPath(DOC, "iran", "aukus", null);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.nodes[0]).toBe("iran");
    expect(result.nodes.at(-1)).toBe("aukus");
    expect(result.edges).toHaveLength(result.nodes.length - 1);
    result.edges.forEach((id, i) => {
      const ends = [edge(id).source, edge(id).target].sort();
      expect(ends).toEqual([result.nodes[i], result.nodes[i + 1]].sort());
    });
  });

  it("is the shortest: a node and its direct neighbour are one step apart", () => {
    const result = shortestPath(DOC, "vladimir-putin", "russia", null);
    expect(result).toEqual({
      found: true,
      nodes: ["vladimir-putin", "russia"],
      edges: [DOC.edges.find((e) => e.source === "vladimir-putin" && e.target === "russia")!.id],
    });
  });

  it("goes only through what the filters show, and says when nothing connects", () => {
    const noCountries = visibleElements(GRAPH, { ...NO_FILTERS, nodeTypes: new Set(["country"]) });
    const blocked = shortestPath(DOC, "iranian-deputy-defense-chief", "nato", noCountries);
    const open = shortestPath(DOC, "iranian-deputy-defense-chief", "nato", null);
    expect(open.found).toBe(true);
    // Without countries, NATO and AUKUS are only linked to each other.
    expect(blocked).toEqual({ found: false });
    // A hidden end has no path at all.
    expect(shortestPath(DOC, "iran", "aukus", noCountries)).toEqual({ found: false });
  });

  it("refuses unknown ids instead of throwing", () => {
    expect(shortestPath(DOC, "atlantis", "aukus", null)).toEqual({ found: false });
  });
});
