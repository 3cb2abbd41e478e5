import { seededRandom } from "../seededRandom.ts";
import { WEIGHT_EPSILON } from "./signedGraph.ts";

/**
 * Minimum-frustration partitions of a signed graph (correlation clustering), on actor indices.
 *
 * Frustration is the weight of the ties that go against a partition: a positive tie between two
 * sides, or a negative tie inside one. The number of sides is found, not given. The rule:
 *
 * 1. The least frustration.
 * 2. Then the fewest sides, among partitions whose every side is held together by cooperation
 *    (its members' positive ties connect them all). A side is a set of actors linked by
 *    cooperation: two actors who merely share an enemy ("the enemy of my enemy") are not shown
 *    as allies, since the article does not say they are, and parts of the graph with no tie
 *    between them are never one side merely because joining them would cost nothing. No
 *    optimum is lost: splitting any side into the pieces its positive ties hold together
 *    never adds frustration, since no positive tie runs between the pieces.
 * 3. Then the first such partition the exact search meets, in an order fixed by the ties alone
 *    (see `exactPart`), so the result does not depend on the order of the document.
 *
 * How: each block of the signed graph (a biconnected part: actors joined by two separate paths
 * of ties) is solved alone, exactly when it is small enough and the search stays within its
 * budget, and by local search otherwise. Every tie lies in exactly one block and two blocks
 * share at most one actor, so the least frustration of the whole is the sum of the blocks'
 * least, and so is the number of sides, less one for each time a shared actor's sides in two
 * blocks are joined into one side. A graph of 30 actors and 40 ties, mostly bridges and short
 * cycles, becomes a few small problems. A local search's sides are split into the pieces
 * their positive ties hold together, so every side is held together by cooperation whichever
 * way it was found; only its number of sides may then be more than the fewest.
 */

/** A tie between actor indices `a` and `b` of net weight `w` (never 0). */
export interface IndexTie {
  readonly a: number;
  readonly b: number;
  readonly w: number;
}

/** How the partition is searched. */
export interface PartitionOptions {
  /**
   * "auto" (the default) solves each block exactly when it has at most `exactMaxActors` actors
   * and the search stays within budget, and by local search otherwise; "exact" tries every
   * block exactly whatever its size (still within budget); "heuristic" never does (for tests
   * and comparisons). A block of a single tie is always solved exactly: there is nothing to
   * search.
   */
  readonly method?: "auto" | "exact" | "heuristic";
  /** Blocks with more actors than this are left to the local search under "auto"; default 500. */
  readonly exactMaxActors?: number;
  /**
   * The work the exact search may do per block before it gives up and the local search's
   * result is used, counted in ties looked at; default 5,000,000 (about a tenth of a second).
   */
  readonly exactBudget?: number;
  /** Local-search restarts per block, and as many kicks; default 16. */
  readonly restarts?: number;
  /** Seed of the local search's restarts; default 1. */
  readonly seed?: number;
}

/** A partition of actor indices into sides. */
export interface IndexPartition {
  /**
   * Side of each actor, 0 … sideCount − 1, numbered by each side's lowest actor index; −1 for
   * an actor with no tie.
   */
  readonly sideOf: Int32Array;
  readonly sideCount: number;
  /** Sum of |w| over the ties that go against the partition. */
  readonly frustration: number;
  /** "exact" when every block was solved exactly; "heuristic" when any was not. */
  readonly method: "exact" | "heuristic";
}

const DEFAULTS = {
  method: "auto",
  exactMaxActors: 500,
  exactBudget: 5_000_000,
  restarts: 16,
  seed: 1,
} as const;

/** Adjacency in compressed rows: the ties of `v` are `nbr`/`wt` from `start[v]` to `start[v + 1]`. */
interface Adjacency {
  readonly n: number;
  readonly start: Int32Array;
  readonly nbr: Int32Array;
  readonly wt: Float64Array;
}

/**
 * Each actor's ties by index, in compressed rows: `tieAt` from `start[v]` to `start[v + 1]`.
 * By tie index, so parallel ties (not made by signedGraph, but allowed) stay apart.
 */
