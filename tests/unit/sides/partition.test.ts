import { describe, expect, it } from "vitest";
import {
  frustrationOf,
  minimumFrustrationPartition,
  type IndexTie,
  type PartitionOptions,
} from "../../../src/domain/sides/partition.ts";
import { randomTies } from "./support.ts";

/** Sides as sorted lists of actor indices, sorted: the partition without its numbering. */
function groups(sideOf: ArrayLike<number>): number[][] {
  const bySide = new Map<number, number[]>();
  Array.from(sideOf).forEach((s, v) => {
    if (s < 0) return;
    if (!bySide.has(s)) bySide.set(s, []);
    bySide.get(s)!.push(v);
  });
  return [...bySide.values()].sort((x, y) => x[0]! - y[0]!);
}

/** True when every side's positive ties connect all its members. */
function heldTogether(n: number, ties: readonly IndexTie[], sideOf: ArrayLike<number>): boolean {
  for (const members of groups(sideOf)) {
    const reached = new Set([members[0]!]);
    for (let grew = true; grew;) {
      grew = false;
      for (const { a, b, w } of ties) {
        if (w <= 0 || sideOf[a] !== sideOf[b] || sideOf[a] !== sideOf[members[0]!]) continue;
        if (reached.has(a) !== reached.has(b)) {
          reached.add(a).add(b);
          grew = true;
        }
      }
    }
    if (reached.size !== members.length) return false;
  }
  return n >= 0;
}

/**
 * The rule by brute force over every partition of the actors with ties (restricted growth
 * strings): the least frustration, and the fewest sides among partitions of that frustration
 * whose sides are all held together by cooperation.
 */
function bruteForce(n: number, ties: readonly IndexTie[]): { f: number; k: number } {
  const placed = [...new Set(ties.flatMap((t) => [t.a, t.b]))].sort((x, y) => x - y);
  const sideOf = new Array<number>(n).fill(-1);
  let bestF = Infinity;
  let bestK = Infinity;
  const visit = (i: number, k: number) => {
    if (i === placed.length) {
      const f = frustrationOf(ties, sideOf);
      if (f < bestF - 1e-9) {
        bestF = f;
        bestK = Infinity;
      }
      if (f < bestF + 1e-9 && k < bestK && heldTogether(n, ties, sideOf)) bestK = k;
      return;
    }
    for (let s = 0; s <= k; s++) {
      sideOf[placed[i]!] = s;
      visit(i + 1, Math.max(k, s + 1));
    }
    sideOf[placed[i]!] = -1;
  };
  visit(0, 0);
  return { f: bestF, k: bestK };
}

const t = (a: number, b: number, w: number): IndexTie => ({ a, b, w });

