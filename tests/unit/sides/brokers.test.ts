import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../src/domain/seededRandom.ts";
import { findBrokers } from "../../../src/domain/sides/brokers.ts";
import { EVERYTHING, FACTS } from "../../../src/domain/sides/reading.ts";
import type { SidesInput } from "../../../src/domain/sides/signedGraph.ts";
import { findSides } from "../../../src/domain/sides/sides.ts";
import type { Stance } from "../../../src/domain/vocabulary.ts";
import { graph } from "./support.ts";

/** Betweenness by definition: every unordered pair, the share of its shortest paths through v. */
function bruteForce(
  ids: readonly string[],
  links: readonly (readonly [string, string])[],
  counts: (s: string, t: string) => boolean,
): Map<string, number> {
  const nbrs = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const [a, b] of links) {
    if (a === b) continue;
    nbrs.get(a)!.add(b);
    nbrs.get(b)!.add(a);
  }
  const bfs = (s: string) => {
    const dist = new Map([[s, 0]]);
    const sigma = new Map([[s, 1]]);
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      for (const w of nbrs.get(v)!) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) sigma.set(w, (sigma.get(w) ?? 0) + sigma.get(v)!);
      }
    }
    return { dist, sigma };
  };
  const from = new Map(ids.map((id) => [id, bfs(id)]));
  const out = new Map(ids.map((id) => [id, 0]));
  ids.forEach((s, i) => {
    for (const t of ids.slice(i + 1)) {
      const st = from.get(s)!;
      const d = st.dist.get(t);
      if (d === undefined || !counts(s, t)) continue;
      for (const v of ids) {
        if (v === s || v === t) continue;
        const sv = st.dist.get(v);
        const vt = from.get(v)!.dist.get(t);
        if (sv === undefined || vt === undefined || sv + vt !== d) continue;
        const share = (st.sigma.get(v)! * from.get(v)!.sigma.get(t)!) / st.sigma.get(t)!;
        out.set(v, out.get(v)! + share);
      }
    }
  });
  return out;
}

function randomDoc(n: number, m: number, seed: number): SidesInput {
  const random = seededRandom(seed);
  const stances: (Stance | undefined)[] = ["cooperation", "opposition", "neutral", undefined];
  return {
    nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, type: "country" as const })),
    edges: Array.from({ length: m }, (_, i) => {
      const stance = stances[Math.floor(random() * stances.length)];
      return {
        id: `e${i}`,
        source: `n${Math.floor(random() * n)}`,
        target: `n${Math.floor(random() * n)}`,
        ...(stance ? { stance } : {}),
        ...(random() < 0.3 ? { claim: { by: "n0" } } : {}),
      };
    }),
  };
}

describe("findBrokers", () => {
  it("puts the actor between two sides first", () => {
    // Two sides, A with B and C with D; E, unplaced, links B and C: A-B-E-C-D.
    const input = graph(["A+B", "C+D", "B:E", "E:C"]);
    const sides = findSides(input, EVERYTHING);
    const result = findBrokers(input, sides);
    expect(result.brokers[0]).toMatchObject({ id: "E", side: null, degree: 2, sidesLinked: 2 });
    expect(result.sampled).toBe(false);
    expect(result.sources).toBe(5);
    const byId = new Map(result.brokers.map((b) => [b.id, b]));
    // Between the sides: E on all four pairs across, B and C on two each, A and D on none.
    expect([...byId].map(([id, b]) => [id, b.sideBetweenness])).toEqual([
      ["E", 4],
      ["B", 2],
      ["C", 2],
      ["A", 0],
      ["D", 0],
    ]);
    expect(byId.get("A")).toMatchObject({ cooperation: 1, opposition: 0, sidesLinked: 1 });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    "agrees with betweenness by definition on a random graph (seed %i)",
    (seed) => {
      const input = randomDoc(14, 22, seed);
      for (const reading of [EVERYTHING, FACTS]) {
        const sides = findSides(input, reading);
        const admitted = input.edges.filter((e) => reading.kind === "everything" || !e.claim);
        const ids = sides.graph.actors;
        const links = admitted.map((e) => [e.source, e.target] as const);
        const all = bruteForce(ids, links, () => true);
        const across = bruteForce(ids, links, (s, t) => {
          const a = sides.sideOf.get(s);
          const b = sides.sideOf.get(t);
          return a !== undefined && b !== undefined && a !== b;
        });
        for (const b of findBrokers(input, sides).brokers) {
          expect(b.betweenness).toBeCloseTo(all.get(b.id)!, 9);
          expect(b.sideBetweenness).toBeCloseTo(across.get(b.id)!, 9);
        }
      }
    },
  );

  it("can run over the signed ties only", () => {
    const input = graph(["A+B", "B+C", "C:D", "D:A"]);
    const sides = findSides(input, EVERYTHING);
    const byId = (over: "relations" | "signedTies") =>
      new Map(findBrokers(input, sides, { over }).brokers.map((b) => [b.id, b]));
    // Over relations the square A-B-C-D has two shortest paths between A and C, one through
    // B and one through D; over the signed ties only A-B-C, and D is linked to no one.
    expect(byId("relations").get("B")!.betweenness).toBeCloseTo(0.5);
    expect(byId("relations").get("D")!.betweenness).toBeCloseTo(0.5);
    expect(byId("signedTies").get("B")!.betweenness).toBeCloseTo(1);
    expect(byId("signedTies").get("D")!).toMatchObject({ betweenness: 0, degree: 0 });
  });

  it("ranks by side betweenness, then betweenness, then degree, then id", () => {
    const input = randomDoc(30, 50, 9);
    const { brokers } = findBrokers(input, findSides(input, EVERYTHING));
    for (let i = 1; i < brokers.length; i++) {
      const [x, y] = [brokers[i - 1]!, brokers[i]!];
      const key = (b: typeof x) => [b.sideBetweenness, b.betweenness, b.degree];
      const [kx, ky] = [key(x), key(y)];
      const cmp = kx.findIndex((v, j) => v !== ky[j]);
      if (cmp === -1) expect(x.id < y.id).toBe(true);
      else expect(kx[cmp]!).toBeGreaterThan(ky[cmp]!);
    }
  });

  it("estimates from a seeded sample of sources above maxSources, the same every time", () => {
    const input = randomDoc(60, 120, 4);
    const sides = findSides(input, EVERYTHING);
    const exact = findBrokers(input, sides);
    const sampled = findBrokers(input, sides, { maxSources: 20 });
    expect(exact).toMatchObject({ sampled: false, sources: 60 });
    expect(sampled).toMatchObject({ sampled: true, sources: 20 });
    expect(findBrokers(input, sides, { maxSources: 20 })).toEqual(sampled);
    // The estimate is unbiased: summed over all actors it is close to the exact total.
    const total = (r: typeof exact) => r.brokers.reduce((s, b) => s + b.betweenness, 0);
    expect(total(sampled) / total(exact)).toBeGreaterThan(0.7);
    expect(total(sampled) / total(exact)).toBeLessThan(1.3);
  });

  it("refuses a maxSources that is not a whole number ≥ 1", () => {
    const input = graph(["A+B"]);
    expect(() => findBrokers(input, findSides(input, EVERYTHING), { maxSources: 0 })).toThrow(
      RangeError,
    );
  });
});
