import { seededRandom } from "../seededRandom.ts";
import { readingAdmits, sourcingOf } from "./reading.ts";
import { byCodeUnit, type SidesInput } from "./signedGraph.ts";
import type { SidesResult } from "./sides.ts";

/** How brokers are measured. */
export interface BrokerOptions {
  /**
   * Which links paths run along. "relations" (the default): every relation the reading admits
   * between two actors, with or without a stance. "signedTies": only cooperation and opposition.
   *
   * Relations are the default because brokerage is about who lies between others, and a
   * relation with no stance still links two actors ("represents", "official of", "leads"):
   * with only signed ties an article graph has few paths (the sample article has under ten
   * signed ties), and a broker's rank would hinge on whether the annotator gave a stance.
   */
  readonly over?: "relations" | "signedTies";
  /**
   * Above this many actors, betweenness is estimated from this many source actors, drawn with a
   * seeded generator and scaled up (Brandes and Pich's estimator), so it stays fast on large
   * graphs and gives the same figures every time. Default 1,000.
   */
  readonly maxSources?: number;
  /** Seed of the source sample; default 1. */
  readonly seed?: number;
}

/** One actor's place between the others. */
export interface Broker {
  readonly id: string;
  /** Its side's index, or null when the article does not place it. */
  readonly side: number | null;
  /**
   * Shortest-path betweenness (undirected, unweighted, each unordered pair once): over all pairs
   * of other actors, the share of shortest paths between them that pass through this one.
   */
  readonly betweenness: number;
  /**
   * The same, over pairs of actors on two different sides only: how much this actor connects
   * the sides. The ranking's first key.
   */
  readonly sideBetweenness: number;
  /** Distinct actors it is linked to. */
  readonly degree: number;
  /** Distinct sides among the actors it is linked to, its own included. */
  readonly sidesLinked: number;
  /** Weight of its cooperation ties. */
  readonly cooperation: number;
  /** Weight of its opposition ties (as a positive number). */
  readonly opposition: number;
}

/** Brokers, best first. */
export interface BrokersResult {
  /**
   * Every actor, ranked: side betweenness, then betweenness, then degree (all highest first),
   * then id.
   */
  readonly brokers: readonly Broker[];
  readonly over: "relations" | "signedTies";
  /** True when betweenness was estimated from a sample of sources. */
  readonly sampled: boolean;
  /** How many source actors the figures come from. */
  readonly sources: number;
}

/**
 * Who connects the sides: betweenness (Brandes' algorithm, O(actors × links)) and degree of
 * every actor, over the relations the sides' reading admits between the sides' actors.
 *
 * @example
 * // The article's graph: Russia lies between Venezuela's side and its delegation's, Putin's
 * // and the Western states'.
 * const sides = findSides(doc, EVERYTHING);
 * findBrokers(doc, sides).brokers[0]?.id // "russia"
 */