function tieRows(n: number, ties: readonly IndexTie[]): { start: Int32Array; tieAt: Int32Array } {
  const start = new Int32Array(n + 1);
  for (const t of ties) {
    start[t.a + 1]!++;
    start[t.b + 1]!++;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const tieAt = new Int32Array(start[n]!);
  ties.forEach((t, i) => {
    tieAt[fill[t.a]!++] = i;
    tieAt[fill[t.b]!++] = i;
  });
  return { start, tieAt };
}

function adjacency(n: number, ties: readonly IndexTie[]): Adjacency {
  const { start, tieAt } = tieRows(n, ties);
  const nbr = new Int32Array(tieAt.length);
  const wt = new Float64Array(tieAt.length);
  for (let v = 0; v < n; v++) {
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const t = ties[tieAt[k]!]!;
      nbr[k] = t.a === v ? t.b : t.a;
      wt[k] = t.w;
    }
  }
  return { n, start, nbr, wt };
}

/**
 * Frustration of a labelling: |w| of positive ties across labels and negative ties within one.
 *
 * @example frustrationOf([{ a: 0, b: 1, w: -1 }], [0, 0]) // 1
 */
export function frustrationOf(ties: readonly IndexTie[], sideOf: ArrayLike<number>): number {
  let f = 0;
  for (const { a, b, w } of ties) {
    const same = sideOf[a] === sideOf[b];
    if (w > 0 && !same) f += w;
    else if (w < 0 && same) f -= w;
  }
  return f;
}

/** (f, k) is lexicographically better than (bestF, bestK): less frustration, then fewer sides. */
function better(f: number, k: number, bestF: number, bestK: number): boolean {
  return f < bestF - WEIGHT_EPSILON || (f < bestF + WEIGHT_EPSILON && k < bestK);
}

/**
 * The minimum-frustration partition of `n` actors under `ties`, by the rule above.
 *
 * @example
 * // A triangle of enemies: three sides of one, nothing goes against them.
 * const p = minimumFrustrationPartition(3, [
 *   { a: 0, b: 1, w: -1 }, { a: 1, b: 2, w: -1 }, { a: 0, b: 2, w: -1 },
 * ]);
 * p.frustration // 0
 * p.sideCount // 3
 */
export function minimumFrustrationPartition(
  n: number,
  ties: readonly IndexTie[],
  options: PartitionOptions = {},
): IndexPartition {
  const opts = { ...DEFAULTS, ...options };
  for (const t of ties) {
    const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < n;
    if (!inRange(t.a) || !inRange(t.b) || t.a === t.b || t.w === 0 || !Number.isFinite(t.w)) {
      throw new RangeError(`not a tie between two of ${n} actors: ${JSON.stringify(t)}`);
    }
  }
  // In a fixed order, so that the search order, and with it the choice among equally good
  // partitions, depends on the ties alone and not on the order they come in.
  ties = ties
    .map(({ a, b, w }) => (a < b ? { a, b, w } : { a: b, b: a, w }))
    .sort((x, y) => x.a - y.a || x.b - y.b || x.w - y.w);
  const adj = adjacency(n, ties);
  const blocks = biconnectedBlocks(n, ties);
  // Sides of all blocks, joined at shared actors with a union-find over (block, side) labels.
  const labelOf: Int32Array[] = [];
  const offsets: number[] = [];
  let labelCount = 0;
  let allExact = true;
  for (const block of blocks) {
    const local = new Map<number, number>();
    block.actors.forEach((v, i) => local.set(v, i));
    const blockTies = block.ties.map((t) => ({
      a: local.get(ties[t]!.a)!,
      b: local.get(ties[t]!.b)!,
      w: ties[t]!.w,
    }));
    const { labels, exact } = solveBlock(block.actors.length, blockTies, opts);
    if (!exact) allExact = false;
    labelOf.push(labels);
    offsets.push(labelCount);
    labelCount += block.actors.length;
  }
  const parent = Int32Array.from({ length: labelCount }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const first = new Int32Array(n).fill(-1); // an actor's label in the first block that has it
  blocks.forEach((block, b) => {
    block.actors.forEach((v, i) => {
      const label = offsets[b]! + labelOf[b]![i]!;
      if (first[v] === -1) first[v] = label;
      else parent[find(label)] = find(first[v]!);
    });
  });
  const joined = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) if (first[v]! >= 0) joined[v] = find(first[v]!);
  const { labels: sideOf, count: sideCount } = splitByCooperation(adj, joined);
  return {
    sideOf,
    sideCount,
    frustration: frustrationOf(ties, sideOf),
    method: allExact ? "exact" : "heuristic",
  };
}

