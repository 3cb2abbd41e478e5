import { describe, expect, it } from "vitest";
import {
  asDescribedBy,
  EVERYTHING,
  FACTS,
  type Reading,
} from "../../../src/domain/sides/reading.ts";
import { findSides, type SidesOptions } from "../../../src/domain/sides/sides.ts";
import type { SidesInput } from "../../../src/domain/sides/signedGraph.ts";
import { graph, randomTies, shape, shuffled } from "./support.ts";

interface Case {
  name: string;
  input: SidesInput;
  reading?: Reading;
  options?: SidesOptions;
  /** Sides in their numbering, members most central first. */
  sides: string[][];
  frustration: number;
  balance: number | null;
  swing?: string[];
  unplaced?: string[];
}

const TWO_CAMPS = graph(["A+B", "C+D", "A-C", "B-D", "A-D"]);
const READINGS = graph(["A+B", "B-C@X", "C+D@X?", "D-E@Y"]);

describe("findSides", () => {
  it.each<Case>([
    {
      name: "two camps, perfectly balanced",
      input: TWO_CAMPS,
      sides: [
        ["A", "B"],
        ["D", "C"],
      ],
      frustration: 0,
      balance: 1,
    },
    {
      name: "an unbalanced triangle (+ + −): one side, the two enemies swing",
      input: graph(["A+B", "B+C", "A-C"]),
      sides: [["B", "A", "C"]],
      frustration: 1,
      balance: 2 / 3,
      swing: ["A", "C"],
    },
    {
      name: "three mutual enemies: three sides, nothing against them",
      input: graph(["A-B", "B-C", "A-C"]),
      sides: [["A"], ["B"], ["C"]],
      frustration: 0,
      balance: 1,
    },
    {
      name: "parts with no tie between them are separate sides",
      input: graph(["A+B", "C+D"]),
      sides: [
        ["A", "B"],
        ["C", "D"],
      ],
      frustration: 0,
      balance: 1,
    },
    {
      name: "no negative ties: each cooperating group is a side",
      input: graph(["A+B", "B+C", "D+E"]),
      sides: [
        ["B", "A", "C"],
        ["D", "E"],
      ],
      frustration: 0,
      balance: 1,
    },
    {
      name: "only neutral and unstanced relations: nobody is placed",
      input: graph(["A=B", "B:C"]),
      sides: [],
      frustration: 0,
      balance: null,
      unplaced: ["A", "B", "C"],
    },
    {
      name: "a hedged opposition does not outweigh a reported cooperation",
      input: graph(["A+B", "A-B@X?"]),
      sides: [["A", "B"]],
      frustration: 0,
      balance: 1,
      unplaced: ["X"],
    },
    {
      name: "a hedged cooperation does not outweigh a reported opposition",
      input: graph(["A+B@X?", "A-B"]),
      sides: [["A"], ["B"]],
      frustration: 0,
      balance: 1,
      unplaced: ["X"],
    },
    {
      name: "weighed fully, the hedged claim cancels the fact and leaves both unplaced",
      input: graph(["A+B", "A-B@X?"]),
      options: { hedgedWeight: 1 },
      sides: [],
      frustration: 0,
      balance: null,
      unplaced: ["A", "B", "X"],
    },
    {
      name: "reading everything",
      input: READINGS,
      reading: EVERYTHING,
      sides: [["B", "A"], ["C", "D"], ["E"]],
      frustration: 0,
      balance: 1,
      unplaced: ["X", "Y"],
    },
    {
      name: "reading only facts",
      input: READINGS,
      reading: FACTS,
      sides: [["A", "B"]],
      frustration: 0,
      balance: 1,
      unplaced: ["C", "D", "E", "X", "Y"],
    },
    {
      name: "reading as X describes it",
      input: READINGS,
      reading: asDescribedBy("X"),
      sides: [["C", "D"], ["B"]],
      frustration: 0,
      balance: 1,
      unplaced: ["A", "E", "X", "Y"],
    },
    {
      name: "a swing actor cooperating across the camps",
      input: graph(["A+B", "C+D", "A-C", "B-D", "B+C"]),
      sides: [
        ["B", "A"],
        ["C", "D"],
      ],
      frustration: 1,
      balance: 0.8,
      swing: ["B", "C"],
    },
    {
      name: "actors with no stanced relation are unplaced; agreements are not actors",
      input: graph(["A+B", "C:A", "A+T"], { T: "agreement" }, ["Z"]),
      sides: [["A", "B"]],
      frustration: 0,
      balance: 1,
      unplaced: ["C", "Z"],
    },
  ])("$name", ({ input, reading, options, sides, frustration, balance, swing, unplaced }) => {
    const result = findSides(input, reading ?? EVERYTHING, options);
    expect(result.sides.map((s) => s.members)).toEqual(sides);
    expect(result.sides.map((s) => s.centralMember)).toEqual(sides.map((s) => s[0]));
    expect(result.balance.frustration).toBe(frustration);
    if (balance === null) expect(result.balance.balance).toBeNull();
    else expect(result.balance.balance).toBeCloseTo(balance);
    expect(result.swing.map((s) => s.id)).toEqual(swing ?? []);
    expect(result.unplaced).toEqual(unplaced ?? []);
    expect(result.method).toBe("exact");
    for (const [s, members] of sides.entries()) {
      for (const id of members) expect(result.sideOf.get(id)).toBe(s);
    }
  });

  it("lists what binds each side and what opposes it to others, with the relations' ids", () => {
    const result = findSides(TWO_CAMPS, EVERYTHING);
    const ids = (
      ties: readonly { cooperation: readonly string[]; opposition: readonly string[] }[],
    ) => ties.flatMap((t) => [...t.cooperation, ...t.opposition]);
    const [ab, cd] = result.sides;
    expect(ids(ab!.binding)).toEqual(["e0"]);
    expect(ids(ab!.opposing)).toEqual(["e2", "e4", "e3"]);
    expect(ids(cd!.binding)).toEqual(["e1"]);
    expect(ids(cd!.opposing)).toEqual(["e2", "e4", "e3"]);
    expect(ab!.strained).toEqual([]);
  });

  it("reports the frustrated ties, the relations against the sides and the balance figure", () => {
    // A and B cooperate twice and are opposed once: net +1, one relation against their side.
    const result = findSides(graph(["A+B", "B+A", "A-B", "B+C", "A-C"]), EVERYTHING);
    expect(shape(result.sides)).toEqual([["A", "B", "C"]]);
    expect(result.frustrated.map((t) => [t.a, t.b, t.weight])).toEqual([["A", "C", -1]]);
    expect(result.balance.balance).toBeCloseTo(2 / 3);
    expect(result.balance).toEqual({
      frustration: 1,
      totalWeight: 3,
      balance: result.balance.balance,
      ties: 3,
      tiesAgainst: 1,
      relations: 5,
      relationsAgainst: 2,
    });
    expect(result.sides[0]!.strained.map((t) => t.opposition)).toEqual([["e4"]]);
  });

  it("describes a swing actor: where it is pulled, what goes against it, what moving costs", () => {
    const result = findSides(graph(["A+B", "C+D", "A-C", "B-D", "B+C"]), EVERYTHING);
    const b = result.swing.find((s) => s.id === "B")!;
    expect(b).toMatchObject({
      side: 0,
      pulledTo: [{ side: 1, weight: 1 }],
      strainedWith: [],
      againstWeight: 1,
      moveCost: 1,
      alternative: 1,
    });
    expect(b.against.map((t) => t.cooperation)).toEqual([["e4"]]);
    // In the unbalanced triangle, A could sit on a side of its own at no extra cost.
    const triangle = findSides(graph(["A+B", "B+C", "A-C"]), EVERYTHING);
    expect(triangle.swing[0]).toMatchObject({
      id: "A",
      strainedWith: ["C"],
      pulledTo: [],
      moveCost: 0,
      alternative: null,
    });
  });

  it("names a side after its most central member, the most talked-about on a tie", () => {
    const result = findSides(graph(["A+B", "B:C", "B:D"]), EVERYTHING);
    expect(result.sides[0]!.centralMember).toBe("B");
    expect(result.graph.relationCount.get("B")).toBe(3);
  });

  it("numbers sides by size, then by central member", () => {
    const result = findSides(graph(["Z+Y", "Y+X", "B+A", "D+C", "A-D"]), EVERYTHING);
    expect(result.sides.map((s) => s.members)).toEqual([
      ["Y", "X", "Z"],
      ["A", "B"],
      ["D", "C"],
    ]);
  });

  it("gives the same result twice, and whatever the order of nodes and edges", () => {
    for (let seed = 1; seed <= 15; seed++) {
      const ties = randomTies(18, 26, seed);
      const input: SidesInput = {
        nodes: Array.from({ length: 18 }, (_, i) => ({ id: `n${i}`, type: "country" })),
        edges: ties.map((t, i) => ({
          id: `e${i}`,
          source: `n${t.a}`,
          target: `n${t.b}`,
          stance: t.w > 0 ? "cooperation" : "opposition",
          ...(Math.abs(t.w) < 1 ? { claim: { by: "n0", hedged: true } } : {}),
        })),
      };
      const first = findSides(input, EVERYTHING);
      expect(findSides(input, EVERYTHING)).toEqual(first);
      const other = findSides(shuffled(input, seed), EVERYTHING);
      expect(other.sides).toEqual(first.sides);
      expect(other.balance).toEqual(first.balance);
      expect(other.swing).toEqual(first.swing);
      expect(other.unplaced).toEqual(first.unplaced);
    }
  });
});
