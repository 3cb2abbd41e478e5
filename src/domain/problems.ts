import type { z } from "zod";

/**
 * A problem found in a document, an annotation or a manifest: where (a JSON path such as
 * `edges[3].target`) and what, in a plain sentence. Problems are collected, never thrown one
 * at a time, so a reader sees everything that is wrong at once.
 */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** `edges[3].target: "nato-x" is not a node id` */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

/** Turns `["edges", 3, "target"]` into `edges[3].target`; the empty path is `(document)`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(document)" : out;
}

/** Shortens a string for a message, keeping it readable. */
export function excerpt(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, " ");
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/**
 * The registry of messages. Each names the offending value and, where it helps, how to fix it.
 */
export const MESSAGES = {
  duplicateId: (kind: string, id: string, firstPath: string) =>
    `${kind} id "${id}" is used more than once (first at ${firstPath}); ids must be unique`,
  edgeIdIsNodeId: (id: string, nodePath: string) =>
    `"${id}" is already a node's id (${nodePath}); nodes and edges share one set of ids`,
  notANode: (id: string) => `"${id}" is not a node id`,
  notASource: (id: string) => `"${id}" is not a source id`,
  offsetsOutsideText: (start: number, end: number, length: number, sourceId: string) =>
    `offsets ${start}–${end} fall outside source "${sourceId}" (${length} code points long)`,
  endBeforeStart: (start: number, end: number) =>
    `end (${end}) must be greater than start (${start})`,
  quoteMismatch: (exact: string, found: string) =>
    `quote ${excerpt(exact)} does not match the source text at its offsets, which reads ${excerpt(found)}`,
  prefixMismatch: (found: string) =>
    `prefix does not match the source text just before the quote, which reads ${excerpt(found)}`,
  notOnLinkedHeadline: (exact: string, leadIns: readonly string[]) =>
    `quote ${excerpt(exact)} is marked as from a linked headline but does not lie within one line led by ${leadIns.map((l) => `"${l}:"`).join(", ")}`,
  unmarkedLinkedHeadline: (quote: string) =>
    `${quote} lies on a linked headline ("Read more: …"), the headline of another article; write it as { "exact": …, "origin": "linked-headline" }`,
  suffixMismatch: (found: string) =>
    `suffix does not match the source text just after the quote, which reads ${excerpt(found)}`,
} as const;

/** What a value is, for a message: `an array`, `number 2`, `the string "x"`, `null`. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${excerpt(value, 30)}`;
  if (value === undefined) return "nothing";
  return `${typeof value} ${String(value)}`;
}

function article(expected: string): string {
  if (expected === "object") return "an object";
  if (expected === "array") return "an array";
  if (expected === "int") return "a whole number";
  return `a ${expected}`;
}

/** A zod issue as a plain sentence, with the JSON path of the offending value. */
export function problemFromZodIssue(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = jsonPath(issue.path);
  const value = valueAt(input, issue.path);
  const message = ((): string => {
    switch (issue.code) {
      case "invalid_type":
        return value === undefined
          ? `is missing; expected ${article(issue.expected)}`
          : `must be ${article(issue.expected)}, not ${describeType(value)}`;
      case "invalid_value":
        if (value === undefined) {
          return `is missing; expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
        }
        return issue.values.length === 1
          ? `must be ${JSON.stringify(issue.values[0])}, not ${describeType(value)}`
          : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, not ${describeType(value)}`;
      case "too_small":
        if (issue.origin === "array")
          return `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`;
        if (issue.origin === "string") return "must not be empty";
        return `must be at least ${String(issue.minimum)}, not ${describeType(value)}`;
      case "too_big":
        return `must be at most ${String(issue.maximum)}`;
      case "invalid_format":
        return `${describeType(value)} is not in the expected format (${issue.format === "regex" ? formatHint(issue.path) : issue.format})`;
      default:
        return issue.message;
    }
  })();
  return { path, message };
}

function formatHint(path: readonly PropertyKey[]): string {
  const key = path[path.length - 1];
  if (key === "id") return "lower-case letters, digits and hyphens";
  if (key === "relation") return "snake_case, e.g. member_of";
  if (key === "date" || key === "published") return "ISO 8601 date such as 2023-08-15";
  return "see the JSON Schema";
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
