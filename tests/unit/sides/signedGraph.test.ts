import { describe, expect, it } from "vitest";
import {
  asDescribedBy,
  EVERYTHING,
  FACTS,
  readingAdmits,
  sourcingOf,
  sourcingWeight,
  type Reading,
  type Sourcing,
} from "../../../src/domain/sides/reading.ts";
import {
  ACTOR_TYPES,
  actorRelations,
  signedGraph,
  stanceSign,
} from "../../../src/domain/sides/signedGraph.ts";
import { graph, shuffled } from "./support.ts";

const FACT: Sourcing = { kind: "fact" };
const CLAIM_BY_X: Sourcing = { kind: "claim", by: "X", hedged: false };
const HEDGED_BY_X: Sourcing = { kind: "claim", by: "X", hedged: true };
const CLAIM_BY_Y: Sourcing = { kind: "claim", by: "Y", hedged: false };
const HEADLINE: Sourcing = { kind: "linked-headline" };
const HALVES = { hedged: 0.5, linkedHeadline: 0.5 };

describe("sourcing and readings", () => {
  it.each([
    { edge: {}, sourcing: FACT },
    { edge: { claim: { by: "X" } }, sourcing: CLAIM_BY_X },
    { edge: { claim: { by: "X", hedged: false } }, sourcing: CLAIM_BY_X },
    { edge: { claim: { by: "X", hedged: true } }, sourcing: HEDGED_BY_X },
    { edge: { evidence: [] }, sourcing: FACT },
    { edge: { evidence: [{}, { origin: "linked-headline" }] }, sourcing: FACT },
    { edge: { evidence: [{ origin: "linked-headline" }] }, sourcing: HEADLINE },
    {
      edge: { evidence: [{ origin: "linked-headline" }, { origin: "linked-headline" }] },
      sourcing: HEADLINE,
    },
    // The article's own words behind it: the claim decides; none of them: the headline does.
    {
      edge: { claim: { by: "X" }, evidence: [{ origin: "linked-headline" }, {}] },
      sourcing: CLAIM_BY_X,
    },
    { edge: { claim: { by: "X" }, evidence: [{ origin: "linked-headline" }] }, sourcing: HEADLINE },
  ] as const)("sourcingOf($edge) is $sourcing.kind", ({ edge, sourcing }) => {
    expect(sourcingOf(edge)).toEqual(sourcing);
  });

  it.each<{ reading: Reading; admits: Sourcing[]; refuses: Sourcing[] }>([
    {
      reading: EVERYTHING,
      admits: [FACT, CLAIM_BY_X, HEDGED_BY_X, CLAIM_BY_Y, HEADLINE],
      refuses: [],
    },
    {
      reading: FACTS,
      admits: [FACT],
      refuses: [CLAIM_BY_X, HEDGED_BY_X, CLAIM_BY_Y, HEADLINE],
    },
    {
      reading: asDescribedBy("X"),
      admits: [CLAIM_BY_X, HEDGED_BY_X],
      refuses: [FACT, CLAIM_BY_Y, HEADLINE],
    },
  ])("$reading.kind admits what it should", ({ reading, admits, refuses }) => {
    for (const s of admits) expect(readingAdmits(reading, s)).toBe(true);
    for (const s of refuses) expect(readingAdmits(reading, s)).toBe(false);
  });

  it.each([
    { sourcing: FACT, weights: HALVES, weight: 1 },
    { sourcing: CLAIM_BY_X, weights: HALVES, weight: 1 },
    { sourcing: HEDGED_BY_X, weights: HALVES, weight: 0.5 },
    { sourcing: HEDGED_BY_X, weights: { hedged: 0.25, linkedHeadline: 0.5 }, weight: 0.25 },
    { sourcing: HEADLINE, weights: HALVES, weight: 0.5 },
    { sourcing: HEADLINE, weights: { hedged: 0.5, linkedHeadline: 0.25 }, weight: 0.25 },
  ])("a $sourcing.kind weighs $weight", ({ sourcing, weights, weight }) => {
    expect(sourcingWeight(sourcing, weights)).toBe(weight);
  });

  it.each([
    { stance: "cooperation", sign: 1 },
    { stance: "opposition", sign: -1 },
    { stance: "neutral", sign: 0 },
    { stance: undefined, sign: 0 },
  ] as const)("stance $stance has sign $sign", ({ stance, sign }) => {
    expect(stanceSign(stance)).toBe(sign);
  });
});

