import { describe, expect, it } from "vitest";
import {
  asDescribedBy,
  EVERYTHING,
  FACTS,
  type Reading,
} from "../../../src/domain/sides/reading.ts";
import { ACTOR_TYPES } from "../../../src/domain/sides/signedGraph.ts";
import { findBrokers } from "../../../src/domain/sides/brokers.ts";
import { findSides, type SidesOptions } from "../../../src/domain/sides/sides.ts";
import { articleInputs, buildOrThrow } from "../../fixtures/fixtures.ts";

const DOC = buildOrThrow(articleInputs());
const PUTIN = "vladimir-putin";
/** Agreements counted as actors too: the multipolar world order, the AK-103 plant agreement. */
const WITH_AGREEMENTS: SidesOptions = { actorTypes: [...ACTOR_TYPES, "agreement"] };
/** Venezuela's and Russia's side under every reading that places them, largest first. */
const THEIRS_ALL = [
  "russia",
  "venezuela",
  "venezuelan-delegation",
  "rosoboronexport",
  "rostec",
  PUTIN,
  "renier-urbaez-fermin",
  "venezuela-defense-ministry",
];
const WEST = ["aukus", "united-states", "western-states", "nato", "australia", "united-kingdom"];

describe("the sides of the article's graph", () => {
  it("has Putin as a person who makes claims", () => {
    expect(DOC.nodes.find((n) => n.id === PUTIN)?.type).toBe("person");
    expect(DOC.edges.some((e) => e.claim?.by === PUTIN)).toBe(true);
  });

  it.each<{ name: string; reading: Reading; options?: SidesOptions; sides: string[][] }>([
    {
      name: "everything",
      reading: EVERYTHING,
      sides: [
        [...THEIRS_ALL, "participating-states"],
        WEST,
        // Both only from "Read more:" headlines, at half weight.
        ["china-defense-minister", "china"],
        ["iranian-deputy-defense-chief", "iran"],
      ],
    },
    {
      name: "facts",
      reading: FACTS,
      sides: [
        [
          "russia",
          "venezuela",
          "renier-urbaez-fermin",
          "venezuela-defense-ministry",
          "venezuelan-delegation",
          "rosoboronexport",
          "rostec",
          PUTIN,
        ],
        // NATO is tied to the others only by Putin's words.
        WEST.filter((id) => id !== "nato"),
      ],
    },
    {
      name: "as Putin describes it",
      reading: asDescribedBy(PUTIN),
      sides: [
        ["nato", "aukus", "western-states"],
        [PUTIN, "participating-states"],
        ["united-states"],
      ],
    },
    {
      name: "everything, agreements as actors",
      reading: EVERYTHING,
      options: WITH_AGREEMENTS,
      sides: [
        [...THEIRS_ALL, "ak-103-plant-agreement", "multipolar-world-order", "participating-states"],
        WEST,
        ["china-defense-minister", "china"],
        ["iranian-deputy-defense-chief", "iran"],
        ["indo-pacific-strategy"],
      ],
    },
    {
      name: "as Putin describes it, agreements as actors",
      reading: asDescribedBy(PUTIN),
      options: WITH_AGREEMENTS,
      sides: [
        ["nato", "aukus", "western-states"],
        ["multipolar-world-order", "russia"],
        [PUTIN, "participating-states"],
        ["indo-pacific-strategy"],
        ["united-states"],
      ],
    },
  ])("reading $name", ({ reading, options, sides }) => {
    const result = findSides(DOC, reading, options);
    expect(result.sides.map((s) => s.members)).toEqual(sides);
    // The article's stances are consistent under every reading: nothing goes against the sides.
    expect(result.balance.frustration).toBe(0);
    expect(result.balance.balance).toBe(1);
    expect(result.swing).toEqual([]);
    expect(result.method).toBe("exact");
  });

  it("puts Venezuela and Russia on one side, against the Western states", () => {
    for (const reading of [EVERYTHING, FACTS]) {
      const { sideOf, sides } = findSides(DOC, reading);
      const side = sideOf.get("venezuela");
      expect(side).toBeDefined();
      expect(sideOf.get("russia")).toBe(side);
      expect(sideOf.get("western-states")).not.toBe(side);
      expect(sides[side!]!.opposing.map((t) => [t.a, t.b])).toEqual([
        ["russia", "western-states"],
        ...(reading === EVERYTHING ? [["united-states", PUTIN]] : []),
        ["venezuela", "western-states"],
      ]);
    }
  });

  // "US-led Western hegemony", the integration of NATO forces and "the AUKUS bloc structures"
  // tie the three to the Western states, which Venezuela and Russia oppose.
  it("puts the United States, NATO and AUKUS on one side apart from Venezuela and Russia", () => {
    const result = findSides(DOC, EVERYTHING);
    const west = result.sideOf.get("aukus");
    expect(west).toBeDefined();
    expect(result.sideOf.get("united-states")).toBe(west);
    expect(result.sideOf.get("nato")).toBe(west);
    expect(result.sideOf.get("russia")).not.toBe(west);
    expect(result.sideOf.get("venezuela")).toBe(result.sideOf.get("russia"));
    for (const id of ["united-states", "nato", "aukus"]) expect(result.unplaced).not.toContain(id);
    // Only Belarus (a visit in a headline, no stance) and Sputnik (spoken to) stay unplaced.
    expect(result.unplaced).toEqual(["belarus", "sputnik"]);
  });

  it("counts what rests on linked headlines only when everything counts, at half weight", () => {
    const headlineOnly = [
      "china",
      "china-defense-minister",
      "iran",
      "iranian-deputy-defense-chief",
    ];
    const everything = findSides(DOC, EVERYTHING);
    for (const id of headlineOnly) expect(everything.sideOf.has(id)).toBe(true);
    const tie = everything.graph.ties.find(
      (t) => t.a === "china" && t.b === "china-defense-minister",
    );
    expect(tie?.weight).toBe(0.5);
    for (const reading of [FACTS, asDescribedBy(PUTIN)]) {
      const result = findSides(DOC, reading);
      for (const id of headlineOnly) expect(result.unplaced).toContain(id);
      expect(result.graph.ties.some((t) => headlineOnly.includes(t.a))).toBe(false);
    }
  });

  it("as Putin describes it, places only whom Putin's claims place", () => {
    const result = findSides(DOC, asDescribedBy(PUTIN));
    expect(result.unplaced).toEqual(
      expect.arrayContaining(["russia", "venezuela", "australia", "united-kingdom"]),
    );
    // Cooperation among the participating states, two hedged integrations, and his criticism
    // of Washington.
    expect(result.balance).toMatchObject({ ties: 4, relations: 4, totalWeight: 3 });
  });

  it("has Russia as the main broker between the sides, then the Western states", () => {
    const { brokers } = findBrokers(DOC, findSides(DOC, EVERYTHING));
    expect(brokers.slice(0, 2).map((b) => b.id)).toEqual(["russia", "western-states"]);
    expect(brokers[0]!.sideBetweenness).toBeCloseTo(73.667, 2);
  });
});
