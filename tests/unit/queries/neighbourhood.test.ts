import { describe, expect, it } from "vitest";
import { NO_FILTERS, visibleElements } from "../../../src/domain/filters.ts";
import { indexGraph } from "../../../src/domain/graphIndex.ts";
import { neighbourhood } from "../../../src/domain/queries/neighbourhood.ts";
import { syntheticGraph } from "../../../bench/syntheticGraph.ts";
import { articleInputs, buildOrThrow } from "../../fixtures/fixtures.ts";
import { allDistances, countingIndex, everyFilter, showing, smallGraph } from "./graphs.ts";

const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

/** A chain a – b – c – d plus e hanging off b (its edge points at b): hops are easy to count. */
const CHAIN = smallGraph("a b c d e", ["a-b", "b-c", "c-d", "e-b"]);
/** A triangle a b c with d off c, a second a – b relation, and a self-loop on a. */
const KNOT = smallGraph("a b c d", ["a-b", "b-c", "c-a", "a-b.2", "a-a", "c-d"]);

describe("neighbourhood on small graphs", () => {
  it.each([
    {
      name: "b at 1 hop, direction ignored",
      graph: CHAIN,
      root: "b",
      hops: 1,
      nodes: ["a", "b", "c", "e"],
      edges: ["a-b", "b-c", "e-b"],
    },
    {
      name: "b at 2 hops",
      graph: CHAIN,
      root: "b",
      hops: 2,
      nodes: ["a", "b", "c", "d", "e"],
      edges: ["a-b", "b-c", "c-d", "e-b"],
    },
    {
      name: "a at 1 hop: a and its one relation",
      graph: CHAIN,
      root: "a",
      hops: 1,
      nodes: ["a", "b"],
      edges: ["a-b"],
    },
    {
      name: "a at more hops than the graph is wide: all of it",
      graph: CHAIN,
      root: "a",
      hops: 9,
      nodes: ["a", "b", "c", "d", "e"],
      edges: ["a-b", "b-c", "c-d", "e-b"],
    },
    { name: "d at 0 hops: only d", graph: CHAIN, root: "d", hops: 0, nodes: ["d"], edges: [] },
    {
      name: "a at 1 hop keeps the relation between its two neighbours, both a – b and its self-loop",
      graph: KNOT,
      root: "a",
      hops: 1,
      nodes: ["a", "b", "c"],
      edges: ["a-a", "a-b", "a-b.2", "b-c", "c-a"],
    },
    {
      name: "a at 0 hops keeps its self-loop",
      graph: KNOT,
      root: "a",
      hops: 0,
      nodes: ["a"],
      edges: ["a-a"],
    },
    {
      name: "d at 1 hop: c, but not c's other relations",
      graph: KNOT,
      root: "d",
      hops: 1,
      nodes: ["c", "d"],
      edges: ["c-d"],
    },
    { name: "an unknown node: nothing", graph: CHAIN, root: "z", hops: 2, nodes: [], edges: [] },
  ])("$name", ({ graph, root, hops, nodes, edges }) => {
    const hood = neighbourhood(graph, root, hops, null);
    expect(sorted(hood.nodes)).toEqual(nodes);
    expect(sorted(hood.edges)).toEqual(edges);
  });

  it.each([
    {
      name: "walks only shown relations and shown nodes",
      graph: CHAIN,
      shown: showing("a b c d", "a-b c-d"),
      root: "b",
      hops: 3,
      nodes: ["a", "b"],
      edges: ["a-b"],
    },
    {
      name: "a hidden root has nothing",
      graph: CHAIN,
      shown: showing("a b c d", "a-b c-d"),
      root: "e",
      hops: 1,
      nodes: [],
      edges: [],
    },
    {
      name: "a shown relation to a hidden node is not walked",
      graph: CHAIN,
      shown: showing("a b d e", "a-b b-c c-d e-b"),
      root: "b",
      hops: 3,
      nodes: ["a", "b", "e"],
      edges: ["a-b", "e-b"],
    },
    {
      name: "a hidden relation between two nodes of the neighbourhood stays out",
      graph: KNOT,
      shown: showing("a b c d", "a-b b-c c-a c-d"),
      root: "a",
      hops: 1,
      nodes: ["a", "b", "c"],
      edges: ["a-b", "b-c", "c-a"],
    },
  ])("$name", ({ graph, shown, root, hops, nodes, edges }) => {
    const hood = neighbourhood(graph, root, hops, shown);
    expect(sorted(hood.nodes)).toEqual(nodes);
    expect(sorted(hood.edges)).toEqual(edges);
  });

  it("lists the root first, then nodes nearest first", () => {
    expect([...neighbourhood(CHAIN, "a", 3, null).nodes]).toEqual(["a", "b", "c", "e", "d"]);
  });
});

const ARTICLE = indexGraph(buildOrThrow(articleInputs()));
const NO_COUNTRIES = visibleElements(ARTICLE, { ...NO_FILTERS, nodeTypes: new Set(["country"]) });
const NO_CLAIMS = visibleElements(ARTICLE, {
  ...NO_FILTERS,
  attributions: new Set(["claim", "hedged"]),
});

