import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { seededRandom } from "../../../src/domain/seededRandom.ts";
import type { IndexTie } from "../../../src/domain/sides/partition.ts";
import type { SidesEdge, SidesInput, SidesNode } from "../../../src/domain/sides/signedGraph.ts";
import type { ShownNodeType, Stance } from "../../../src/domain/vocabulary.ts";

const STANCE_MARK: Record<string, Stance | undefined> = {
  "+": "cooperation",
  "-": "opposition",
  "=": "neutral",
  ":": undefined,
};

/**
 * A small graph from a compact list of relations, each "A+B" (cooperation), "A-B" (opposition),
 * "A=B" (neutral) or "A:B" (no stance), optionally followed by "@X" (claimed by X) or "@X?"
 * (a hedged claim by X), then optionally by "^" (every quote from a linked headline). Edge ids are e0, e1, … in list order. Every node named is a country
 * unless `types` says otherwise; `extra` adds nodes named by no relation.
 */
export function graph(
  relations: readonly string[],
  types: Readonly<Record<string, ShownNodeType>> = {},
  extra: readonly string[] = [],
): SidesInput {
  const names = new Set<string>(extra);
  const edges: SidesEdge[] = relations.map((spec, i) => {
    const m = /^([^+\-=:@^]+)([+\-=:])([^@^]+)(?:@([^?^]+)(\?)?)?(\^)?$/.exec(spec);
    if (!m) throw new Error(`bad relation ${spec}`);
    const [, source, mark, target, by, hedged, headline] = m as unknown as [
      string,
      string,
      string,
      string,
      string?,
      string?,
      string?,
    ];
    names.add(source).add(target);
    if (by) names.add(by);
    const stance = STANCE_MARK[mark];
    return {
      id: `e${i}`,
      source,
      target,
      ...(stance ? { stance } : {}),
      ...(by ? { claim: hedged ? { by, hedged: true } : { by } } : {}),
      ...(headline ? { evidence: [{ origin: "linked-headline" as const }] } : {}),
    };
  });
  const nodes: SidesNode[] = [...names].map((id) => ({ id, type: types[id] ?? "country" }));
  return { nodes, edges };
}

/** The same graph with its nodes and edges in a shuffled order (seeded). */
export function shuffled(input: SidesInput, seed: number): SidesInput {
  const random = seededRandom(seed);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return { nodes: shuffle(input.nodes), edges: shuffle(input.edges) };
}

/** A random signed graph on n actors with m distinct ties, weights ±1 and ±0.5 (seeded). */
export function randomTies(n: number, m: number, seed: number, negativeShare = 0.4): IndexTie[] {
  const random = seededRandom(seed);
  const seen = new Set<number>();
  const ties: IndexTie[] = [];
  while (ties.length < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const size = random() < 0.25 ? 0.5 : 1;
    ties.push({ a, b, w: random() < negativeShare ? -size : size });
  }
  return ties;
}

/** The Gahuku–Gama fixture: 16 tribes, their alliances (+1) and antagonisms (−1). */
export interface SignedFixture {
  readonly name: string;
  readonly provenance: Record<string, unknown>;
  readonly nodes: readonly { readonly id: string; readonly label: string }[];
  readonly ties: readonly { readonly a: string; readonly b: string; readonly sign: 1 | -1 }[];
}

export function gahukuGama(): SignedFixture {
  const path = resolve(import.meta.dirname, "../../fixtures/signed/gahuku-gama.json");
  return JSON.parse(readFileSync(path, "utf8")) as SignedFixture;
}

/** A signed fixture as a graph of "other" nodes (as from another tool), one edge per tie. */
export function fixtureGraph(fixture: SignedFixture): SidesInput {
  return {
    nodes: fixture.nodes.map((n) => ({ id: n.id, type: "other" })),
    edges: fixture.ties.map((t, i) => ({
      id: `t${i}`,
      source: t.a,
      target: t.b,
      stance: t.sign > 0 ? "cooperation" : "opposition",
    })),
  };
}

/** Sides as sorted member lists, sorted: a partition's shape without its numbering. */
export function shape(sides: readonly { readonly members: readonly string[] }[]): string[][] {
  return sides.map((s) => [...s.members].sort()).sort((x, y) => (x.join() < y.join() ? -1 : 1));
}
