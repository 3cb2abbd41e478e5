import type { Attribution } from "../../domain/vocabulary.ts";
import type { StanceOrNone } from "../../domain/filters.ts";

/**
 * The legend's words, the same as the on-screen legend (src/components/Legend.tsx and
 * NODE_TYPE_NAME in describe.ts): the adapter may not import components, and an exported image
 * should read exactly like the app it came from.
 */

/**
 * Keyed by string, not by the node-type union: a type this table does not know yet (a new one in
 * the encoding) is still named in the legend, by its own word, rather than breaking the export.
 */
const NODE_TYPE_WORD: Readonly<Record<string, string>> = {
  country: "Country",
  organisation: "Organisation",
  person: "Person",
  agreement: "Agreement",
  event: "Event",
  other: "Other",
};

export function nodeTypeWord(type: string): string {
  return NODE_TYPE_WORD[type] ?? type.charAt(0).toUpperCase() + type.slice(1);
}

export const STANCE_WORD: Readonly<Record<StanceOrNone, string>> = {
  cooperation: "Cooperation",
  opposition: "Opposition",
  neutral: "Neutral",
  none: "No stance shown",
};

export const ATTRIBUTION_WORD: Readonly<Record<Attribution, string>> = {
  fact: "Reported as fact",
  claim: "Claimed by a speaker",
  hedged: "Claimed, hedged",
};

export const DIRECTION_WORD = "Direction";
