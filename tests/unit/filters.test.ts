import { describe, expect, it } from "vitest";
import {
  attributionOf,
  filterCounts,
  isFiltering,
  NO_FILTERS,
  toggleFilter,
  visibleElements,
  type Filters,
} from "../../src/domain/filters.ts";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const GRAPH = indexGraph(buildOrThrow(articleInputs()));
const { nodes, edges } = GRAPH.doc;
const hide = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch });
/** An edge every quote of which is another article's headline, read from its evidence. */
const fromHeadlinesOnly = (e: (typeof edges)[number]) =>
  e.evidence.every((ev) => ev.origin === "linked-headline");

describe("visibleElements", () => {
  it("shows everything without filters", () => {
    const v = visibleElements(GRAPH, NO_FILTERS);
    expect(v.nodes.size).toBe(nodes.length);
    expect(v.edges.size).toBe(edges.length);
  });

  it.each([
    {
      name: "a node type hides its nodes and every edge touching them",
      filters: hide({ nodeTypes: new Set(["person"]) }),
      node: (n: (typeof nodes)[number]) => n.type !== "person",
      edge: (e: (typeof edges)[number]) =>
        [e.source, e.target].every((id) => GRAPH.nodeById.get(id)!.type !== "person"),
    },
    {
      name: "a relation hides its edges only",
      filters: hide({ relations: new Set(["party_to"]) }),
      node: () => true,
      edge: (e: (typeof edges)[number]) => e.relation !== "party_to",
    },
    {
      name: "a stance hides its edges; 'none' stands for edges without a stance",
      filters: hide({ stances: new Set(["none"]) }),
      node: () => true,
      edge: (e: (typeof edges)[number]) => e.stance !== undefined,
    },
    {
      name: "claims can be hidden, leaving reported facts and linked headlines",
      filters: hide({ attributions: new Set(["claim", "hedged"]) }),
      node: () => true,
      edge: (e: (typeof edges)[number]) => e.claim === undefined,
    },
    {
      name: "relations from linked headlines can be hidden on their own",
      filters: hide({ attributions: new Set(["linked-headline"]) }),
      node: () => true,
      edge: (e: (typeof edges)[number]) => !fromHeadlinesOnly(e),
    },
    {
      name: "hiding claims and linked headlines leaves what the article reports as fact",
      filters: hide({ attributions: new Set(["claim", "hedged", "linked-headline"]) }),
      node: () => true,
      edge: (e: (typeof edges)[number]) => e.claim === undefined && !fromHeadlinesOnly(e),
    },
  ])("$name", ({ filters, node, edge }) => {
    const v = visibleElements(GRAPH, filters);
    expect([...v.nodes]).toEqual(nodes.filter(node).map((n) => n.id));
    expect([...v.edges]).toEqual(edges.filter(edge).map((e) => e.id));
    expect(v.edges.size).toBeLessThan(edges.length);
  });
});

describe("filterCounts", () => {
  const counts = filterCounts(GRAPH);
  it("counts every node once by type, and every edge once by stance, attribution, relation", () => {
    const sum = (m: ReadonlyMap<unknown, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(sum(counts.nodeTypes)).toBe(nodes.length);
    expect(sum(counts.stances)).toBe(edges.length);
    expect(sum(counts.attributions)).toBe(edges.length);
    expect([...counts.relations.values()].reduce((a, r) => a + r.count, 0)).toBe(edges.length);
    expect(counts.attributions.get("hedged")).toBe(
      edges.filter((e) => attributionOf(e) === "hedged").length,
    );
    // Two "Read more:" headlines: China's minister (3 relations), Iran's deputy chief (3).
    expect(counts.attributions.get("linked-headline")).toBe(6);
    expect(counts.attributions.get("linked-headline")).toBe(edges.filter(fromHeadlinesOnly).length);
    expect(counts.relations.get("party_to")?.label).toBe("party to");
  });
});

describe("toggleFilter", () => {
  it("hides, then shows again, with a new set each time", () => {
    const once = toggleFilter(NO_FILTERS, "nodeTypes", "event");
    expect(once.nodeTypes).toEqual(new Set(["event"]));
    expect(once.nodeTypes).not.toBe(NO_FILTERS.nodeTypes);
    expect(NO_FILTERS.nodeTypes.size).toBe(0);
    expect(isFiltering(once)).toBe(true);
    const twice = toggleFilter(once, "nodeTypes", "event");
    expect(twice.nodeTypes.size).toBe(0);
    expect(isFiltering(twice)).toBe(false);
  });
});
