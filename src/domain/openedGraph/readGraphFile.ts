import { utf8Length } from "../codePoints.ts";
import { parseGraphDocument, type ParseResult } from "../parseGraphDocument.ts";
import type { Problem } from "../problems.ts";
import type { GraphModel } from "../schema.ts";
import { checkModelAttributes } from "./checkModelAttributes.ts";
import { schemaVersionProblem } from "./checkSchemaVersion.ts";
import { isJsonObject } from "./cytoscapeFields.ts";
import { fromCytoscapeElements, fromCytoscapeJson } from "./fromCytoscapeJson.ts";
import { OPEN_MESSAGES, OPEN_NOTES } from "./messages.ts";
import { parseJsonText } from "./parseJsonText.ts";

/** The largest file the app opens; say it in the message ("… is 61.2 MB; the limit is 50 MB"). */
export const MAX_GRAPH_FILE_BYTES = 50 * 1024 * 1024;

/** A graph read from a file, ready to show. */
export interface OpenedGraph {
  /** A checked v1 document, or a converted Cytoscape.js graph. */
  readonly graph: GraphModel;
  readonly format: "quotegraph" | "cytoscape";
  /** True when at least one node had no position: the caller lays the graph out. */
  readonly needsLayout: boolean;
  /** Plain sentences worth telling the reader, e.g. that a Cytoscape.js graph has no quotes. */
  readonly notes: readonly string[];
}

/**
 * The problem for a file over the limit, for a caller that knows the size before reading the
 * file (a `File`'s size, a Content-Length), so it reads the same as when the bytes are checked.
 *
 * @example fileTooLarge("party.json", 64_172_851) // { path: "party.json", message: "is 61.2 MB; the limit is 50 MB" }
 */
export function fileTooLarge(fileName: string, bytes: number): Problem {
  return {
    path: fileLabel(fileName),
    message: OPEN_MESSAGES.tooLarge(bytes, MAX_GRAPH_FILE_BYTES),
  };
}

/**
 * Reads a file someone opened, dropped or fetched: a Quotegraph graph document (schema v1,
 * checked quote by quote) or Cytoscape.js JSON (converted, without quotes). Refuses, listing
 * every problem, a file that is too large, empty, binary, not JSON, of another schema version,
 * neither format, or wrong inside. File-level problems have the file name as their path.
 * Never throws, for any input.
 *
 * @example
 * const result = readGraphBytes(new Uint8Array(await file.arrayBuffer()), file.name);
 * if (!result.ok) result.problems.map(formatProblem); // ["party.json: is empty"]
 */
export function readGraphBytes(bytes: Uint8Array, fileName: string): ParseResult<OpenedGraph> {
  const where = fileLabel(fileName);
  // Checked before decoding, so an oversized file costs no more than its length.
  if (bytes.length > MAX_GRAPH_FILE_BYTES) {
    return { ok: false, problems: [fileTooLarge(fileName, bytes.length)] };
  }
  if (hasUtf16ByteOrderMark(bytes)) return refuse(where, OPEN_MESSAGES.utf16);
  if (bytes.includes(0)) return refuse(where, OPEN_MESSAGES.binary);
  let text: string;
  try {
    // Fatal: a byte sequence that is not UTF-8 is refused, never replaced by "�". A UTF-8 byte
    // order mark is dropped here.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // No NUL byte, so likely text in a legacy encoding rather than an image or an archive.
    return refuse(where, OPEN_MESSAGES.notUtf8);
  }
  return readDecodedText(text, fileName);
}

/**
 * `readGraphBytes` for a file already decoded to text (the size limit counts its UTF-8 bytes).
 * Never throws, for any input.
 *
 * @example readGraphText('{"elements": []}', "empty.json")
 * // { ok: false, problems: [{ path: "elements", message: "has no nodes, so there is nothing to show" }] }
 */
export function readGraphText(text: string, fileName: string): ParseResult<OpenedGraph> {
  // A UTF-16 unit is at most 3 UTF-8 bytes: only a text that might be too large is measured.
  if (text.length * 3 > MAX_GRAPH_FILE_BYTES) {
    const bytes = utf8Length(text);
    if (bytes > MAX_GRAPH_FILE_BYTES) {
      return { ok: false, problems: [fileTooLarge(fileName, bytes)] };
    }
  }
  return readDecodedText(text, fileName);
}

function readDecodedText(decoded: string, fileName: string): ParseResult<OpenedGraph> {
  const where = fileLabel(fileName);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.trim() === "") return refuse(where, OPEN_MESSAGES.empty);
  if (text.includes("\u0000")) return refuse(where, OPEN_MESSAGES.binary);
  const json = parseJsonText(text, where);
  if (!json.ok) return json;
  const value = json.value;
  if (Array.isArray(value)) {
    // A document wrapped in an array is a slip, not a list of elements: say that, not "no data".
    if (value.some((v) => isJsonObject(v) && Object.hasOwn(v, "schemaVersion"))) {
      return refuse(where, OPEN_MESSAGES.documentInArray);
    }
    // `cy.elements().jsons()` writes a bare array of elements: the `elements` of Cytoscape.js JSON.
    const converted = fromCytoscapeElements(value, fileName);
    return converted.ok ? { ok: true, value: opened(converted.value, "cytoscape") } : converted;
  }
  if (!isJsonObject(value)) return refuse(where, OPEN_MESSAGES.notAnObject(value));

  if (Object.hasOwn(value, "schemaVersion")) {
    const version = schemaVersionProblem(value.schemaVersion);
    if (version) return { ok: false, problems: [version] };
    const parsed = parseGraphDocument(value);
    if (!parsed.ok) return parsed;
    const problems = checkModelAttributes(parsed.value);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, value: opened(parsed.value, "quotegraph") };
  }
  if (Object.hasOwn(value, "elements")) {
    const converted = fromCytoscapeJson(value, fileName);
    return converted.ok ? { ok: true, value: opened(converted.value, "cytoscape") } : converted;
  }
  return refuse(where, OPEN_MESSAGES.neitherFormat);
}

function opened(graph: GraphModel, format: OpenedGraph["format"]): OpenedGraph {
  const unplaced = graph.nodes.filter((n) => !n.position).length;
  const notes: string[] = [];
  if (format === "cytoscape") {
    notes.push(OPEN_NOTES.noQuotes);
    if (unplaced > 0) notes.push(OPEN_NOTES.unplaced(unplaced));
    const other = graph.nodes.filter((n) => n.type === "other").length;
    if (other > 0) notes.push(OPEN_NOTES.otherType(other));
  }
  return { graph, format, needsLayout: unplaced > 0, notes };
}

function refuse(path: string, message: string): ParseResult<OpenedGraph> {
  return { ok: false, problems: [{ path, message }] };
}

/** The path of a file-level problem: the file's name, or a stand-in when it has none. */
function fileLabel(fileName: string): string {
  return fileName.trim() === "" ? "(file)" : fileName;
}

/** UTF-16 text starts with FF FE (little-endian) or FE FF (big-endian). */
function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}
