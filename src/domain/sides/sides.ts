import type { Reading } from "./reading.ts";
import { minimumFrustrationPartition, type IndexTie, type PartitionOptions } from "./partition.ts";
import {
  byCodeUnit,
  signedGraph,
  WEIGHT_EPSILON,
  type SidesInput,
  type SignedGraph,
  type SignedGraphOptions,
  type SignedTie,
} from "./signedGraph.ts";

/** How the signed graph is built and how its partition is searched. */
export interface SidesOptions extends SignedGraphOptions, PartitionOptions {}

/** One side: actors held together by cooperation, as few sides as the stances call for. */
export interface Side {
  /** This side's position in `SidesResult.sides`, from 0: largest side first (see `findSides`). */
  readonly index: number;
  /** Member ids, the most central first (as `centralMember`), then in code-unit order. */
  readonly members: readonly string[];
  /**
   * The member the side is best named after until a curator names it: the one with the most
   * cooperation weight to fellow members, then the most signed weight overall, then the most
   * relations under the reading (stanced or not), then the lowest id.
   */
  readonly centralMember: string;
  /** Positive ties between two members: the relations that bind the side. */
  readonly binding: readonly SignedTie[];
  /** Negative ties from a member to a member of another side: what sets the side against it. */
  readonly opposing: readonly SignedTie[];
  /** Negative ties between two members: strains inside the side (they count as frustration). */
  readonly strained: readonly SignedTie[];
}

/** How well the sides account for the stances. */
export interface Balance {
  /**
   * The weight of the ties that go against the sides: positive ties between two sides plus
   * negative ties within one, each counted at its |weight|.
   */
  readonly frustration: number;
  /** Sum of |weight| over all signed ties. */
  readonly totalWeight: number;
  /**
   * 1 − frustration / totalWeight: 1 when every tie agrees with the sides, lower as more go
   * against them. Null when there is no signed tie (nothing to agree or disagree).
   */
  readonly balance: number | null;
  /** The number of signed ties (pairs of actors with a net sign). */
  readonly ties: number;
  /** Of those, how many go against the sides. */
  readonly tiesAgainst: number;
  /**
   * The number of cooperation and opposition relations between placed actors, including those
   * of pairs whose signs cancel out.
   */
  readonly relations: number;
  /**
   * Of those, how many go against the sides one by one: a cooperation between two sides, an
   * opposition within one. This counts the minority relations of a mixed pair too (an
   * opposition between allies whose cooperation outweighs it), which the net frustration does
   * not, so the reader can see every quote that disagrees with the sides.
   */
  readonly relationsAgainst: number;
}

/**
 * An actor some of whose ties go against its side: a cooperation with a member of another side
 * (it is pulled towards that side), or an opposition to a fellow member. Exactly the actors at
 * an end of a frustrated tie.
 */
export interface SwingActor {
  readonly id: string;
  /** Index of its side. */
  readonly side: number;
  /** Other sides it cooperates with, most weight first, with that weight. */
  readonly pulledTo: readonly { readonly side: number; readonly weight: number }[];
  /** Fellow members it opposes. */
  readonly strainedWith: readonly string[];
  /** Its frustrated ties. */
  readonly against: readonly SignedTie[];
  /** The weight of its frustrated ties. */
  readonly againstWeight: number;
  /**
   * How much the frustration would change if it alone moved to its best other place: another
   * side, or a side of its own. 0 means it could sit there just as well; never negative for an
   * exact result.
   */
  readonly moveCost: number;
  /** That best other place: a side's index, or null for a side of its own. */
  readonly alternative: number | null;
}

/** The sides of the actors under one reading. */
export interface SidesResult {
  readonly reading: Reading;
  /** "exact" when the partition is proven optimal; "heuristic" when local search found it. */
  readonly method: "exact" | "heuristic";
  /** Largest first; ties by the central member's id. */
  readonly sides: readonly Side[];
  /** Each placed actor's side index. */
  readonly sideOf: ReadonlyMap<string, number>;
  readonly balance: Balance;
  /** The ties that go against the sides, heaviest first, then by pair. */
  readonly frustrated: readonly SignedTie[];
  /** Actors with ties against their side, most frustrated weight first, then by id. */
  readonly swing: readonly SwingActor[];
  /**
   * Actors the article does not place under this reading: no cooperation or opposition with
   * another actor (or only pairs that cancel out). In code-unit order of id.
   */
  readonly unplaced: readonly string[];
  /** The signed graph the sides were drawn from. */
  readonly graph: SignedGraph;
}