/** One block's labels, by exact search when allowed and within budget, else by local search. */
function solveBlock(
  n: number,
  ties: readonly IndexTie[],
  opts: Required<PartitionOptions>,
): { labels: Int32Array; exact: boolean } {
  // A single tie, the commonest block in an article's graph, needs no search.
  if (ties.length === 1) return { labels: Int32Array.of(0, ties[0]!.w > 0 ? 0 : 1), exact: true };
  const adj = adjacency(n, ties);
  const heuristic = localSearch(adj, opts.restarts, opts.seed);
  const tryExact = opts.method === "exact" || (opts.method === "auto" && n <= opts.exactMaxActors);
  if (tryExact) {
    // The local search's frustration is the first bound to beat.
    const { f } = frustrationAndSides(adj, heuristic);
    const labels = exactPart(n, ties, f, opts.exactBudget);
    if (labels) return { labels, exact: true };
  }
  return { labels: heuristic, exact: false };
}

/**
 * The blocks (biconnected parts) of the graph of ties: each tie in exactly one block, each
 * block's actors in increasing index order, blocks in the order Hopcroft and Tarjan's search
 * (iterative, from the lowest index) closes them. Actors without ties are in none.
 */
function biconnectedBlocks(
  n: number,
  ties: readonly IndexTie[],
): { actors: number[]; ties: number[] }[] {
  const { start, tieAt } = tieRows(n, ties);
  const other = (i: number, v: number) => (ties[i]!.a === v ? ties[i]!.b : ties[i]!.a);
  const depth = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const next = new Int32Array(n); // next adjacency slot to look at, per actor
  const parentTie = new Int32Array(n).fill(-1);
  const tieStack: number[] = [];
  const blocks: { actors: number[]; ties: number[] }[] = [];
  const closeBlock = (upTo: number) => {
    const blockTies: number[] = [];
    const actors = new Set<number>();
    let i: number;
    do {
      i = tieStack.pop()!;
      blockTies.push(i);
      actors.add(ties[i]!.a).add(ties[i]!.b);
    } while (i !== upTo);
    blocks.push({
      actors: [...actors].sort((x, y) => x - y),
      ties: blockTies.sort((x, y) => x - y),
    });
  };
  for (let root = 0; root < n; root++) {
    if (depth[root] !== -1 || start[root] === start[root + 1]) continue;
    depth[root] = 0;
    low[root] = 0;
    next[root] = start[root]!;
    const path = [root];
    while (path.length > 0) {
      const v = path[path.length - 1]!;
      if (next[v]! < start[v + 1]!) {
        const i = tieAt[next[v]!++]!;
        if (i === parentTie[v]) continue;
        const u = other(i, v);
        if (depth[u] === -1) {
          tieStack.push(i);
          parentTie[u] = i;
          depth[u] = low[u] = depth[v]! + 1;
          next[u] = start[u]!;
          path.push(u);
        } else if (depth[u]! < depth[v]!) {
          tieStack.push(i); // a tie back to an ancestor
          low[v] = Math.min(low[v]!, depth[u]!);
        }
      } else {
        path.pop();
        const p = path[path.length - 1];
        if (p === undefined) continue;
        low[p] = Math.min(low[p]!, low[v]!);
        // Nothing below v reaches above p: the ties from p's tie to v up to here are a block.
        if (low[v]! >= depth[p]!) closeBlock(parentTie[v]!);
      }
    }
  }
  return blocks;
}