describe("neighbourhood on the article graph", () => {
  // What Cytoscape's breadth-first search over the shown elements returned for each.
  it.each([
    {
      root: "iran",
      hops: 1,
      shown: null,
      nodes: ["iran", "iranian-deputy-defense-chief"],
      edges: ["iranian-deputy-defense-chief-official-of-iran"],
    },
    {
      root: "aukus",
      hops: 1,
      shown: null,
      nodes: ["aukus", "australia", "nato", "united-kingdom", "united-states"],
      edges: [
        "australia-party-to-aukus",
        "nato-integrating-with-aukus",
        "united-kingdom-party-to-aukus",
        "united-states-party-to-aukus",
      ],
    },
    {
      // Venezuela and Russia are both 2 hops away: both their relations come along.
      root: "nato",
      hops: 2,
      shown: null,
      nodes: [
        "aukus",
        "australia",
        "nato",
        "russia",
        "united-kingdom",
        "united-states",
        "venezuela",
        "western-states",
      ],
      edges: [
        "australia-party-to-aukus",
        "nato-integrating-with-aukus",
        "russia-opposes-western-hegemony",
        "united-kingdom-party-to-aukus",
        "united-states-leads-western-states",
        "united-states-party-to-aukus",
        "venezuela-opposes-western-hegemony",
        "venezuela-seeks-defense-ties-with-russia",
        "venezuela-talks-with-russia",
        "western-states-plan-to-integrate-nato",
      ],
    },
    {
      root: "vladimir-putin",
      hops: 1,
      shown: null,
      nodes: [
        "indo-pacific-strategy",
        "mcis",
        "participating-states",
        "russia",
        "united-states",
        "vladimir-putin",
      ],
      edges: [
        "indo-pacific-strategy-serves-washington",
        "mcis-held-in-russia",
        "putin-criticises-indo-pacific-strategy",
        "putin-criticises-washington",
        "putin-president-of-russia",
        "putin-speaks-at-mcis",
        "putin-urges-cooperation-among-participating-states",
        "united-states-pursues-indo-pacific-strategy",
      ],
    },
    {
      root: "nato",
      hops: 3,
      shown: NO_COUNTRIES,
      nodes: ["aukus", "nato"],
      edges: ["nato-integrating-with-aukus"],
    },
    { root: "iran", hops: 1, shown: NO_COUNTRIES, nodes: [], edges: [] },
    {
      root: "vladimir-putin",
      hops: 1,
      shown: NO_COUNTRIES,
      nodes: ["indo-pacific-strategy", "mcis", "vladimir-putin"],
      edges: ["putin-criticises-indo-pacific-strategy", "putin-speaks-at-mcis"],
    },
    {
      root: "vladimir-putin",
      hops: 2,
      shown: NO_CLAIMS,
      nodes: [
        "arms-talks",
        "china-defense-minister",
        "iranian-deputy-defense-chief",
        "mcis",
        "rosoboronexport",
        "rostec",
        "russia",
        "venezuela",
        "venezuelan-delegation",
        "vladimir-putin",
        "western-states",
      ],
      edges: [
        "arms-talks-held-during-mcis",
        "china-defense-minister-visits-russia",
        "iranian-deputy-defense-chief-attends-mcis",
        "iranian-deputy-defense-chief-visits-russia",
        "mcis-held-in-russia",
        "putin-president-of-russia",
        "putin-speaks-at-mcis",
        "rosoboronexport-state-owned-by-russia",
        "rostec-state-owned-by-russia",
        "russia-opposes-western-hegemony",
        "russia-takes-part-in-arms-talks",
        "venezuela-initiates-arms-talks",
        "venezuela-opposes-western-hegemony",
        "venezuela-seeks-defense-ties-with-russia",
        "venezuela-talks-with-russia",
        "venezuelan-delegation-attends-mcis",
        "venezuelan-delegation-represents-venezuela",
        "venezuelan-delegation-takes-part-in-arms-talks",
      ],
    },
  ])("$root at $hops hop(s)", ({ root, hops, shown, nodes, edges }) => {
    const hood = neighbourhood(ARTICLE, root, hops, shown);
    expect(sorted(hood.nodes)).toEqual(nodes);
    expect(sorted(hood.edges)).toEqual(edges);
  });

  it.each(everyFilter(ARTICLE))(
    "with $name, is every node within reach and every shown relation among them",
    ({ shown }) => {
      const distance = allDistances(ARTICLE, shown);
      const shownEdges = ARTICLE.doc.edges.filter((e) => !shown || shown.edges.has(e.id));
      for (const root of ARTICLE.doc.nodes) {
        for (const hops of [1, 2, 3]) {
          const hood = neighbourhood(ARTICLE, root.id, hops, shown);
          const reach = ARTICLE.doc.nodes
            .filter((n) => (distance.get(`${root.id} ${n.id}`) ?? Infinity) <= hops)
            .map((n) => n.id);
          expect(sorted(hood.nodes)).toEqual(reach.sort());
          expect(sorted(hood.edges)).toEqual(
            shownEdges
              .filter((e) => hood.nodes.has(e.source) && hood.nodes.has(e.target))
              .map((e) => e.id)
              .sort(),
          );
        }
      }
    },
  );
});

describe("neighbourhood on a large graph", () => {
  const LARGE = indexGraph(syntheticGraph(20_000));

  it("looks at the relations of the nodes it reaches, twice, and nothing else", () => {
    const { index, looked } = countingIndex(LARGE);
    const hood = neighbourhood(index, "n0", 2, null);
    const degrees = [...hood.nodes].reduce((sum, id) => sum + LARGE.edgesByNode.get(id)!.length, 0);
    expect(hood.nodes.size).toBeLessThan(50);
    expect(looked()).toBeLessThanOrEqual(2 * degrees);
  });

  it("reaches all 20,000 nodes and 40,000 relations in linear work", () => {
    const { index, looked } = countingIndex(LARGE);
    const hood = neighbourhood(index, "n0", Infinity, null);
    expect(hood.nodes.size).toBe(20_000);
    expect(hood.edges.size).toBe(40_000);
    // Each relation is in two nodes' lists, and each list is looked at twice.
    expect(looked()).toBe(4 * 40_000);
  });
});