/**
 * The sides of a graph's actors under a reading: the partition with the least frustration,
 * with as many sides as it takes (see `minimumFrustrationPartition` for the tie-breaking rule).
 *
 * Deterministic and independent of the order of nodes and edges: the same ties give the same
 * sides, numbered the same way (largest side first, then by central member's id).
 *
 * @example
 * const result = findSides(doc, FACTS);
 * result.sides[0]?.members // ["russia", "venezuela"]
 * result.balance.balance // 1
 */
export function findSides(
  input: SidesInput,
  reading: Reading,
  options: SidesOptions = {},
): SidesResult {
  return sidesOfSignedGraph(signedGraph(input, reading, options), options);
}

/**
 * The sides of an already built signed graph (see `findSides`).
 *
 * @example sidesOfSignedGraph(signedGraph(doc, EVERYTHING)).sides.length
 */
export function sidesOfSignedGraph(
  graph: SignedGraph,
  options: PartitionOptions = {},
): SidesResult {
  const index = new Map(graph.actors.map((id, i) => [id, i]));
  const ties: IndexTie[] = graph.ties.map((t) => ({
    a: index.get(t.a)!,
    b: index.get(t.b)!,
    w: t.weight,
  }));
  const partition = minimumFrustrationPartition(graph.actors.length, ties, options);

  // Group members, then number the sides by size and central member.
  const groups: string[][] = Array.from({ length: partition.sideCount }, () => []);
  graph.actors.forEach((id, i) => {
    const s = partition.sideOf[i]!;
    if (s >= 0) groups[s]!.push(id);
  });
  const provisional = new Map<string, number>();
  groups.forEach((members, s) => members.forEach((id) => provisional.set(id, s)));
  const within = new Map<string, number>(); // cooperation weight to fellow members
  const strength = new Map<string, number>(); // |weight| of all ties
  for (const t of graph.ties) {
    for (const id of [t.a, t.b]) strength.set(id, (strength.get(id) ?? 0) + Math.abs(t.weight));
    if (t.weight > 0 && provisional.get(t.a) === provisional.get(t.b)) {
      for (const id of [t.a, t.b]) within.set(id, (within.get(id) ?? 0) + t.weight);
    }
  }
  const byCentrality = (x: string, y: string) =>
    (within.get(y) ?? 0) - (within.get(x) ?? 0) ||
    (strength.get(y) ?? 0) - (strength.get(x) ?? 0) ||
    (graph.relationCount.get(y) ?? 0) - (graph.relationCount.get(x) ?? 0) ||
    byCodeUnit(x, y);
  const ordered = groups
    .map((members) => members.sort(byCentrality))
    .sort((x, y) => y.length - x.length || byCodeUnit(x[0]!, y[0]!));
  const sideOf = new Map<string, number>();
  ordered.forEach((members, s) => members.forEach((id) => sideOf.set(id, s)));

  const binding: SignedTie[][] = ordered.map(() => []);
  const opposing: SignedTie[][] = ordered.map(() => []);
  const strained: SignedTie[][] = ordered.map(() => []);
  const frustrated: SignedTie[] = [];
  let frustration = 0;
  let totalWeight = 0;
  for (const t of graph.ties) {
    const sa = sideOf.get(t.a)!;
    const sb = sideOf.get(t.b)!;
    totalWeight += Math.abs(t.weight);
    if (sa === sb) {
      (t.weight > 0 ? binding : strained)[sa]!.push(t);
    } else if (t.weight < 0) {
      opposing[sa]!.push(t);
      opposing[sb]!.push(t);
    }
    if ((sa === sb) !== t.weight > 0) {
      frustrated.push(t);
      frustration += Math.abs(t.weight);
    }
  }
  let relations = 0;
  let relationsAgainst = 0;
  for (const t of [...graph.ties, ...graph.cancelled]) {
    const sa = sideOf.get(t.a);
    const sb = sideOf.get(t.b);
    if (sa === undefined || sb === undefined) continue;
    relations += t.cooperation.length + t.opposition.length;
    relationsAgainst += sa === sb ? t.opposition.length : t.cooperation.length;
  }
  frustrated.sort(
    (x, y) =>
      Math.abs(y.weight) - Math.abs(x.weight) || byCodeUnit(x.a, y.a) || byCodeUnit(x.b, y.b),
  );

  const sides: Side[] = ordered.map((members, s) => ({
    index: s,
    members,
    centralMember: members[0]!,
    binding: binding[s]!,
    opposing: opposing[s]!,
    strained: strained[s]!,
  }));
  return {
    reading: graph.reading,
    method: partition.method,
    sides,
    sideOf,
    balance: {
      frustration,
      totalWeight,
      balance: graph.ties.length === 0 ? null : 1 - frustration / totalWeight,
      ties: graph.ties.length,
      tiesAgainst: frustrated.length,
      relations,
      relationsAgainst,
    },
    frustrated,
    swing: swingActors(
      graph.ties,
      sideOf,
      ordered.map((m) => m.length),
      frustrated,
    ),
    unplaced: graph.actors.filter((id) => !sideOf.has(id)),
    graph,
  };
}