function frustrationAndSides(adj: Adjacency, labels: Int32Array): { f: number; k: number } {
  let f = 0;
  for (let v = 0; v < adj.n; v++) {
    for (let e = adj.start[v]!; e < adj.start[v + 1]!; e++) {
      const u = adj.nbr[e]!;
      if (u < v) continue;
      const w = adj.wt[e]!;
      const same = labels[u] === labels[v];
      if (w > 0 && !same) f += w;
      else if (w < 0 && same) f -= w;
    }
  }
  return { f, k: new Set(labels).size };
}

/**
 * Local search. A descent visits the actors in a given order, moving each to the side (an
 * existing one or a new one) where its ties go least against it, then joins pairs of sides
 * whose ties across are positive on balance, until nothing changes. A change is made only when
 * it lowers frustration, or keeps it and lowers the number of sides, so a descent ends.
 *
 * Restarts: each starts from every actor on a side of its own; restart 0 visits actors in
 * index order, the others in an order shuffled by a seeded generator. Then kicks: the best
 * partition so far has one actor and its cooperation partners moved onto a new side together
 * (a move no single step makes), and a descent from there replaces it when better. The best
 * (less frustration, then fewer sides, then the earliest found) is kept. The generator is
 * seeded, so the same graph always gives the same result.
 */