export function findBrokers(
  input: SidesInput,
  sides: SidesResult,
  options: BrokerOptions = {},
): BrokersResult {
  const over = options.over ?? "relations";
  const maxSources = options.maxSources ?? 1_000;
  if (!Number.isInteger(maxSources) || maxSources < 1) {
    throw new RangeError(`maxSources must be a whole number ≥ 1, got ${maxSources}`);
  }
  const actors = sides.graph.actors;
  const index = new Map(actors.map((id, i) => [id, i]));
  const n = actors.length;

  // Distinct undirected links, parallel relations collapsed (they are one step of a path).
  const links = new Set<number>();
  const link = (a: number, b: number) => links.add(Math.min(a, b) * n + Math.max(a, b));
  if (over === "signedTies") {
    for (const t of sides.graph.ties) link(index.get(t.a)!, index.get(t.b)!);
  } else {
    for (const edge of input.edges) {
      const a = index.get(edge.source);
      const b = index.get(edge.target);
      if (a === undefined || b === undefined || a === b) continue;
      if (readingAdmits(sides.reading, sourcingOf(edge))) link(a, b);
    }
  }
  const start = new Int32Array(n + 1);
  for (const key of links) {
    start[Math.floor(key / n) + 1]!++;
    start[(key % n) + 1]!++;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const nbr = new Int32Array(start[n]!);
  for (const key of [...links].sort((x, y) => x - y)) {
    const a = Math.floor(key / n);
    const b = key % n;
    nbr[fill[a]!++] = b;
    nbr[fill[b]!++] = a;
  }

  const side = new Int32Array(n).fill(-1);
  for (const [id, s] of sides.sideOf) side[index.get(id)!] = s;

  // Sources: all actors, or a seeded sample of them.
  let sources = Array.from({ length: n }, (_, i) => i);
  const sampled = n > maxSources;
  if (sampled) {
    const random = seededRandom(options.seed ?? 1);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sources[i], sources[j]] = [sources[j]!, sources[i]!];
    }
    sources = sources.slice(0, maxSources);
  }
  const { all, across } = brandes(n, start, nbr, side, sources);
  // Each unordered pair is met from both ends; a sample stands for n / k times its size.
  const scale = (sampled ? n / sources.length : 1) / 2;

  const cooperation = new Float64Array(n);
  const opposition = new Float64Array(n);
  for (const t of sides.graph.ties) {
    for (const id of [t.a, t.b]) {
      const i = index.get(id)!;
      if (t.weight > 0) cooperation[i]! += t.weight;
      else opposition[i]! -= t.weight;
    }
  }
  const brokers: Broker[] = actors.map((id, v) => {
    const linked = new Set<number>();
    if (side[v]! >= 0) linked.add(side[v]!);
    for (let e = start[v]!; e < start[v + 1]!; e++)
      if (side[nbr[e]!]! >= 0) linked.add(side[nbr[e]!]!);
    return {
      id,
      side: side[v]! >= 0 ? side[v]! : null,
      betweenness: all[v]! * scale,
      sideBetweenness: across[v]! * scale,
      degree: start[v + 1]! - start[v]!,
      sidesLinked: linked.size,
      cooperation: cooperation[v]!,
      opposition: opposition[v]!,
    };
  });
  brokers.sort(
    (x, y) =>
      y.sideBetweenness - x.sideBetweenness ||
      y.betweenness - x.betweenness ||
      y.degree - x.degree ||
      byCodeUnit(x.id, y.id),
  );
  return { brokers, over, sampled, sources: sources.length };
}

/**
 * Brandes' accumulation from each source, for two target sets at once: every other actor
 * (`all`), and the actors placed on a side other than the source's (`across`, only from placed
 * sources). Predecessors are not stored: a neighbour one step nearer the source is one.
 */
function brandes(
  n: number,
  start: Int32Array,
  nbr: Int32Array,
  side: Int32Array,
  sources: readonly number[],
): { all: Float64Array; across: Float64Array } {
  const all = new Float64Array(n);
  const across = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const deltaAll = new Float64Array(n);
  const deltaAcross = new Float64Array(n);
  const queue = new Int32Array(n);
  for (const s of sources) {
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const w = nbr[e]!;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    const sourceSide = side[s]!;
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i]!;
      const targetAcross = sourceSide >= 0 && side[w]! >= 0 && side[w] !== sourceSide ? 1 : 0;
      const coefAll = (1 + deltaAll[w]!) / sigma[w]!;
      const coefAcross = (targetAcross + deltaAcross[w]!) / sigma[w]!;
      for (let e = start[w]!; e < start[w + 1]!; e++) {
        const v = nbr[e]!;
        if (dist[v] === dist[w]! - 1) {
          deltaAll[v]! += sigma[v]! * coefAll;
          deltaAcross[v]! += sigma[v]! * coefAcross;
        }
      }
      all[w]! += deltaAll[w]!;
      across[w]! += deltaAcross[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = queue[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      deltaAll[v] = 0;
      deltaAcross[v] = 0;
    }
  }
  return { all, across };
}
