import type { GraphEdge } from "../schema.ts";

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
 * How the source stands behind a relation. The one place that reads an edge's sourcing fields,
 * so a new kind of sourcing (say, a relation quoted from a linked headline, which is never
 * reported fact) is one more variant here, one more line in `sourcingOf`, and a case the
 * compiler then asks for in `readingAdmits` and `sourcingWeight`.
 */
export type Sourcing =
  | { readonly kind: "fact" }
  | { readonly kind: "claim"; readonly by: string; readonly hedged: boolean };

/**
 * How the source stands behind an edge: reported as fact, or someone's (possibly hedged) claim.
 *
 * @example sourcingOf({ claim: { by: "vladimir-putin", hedged: true } })
 * // { kind: "claim", by: "vladimir-putin", hedged: true }
 */
export function sourcingOf(edge: Pick<GraphEdge, "claim">): Sourcing {
  if (!edge.claim) return { kind: "fact" };
  return { kind: "claim", by: edge.claim.by, hedged: edge.claim.hedged === true };
}

/**
 * Whether a relation sourced this way counts under the reading.
 *
 * @example readingAdmits(FACTS, { kind: "claim", by: "x", hedged: false }) // false
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

/**
 * How much a relation sourced this way weighs, before its sign: 1 for a fact or a plain claim,
 * `hedgedWeight` for a hedged claim.
 *
 * A hedged claim ("we do not rule out …") is the speaker's own statement that they are not
 * sure, so it should count for less than one they stand behind, but not for nothing. Half is
 * the simplest such weight: one plain statement the other way outweighs it, and two hedged
 * ones weigh as much as a plain one. Weights that are multiples of 1/2 also add up exactly in
 * floating point, so equal frustrations compare equal.
 *
 * @example sourcingWeight({ kind: "claim", by: "x", hedged: true }, 0.5) // 0.5
 */
export function sourcingWeight(sourcing: Sourcing, hedgedWeight: number): number {
  switch (sourcing.kind) {
    case "fact":
      return 1;
    case "claim":
      return sourcing.hedged ? hedgedWeight : 1;
  }
}
