import { describe, expect, it } from "vitest";
import { indexGraph } from "../../../src/domain/graphIndex.ts";
import { stanceToward, type StanceSummary } from "../../../src/domain/queries/stanceToward.ts";
import type { Sourcing } from "../../../src/domain/sides/reading.ts";
import { articleInputs, buildOrThrow } from "../../fixtures/fixtures.ts";
import { claimGraph } from "./claimGraphs.ts";

const ARTICLE = indexGraph(buildOrThrow(articleInputs()));

const sourced = (s: Sourcing) =>
  s.kind === "claim" ? `${s.hedged ? "hedged claim" : "claim"} by ${s.by}` : s.kind;

/** A summary as a test reads it: per stance, "counterpart: how each relation is sourced". */
const described = (summary: StanceSummary) =>
  Object.fromEntries(
    summary.map(({ stance, counterparts }) => [
      stance,
      counterparts.map((c) => `${c.id}: ${c.relations.map((r) => sourced(r.sourcing)).join(", ")}`),
    ]),
  );

describe("stanceToward on the article", () => {
  it.each([
    {
      // Belonging is cooperation ("Russian state-owned", "Russia's President"); the visits
      // of the linked headlines have no stance, so they are not here.
      node: "russia",
      stances: {
        cooperation: [
          "venezuela: fact, fact",
          "rosoboronexport: fact",
          "rostec: fact",
          "vladimir-putin: fact",
          "multipolar-world-order: claim by vladimir-putin",
        ],
        opposition: ["western-states: fact"],
      },
    },
    {
      node: "vladimir-putin",
      stances: {
        cooperation: ["russia: fact", "participating-states: claim by vladimir-putin"],
        opposition: [
          "indo-pacific-strategy: claim by vladimir-putin",
          "united-states: claim by vladimir-putin",
        ],
      },
    },
    // Opposed by both, though neither relation starts at the Western states; "US-led", and
    // in Putin's hedged words integrating NATO forces.
    {
      node: "western-states",
      stances: {
        cooperation: ["united-states: fact", "nato: hedged claim by vladimir-putin"],
        opposition: ["venezuela: fact", "russia: fact"],
      },
    },
    {
      node: "aukus",
      stances: {
        cooperation: [
          "nato: hedged claim by vladimir-putin",
          "australia: fact",
          "united-kingdom: fact",
          "united-states: fact",
        ],
      },
    },
    // Iran is only in a linked headline: its one stanced relation is neither fact nor claim.
    { node: "iran", stances: { cooperation: ["iranian-deputy-defense-chief: linked-headline"] } },
    // The talks' relations say who takes part, with no stance.
    { node: "arms-talks", stances: {} },
  ])("$node", ({ node, stances }) => {
    expect(described(stanceToward(ARTICLE, node))).toEqual(stances);
  });

  it("lists each relation once, under its own stance, for every node", () => {
    for (const node of ARTICLE.doc.nodes) {
      const listed = stanceToward(ARTICLE, node.id).flatMap(({ stance, counterparts }) =>
        counterparts.flatMap((c) => c.relations.map((r) => `${stance} ${r.edge.id}`)),
      );
      const stanced = ARTICLE.doc.edges.filter(
        (e) => e.stance && (e.source === node.id || e.target === node.id),
      );
      expect(listed.sort()).toEqual(stanced.map((e) => `${e.stance} ${e.id}`).sort());
    }
  });
});

describe("stanceToward on small graphs", () => {
  it.each([
    {
      name: "both directions, in the order of the stances, not of the document",
      graph: ["c=a", "b-a", "a+d"],
      stances: { cooperation: ["d: fact"], opposition: ["b: fact"], neutral: ["c: fact"] },
    },
    {
      name: "one counterpart under two stances: a fact one way, a claim the other",
      graph: ["a+b", "b-a@x?", "a+b@b"],
      stances: { cooperation: ["b: fact, claim by b"], opposition: ["b: hedged claim by x"] },
    },
    { name: "relations without a stance are left out", graph: ["a:b", "b:a@x"], stances: {} },
    {
      name: "a relation from linked headlines only is from a linked headline, whatever its claim",
      graph: ["a+b#^", "a-b@x#^", "a+c#^,-"],
      stances: {
        cooperation: ["b: linked-headline", "c: fact"],
        opposition: ["b: linked-headline"],
      },
    },
    { name: "a node without relations", graph: ["b+c"], stances: {} },
  ])("$name", ({ graph, stances }) => {
    expect(described(stanceToward(claimGraph(graph, ["a"]), "a"))).toEqual(stances);
  });
});
