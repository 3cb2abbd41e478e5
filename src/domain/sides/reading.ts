import type { Evidence, GraphEdge } from "../schema.ts";

/**
 * "According to whom" the sides are drawn. A reading chooses which relations count:
 *
 * - `everything`: every relation the graph holds, whoever asserts it;
 * - `facts`: only what the source reports as fact (relations without a `claim`);
 * - `speaker`: only what one node asserts ("as Putin describes it"): relations whose `claim.by`
 *   is that node, hedged or not.
 */
export type Reading =
  | { readonly kind: "everything" }
  | { readonly kind: "facts" }
  | { readonly kind: "speaker"; readonly by: string };

/** Every relation counts. */
export const EVERYTHING: Reading = { kind: "everything" };
/** Only relations the source reports as fact. */
export const FACTS: Reading = { kind: "facts" };

/**
 * The reading "as `by` describes it": only the relations that node claims.
 *
 * @example asDescribedBy("vladimir-putin") // { kind: "speaker", by: "vladimir-putin" }
 */
export function asDescribedBy(by: string): Reading {
  return { kind: "speaker", by };
}

/**
 * How the source stands behind a relation. The one place that reads an edge's sourcing fields
 * (its `claim`, and its evidence's `origin`), so a new kind of sourcing is one more variant
 * here, one more line in `sourcingOf`, and a case the compiler then asks for in
 * `readingAdmits`, `sourcingWeight` and every other switch over it.
 *
 * - `fact`: the article reports it in its own voice;
 * - `claim`: the article reports it as someone's statement, perhaps hedged by them;
 * - `linked-headline`: every quote behind it is the headline of another article the source
 *   links to ("Read more: …"). The article does not report it at all, so it is never a fact,
 *   and it is nobody's claim in this article either.
 */
export type Sourcing =
  | { readonly kind: "fact" }
  | { readonly kind: "claim"; readonly by: string; readonly hedged: boolean }
  | { readonly kind: "linked-headline" };

/** What `sourcingOf` reads of an edge: its claim and, when it has quotes, their origins. */
export type SourcedEdge = Pick<GraphEdge, "claim"> & {
  readonly evidence?: readonly Pick<Evidence, "origin">[];
};

/**
 * How the source stands behind an edge: from linked headlines only, someone's (possibly
 * hedged) claim, or reported as fact.
 *
 * Linked headlines come first: an edge none of whose quotes is the article's own text rests on
 * another article, whatever its `claim` says. One quote from the article itself is enough for
 * the article to report the relation, and then its `claim` decides. An edge without quotes (a
 * graph from another tool) has nothing to say it comes from a headline.
 *
 * @example sourcingOf({ claim: { by: "vladimir-putin", hedged: true } })
 * // { kind: "claim", by: "vladimir-putin", hedged: true }
 * @example sourcingOf({ evidence: [{ origin: "linked-headline" }] }) // { kind: "linked-headline" }
 */
export function sourcingOf(edge: SourcedEdge): Sourcing {
  const evidence = edge.evidence ?? [];
  if (evidence.length > 0 && evidence.every((ev) => ev.origin === "linked-headline")) {
    return { kind: "linked-headline" };
  }
  if (!edge.claim) return { kind: "fact" };
  return { kind: "claim", by: edge.claim.by, hedged: edge.claim.hedged === true };
}

/**
 * Whether a relation sourced this way counts under the reading. A linked headline counts only
 * when everything does: it is not reported fact, and no speaker in the article claims it.
 *
 * @example readingAdmits(FACTS, { kind: "claim", by: "x", hedged: false }) // false
 * @example readingAdmits(FACTS, { kind: "linked-headline" }) // false
 */
export function readingAdmits(reading: Reading, sourcing: Sourcing): boolean {
  switch (reading.kind) {
    case "everything":
      return true;
    case "facts":
      return sourcing.kind === "fact";
    case "speaker":
      return sourcing.kind === "claim" && sourcing.by === reading.by;
  }
}

/** What the sourcings that count for less than a fact weigh (see `sourcingWeight`). */
export interface SourcingWeights {
  /** A hedged claim. */
  readonly hedged: number;
  /** A relation that rests only on linked headlines. */
  readonly linkedHeadline: number;
}

/**
 * How much a relation sourced this way weighs, before its sign: 1 for a fact or a plain claim,
 * `weights.hedged` for a hedged claim, `weights.linkedHeadline` for a linked headline.
 *
 * A hedged claim ("we do not rule out …") is the speaker's own statement that they are not
 * sure, so it should count for less than one they stand behind, but not for nothing. Half is
 * the simplest such weight: one plain statement the other way outweighs it, and two hedged
 * ones weigh as much as a plain one. Weights that are multiples of 1/2 also add up exactly in
 * floating point, so equal frustrations compare equal.
 *
 * A linked headline is half as well for the same reasons from the other end: it is the
 * publisher's own words, so not nothing, but the compressed headline of another piece, with
 * none of that piece's attribution, hedges or context, which this article does not report or
 * stand behind. One relation the article reports the other way outweighs it.
 *
 * @example sourcingWeight({ kind: "claim", by: "x", hedged: true }, { hedged: 0.5, linkedHeadline: 0.5 }) // 0.5
 */
export function sourcingWeight(sourcing: Sourcing, weights: SourcingWeights): number {
  switch (sourcing.kind) {
    case "fact":
      return 1;
    case "claim":
      return sourcing.hedged ? weights.hedged : 1;
    case "linked-headline":
      return weights.linkedHeadline;
  }
}
