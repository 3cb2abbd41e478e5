import type { GraphEdge } from "../schema.ts";
import type { ShownNodeType, Stance } from "../vocabulary.ts";
import {
  readingAdmits,
  sourcingOf,
  sourcingWeight,
  type Reading,
  type SourcedEdge,
  type SourcingWeights,
} from "./reading.ts";

/**
 * The node types that can take sides: states, organisations, people, and "other" (a node from
 * another tool's graph, which may well be an actor; excluding it would leave such graphs with
 * no sides at all). Agreements and events are not actors: a state is party to an agreement or
 * attends an event, it does not ally with one. Counting "Venezuela — party to → AK-103 plant
 * agreement" (cooperation) as an alliance would put treaties and conferences into camps.
 */
export const ACTOR_TYPES = [
  "country",
  "organisation",
  "person",
  "other",
] as const satisfies readonly ShownNodeType[];

/** The hedged claim's weight when none is given (see `sourcingWeight`). */
export const DEFAULT_HEDGED_WEIGHT = 0.5;
/** The weight of a relation from linked headlines only, when none is given (see `sourcingWeight`). */
export const DEFAULT_LINKED_HEADLINE_WEIGHT = 0.5;

/**
 * Weights closer than this are equal. Default weights are multiples of 1/2 and add up
 * exactly; a hedged weight such as 0.3 does not, and without a tolerance two equally
 * frustrated partitions could compare unequal by a rounding error.
 */
export const WEIGHT_EPSILON = 1e-9;

/**
 * What a stance says about two parties' sides: cooperation +1, opposition −1. A neutral
 * relation and one with no stance say nothing about sides ("attends", "held in", "talks at" a
 * venue, or a relation the article reports as neither friendly nor hostile), so they weigh 0:
 * counting them as weak cooperation would make every mention an alliance.
 *
 * @example stanceSign("opposition") // -1
 */
export function stanceSign(stance: Stance | undefined): -1 | 0 | 1 {
  if (stance === "cooperation") return 1;
  if (stance === "opposition") return -1;
  return 0;
}

/** The fields of a node the sides need; a schema v1 node or an opened graph's node has them. */
export interface SidesNode {
  readonly id: string;
  readonly type: ShownNodeType;
}

/** The fields of an edge the sides need. */
export type SidesEdge = Pick<GraphEdge, "id" | "source" | "target" | "stance"> & SourcedEdge;

/** A graph document, or any graph with these fields (a `GraphModel` has them). */
export interface SidesInput {
  readonly nodes: readonly SidesNode[];
  readonly edges: readonly SidesEdge[];
}

/** How the signed graph is built. */
export interface SignedGraphOptions {
  /** The node types that take sides; `ACTOR_TYPES` when not given. */
  readonly actorTypes?: readonly ShownNodeType[];
  /** What a hedged claim weighs, ≥ 0; `DEFAULT_HEDGED_WEIGHT` when not given. */
  readonly hedgedWeight?: number;
  /**
   * What a relation from linked headlines only weighs, ≥ 0; `DEFAULT_LINKED_HEADLINE_WEIGHT`
   * when not given.
   */
  readonly linkedHeadlineWeight?: number;
}

/**
 * Everything a reading says about one pair of actors, with the relations that say it so the
 * reader can be shown their quotes. Undirected: `a` < `b` in code-unit order.
 */
export interface SignedTie {
  readonly a: string;
  readonly b: string;
  /**
   * The net sign: each cooperation adds its weight, each opposition subtracts it (1, or the
   * weight of a hedged claim or a linked headline, see `sourcingWeight`). Positive means the pair is shown cooperating.
   */
  readonly weight: number;
  /** Ids of the cooperation relations between the pair, in code-unit order. */
  readonly cooperation: readonly string[];
  /** Ids of the opposition relations between the pair, in code-unit order. */
  readonly opposition: readonly string[];
}

/** The actors and their signed ties under one reading. */
export interface SignedGraph {
  readonly reading: Reading;
  /** Every actor of the graph, placed or not, in code-unit order of id. */
  readonly actors: readonly string[];
  /** Ties whose net weight is not 0, ordered by `a` then `b`. */
  readonly ties: readonly SignedTie[];
  /**
   * Pairs whose cooperation and opposition cancel out exactly (net 0). They say nothing about
   * sides, but the reader may want to see that the article pulls both ways.
   */
  readonly cancelled: readonly SignedTie[];
  /**
   * For each actor with any, how many relations the reading admits between it and another
   * actor, with or without a stance: how much the article says about it (a tie-break when
   * naming a side).
   */
  readonly relationCount: ReadonlyMap<string, number>;
}

