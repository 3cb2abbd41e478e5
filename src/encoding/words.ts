import type { Attribution, ShownNodeType } from "../domain/vocabulary.ts";
import type { StanceOrNone } from "../domain/filters.ts";
import type { PairSourcing, PairStance } from "../domain/sides/matrix.ts";

/**
 * The words of the visual encoding: what each mark stands for, as the on-screen legend, the
 * panels, the search list and the image-export legend all say it, so an exported image reads
 * exactly like the app it came from.
 */

export const NODE_TYPE_NAME: Readonly<Record<ShownNodeType, string>> = {
  country: "Country",
  organisation: "Organisation",
  person: "Person",
  agreement: "Agreement",
  event: "Event",
  other: "Other",
};

/**
 * A node type's name. Keyed by string, not by the node-type union: a type the table does not
 * know yet (a new one in the encoding) is still named, by its own word, rather than breaking.
 */
export function nodeTypeName(type: string): string {
  return (
    (NODE_TYPE_NAME as Readonly<Record<string, string>>)[type] ??
    type.charAt(0).toUpperCase() + type.slice(1)
  );
}

export const STANCE_NAME: Readonly<Record<StanceOrNone, string>> = {
  cooperation: "Cooperation",
  opposition: "Opposition",
  neutral: "Neutral",
  none: "No stance shown",
};

/** What a pair of actors' relations say together (the alliance matrix's cells). */
export const PAIR_STANCE_NAME: Readonly<Record<PairStance, string>> = {
  ...STANCE_NAME,
  mixed: "Mixed",
};

/** How the article sources a pair's relations, as a phrase after the stance. */
export const PAIR_SOURCING_PHRASE: Readonly<Record<PairSourcing, string>> = {
  fact: "reported as fact",
  claim: "claimed by a speaker",
  "linked-headline": "from a linked headline",
  both: "sourced more than one way",
};

export const ATTRIBUTION_NAME: Readonly<Record<Attribution, string>> = {
  fact: "Reported as fact",
  claim: "Claimed by a speaker",
  hedged: "Claimed, hedged",
  "linked-headline": "From a linked headline",
};

export const DIRECTION_NAME = "Direction";
