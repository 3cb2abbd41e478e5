import { describe, expect, it } from "vitest";
import { claimsBy, type ClaimBy } from "../../../src/domain/queries/claimsBy.ts";
import { asDescribedBy, readingAdmits, sourcingOf } from "../../../src/domain/sides/reading.ts";
import { articleInputs, buildOrThrow } from "../../fixtures/fixtures.ts";
import { claimGraph } from "./claimGraphs.ts";

const DOC = buildOrThrow(articleInputs());

/** A claim as a test reads it: its id, "hedged" when it is, "others" when the speaker is no end. */
const described = (c: ClaimBy) =>
  [
    c.edge.id,
    c.sourcing.kind === "claim" && c.sourcing.hedged ? "hedged" : "",
    c.touchesSpeaker ? "" : "others",
  ]
    .filter(Boolean)
    .join(" ");

describe("claimsBy on the article", () => {
  it.each([
    {
      speaker: "vladimir-putin",
      claims: [
        "putin-urges-cooperation-among-participating-states",
        "western-states-plan-to-integrate-nato hedged others",
        "nato-integrating-with-aukus hedged others",
        "putin-criticises-indo-pacific-strategy",
        // "aimed at creating military-political associations controlled by Washington": his
        // opposition to the United States, in his words.
        "putin-criticises-washington",
        "indo-pacific-strategy-serves-washington others",
        "russia-supports-multipolar-world-order others",
      ],
    },
    {
      speaker: "renier-urbaez-fermin",
      claims: [
        // The talks' Russian side is known only from him: reported speech and his own words.
        "rosoboronexport-takes-part-in-arms-talks others",
        "rostec-takes-part-in-arms-talks others",
        "venezuelan-delegation-talks-with-rosoboronexport others",
        "venezuelan-delegation-meets-rostec others",
        "rosoboronexport-part-of-rostec others",
        "fermin-announces-ak-103-plant",
      ],
    },
    // Entities the article reports on but never quotes as asserting anything.
    { speaker: "venezuela", claims: [] },
    { speaker: "russia", claims: [] },
    { speaker: "aukus", claims: [] },
    // Known only from a linked headline, which is nobody's claim.
    { speaker: "iranian-deputy-defense-chief", claims: [] },
  ])("$speaker claims $claims.length relations", ({ speaker, claims }) => {
    expect(claimsBy(DOC, speaker).map(described)).toEqual(claims);
  });

  it("counts Putin's seven claims, four of them about relations he is not part of", () => {
    const claims = claimsBy(DOC, "vladimir-putin");
    expect(claims).toHaveLength(7);
    expect(claims.filter((c) => !c.touchesSpeaker)).toHaveLength(4);
  });

  it("finds none among the relations that rest on linked headlines", () => {
    const headlines = DOC.edges.filter((e) => sourcingOf(e).kind === "linked-headline");
    expect(headlines.length).toBeGreaterThan(0);
    const claimed = new Set(DOC.nodes.flatMap((n) => claimsBy(DOC, n.id).map((c) => c.edge)));
    for (const edge of headlines) expect(claimed.has(edge)).toBe(false);
  });

  it.each([
    // Putin's words are quoted: only those are shown, not the narration around them.
    { edge: "nato-integrating-with-aukus", quotes: [1], inOwnWords: true },
    { edge: "indo-pacific-strategy-serves-washington", quotes: [0, 1], inOwnWords: true },
    // Reported speech only ("Putin stressed that …"): the report is the claim's quote.
    { edge: "putin-criticises-indo-pacific-strategy", quotes: [0], inOwnWords: false },
    { edge: "western-states-plan-to-integrate-nato", quotes: [0], inOwnWords: false },
  ])("shows $edge through quotes $quotes", ({ edge, quotes, inOwnWords }) => {
    const claim = claimsBy(DOC, "vladimir-putin").find((c) => c.edge.id === edge)!;
    expect(claim.quotes).toEqual(quotes);
    expect(claim.inOwnWords).toBe(inOwnWords);
    if (inOwnWords) {
      for (const i of claim.quotes) expect(claim.edge.evidence[i]!.speaker).toBe("vladimir-putin");
    }
  });

  it("agrees with the Sides tab's reading for every node of the article", () => {
    for (const node of DOC.nodes) {
      const reading = asDescribedBy(node.id);
      const expected = DOC.edges.filter((e) => readingAdmits(reading, sourcingOf(e)));
      expect(claimsBy(DOC, node.id).map((c) => c.edge)).toEqual(expected);
    }
  });
});

describe("claimsBy on small graphs", () => {
  it.each([
    { name: "a speaker with no claims", graph: ["a+b@x", "x-b"], speaker: "b", claims: [] },
    {
      name: "a fact the speaker is part of and speaks in is no claim",
      graph: ["x+b#x"],
      speaker: "x",
      claims: [],
    },
    {
      name: "claims between others, hedged or not, and not another speaker's",
      graph: ["a+b@x", "a-c@y", "b=c@x?", "x:a@x"],
      speaker: "x",
      claims: ["e0 others", "e2 hedged others", "e3"],
    },
    { name: "an unknown speaker", graph: ["a+b@x"], speaker: "nobody", claims: [] },
    {
      // Every quote from a linked headline: another article's, whatever its `claim` says.
      name: "a relation from linked headlines only is no claim, even marked as one",
      graph: ["a+b@x#^", "a-b@x#^,^", "x:b@x#^"],
      speaker: "x",
      claims: [],
    },
    {
      name: "one quote of the article's own beside a linked headline makes it a claim again",
      graph: ["a+b@x#^,-", "a-b@x#^,x"],
      speaker: "x",
      claims: ["e0 others", "e1 others"],
    },
  ])("$name", ({ graph, speaker, claims }) => {
    expect(claimsBy(claimGraph(graph).doc, speaker).map(described)).toEqual(claims);
  });

  it.each([
    { name: "the speaker's own words only", spec: "a+b@x#-,x,y,x", quotes: [1, 3], own: true },
    { name: "everything when another speaks", spec: "a+b@x#-,y", quotes: [0, 1], own: false },
    { name: "the one narrated quote", spec: "a+b@x?", quotes: [0], own: false },
    { name: "the speaker's words, not the headline", spec: "a+b@x#^,x", quotes: [1], own: true },
  ])("quotes: $name", ({ spec, quotes, own }) => {
    const [claim] = claimsBy(claimGraph([spec]).doc, "x");
    expect(claim?.quotes).toEqual(quotes);
    expect(claim?.inOwnWords).toBe(own);
  });

  it("says a hedged claim is hedged in its sourcing", () => {
    const [plain, hedged] = claimsBy(claimGraph(["a+b@x", "a-b@x?"]).doc, "x");
    expect(plain?.sourcing).toEqual({ kind: "claim", by: "x", hedged: false });
    expect(hedged?.sourcing).toEqual({ kind: "claim", by: "x", hedged: true });
  });
});
