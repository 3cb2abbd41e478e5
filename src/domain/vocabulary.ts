/**
 * The product's word lists. Each `as const` array is the single source for its union type,
 * the legend order and (later) the filter chips.
 */

/** What a node stands for. The order is the legend's order. */
export const NODE_TYPES = ["country", "organisation", "person", "agreement", "event"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * The node types the app can show: schema v1's, and "other" for a node of a graph opened from
 * another tool whose type is none of ours. A v1 document never has "other".
 */
export const SHOWN_NODE_TYPES = [...NODE_TYPES, "other"] as const;
export type ShownNodeType = (typeof SHOWN_NODE_TYPES)[number];

/** How the article shows two parties relate, when it shows it at all. */
export const STANCES = ["cooperation", "opposition", "neutral"] as const;
export type Stance = (typeof STANCES)[number];

/**
 * Where in its source a quote stands, when that is not the source's own reporting. Only one so
 * far: "linked-headline", the headline of another article that this one links to ("Read more:
 * China's Defense Minister to visit Russia, …"). Such words are the source's text, so they are
 * quoted like any other, but they are not this article's reporting.
 */
export const EVIDENCE_ORIGINS = ["linked-headline"] as const;
export type EvidenceOrigin = (typeof EVIDENCE_ORIGINS)[number];

/**
 * How an edge is sourced: reported by the article as fact, attributed to a speaker as their
 * claim, attributed and hedged by the speaker ("we do not rule out …"), or resting only on
 * linked headlines (every quote's `origin` is "linked-headline"), which the article does not
 * report at all.
 */
export const ATTRIBUTIONS = ["fact", "claim", "hedged", "linked-headline"] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/** The only schema version this app reads and writes. */
export const SCHEMA_VERSION = 1;

/** The layouts a reader can choose; "preset" is the one computed at build time. */
export const LAYOUTS = ["preset", "fcose", "concentric", "circle", "grid"] as const;
export type LayoutName = (typeof LAYOUTS)[number];
