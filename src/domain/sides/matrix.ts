import type { StanceOrNone } from "../filters.ts";
import { ATTRIBUTIONS, STANCES, type Attribution, type Stance } from "../vocabulary.ts";
import { sourcingOf, type Reading } from "./reading.ts";
import type { SidesResult } from "./sides.ts";
import {
  actorRelations,
  byCodeUnit,
  type SidesInput,
  type SignedGraphOptions,
} from "./signedGraph.ts";

/**
 * The alliance matrix: every actor against every other, each cell saying how the article
 * shows the two relate under a reading (docs/ARCHITECTURE.md, "Sides"). Rows and columns come
 * in the sides' order, so a side is a block on the diagonal; the relations behind each cell are
 * kept, so the reader can be shown their quotes.
 */

/**
 * What a pair's relations say together: the stance of its signed relations, `mixed` when some
 * cooperate and some oppose, `neutral` when none is signed but one is neutral, `none` when no
 * relation between them has a stance. A signed relation outweighs a neutral or unstanced one
 * beside it ("president of" says nothing against "urges cooperation").
 */
export type PairStance = Stance | "mixed" | "none";

/**
 * How the article sources a pair's relations: all as fact, all as claims, all from linked
 * headlines, or in more than one of these ways ("both").
 */
export type PairSourcing = "fact" | "claim" | "linked-headline" | "both";

/** A relation's line as the pair's sourcing counts it: a hedged claim is a claim. */
const PAIR_KIND: Readonly<Record<Attribution, Exclude<PairSourcing, "both">>> = {
  fact: "fact",
  claim: "claim",
  hedged: "claim",
  "linked-headline": "linked-headline",
};

/** One kind of relation in a cell: its stance and how it is sourced, as the canvas draws it. */
export interface MatrixMark {
  readonly stance: StanceOrNone;
  readonly attribution: Attribution;
}

/** Two actors and every relation the reading admits between them, in either direction. */
export interface MatrixCell {
  /** The pair, `a` < `b` in code-unit order: a cell is the same from either side. */
  readonly a: string;
  readonly b: string;
  /** Ids of the relations between them, in code-unit order (at least one). */
  readonly relations: readonly string[];
  readonly stance: PairStance;
  readonly sourcing: PairSourcing;
  /** Whether any of the claims is hedged. */
  readonly hedged: boolean;
  /** Who claims the claimed ones, in code-unit order of id. */
  readonly claimedBy: readonly string[];
  /** Each kind of relation present once, by stance then sourcing (the legend's order). */
  readonly marks: readonly MatrixMark[];
}

/** A block of rows and columns: one side's members, or the actors no side holds. */
export interface MatrixGroup {
  /** The side's index in `SidesResult.sides`; null for the actors the article does not place. */
  readonly side: number | null;
  /** Member ids in the side's own order (most central first); unplaced ones by label. */
  readonly members: readonly string[];
}

/** How the matrix is built: the sides' options, and how the unplaced actors are ordered. */
export interface MatrixOptions extends SignedGraphOptions {
  /**
   * Actors' labels: the unplaced actors, who have no centrality to be ordered by, come in the
   * order of their labels (then ids), so a reader finds one like a name in an index. By id
   * when not given.
   */
  readonly labelOf?: (id: string) => string;
}

export interface AllianceMatrix {
  readonly reading: Reading;
  /** The sides in their order, then the unplaced actors (when there are any). */
  readonly groups: readonly MatrixGroup[];
  /** Every actor, group by group: the rows, and the columns, in order. */
  readonly actors: readonly string[];
  /** The cells that hold a relation, by `pairKey`. A pair without one has no cell. */
  readonly cells: ReadonlyMap<string, MatrixCell>;
}

/**
 * The key of an unordered pair. Ids may contain any character, so no separator is safe: the
 * key is the JSON of the pair in code-unit order.
 *
 * @example pairKey("venezuela", "russia") === pairKey("russia", "venezuela") // true
 */
export function pairKey(x: string, y: string): string {
  return JSON.stringify(x < y ? [x, y] : [y, x]);
}