function localSearch(adj: Adjacency, restarts: number, seed: number): Int32Array {
  const n = adj.n;
  const random = seededRandom(seed);
  const scratch = {
    pos: new Float64Array(n),
    neg: new Float64Array(n),
    touched: new Int32Array(n),
  };
  let best: Int32Array | null = null;
  let bestF = Infinity;
  let bestK = Infinity;
  const consider = (labels: Int32Array) => {
    const { f, k } = frustrationAndSides(adj, labels);
    if (better(f, k, bestF, bestK)) {
      best = labels;
      bestF = f;
      bestK = k;
    }
  };
  const identity = Array.from({ length: n }, (_, i) => i);
  const shuffled = () => {
    const order = identity.slice();
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
  for (let r = 0; r < Math.max(1, restarts); r++) {
    const labels = identity.slice();
    consider(descend(adj, Int32Array.from(labels), r === 0 ? identity : shuffled(), scratch));
  }
  // As many kicks as restarts: cheap, since each descent starts next to a local optimum.
  for (let r = 0; r < restarts; r++) {
    const labels = Int32Array.from(best!);
    const v = Math.floor(random() * n);
    const fresh = firstUnused(labels);
    labels[v] = fresh;
    for (let e = adj.start[v]!; e < adj.start[v + 1]!; e++) {
      if (adj.wt[e]! > 0) labels[adj.nbr[e]!] = fresh;
    }
    consider(descend(adj, labels, shuffled(), scratch));
  }
  return best!;
}

/** The lowest label 0 … n − 1 no actor has (one always exists when a side has two members). */
function firstUnused(labels: Int32Array): number {
  const used = new Uint8Array(labels.length + 1);
  for (const s of labels) used[s] = 1;
  return used.indexOf(0);
}

/** One descent from `labels` (labels are 0 … n − 1), changed in place and returned. */
function descend(
  adj: Adjacency,
  labels: Int32Array,
  order: readonly number[],
  scratch: { pos: Float64Array; neg: Float64Array; touched: Int32Array },
): Int32Array {
  const { pos, neg, touched } = scratch;
  const n = adj.n;
  const size = new Int32Array(n);
  for (const s of labels) size[s]!++;
  const free: number[] = [];
  for (let s = n - 1; s >= 0; s--) if (size[s] === 0) free.push(s);
  let changed = true;
  while (changed) {
    changed = false;
    for (const v of order) {
      const cur = labels[v]!;
      let count = 0;
      for (let e = adj.start[v]!; e < adj.start[v + 1]!; e++) {
        const s = labels[adj.nbr[e]!]!;
        if (pos[s] === 0 && neg[s] === 0) touched[count++] = s;
        const w = adj.wt[e]!;
        if (w > 0) pos[s]! += w;
        else neg[s]! -= w;
      }
      // Cost of v on side s, less a constant: the negative weight it would sit with, minus the
      // positive weight it would no longer be apart from. A side of its own costs 0.
      const curCost = neg[cur]! - pos[cur]!;
      let target = -1;
      let targetCost = Infinity;
      for (let i = 0; i < count; i++) {
        const s = touched[i]!;
        if (s === cur) continue;
        const c = neg[s]! - pos[s]!;
        if (c < targetCost - WEIGHT_EPSILON || (c < targetCost + WEIGHT_EPSILON && s < target)) {
          target = s;
          targetCost = c;
        }
      }
      for (let i = 0; i < count; i++) pos[touched[i]!] = neg[touched[i]!] = 0;
      const alone = size[cur] === 1;
      let dest = -1;
      let destCost = curCost;
      if (target !== -1 && targetCost < destCost - WEIGHT_EPSILON) {
        dest = target;
        destCost = targetCost;
      }
      // A side of its own, only when strictly better than any existing side (one side more).
      if (!alone && 0 < destCost - WEIGHT_EPSILON) dest = free.pop()!;
      // Alone, and as well off on a neighbouring side: join it, one side fewer at no cost.
      if (dest === -1 && alone && target !== -1 && targetCost < curCost + WEIGHT_EPSILON) {
        dest = target;
      }
      if (dest === -1) continue;
      labels[v] = dest;
      size[cur]!--;
      size[dest]!++;
      if (size[cur] === 0) free.push(cur);
      changed = true;
    }
    if (mergeSides(adj, labels, size, free)) changed = true;
  }
  return labels;
}

/**
 * Joins pairs of sides whose ties across weigh more positive than negative (frustration
 * drops), or exactly as much with some positive tie across (one side fewer at no cost).
 * Each side joins at most once per call, the best gains first. True when anything was joined.
 */
function mergeSides(adj: Adjacency, labels: Int32Array, size: Int32Array, free: number[]): boolean {
  const across = new Map<number, { s: number; t: number; pos: number; neg: number }>();
  for (let v = 0; v < adj.n; v++) {
    for (let e = adj.start[v]!; e < adj.start[v + 1]!; e++) {
      const u = adj.nbr[e]!;
      if (u < v) continue;
      const s = Math.min(labels[v]!, labels[u]!);
      const t = Math.max(labels[v]!, labels[u]!);
      if (s === t) continue;
      const key = s * adj.n + t;
      let pair = across.get(key);
      if (!pair) across.set(key, (pair = { s, t, pos: 0, neg: 0 }));
      const w = adj.wt[e]!;
      if (w > 0) pair.pos += w;
      else pair.neg -= w;
    }
  }
  const candidates = [...across.values()]
    .filter((p) => p.pos - p.neg > WEIGHT_EPSILON || (p.pos - p.neg > -WEIGHT_EPSILON && p.pos > 0))
    .sort((x, y) => y.pos - y.neg - (x.pos - x.neg) || x.s - y.s || x.t - y.t);
  if (candidates.length === 0) return false;
  const into = new Map<number, number>();
  const used = new Set<number>();
  for (const { s, t } of candidates) {
    if (used.has(s) || used.has(t)) continue;
    used.add(s).add(t);
    into.set(t, s);
  }
  for (let v = 0; v < adj.n; v++) {
    const s = into.get(labels[v]!);
    if (s !== undefined) {
      size[labels[v]!]!--;
      size[s]!++;
      labels[v] = s;
    }
  }
  for (const t of into.keys()) free.push(t);
  return true;
}

/**
 * Exact search, or null when the budget runs out: the labels of a partition with the least
 * frustration and, among those, the fewest sides each held together by cooperation.
 *
 * It searches the set F of ties to go against the sides, not the actors' sides. Given F, the
 * sides are the pieces the positive ties outside F hold together; that partition frustrates
 * at most the weight of F, and exactly that when F is as light as it can be. Every partition
 * whose sides are held together by cooperation arises this way from its own frustrated ties,
 * so the lightest F give exactly the best such partitions, and counting their pieces gives
 * their number of sides. Sides have no labels here, so there is no renumbering to break, and
 * the search is as deep as the number of frustrated ties (few in an article), not the number
 * of actors.
 *
 * A set F is not yet enough while some negative tie outside F joins two actors that positive
 * ties outside F still connect: the shortest such path and that negative tie make a cycle with
 * exactly one negative tie, and F must take one of its ties. The search branches on them in
 * turn, the negative tie first and then along the path; branch j takes tie j and keeps ties
 * 1 … j − 1 for good, so no F is met twice. A branch is cut when the weight taken so far plus a
 * lower bound on what is still needed exceeds the best frustration found (the local search's,
 * to begin with). The bound is a packing of such cycles that share no weight (see
 * `cyclePacking`).
 * Branches are searched in a fixed order set by the ties alone, and among equally good
 * partitions the first met is kept.
 *
 * `budget` counts ties looked at (in searches for pieces and paths); the default, 5,000,000, is
 * about a tenth of a second of one core.
 */
function exactPart(
  n: number,
  ties: readonly IndexTie[],
  upperBound: number,
  budget: number,
): Int32Array | null {
  const m = ties.length;
  const adj = adjacency(n, ties);
  const slotTie = tieOfSlot(n, ties, adj);
  const taken = new Uint8Array(m); // in F
  const kept = new Uint8Array(m); // never to be taken in this branch
  const negatives = ties.flatMap((t, i) => (t.w < 0 ? [i] : []));
  const component = new Int32Array(n);
  const via = new Int32Array(n); // the tie a path search reached each actor by
  const seen = new Int32Array(n); // === stamp when the current path search has reached it
  let stamp = 0;
  const queue = new Int32Array(n);
  const left = new Float64Array(m);
  let work = 0;
  let bestF = upperBound;
  let bestK = Infinity;
  let best: Int32Array | null = null;

  /** Labels actors by the pieces that positive ties outside F hold together; returns the count. */
  const pieces = (): number => {
    component.fill(-1);
    work += n + adj.nbr.length;
    let count = 0;
    for (let s = 0; s < n; s++) {
      if (component[s] !== -1) continue;
      component[s] = count;
      let tail = 0;
      queue[tail++] = s;
      for (let head = 0; head < tail; head++) {
        const v = queue[head]!;
        for (let e = adj.start[v]!; e < adj.start[v + 1]!; e++) {
          const u = adj.nbr[e]!;
          if (adj.wt[e]! > 0 && !taken[slotTie[e]!] && component[u] === -1) {
            component[u] = count;
            queue[tail++] = u;
          }
        }
      }
      count++;
    }
    return count;
  };

  /**
   * The shortest path of positive ties outside F from `from` to `to` (with weight left on
   * them, when `residual`), as tie indices from `to` back to `from`; null if there is none.
   */
  const path = (from: number, to: number, residual: boolean): number[] | null => {
    stamp++;
    seen[from] = stamp;
    let tail = 0;
    queue[tail++] = from;
    for (let head = 0; head < tail && seen[to] !== stamp; head++) {
      const v = queue[head]!;
      work += adj.start[v + 1]! - adj.start[v]!;
      for (let e = adj.start[v]!; e < adj.start[v + 1]!; e++) {
        const u = adj.nbr[e]!;
        const t = slotTie[e]!;
        if (seen[u] === stamp || adj.wt[e]! < 0 || taken[t]) continue;
        if (residual && !(left[t]! > WEIGHT_EPSILON)) continue;
        seen[u] = stamp;
        via[u] = t;
        queue[tail++] = u;
      }
    }
    if (seen[to] !== stamp) return null;
    const out: number[] = [];
    for (let v = to; v !== from;) {
      const t = via[v]!;
      out.push(t);
      v = ties[t]!.a === v ? ties[t]!.b : ties[t]!.a;
    }
    return out;
  };

  /**
   * A lower bound on the weight F still needs: cycles with one negative tie that share no
   * weight, each counted at the least weight left on its takeable ties. A cycle with nothing
   * left to take makes the branch hopeless (Infinity). This is a feasible solution of the dual
   * of the covering problem, so it never exceeds what is needed.
   */
  const cyclePacking = (): number => {
    work += m;
    for (let t = 0; t < m; t++) left[t] = kept[t] ? Infinity : Math.abs(ties[t]!.w);
    let total = 0;
    for (const t of negatives) {
      if (taken[t]) continue;
      const { a, b } = ties[t]!;
      if (component[a] !== component[b]) continue;
      while (kept[t] || left[t]! > WEIGHT_EPSILON) {
        const cycle = path(a, b, true);
        if (!cycle) break;
        cycle.push(t);
        let least = Infinity;
        for (const u of cycle) least = Math.min(least, left[u]!);
        if (least === Infinity) return Infinity;
        for (const u of cycle) left[u]! -= least;
        total += least;
      }
    }
    return total;
  };

  const search = (cost: number): boolean => {
    if (work > budget) return false;
    const k = pieces();
    // The first negative tie inside a piece, with the shortest positive path across it.
    let cycle: number[] | null = null;
    for (const t of negatives) {
      const { a, b } = ties[t]!;
      if (!taken[t] && component[a] === component[b]) {
        cycle = [t, ...path(a, b, false)!.reverse()];
        break;
      }
    }
    if (!cycle) {
      // Enough: the pieces are sides. A leaf reached by taking more than it needed is scored by
      // what its partition really frustrates (the lighter set is met on its own branch too).
      let f = 0;
      work += m;
      for (let t = 0; t < m; t++) {
        const { a, b, w } = ties[t]!;
        if ((component[a] === component[b]) !== w > 0) f += Math.abs(w);
      }
      if (better(f, k, bestF, bestK)) {
        bestF = f;
        bestK = k;
        best = component.slice();
      }
      return true;
    }
    if (cost + cyclePacking() > bestF + WEIGHT_EPSILON) return true;
    const keptHere: number[] = [];
    for (const t of cycle) {
      if (kept[t]) continue;
      taken[t] = 1;
      const ok = search(cost + Math.abs(ties[t]!.w));
      taken[t] = 0;
      if (!ok) break;
      kept[t] = 1;
      keptHere.push(t);
    }
    for (const t of keptHere) kept[t] = 0;
    return work <= budget;
  };
  if (!search(0)) return null;
  return best;
}

/** For each adjacency slot, the index of its tie in `ties` (adjacency fills slots in tie order). */
function tieOfSlot(n: number, ties: readonly IndexTie[], adj: Adjacency): Int32Array {
  const slotTie = new Int32Array(adj.nbr.length);
  const fill = adj.start.slice(0, n);
  ties.forEach((t, i) => {
    slotTie[fill[t.a]!++] = i;
    slotTie[fill[t.b]!++] = i;
  });
  return slotTie;
}

/**
 * Splits each side into the pieces its positive ties connect, numbered 0 … count − 1 in order
 * of each piece's lowest actor index. Actors labelled −1 (no side) stay −1.
 */
function splitByCooperation(
  adj: Adjacency,
  labels: Int32Array,
): { labels: Int32Array; count: number } {
  const out = new Int32Array(adj.n).fill(-1);
  let count = 0;
  for (let s = 0; s < adj.n; s++) {
    if (out[s] !== -1 || labels[s]! < 0) continue;
    out[s] = count;
    const stack = [s];
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (let e = adj.start[v]!; e < adj.start[v + 1]!; e++) {
        const u = adj.nbr[e]!;
        if (adj.wt[e]! > 0 && out[u] === -1 && labels[u] === labels[v]) {
          out[u] = count;
          stack.push(u);
        }
      }
    }
    count++;
  }
  return { labels: out, count };
}
