import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_FILTERS, visibleElements, type Visible } from "../../../src/domain/filters.ts";
import { indexGraph, type GraphIndex, type PathResult } from "../../../src/domain/graphIndex.ts";
import { shortestPath } from "../../../src/domain/queries/shortestPath.ts";
import { syntheticGraph } from "../../../bench/syntheticGraph.ts";
import { articleInputs, buildOrThrow } from "../../fixtures/fixtures.ts";
import { allDistances, countingIndex, everyFilter, showing, smallGraph } from "./graphs.ts";

/** A chain a – b – c – d plus e hanging off b (its edge points at b). */
const CHAIN = smallGraph("a b c d e", ["a-b", "b-c", "c-d", "e-b"]);
/** Two ways round a square from a to c, a – b – c and a – d – c, listed b's way first. */
const SQUARE = smallGraph("a b c d", ["a-b", "b-c", "a-d", "d-c"]);
/** The same square, listed d's way first. */
const SQUARE_D_FIRST = smallGraph("a b c d", ["a-d", "d-c", "a-b", "b-c"]);
/** Two relations between a and b, a self-loop on a, and a long way round through c. */
const KNOT = smallGraph("a b c", ["a-a", "b-a.2", "a-b", "a-c", "c-b"]);

const path = (nodes: string[], edges: string[]): PathResult => ({ found: true, nodes, edges });
const NONE: PathResult = { found: false };

describe("shortestPath on small graphs", () => {
  it.each([
    {
      name: "follows a chain",
      graph: CHAIN,
      from: "a",
      to: "d",
      want: path(["a", "b", "c", "d"], ["a-b", "b-c", "c-d"]),
    },
    {
      name: "ignores direction",
      graph: CHAIN,
      from: "d",
      to: "e",
      want: path(["d", "c", "b", "e"], ["c-d", "b-c", "e-b"]),
    },
    {
      name: "between two shortest ways, takes the one whose relations come first in the document",
      graph: SQUARE,
      from: "a",
      to: "c",
      want: path(["a", "b", "c"], ["a-b", "b-c"]),
    },
    {
      name: "and so the other way when the document lists it first",
      graph: SQUARE_D_FIRST,
      from: "a",
      to: "c",
      want: path(["a", "d", "c"], ["a-d", "d-c"]),
    },
    {
      name: "between two relations joining the same nodes, takes the first; a self-loop is no step",
      graph: KNOT,
      from: "a",
      to: "b",
      want: path(["a", "b"], ["b-a.2"]),
    },
    {
      name: "from a node to itself: one node, no step",
      graph: CHAIN,
      from: "c",
      to: "c",
      want: path(["c"], []),
    },
    { name: "an unknown start: none, and no throw", graph: CHAIN, from: "z", to: "a", want: NONE },
    { name: "an unknown end: none", graph: CHAIN, from: "a", to: "z", want: NONE },
  ])("$name", ({ graph, from, to, want }) => {
    expect(shortestPath(graph, from, to, null)).toEqual(want);
  });

  it.each([
    {
      name: "goes round a hidden relation",
      graph: SQUARE,
      shown: showing("a b c d", "a-b a-d d-c"),
      from: "a",
      to: "c",
      want: path(["a", "d", "c"], ["a-d", "d-c"]),
    },
    {
      name: "goes round a hidden node",
      graph: SQUARE,
      shown: showing("a c d", "a-d d-c"),
      from: "a",
      to: "c",
      want: path(["a", "d", "c"], ["a-d", "d-c"]),
    },
    {
      name: "does not walk a shown relation to a hidden node",
      graph: CHAIN,
      shown: showing("a b d e", "a-b b-c c-d e-b"),
      from: "a",
      to: "d",
      want: NONE,
    },
    {
      name: "the first of two relations hidden: the second",
      graph: KNOT,
      shown: showing("a b c", "a-b c-b a-c"),
      from: "a",
      to: "b",
      want: path(["a", "b"], ["a-b"]),
    },
    {
      name: "a hidden start: none",
      graph: CHAIN,
      shown: showing("b c d", "b-c c-d"),
      from: "a",
      to: "d",
      want: NONE,
    },
    {
      name: "a hidden end: none",
      graph: CHAIN,
      shown: showing("a b c", "a-b b-c"),
      from: "a",
      to: "d",
      want: NONE,
    },
    {
      name: "a hidden node to itself: none",
      graph: CHAIN,
      shown: showing("b", ""),
      from: "a",
      to: "a",
      want: NONE,
    },
  ])("$name", ({ graph, shown, from, to, want }) => {
    expect(shortestPath(graph, from, to, shown)).toEqual(want);
  });
});