/**
 * The cell of two actors, in either order; undefined when nothing relates them (or x is y).
 *
 * @example matrixCell(matrix, "russia", "venezuela")?.stance // "cooperation"
 */
export function matrixCell(matrix: AllianceMatrix, x: string, y: string): MatrixCell | undefined {
  return matrix.cells.get(pairKey(x, y));
}

const STANCE_ORDER: readonly StanceOrNone[] = [...STANCES, "none"];

/** The pair's stance from the stances of its relations (see `PairStance`). */
export function pairStance(stances: ReadonlySet<StanceOrNone>): PairStance {
  const cooperation = stances.has("cooperation");
  const opposition = stances.has("opposition");
  if (cooperation && opposition) return "mixed";
  if (cooperation) return "cooperation";
  if (opposition) return "opposition";
  return stances.has("neutral") ? "neutral" : "none";
}

/**
 * The matrix of a graph's actors under the reading its sides were drawn with: the same actors,
 * the same relations (`actorRelations`, stanced or not), grouped by those sides. `options`
 * must be the ones the sides were found with (the actor types).
 *
 * @example
 * const sides = findSides(doc, EVERYTHING);
 * const matrix = allianceMatrix(doc, sides);
 * matrixCell(matrix, "russia", "venezuela")?.relations.length // 2
 */
export function allianceMatrix(
  input: SidesInput,
  sides: SidesResult,
  options: MatrixOptions = {},
): AllianceMatrix {
  const groups: MatrixGroup[] = sides.sides.map((side) => ({
    side: side.index,
    members: side.members,
  }));
  if (sides.unplaced.length > 0) {
    const { labelOf } = options;
    // A fixed collation, not the browser's locale: the same order everywhere.
    const collator = new Intl.Collator("en");
    const members = labelOf
      ? [...sides.unplaced].sort(
          (x, y) => collator.compare(labelOf(x), labelOf(y)) || byCodeUnit(x, y),
        )
      : sides.unplaced;
    groups.push({ side: null, members });
  }

  const found = new Map<
    string,
    { a: string; b: string; relations: string[]; marks: Set<string>; claimedBy: Set<string> }
  >();
  for (const { edge } of actorRelations(input, sides.reading, options)) {
    const key = pairKey(edge.source, edge.target);
    let pair = found.get(key);
    if (!pair) {
      const [a, b] = JSON.parse(key) as [string, string];
      pair = { a, b, relations: [], marks: new Set(), claimedBy: new Set() };
      found.set(key, pair);
    }
    const sourcing = sourcingOf(edge);
    const attribution: Attribution =
      sourcing.kind === "claim" ? (sourcing.hedged ? "hedged" : "claim") : sourcing.kind;
    pair.relations.push(edge.id);
    pair.marks.add(JSON.stringify([edge.stance ?? "none", attribution]));
    if (sourcing.kind === "claim") pair.claimedBy.add(sourcing.by);
  }

  const cells = new Map<string, MatrixCell>();
  for (const [key, pair] of found) {
    const marks = [...pair.marks]
      .map((m) => {
        const [stance, attribution] = JSON.parse(m) as [StanceOrNone, Attribution];
        return { stance, attribution };
      })
      .sort(
        (x, y) =>
          STANCE_ORDER.indexOf(x.stance) - STANCE_ORDER.indexOf(y.stance) ||
          ATTRIBUTIONS.indexOf(x.attribution) - ATTRIBUTIONS.indexOf(y.attribution),
      );
    const kinds = new Set(marks.map((m) => PAIR_KIND[m.attribution]));
    cells.set(key, {
      a: pair.a,
      b: pair.b,
      relations: pair.relations.sort(byCodeUnit),
      stance: pairStance(new Set(marks.map((m) => m.stance))),
      sourcing: kinds.size > 1 ? "both" : [...kinds][0]!,
      hedged: marks.some((m) => m.attribution === "hedged"),
      claimedBy: [...pair.claimedBy].sort(byCodeUnit),
      marks,
    });
  }
  return {
    reading: sides.reading,
    groups,
    actors: groups.flatMap((g) => g.members),
    cells,
  };
}
