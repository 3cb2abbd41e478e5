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
/** Agreements counted as actors too: AUKUS is annotated as an agreement, not an organisation. */
const WITH_AGREEMENTS: SidesOptions = { actorTypes: [...ACTOR_TYPES, "agreement"] };

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
        ["venezuelan-delegation", "rosoboronexport", "rostec"],
        ["russia", "venezuela"],
        [PUTIN, "participating-states"],
        ["western-states"],
      ],
    },
    {
      name: "facts",
      reading: FACTS,
      sides: [["russia", "venezuela"], ["western-states"]],
    },
    {
      name: "as Putin describes it",
      reading: asDescribedBy(PUTIN),
      sides: [["participating-states", PUTIN]],
    },
    {
      name: "everything, agreements as actors",
      reading: EVERYTHING,
      options: WITH_AGREEMENTS,
      sides: [
        ["aukus", "united-states", "australia", "united-kingdom", "nato"],
        ["russia", "venezuela", "ak-103-plant-agreement", "multipolar-world-order"],
        ["venezuelan-delegation", "rosoboronexport", "rostec"],
        [PUTIN, "participating-states"],
        ["indo-pacific-strategy"],
        ["western-states"],
      ],
    },
    {
      name: "as Putin describes it, agreements as actors",
      reading: asDescribedBy(PUTIN),
      options: WITH_AGREEMENTS,
      sides: [
        ["multipolar-world-order", "russia"],
        ["nato", "aukus"],
        [PUTIN, "participating-states"],
        ["indo-pacific-strategy"],
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
        ["venezuela", "western-states"],
      ]);
    }
  });

  // The annotation gives "United States — leads → Western states" and "Western states — plans
  // to integrate → NATO" no stance, and AUKUS is an agreement: so the United States and NATO
  // are not placed by the article, and AUKUS is no actor, unless agreements count as actors.
  it("leaves the United States and NATO unplaced, and AUKUS out, with the default actors", () => {
    const result = findSides(DOC, EVERYTHING);
    expect(result.unplaced).toEqual(expect.arrayContaining(["united-states", "nato"]));
    expect(result.graph.actors).not.toContain("aukus");
    expect(result.sideOf.has("aukus")).toBe(false);
  });

  it("puts the United States, NATO and AUKUS on one side apart from Venezuela and Russia when agreements count", () => {
    const { sideOf } = findSides(DOC, EVERYTHING, WITH_AGREEMENTS);
    const west = sideOf.get("aukus");
    expect(west).toBeDefined();
    expect(sideOf.get("united-states")).toBe(west);
    expect(sideOf.get("nato")).toBe(west);
    expect(sideOf.get("russia")).not.toBe(west);
    expect(sideOf.get("venezuela")).toBe(sideOf.get("russia"));
  });

  it("as Putin describes it, places only whom Putin's claims place", () => {
    const result = findSides(DOC, asDescribedBy(PUTIN));
    expect(result.unplaced).toEqual(
      expect.arrayContaining(["russia", "venezuela", "united-states", "nato", "western-states"]),
    );
    expect(result.balance).toMatchObject({ ties: 1, relations: 1, totalWeight: 1 });
  });

  it("has Russia as the main broker between the sides, then Putin", () => {
    const { brokers } = findBrokers(DOC, findSides(DOC, EVERYTHING));
    expect(brokers.slice(0, 2).map((b) => b.id)).toEqual(["russia", PUTIN]);
    expect(brokers[0]!.sideBetweenness).toBeCloseTo(13);
  });
});
