import { describeType } from "../problems.ts";
import { NODE_TYPES, SCHEMA_VERSION } from "../vocabulary.ts";

/**
 * The messages a reader sees when a file they open cannot be shown, and the notes shown with a
 * graph from another tool. Problems about the file as a whole have the file name as their path
 * ("party.json: is empty"); problems inside it have a JSON path, as in `MESSAGES`.
 */

const MB = 1024 * 1024;

/**
 * A size in MB with one decimal, rounded up, so a file just over the limit never reads as the
 * limit itself ("50.1 MB", not "50.0 MB").
 */
function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;
}

export const OPEN_MESSAGES = {
  tooLarge: (bytes: number, limit: number) =>
    `is ${megabytes(bytes)}; the limit is ${String(limit / MB)} MB`,
  empty: "is empty",
  binary: "is not a text file (it looks binary); a graph file is JSON text",
  notUtf8:
    "is not UTF-8 text (it may be in another encoding, such as Windows-1252); a graph file is UTF-8 JSON text",
  utf16: "is UTF-16 text; a graph file must be UTF-8 (save it as UTF-8 and open it again)",
  cutOff: "ends too early: the file looks cut off",
  notJson: (line: number, column: number, reason: string) =>
    `is not valid JSON at line ${line}, column ${column}: ${reason}`,
  notJsonNoPosition: (reason: string) => `is not valid JSON: ${reason}`,
  tooDeep: (limit: number, line: number, column: number) =>
    `nests objects and arrays more than ${limit} levels deep (at line ${line}, column ${column}); a graph file needs far fewer`,
  notAnObject: (value: unknown) =>
    `must be a JSON object (a Quotegraph graph document or Cytoscape.js JSON) or an array of Cytoscape.js elements, not ${describeType(value)}`,
  documentInArray:
    "is an array holding a Quotegraph graph document; open the document itself, not an array of them",
  neitherFormat:
    'is neither a Quotegraph graph document (it has no "schemaVersion") nor Cytoscape.js JSON (it has no "elements")',
  newerVersion: (version: number) =>
    `schema version ${version} is newer than this app reads (version ${SCHEMA_VERSION}); open it with a newer Quotegraph`,
  olderVersion: (version: number) =>
    `schema version ${version} is older than this app reads (version ${SCHEMA_VERSION})`,
  notAVersion: (version: number) =>
    `${describeType(version)} is not a schema version; this app reads version ${SCHEMA_VERSION}`,
  elementsShape: (value: unknown) =>
    `must be an array of elements, or an object with "nodes" and "edges" arrays, not ${describeType(value)}`,
  notAnArray: (value: unknown) => `must be an array, not ${describeType(value)}`,
  notAnObjectHere: (value: unknown) => `must be an object, not ${describeType(value)}`,
  missingData: 'is missing; every element needs a "data" object',
  unknownGroup: (value: unknown) => `must be "nodes" or "edges", not ${describeType(value)}`,
  missingId: "is missing; every node needs an id",
  missingEnd: (end: "source" | "target") => `is missing; every edge needs a ${end} node id`,
  idType: (value: unknown) => `must be a string or a number, not ${describeType(value)}`,
  emptyId: "must not be empty",
  noNodes: "has no nodes, so there is nothing to show",
} as const;

/** The notes shown with a graph opened from Cytoscape.js JSON. */
export const OPEN_NOTES = {
  noQuotes:
    "This graph comes from Cytoscape.js JSON: it has no quotes, so nothing in it is backed by an article's words.",
  unplaced: (count: number) =>
    count === 1
      ? "1 node had no position and will be laid out."
      : `${count} nodes had no position and will be laid out.`,
  otherType: (count: number) =>
    count === 1
      ? `1 node has no type Quotegraph knows (${NODE_TYPES.join(", ")}); it is shown as “other”.`
      : `${count} nodes have no type Quotegraph knows (${NODE_TYPES.join(", ")}); they are shown as “other”.`,
} as const;