describe("signedGraph", () => {
  it("signs cooperation +1 and opposition −1, and gives neutral and unstanced relations none", () => {
    const g = signedGraph(graph(["A+B", "B-C", "C=D", "D:A"]), EVERYTHING);
    expect(g.actors).toEqual(["A", "B", "C", "D"]);
    expect(g.ties).toEqual([
      { a: "A", b: "B", weight: 1, cooperation: ["e0"], opposition: [] },
      { a: "B", b: "C", weight: -1, cooperation: [], opposition: ["e1"] },
    ]);
    expect(g.cancelled).toEqual([]);
  });

  it("adds up several relations between the same pair, in either direction", () => {
    const g = signedGraph(graph(["A+B", "B+A", "A-B@X?"]), EVERYTHING);
    expect(g.ties).toEqual([
      { a: "A", b: "B", weight: 1.5, cooperation: ["e0", "e1"], opposition: ["e2"] },
    ]);
  });

  it("keeps pairs whose signs cancel out apart from the ties", () => {
    const g = signedGraph(graph(["A+B", "A-B"]), EVERYTHING);
    expect(g.ties).toEqual([]);
    expect(g.cancelled).toEqual([
      { a: "A", b: "B", weight: 0, cooperation: ["e0"], opposition: ["e1"] },
    ]);
  });

  it.each([
    { hedgedWeight: undefined, weight: 0.5 },
    { hedgedWeight: 0.25, weight: 0.25 },
    { hedgedWeight: 1, weight: 1 },
  ])("weighs a hedged claim $weight (hedgedWeight $hedgedWeight)", ({ hedgedWeight, weight }) => {
    const options = hedgedWeight === undefined ? {} : { hedgedWeight };
    const g = signedGraph(graph(["A+B@X?"]), EVERYTHING, options);
    expect(g.ties.map((t) => t.weight)).toEqual([weight]);
  });

  it("leaves hedged claims out when they weigh 0", () => {
    const g = signedGraph(graph(["A+B@X?", "B-C@X"]), EVERYTHING, { hedgedWeight: 0 });
    expect(g.ties.map((t) => [t.a, t.b])).toEqual([["B", "C"]]);
  });

  it.each([-1, Number.NaN, Infinity])("refuses a hedged weight of %s", (hedgedWeight) => {
    expect(() => signedGraph(graph(["A+B"]), EVERYTHING, { hedgedWeight })).toThrow(RangeError);
  });

  it.each([
    { linkedHeadlineWeight: undefined, weight: 0.5 },
    { linkedHeadlineWeight: 0.25, weight: 0.25 },
    { linkedHeadlineWeight: 1, weight: 1 },
  ])(
    "weighs a linked headline $weight (linkedHeadlineWeight $linkedHeadlineWeight)",
    ({ linkedHeadlineWeight, weight }) => {
      const options = linkedHeadlineWeight === undefined ? {} : { linkedHeadlineWeight };
      const g = signedGraph(graph(["A-B^"]), EVERYTHING, options);
      expect(g.ties.map((t) => t.weight)).toEqual([-weight]);
    },
  );

  it("outweighs a linked headline by one relation the article reports the other way", () => {
    const g = signedGraph(graph(["A-B^", "A+B"]), EVERYTHING);
    expect(g.ties).toEqual([
      { a: "A", b: "B", weight: 0.5, cooperation: ["e1"], opposition: ["e0"] },
    ]);
  });

  it.each([-1, Number.NaN, Infinity])(
    "refuses a linked-headline weight of %s",
    (linkedHeadlineWeight) => {
      expect(() => signedGraph(graph(["A+B"]), EVERYTHING, { linkedHeadlineWeight })).toThrow(
        RangeError,
      );
    },
  );

  it("ignores self-loops and relations to nodes the graph does not have", () => {
    const input = graph(["A+A", "A-B"]);
    const withDangling = {
      ...input,
      edges: [...input.edges, { id: "x", source: "A", target: "Z", stance: "opposition" as const }],
    };
    expect(signedGraph(withDangling, EVERYTHING).ties.map((t) => t.opposition)).toEqual([["e1"]]);
  });

  it("counts countries, organisations, people and other nodes as actors, not agreements or events", () => {
    expect(ACTOR_TYPES).toEqual(["country", "organisation", "person", "other"]);
    const input = graph(["A+T", "B+E", "C+O", "P+D"], {
      T: "agreement",
      E: "event",
      O: "organisation",
      P: "person",
      D: "other",
    });
    const g = signedGraph(input, EVERYTHING);
    expect(g.actors).toEqual(["A", "B", "C", "D", "O", "P"]);
    expect(g.ties.map((t) => `${t.a}${t.b}`)).toEqual(["CO", "DP"]);
    const withAgreements = signedGraph(input, EVERYTHING, {
      actorTypes: [...ACTOR_TYPES, "agreement"],
    });
    expect(withAgreements.ties.map((t) => `${t.a}${t.b}`)).toEqual(["AT", "CO", "DP"]);
  });

  it.each<{ name: string; reading: Reading; ties: string[] }>([
    { name: "everything", reading: EVERYTHING, ties: ["AB", "AF", "BC", "CD", "DE", "EF"] },
    { name: "facts", reading: FACTS, ties: ["AB"] },
    { name: "as X describes it", reading: asDescribedBy("X"), ties: ["BC", "CD"] },
    { name: "as Y describes it", reading: asDescribedBy("Y"), ties: ["DE"] },
    { name: "as A describes it", reading: asDescribedBy("A"), ties: [] },
  ])("reading $name keeps only its relations", ({ reading, ties }) => {
    const input = graph(["A+B", "B-C@X", "C+D@X?", "D-E@Y", "E+F^", "F-A@X^"]);
    expect(signedGraph(input, reading).ties.map((t) => `${t.a}${t.b}`)).toEqual(ties);
  });

  it("does not depend on the order of nodes and edges", () => {
    const input = graph(["A+B", "C-B", "B+A@X?", "D-C", "A:D", "E=A", "C+E"]);
    const expected = signedGraph(input, EVERYTHING);
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(signedGraph(shuffled(input, seed), EVERYTHING)).toEqual(expected);
    }
  });

  it("lists every relation the reading admits between two actors, with its weight", () => {
    const input = graph(["A+B", "B=C", "C:D", "D-D", "A+T"], { T: "agreement" });
    expect(actorRelations(input, EVERYTHING).map((r) => [r.edge.id, r.weight])).toEqual([
      ["e0", 1],
      ["e1", 0],
      ["e2", 0],
    ]);
  });
});