describe("minimumFrustrationPartition", () => {
  it.each<{ name: string; n: number; ties: IndexTie[]; sides: number[][]; frustration: number }>([
    {
      name: "two camps, perfectly balanced",
      n: 4,
      ties: [t(0, 1, 1), t(2, 3, 1), t(0, 2, -1), t(1, 3, -1), t(0, 3, -1)],
      sides: [
        [0, 1],
        [2, 3],
      ],
      frustration: 0,
    },
    {
      // Weakly balanced (Davis): three mutual enemies are three sides and nothing goes against
      // them. Only with two sides at most (Heider's balance) would one tie be frustrated.
      name: "a triangle of enemies: three sides",
      n: 3,
      ties: [t(0, 1, -1), t(1, 2, -1), t(0, 2, -1)],
      sides: [[0], [1], [2]],
      frustration: 0,
    },
    {
      // + + −: one tie must go against any partition; one side (with a strain) is fewer
      // sides than two with a friendship across.
      name: "an unbalanced triangle: one side, one strain",
      n: 3,
      ties: [t(0, 1, 1), t(1, 2, 1), t(0, 2, -1)],
      sides: [[0, 1, 2]],
      frustration: 1,
    },
    {
      name: "parts with no tie between them stay apart",
      n: 4,
      ties: [t(0, 1, 1), t(2, 3, 1)],
      sides: [
        [0, 1],
        [2, 3],
      ],
      frustration: 0,
    },
    {
      name: "no enemy-of-my-enemy alliance",
      n: 3,
      ties: [t(0, 1, -1), t(1, 2, -1)],
      sides: [[0], [1], [2]],
      frustration: 0,
    },
    {
      name: "a hub's enemies are not one side",
      n: 4,
      ties: [t(0, 1, -1), t(0, 2, -1), t(0, 3, -1)],
      sides: [[0], [1], [2], [3]],
      frustration: 0,
    },
    {
      name: "no negative ties: the cooperating parts",
      n: 6,
      ties: [t(0, 1, 1), t(1, 2, 1), t(3, 4, 1)],
      sides: [
        [0, 1, 2],
        [3, 4],
      ],
      frustration: 0,
    },
    {
      name: "actors without ties are on no side",
      n: 3,
      ties: [t(0, 2, 1)],
      sides: [[0, 2]],
      frustration: 0,
    },
    {
      name: "a swing actor between two camps",
      n: 4,
      ties: [t(0, 1, 1), t(2, 3, 1), t(0, 2, -1), t(1, 3, -1), t(1, 2, 1)],
      sides: [
        [0, 1],
        [2, 3],
      ],
      frustration: 1,
    },
    {
      name: "a hedged friendship loses to a plain enmity",
      n: 3,
      ties: [t(0, 1, 1), t(1, 2, 0.5), t(0, 2, -1)],
      sides: [[0, 1], [2]],
      frustration: 0.5,
    },
    {
      name: "an empty graph",
      n: 2,
      ties: [],
      sides: [],
      frustration: 0,
    },
  ])("$name", ({ n, ties, sides, frustration }) => {
    const p = minimumFrustrationPartition(n, ties);
    expect(groups(p.sideOf)).toEqual(sides);
    expect(p.sideCount).toBe(sides.length);
    expect(p.frustration).toBe(frustration);
    expect(p.method).toBe("exact");
  });

  it("numbers sides by their lowest actor", () => {
    const p = minimumFrustrationPartition(5, [t(3, 4, 1), t(0, 4, -1), t(1, 2, 1)]);
    expect(Array.from(p.sideOf)).toEqual([0, 1, 1, 2, 2]);
  });

  it.each([
    { a: 0, b: 0, w: 1 },
    { a: 0, b: 2, w: 1 },
    { a: -1, b: 1, w: 1 },
    { a: 0.5, b: 1, w: 1 },
    { a: 0, b: 1, w: 0 },
    { a: 0, b: 1, w: Number.NaN },
  ])("refuses the tie %o", (tie) => {
    expect(() => minimumFrustrationPartition(2, [tie])).toThrow(RangeError);
  });

  it("agrees with a brute force over all partitions, on 300 small random graphs", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const n = 3 + (seed % 6); // 3 … 8 actors
      const m = Math.min((n * (n - 1)) / 2, n + (seed % 7));
      const ties = randomTies(n, m, seed, 0.2 + (seed % 5) / 10);
      const expected = bruteForce(n, ties);
      const p = minimumFrustrationPartition(n, ties);
      expect(p.method).toBe("exact");
      expect({ seed, f: p.frustration, k: p.sideCount }).toEqual({ seed, ...expected });
      expect(heldTogether(n, ties, p.sideOf)).toBe(true);
    }
  });

  it("finds with the local search what the exact search finds, or worse but never better", () => {
    let equal = 0;
    let cases = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const n = 10 + (seed % 21); // 10 … 30 actors
      const ties = randomTies(n, Math.round(n * 1.3), seed);
      const exact = minimumFrustrationPartition(n, ties);
      if (exact.method !== "exact") continue;
      const heuristic = minimumFrustrationPartition(n, ties, { method: "heuristic" });
      cases++;
      expect(heuristic.frustration).toBeGreaterThanOrEqual(exact.frustration - 1e-9);
      expect(heldTogether(n, ties, heuristic.sideOf)).toBe(true);
      if (Math.abs(heuristic.frustration - exact.frustration) < 1e-9) equal++;
    }
    expect(cases).toBeGreaterThan(190);
    expect(equal / cases).toBeGreaterThan(0.9);
  });

  it("says so when the exact search runs out of budget", () => {
    const ties = randomTies(20, 60, 7);
    const options: PartitionOptions = { exactBudget: 10 };
    const p = minimumFrustrationPartition(20, ties, options);
    expect(p.method).toBe("heuristic");
    expect(minimumFrustrationPartition(20, ties, { method: "heuristic" }).sideOf).toEqual(p.sideOf);
  });

  it("leaves blocks larger than exactMaxActors to the local search", () => {
    const ties = randomTies(30, 45, 3);
    expect(minimumFrustrationPartition(30, ties, { exactMaxActors: 5 }).method).toBe("heuristic");
    expect(minimumFrustrationPartition(30, ties).method).toBe("exact");
  });

  it("gives the same partition every time, for either method", () => {
    const ties = randomTies(40, 70, 11);
    for (const method of ["auto", "heuristic"] as const) {
      const first = minimumFrustrationPartition(40, ties, { method });
      expect(minimumFrustrationPartition(40, ties, { method })).toEqual(first);
    }
  });

  it("gives the same partition whatever the order of the ties", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const ties = randomTies(25, 35, seed);
      const reversed = [...ties].reverse().map(({ a, b, w }) => ({ a: b, b: a, w }));
      const x = minimumFrustrationPartition(25, ties);
      const y = minimumFrustrationPartition(25, reversed);
      expect(groups(y.sideOf)).toEqual(groups(x.sideOf));
    }
  });
});