function swingActors(
  ties: readonly SignedTie[],
  sideOf: ReadonlyMap<string, number>,
  sizes: readonly number[],
  frustrated: readonly SignedTie[],
): SwingActor[] {
  const tiesOf = new Map<string, SignedTie[]>();
  for (const t of ties) {
    for (const id of [t.a, t.b]) {
      let list = tiesOf.get(id);
      if (!list) tiesOf.set(id, (list = []));
      list.push(t);
    }
  }
  const against = new Map<string, SignedTie[]>();
  for (const t of frustrated) {
    for (const id of [t.a, t.b]) {
      let list = against.get(id);
      if (!list) against.set(id, (list = []));
      list.push(t);
    }
  }
  const swing: SwingActor[] = [];
  for (const [id, mine] of against) {
    const own = sideOf.get(id)!;
    // Per side: the positive and negative weight of the actor's ties into it.
    const pos = new Map<number, number>();
    const neg = new Map<number, number>();
    let posTotal = 0;
    const strainedWith: string[] = [];
    for (const t of tiesOf.get(id)!) {
      const other = t.a === id ? t.b : t.a;
      const s = sideOf.get(other)!;
      if (t.weight > 0) {
        pos.set(s, (pos.get(s) ?? 0) + t.weight);
        posTotal += t.weight;
      } else {
        neg.set(s, (neg.get(s) ?? 0) - t.weight);
        if (s === own) strainedWith.push(other);
      }
    }
    // Its cost on side s is the positive weight it is apart from plus the negative weight it
    // sits with; on a side of its own, all its positive weight. Another side is preferred to a
    // side of its own at equal cost (one side fewer); an actor already alone on its side has
    // no other side of its own to go to.
    const costOn = (s: number) => posTotal - (pos.get(s) ?? 0) + (neg.get(s) ?? 0);
    const here = costOn(own);
    let alternative: number | null = null;
    let best = Infinity;
    for (const s of [...new Set([...pos.keys(), ...neg.keys()])].sort((x, y) => x - y)) {
      if (s !== own && costOn(s) < best - WEIGHT_EPSILON) {
        best = costOn(s);
        alternative = s;
      }
    }
    if (sizes[own]! > 1 && posTotal < best - WEIGHT_EPSILON) {
      best = posTotal;
      alternative = null;
    }
    const pulledTo = [...pos]
      .filter(([s]) => s !== own)
      .map(([side, weight]) => ({ side, weight }))
      .sort((x, y) => y.weight - x.weight || x.side - y.side);
    swing.push({
      id,
      side: own,
      pulledTo,
      strainedWith: strainedWith.sort(byCodeUnit),
      against: mine,
      againstWeight: mine.reduce((sum, t) => sum + Math.abs(t.weight), 0),
      moveCost: best - here,
      alternative,
    });
  }
  return swing.sort((x, y) => y.againstWeight - x.againstWeight || byCodeUnit(x.id, y.id));
}
