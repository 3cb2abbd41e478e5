import { expect } from "vitest";
import type { OpenedGraph } from "../../../src/domain/openedGraph/readGraphFile.ts";
import { parseGraphDocument, type ParseResult } from "../../../src/domain/parseGraphDocument.ts";
import { formatProblem, type Problem } from "../../../src/domain/problems.ts";
import { EdgeSchema } from "../../../src/domain/schema.ts";
import { SHOWN_NODE_TYPES } from "../../../src/domain/vocabulary.ts";

/** The opened graph; fails listing the problems when the file was refused. */
export function accepted(result: ParseResult<OpenedGraph>): OpenedGraph {
  if (!result.ok) throw new Error(`refused:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.value;
}

/** The problems; fails when the file was accepted. */
export function refused(result: ParseResult<unknown>): readonly Problem[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problems;
}

/**
 * Fails unless `value` is plain JSON data: every object a plain object or an array (prototype
 * Object.prototype or Array.prototype), no own "__proto__" key, only JSON primitives inside.
 */
export function expectPlainData(value: unknown, path = "(root)"): void {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return;
  expect(typeof value, path).toBe("object");
  const proto: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    expect(proto, path).toBe(Array.prototype);
    value.forEach((item, i) => expectPlainData(item, `${path}[${i}]`));
    return;
  }
  expect(proto, path).toBe(Object.prototype);
  expect(Object.hasOwn(value as object, "__proto__"), `${path} has an own __proto__`).toBe(false);
  for (const [key, item] of Object.entries(value as object))
    expectPlainData(item, `${path}.${key}`);
}

const RELATION = EdgeSchema.shape.relation;

/**
 * Fails unless a read result keeps the reader's promise: refused with at least one problem,
 * each with a non-empty path and message; or accepted as a graph the app can show — a v1
 * document that passes every check, or a converted graph that is sound without quotes.
 */
export function expectSound(result: ParseResult<OpenedGraph>): void {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path === "string" && p.path.length > 0, JSON.stringify(p)).toBe(true);
      expect(typeof p.message === "string" && p.message.length > 0, JSON.stringify(p)).toBe(true);
    }
    return;
  }
  const { graph, format, needsLayout, notes } = result.value;
  expectPlainData(graph);
  expect(needsLayout).toBe(graph.nodes.some((n) => n.position === undefined));
  for (const note of notes) expect(note).toMatch(/\S/);
  if (format === "quotegraph") {
    expect(parseGraphDocument(graph).ok).toBe(true);
    expect(graph.sources.length).toBeGreaterThan(0);
    return;
  }
  expect(graph.sources).toEqual([]);
  expect(graph.nodes.length).toBeGreaterThan(0);
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  expect(nodeIds.size).toBe(graph.nodes.length);
  expect(edgeIds.size).toBe(graph.edges.length);
  for (const node of graph.nodes) {
    expect(node.id).not.toBe("");
    // A node without a label shows its id, which may be any non-empty string.
    expect(node.label.length).toBeGreaterThan(0);
    expect(SHOWN_NODE_TYPES).toContain(node.type);
    expect(node.evidence).toEqual([]);
    for (const text of Object.values(node.attributes ?? {})) expect(typeof text).toBe("string");
  }
  for (const edge of graph.edges) {
    expect(nodeIds.has(edge.id), `edge id ${edge.id} is also a node id`).toBe(false);
    expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
    expect(RELATION.safeParse(edge.relation).success, edge.relation).toBe(true);
    expect(edge.label).toMatch(/\S/);
    expect(typeof edge.directed).toBe("boolean");
    expect(edge.evidence).toEqual([]);
    for (const text of Object.values(edge.attributes ?? {})) expect(typeof text).toBe("string");
  }
}