/** Resolved options, checked once. */
function resolveSignedGraphOptions(options: SignedGraphOptions = {}): {
  readonly actorTypes: ReadonlySet<ShownNodeType>;
  readonly weights: SourcingWeights;
} {
  const weight = (name: keyof SignedGraphOptions & `${string}Weight`, fallback: number) => {
    const w = options[name] ?? fallback;
    if (!Number.isFinite(w) || w < 0) {
      throw new RangeError(`${name} must be a finite number ≥ 0, got ${w}`);
    }
    return w;
  };
  return {
    actorTypes: new Set(options.actorTypes ?? ACTOR_TYPES),
    weights: {
      hedged: weight("hedgedWeight", DEFAULT_HEDGED_WEIGHT),
      linkedHeadline: weight("linkedHeadlineWeight", DEFAULT_LINKED_HEADLINE_WEIGHT),
    },
  };
}

/**
 * The relations the reading admits between two different actors, signed or not, each with its
 * weight (sign × sourcing weight; 0 for a neutral or unstanced relation). Self-loops, relations
 * touching a non-actor, and relations to nodes the graph does not have are left out.
 *
 * @example actorRelations(doc, FACTS).map((r) => r.edge.id)
 */
export function actorRelations(
  input: SidesInput,
  reading: Reading,
  options: SignedGraphOptions = {},
): { readonly edge: SidesEdge; readonly weight: number }[] {
  const { actorTypes, weights } = resolveSignedGraphOptions(options);
  const actors = new Set<string>();
  for (const node of input.nodes) if (actorTypes.has(node.type)) actors.add(node.id);
  const out: { edge: SidesEdge; weight: number }[] = [];
  for (const edge of input.edges) {
    if (edge.source === edge.target) continue;
    if (!actors.has(edge.source) || !actors.has(edge.target)) continue;
    const sourcing = sourcingOf(edge);
    if (!readingAdmits(reading, sourcing)) continue;
    out.push({ edge, weight: stanceSign(edge.stance) * sourcingWeight(sourcing, weights) });
  }
  return out;
}

/**
 * Code-unit order: the same everywhere, unlike `localeCompare`.
 *
 * @example ["b", "B", "a"].sort(byCodeUnit) // ["B", "a", "b"]
 */
export function byCodeUnit(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The signed graph of the actors under a reading: one tie per pair of actors the reading shows
 * cooperating or opposing, several relations between the same pair adding up.
 *
 * Independent of the order of nodes and edges in the document: actors and ties are sorted by
 * id, and the weights (multiples of the sourcing weights) add up the same in any order.
 *
 * @example
 * const g = signedGraph(doc, FACTS);
 * g.ties.find((t) => t.a === "russia" && t.b === "venezuela")?.weight // 2
 */
export function signedGraph(
  input: SidesInput,
  reading: Reading,
  options: SignedGraphOptions = {},
): SignedGraph {
  const { actorTypes } = resolveSignedGraphOptions(options);
  const actors = [
    ...new Set(input.nodes.filter((n) => actorTypes.has(n.type)).map((n) => n.id)),
  ].sort(byCodeUnit);
  const pairs = new Map<
    string,
    { a: string; b: string; cooperation: string[]; opposition: string[]; weights: number[] }
  >();
  const relationCount = new Map<string, number>();
  for (const { edge, weight } of actorRelations(input, reading, options)) {
    for (const id of [edge.source, edge.target]) {
      relationCount.set(id, (relationCount.get(id) ?? 0) + 1);
    }
    // Unstanced and neutral relations weigh 0, and so do hedged claims or linked
    // headlines when their weight is 0.
    if (weight === 0) continue;
    const [a, b] =
      edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    // Ids may contain any character, so no separator is safe: key on the JSON of the pair.
    const key = JSON.stringify([a, b]);
    let pair = pairs.get(key);
    if (!pair) {
      pair = { a, b, cooperation: [], opposition: [], weights: [] };
      pairs.set(key, pair);
    }
    (weight > 0 ? pair.cooperation : pair.opposition).push(edge.id);
    pair.weights.push(weight);
  }
  const ties: SignedTie[] = [];
  const cancelled: SignedTie[] = [];
  for (const pair of pairs.values()) {
    // Summed in a fixed order, so the result does not depend on the document's edge order
    // even for weights that do not add up exactly.
    const weight = pair.weights.sort((x, y) => x - y).reduce((s, w) => s + w, 0);
    const tie: SignedTie = {
      a: pair.a,
      b: pair.b,
      weight,
      cooperation: pair.cooperation.sort(byCodeUnit),
      opposition: pair.opposition.sort(byCodeUnit),
    };
    (Math.abs(weight) < WEIGHT_EPSILON ? cancelled : ties).push(tie);
  }
  const byPair = (x: SignedTie, y: SignedTie) => byCodeUnit(x.a, y.a) || byCodeUnit(x.b, y.b);
  return {
    reading,
    actors,
    ties: ties.sort(byPair),
    cancelled: cancelled.sort(byPair),
    relationCount,
  };
}
