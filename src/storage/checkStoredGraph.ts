import { checkGraphDocument } from "../domain/checkGraphDocument.ts";
import { parseGraphDocument, type ParseResult } from "../domain/parseGraphDocument.ts";
import type { Problem } from "../domain/problems.ts";
import type { GraphDocument, GraphModel } from "../domain/schema.ts";
import { SHOWN_NODE_TYPES } from "../domain/vocabulary.ts";

/**
 * Checks a document read back from this browser's storage before it is shown, as every
 * document that enters the app is checked (docs/ARCHITECTURE.md, "Data flow"): storage can be
 * damaged, or written by a version of the app that held graphs differently. A graph with
 * quotes is checked like a file, quote by quote; one from another tool (no sources, no quotes)
 * for the shape the app draws and for its ids and references. Never throws.
 *
 * @example checkStoredGraph(await records.document(id), "My graphs “Trade partners”")
 */
export function checkStoredGraph(value: unknown, where: string): ParseResult<GraphModel> {
  const refuse = (...problems: Problem[]): ParseResult<GraphModel> => ({ ok: false, problems });
  if (
    !isObject(value) ||
    !Array.isArray(value.sources) ||
    !Array.isArray(value.nodes) ||
    !Array.isArray(value.edges)
  ) {
    return refuse({ path: where, message: "is not a graph as this app keeps them" });
  }
  if (value.sources.length > 0) return parseGraphDocument(value);

  const problems: Problem[] = [];
  if (typeof value.title !== "string") problems.push({ path: "title", message: "is not a text" });
  value.nodes.forEach((node: unknown, i) => {
    const at = `nodes[${i}]`;
    if (!isObject(node) || !hasTexts(node, "id", "label") || !Array.isArray(node.evidence)) {
      problems.push({ path: at, message: "is not a node as this app keeps them" });
    } else if (!SHOWN_NODE_TYPES.some((t) => t === node.type)) {
      problems.push({ path: `${at}.type`, message: "is not a node type this app shows" });
    } else if (
      !isObject(node.position) ||
      typeof node.position.x !== "number" ||
      typeof node.position.y !== "number"
    ) {
      problems.push({ path: `${at}.position`, message: "is missing: it was kept laid out" });
    }
  });
  value.edges.forEach((edge: unknown, i) => {
    if (
      !isObject(edge) ||
      !hasTexts(edge, "id", "source", "target", "label", "relation") ||
      !Array.isArray(edge.evidence)
    ) {
      problems.push({ path: `edges[${i}]`, message: "is not a relation as this app keeps them" });
    }
  });
  if (problems.length > 0) return refuse(...problems);
  // The shape is now the model's: what is left are the ids and the references between them.
  const model = value as unknown as GraphModel;
  const integrity = checkGraphDocument(model as GraphDocument);
  return integrity.length > 0 ? refuse(...integrity) : { ok: true, value: model };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasTexts(value: Record<string, unknown>, ...keys: string[]): boolean {
  return keys.every((k) => typeof value[k] === "string");
}
