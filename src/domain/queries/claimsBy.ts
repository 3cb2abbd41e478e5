import type { GraphEdge } from "../schema.ts";
import { asDescribedBy, readingAdmits, sourcingOf, type Sourcing } from "../sides/reading.ts";

/** One relation a node asserts, and which of its quotes to show for it. */
export interface ClaimBy<E extends GraphEdge = GraphEdge> {
  readonly edge: E;
  /** How the source stands behind it: a claim by the speaker, plain or hedged. */
  readonly sourcing: Sourcing;
  /**
   * Whether the speaker is one of the relation's ends. Most of what a speaker asserts is
   * about others ("Western states plan on integrating NATO forces with AUKUS"), and such a
   * claim is not among the speaker's relations.
   */
  readonly touchesSpeaker: boolean;
  /**
   * Indexes into `edge.evidence` of the quotes to show, in document order: the speaker's own
   * words when the source quotes them, otherwise every quote (the source's report of what the
   * speaker said).
   */
  readonly quotes: readonly number[];
  /** True when `quotes` are the speaker's own words. */
  readonly inOwnWords: boolean;
}

/**
 * Every relation whose sourcing is a claim by `speaker`, in document order, whether or not the
 * speaker is one of its ends. "A claim by" is decided by the sides' reading "as the speaker
 * describes it" (`readingAdmits` on `sourcingOf`), so the Details panel and the Sides tab
 * count the same relations, and a new kind of sourcing reaches both from one place.
 *
 * @example
 * claimsBy(doc, "vladimir-putin").map((c) => c.edge.id)
 * // ["putin-urges-cooperation-among-participating-states", "western-states-plan-to-integrate-nato", …]
 */
export function claimsBy<E extends GraphEdge>(
  doc: { readonly edges: readonly E[] },
  speaker: string,
): ClaimBy<E>[] {
  const reading = asDescribedBy(speaker);
  const claims: ClaimBy<E>[] = [];
  for (const edge of doc.edges) {
    const sourcing = sourcingOf(edge);
    if (!readingAdmits(reading, sourcing)) continue;
    const own = edge.evidence.flatMap((ev, i) => (ev.speaker === speaker ? [i] : []));
    claims.push({
      edge,
      sourcing,
      touchesSpeaker: edge.source === speaker || edge.target === speaker,
      quotes: own.length > 0 ? own : edge.evidence.map((_, i) => i),
      inOwnWords: own.length > 0,
    });
  }
  return claims;
}
