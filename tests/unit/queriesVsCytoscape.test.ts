// TEMPORARY: the domain queries against the Cytoscape versions they replace.
import { writeFileSync } from "node:fs";
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { toElements } from "../../src/cytoscape/elements.ts";
import { shortestPath as aStarPath } from "../../src/cytoscape/paths.ts";
import { neighbourhood as cyNeighbourhood, showOnly } from "../../src/cytoscape/visibility.ts";
import {
  filterCounts,
  NO_FILTERS,
  toggleFilter,
  visibleElements,
  type FilterGroup,
  type Visible,
} from "../../src/domain/filters.ts";
import { indexGraph, type GraphIndex } from "../../src/domain/graphIndex.ts";
import { neighbourhood } from "../../src/domain/queries/neighbourhood.ts";
import { shortestPath } from "../../src/domain/queries/shortestPath.ts";
import { syntheticGraph } from "../../bench/syntheticGraph.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

function filterings(index: GraphIndex): [string, Visible | null][] {
  const counts = filterCounts(index);
  const out: [string, Visible | null][] = [["none", null]];
  const groups: [FilterGroup, Iterable<string>][] = [
    ["nodeTypes", counts.nodeTypes.keys()],
    ["relations", counts.relations.keys()],
    ["stances", counts.stances.keys()],
    ["attributions", counts.attributions.keys()],
  ];
  for (const [g, values] of groups)
    for (const v of values)
      out.push([`${g}:${v}`, visibleElements(index, toggleFilter(NO_FILTERS, g, v))]);
  return out;
}

const GRAPHS: [string, GraphIndex][] = [
  ["article", indexGraph(buildOrThrow(articleInputs()))],
  ["synthetic 60", indexGraph(syntheticGraph(60))],
];

describe.each(GRAPHS)("%s", (_name, index) => {
  it("neighbourhood agrees", () => {
    const cy = cytoscape({ headless: true, elements: toElements(index.doc) });
    let n = 0;
    for (const [, shown] of filterings(index)) {
      showOnly(cy, shown);
      for (const node of index.doc.nodes) {
        for (const hops of [0, 1, 2, 3, 4]) {
          const want = cyNeighbourhood(cy, node.id, hops);
          const got = neighbourhood(index, node.id, hops, shown);
          expect([...got.nodes].sort()).toEqual(
            want
              .nodes()
              .map((e) => e.id())
              .sort(),
          );
          expect([...got.edges].sort()).toEqual(
            want
              .edges()
              .map((e) => e.id())
              .sort(),
          );
          n++;
        }
      }
    }
    console.log("neighbourhood comparisons", n);
  }, 600_000);

  it("shortest path agrees in length, and reports changed choices", () => {
    const changed: string[] = [];
    let n = 0;
    for (const [fname, shown] of filterings(index)) {
      for (const a of index.doc.nodes) {
        for (const b of index.doc.nodes) {
          const want = aStarPath(index.doc, a.id, b.id, shown);
          const got = shortestPath(index, a.id, b.id, shown);
          n++;
          expect(got.found).toBe(want.found);
          if (!got.found || !want.found) continue;
          expect(got.nodes.length).toBe(want.nodes.length);
          expect(got.edges.length).toBe(want.edges.length);
          expect(got.nodes[0]).toBe(a.id);
          expect(got.nodes.at(-1)).toBe(b.id);
          if (JSON.stringify(got) !== JSON.stringify(want))
            changed.push(
              `${fname} ${a.id} → ${b.id}: A* ${want.nodes.join(" ")} | BFS ${got.nodes.join(" ")}${JSON.stringify(got.nodes) === JSON.stringify(want.nodes) ? ` (edges ${want.edges.join(",")} | ${got.edges.join(",")})` : ""}`,
            );
        }
      }
    }
    console.log("path comparisons", n, "changed", changed.length);
    writeFileSync(`/tmp/changed-${_name}.txt`, changed.join("\n") + "\n");
  }, 600_000);
});
