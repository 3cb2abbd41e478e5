import type { ShownNodeType } from "../vocabulary.ts";

/**
 * How the fields of another tool's graph become Quotegraph's: text, node types, relation names,
 * attribute values and ids. Pure functions of one value each.
 */

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A field the object has itself: never one inherited from `Object.prototype` ("constructor"). */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * A value as a label or a name: a string with something besides whitespace, as it is, or a
 * number or boolean written out; anything else is no text.
 */
export function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** An element id as Cytoscape.js takes it: a non-empty string, or a number written out. */
export function idText(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The longest attribute value kept, in UTF-16 units; a whole table in one cell helps no one. */
export const MAX_ATTRIBUTE_LENGTH = 500;

/**
 * A data field's value as text: strings as they are, numbers and booleans written out, objects,
 * arrays and null as JSON; cut to MAX_ATTRIBUTE_LENGTH with "…", never through an emoji.
 */
export function attributeText(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  if (text.length <= MAX_ATTRIBUTE_LENGTH) return text;
  let cut = MAX_ATTRIBUTE_LENGTH - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * The words other tools use for Quotegraph's node types (compared in lower case). Only clear
 * synonyms: a plural or a loose category ("people", "group") is not guessed at.
 */
const NODE_TYPE_WORDS: ReadonlyMap<string, ShownNodeType> = new Map([
  ["country", "country"],
  ["state", "country"],
  ["nation", "country"],
  ["organisation", "organisation"],
  ["organization", "organisation"],
  ["org", "organisation"],
  ["person", "person"],
  ["agreement", "agreement"],
  ["event", "event"],
  ["other", "other"],
]);

/** The node type a value names, or undefined when it names none of ours. */
export function nodeTypeOf(value: unknown): ShownNodeType | undefined {
  return typeof value === "string" ? NODE_TYPE_WORDS.get(value.trim().toLowerCase()) : undefined;
}

/** The relation pattern of schema v1 (`EdgeSchema.relation`). */
const RELATION = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * A relation name in snake_case made from another tool's words: accents dropped, camelCase
 * split, every run of other characters one "_", "r_" before a leading digit. Undefined when
 * nothing of the words is left (e.g. text in a script without Latin letters).
 *
 * @example relationName("Member of") // "member_of"
 * @example relationName("interactsWith") // "interacts_with"
 * @example relationName("2-hop") // "r_2_hop"
 */
export function relationName(words: string): string | undefined {
  const snake = words
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const name = /^[0-9]/.test(snake) ? `r_${snake}` : snake;
  return RELATION.test(name) ? name : undefined;
}

/** The longest graph id made from a name; ids end up in addresses and file names. */
const MAX_SLUG_LENGTH = 60;

/**
 * A graph id ([a-z0-9-]) made from a name, or undefined when nothing of it is left.
 *
 * @example slugOf("Party network (v2).cyjs") // "party-network-v2-cyjs"
 */
export function slugOf(name: string): string | undefined {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
  return slug === "" ? undefined : slug;
}

/** A file name without its folder and its last extension: "graphs/party.cyjs" → "party". */
export function baseNameOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? "";
  return name.replace(/\.[^.]*$/, "");
}