/**
 * The answer by brute force: every simple path, the shortest ones, and of those the one whose
 * relations, read from `from`, come earliest in the document (compared one by one).
 */
function bruteForce(
  index: GraphIndex,
  from: string,
  to: string,
  shown: Visible | null,
): PathResult {
  const nodeShown = (id: string) => index.nodeById.has(id) && (!shown || shown.nodes.has(id));
  if (!nodeShown(from) || !nodeShown(to)) return NONE;
  const order = new Map(index.doc.edges.map((e, i) => [e.id, i]));
  // Asserted, not annotated: assigned only inside walk, which narrowing does not follow.
  let best = null as { nodes: string[]; edges: string[] } | null;
  const better = (edges: string[]) => {
    if (!best || edges.length !== best.edges.length)
      return !best || edges.length < best.edges.length;
    for (let i = 0; i < edges.length; i++) {
      const d = order.get(edges[i]!)! - order.get(best.edges[i]!)!;
      if (d !== 0) return d < 0;
    }
    return false;
  };
  const walk = (nodes: string[], edges: string[]) => {
    const here = nodes.at(-1)!;
    if (here === to) {
      if (better(edges)) best = { nodes: [...nodes], edges: [...edges] };
      return;
    }
    for (const edge of index.doc.edges) {
      if (shown && !shown.edges.has(edge.id)) continue;
      if (edge.source !== here && edge.target !== here) continue;
      const next = edge.source === here ? edge.target : edge.source;
      if (nodes.includes(next) || !nodeShown(next)) continue;
      walk([...nodes, next], [...edges, edge.id]);
    }
  };
  walk([from], []);
  return best ? path(best.nodes, best.edges) : NONE;
}

describe("shortestPath's choice among equally short paths", () => {
  const NODES = ["a", "b", "c", "d", "e", "f"];
  const node = fc.constantFrom(...NODES);
  const graph = fc.array(fc.tuple(node, node), { maxLength: 12 }).map((pairs) =>
    smallGraph(
      NODES.join(" "),
      pairs.map(([s, t], i) => `${s}-${t}.${i}`),
    ),
  );

  it("is always the brute-force answer: shortest, then earliest relations in document order", () => {
    fc.assert(
      fc.property(
        graph,
        node,
        node,
        fc.boolean(),
        fc.boolean(),
        (index, from, to, hideB, hideOdd) => {
          const shown: Visible | null =
            hideB || hideOdd
              ? {
                  nodes: new Set(NODES.filter((n) => !(hideB && n === "b"))),
                  edges: new Set(
                    index.doc.edges.filter((_, i) => !(hideOdd && i % 2)).map((e) => e.id),
                  ),
                }
              : null;
          expect(shortestPath(index, from, to, shown)).toEqual(bruteForce(index, from, to, shown));
        },
      ),
      { numRuns: 500 },
    );
  });
});

const DOC = buildOrThrow(articleInputs());
const ARTICLE = indexGraph(DOC);
const NO_COUNTRIES = visibleElements(ARTICLE, { ...NO_FILTERS, nodeTypes: new Set(["country"]) });
const edge = (id: string) => ARTICLE.edgeById.get(id)!;

describe("shortestPath on the article graph", () => {
  it("connects Iran to AUKUS in 5 steps, through a chain whose links join end to end", () => {
    const result = shortestPath(ARTICLE, "iran", "aukus", null);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.nodes[0]).toBe("iran");
    expect(result.nodes.at(-1)).toBe("aukus");
    expect(result.edges).toHaveLength(5);
    expect(result.edges).toHaveLength(result.nodes.length - 1);
    result.edges.forEach((id, i) => {
      const ends = [edge(id).source, edge(id).target].sort();
      expect(ends).toEqual([result.nodes[i], result.nodes[i + 1]].sort());
    });
  });

  it.each([
    {
      name: "Iran to AUKUS: of the 5-step chains, the one by the United States",
      from: "iran",
      to: "aukus",
      shown: null,
      want: path(
        [
          "iran",
          "iranian-deputy-defense-chief",
          "russia",
          "western-states",
          "united-states",
          "aukus",
        ],
        [
          "iranian-deputy-defense-chief-official-of-iran",
          "iranian-deputy-defense-chief-visits-russia",
          "russia-opposes-western-hegemony",
          "united-states-leads-western-states",
          "united-states-party-to-aukus",
        ],
      ),
    },
    {
      name: "a node and its direct neighbour are one step apart",
      from: "vladimir-putin",
      to: "russia",
      shown: null,
      want: path(["vladimir-putin", "russia"], ["putin-president-of-russia"]),
    },
    {
      name: "the Iranian deputy defense chief reaches NATO with everything shown",
      from: "iranian-deputy-defense-chief",
      to: "nato",
      shown: null,
      want: path(
        ["iranian-deputy-defense-chief", "russia", "western-states", "nato"],
        [
          "iranian-deputy-defense-chief-visits-russia",
          "russia-opposes-western-hegemony",
          "western-states-plan-to-integrate-nato",
        ],
      ),
    },
    // Without countries, NATO and AUKUS are only linked to each other.
    {
      name: "but not without countries",
      from: "iranian-deputy-defense-chief",
      to: "nato",
      shown: NO_COUNTRIES,
      want: NONE,
    },
    {
      name: "a hidden end has no path at all",
      from: "iran",
      to: "aukus",
      shown: NO_COUNTRIES,
      want: NONE,
    },
    {
      name: "an unknown id is refused, not thrown at",
      from: "atlantis",
      to: "aukus",
      shown: null,
      want: NONE,
    },
  ])("$name", ({ from, to, shown, want }) => {
    expect(shortestPath(ARTICLE, from, to, shown)).toEqual(want);
  });

  it.each(everyFilter(ARTICLE))(
    "with $name, every pair is as far apart as Floyd–Warshall says, by a chain of shown links",
    ({ shown }) => {
      const distance = allDistances(ARTICLE, shown);
      for (const a of DOC.nodes) {
        for (const b of DOC.nodes) {
          const result = shortestPath(ARTICLE, a.id, b.id, shown);
          const want = distance.get(`${a.id} ${b.id}`) ?? Infinity;
          if (want === Infinity) {
            expect(result).toEqual(NONE);
            continue;
          }
          expect(result.found && result.edges.length).toBe(want);
          if (!result.found) continue;
          expect([result.nodes[0], result.nodes.at(-1)]).toEqual([a.id, b.id]);
          result.edges.forEach((id, i) => {
            expect(!shown || shown.edges.has(id)).toBe(true);
            const ends = [edge(id).source, edge(id).target].sort();
            expect(ends).toEqual([result.nodes[i], result.nodes[i + 1]].sort());
          });
        }
      }
    },
  );
});

describe("shortestPath on a large graph", () => {
  const LARGE = indexGraph(syntheticGraph(20_000));

  it("looks at each node's relations at most once", () => {
    const { index, looked } = countingIndex(LARGE);
    const result = shortestPath(index, "n0", "n10000", null);
    expect(result.found).toBe(true);
    expect(looked()).toBeLessThanOrEqual(2 * 40_000);
  });

  it("stops as soon as it reaches the end", () => {
    const { index, looked } = countingIndex(LARGE);
    expect(shortestPath(index, "n0", "n1", null)).toMatchObject({
      found: true,
      nodes: ["n0", "n1"],
    });
    expect(looked()).toBe(LARGE.edgesByNode.get("n0")!.length);
  });
});
