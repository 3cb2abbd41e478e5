import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readGraphBytes, readGraphText } from "../../../src/domain/openedGraph/readGraphFile.ts";
import type { GraphDocument } from "../../../src/domain/schema.ts";
import { buildOrThrow, fixtureInputs } from "../../fixtures/fixtures.ts";
import { expectSound } from "./support.ts";

/**
 * Whatever a reader opens, reading never throws, and the result keeps its promise (see
 * `expectSound`): refused with problems that say where and what, or a graph the app can show.
 */
const RUNS = { numRuns: 200 };
const SUMMIT = buildOrThrow(fixtureInputs("summit"));

type Key = string | number;
type Json = fc.JsonValue;

/** The path to every value inside `value`, containers included, the root excluded. */
function pathsIn(value: unknown, prefix: Key[] = []): Key[][] {
  if (typeof value !== "object" || value === null) return [];
  const entries: [Key, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsIn(v, [...prefix, k])]);
}

/** The object holding the value at `path`, and the value's key in it. */
function holderOf(root: unknown, path: readonly Key[]): [Record<Key, unknown>, Key] {
  let holder = root as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<Key, unknown>;
  return [holder, path[path.length - 1]!];
}

type Mutation =
  | { op: "drop"; at: number }
  | { op: "replace"; at: number; value: Json }
  | { op: "shift"; at: number; by: number }
  | { op: "duplicate"; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("replace" as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({
    op: fc.constant("shift" as const),
    at: fc.nat(),
    by: fc.integer({ min: -40, max: 40 }),
  }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
);

/** The document with one mutation applied (a fresh copy). */
function mutate(doc: GraphDocument, m: Mutation): unknown {
  const copy: unknown = structuredClone(doc);
  const all = pathsIn(copy);
  const candidates =
    m.op === "shift"
      ? all.filter((p) => typeof holderOf(copy, p)[0][p[p.length - 1]!] === "number")
      : m.op === "duplicate"
        ? all.filter((p) => Array.isArray(holderOf(copy, p)[0][p[p.length - 1]!]))
        : all;
  const path = candidates[m.at % candidates.length]!;
  const [holder, key] = holderOf(copy, path);
  if (m.op === "drop") {
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
  } else if (m.op === "replace") {
    holder[key] = m.value;
  } else if (m.op === "shift") {
    holder[key] = (holder[key] as number) + m.by;
  } else {
    const list = holder[key] as unknown[];
    if (list.length > 0) list.push(structuredClone(list[m.at % list.length]));
  }
  return copy;
}

describe("reading never throws and keeps its promise", () => {
  it("for arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.string(), (text, name) => {
        expectSound(readGraphText(text, name));
      }),
      RUNS,
    );
  });

  it("for arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectSound(readGraphBytes(bytes, "bytes.bin"));
      }),
      RUNS,
    );
  });

  it("for arbitrary JSON values, alone or under the keys that pick a format", () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const input = fc.oneof(
      value,
      value.map((v) => ({ schemaVersion: 1, ...(typeof v === "object" ? v : { v }) })),
      value.map((elements) => ({ elements })),
      value.map((nodes) => ({ elements: { nodes, edges: nodes } })),
    );
    fc.assert(
      fc.property(input, (v) => expectSound(readGraphText(JSON.stringify(v), "v.json"))),
      RUNS,
    );
  });

  it("for a valid document with one thing dropped, replaced, shifted or duplicated", () => {
    fc.assert(
      fc.property(mutation, (m) => {
        expectSound(readGraphText(JSON.stringify(mutate(SUMMIT, m)), "m.json"));
      }),
      RUNS,
    );
  });

  it("for arbitrary Cytoscape-shaped input", () => {
    // Mostly well-formed, so that many inputs get as far as ids and edge ends; a few ids
    // repeat or dangle, and some fields and elements are noise.
    const id = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom("a", "b", "c", "e1", "constructor") },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }) },
      { weight: 1, arbitrary: fc.constantFrom(null, "", true) },
    );
    const anything = fc.jsonValue({ maxDepth: 2 });
    const optional = {
      label: fc.oneof(fc.string(), anything),
      name: fc.string(),
      type: fc.constantFrom("country", "Org", "city", 3),
      relation: fc.oneof(fc.string(), anything),
      interaction: fc.string(),
      directed: fc.oneof(fc.boolean(), anything),
      stance: fc.constantFrom("cooperation", "Opposition", "friendly"),
      selected: fc.boolean(),
      parent: id,
      extra: anything,
    };
    const some = { requiredKeys: [] as [] };
    const nodeData = fc
      .tuple(id, fc.record(optional, some))
      .map(([nodeId, rest]) => ({ id: nodeId, ...rest }));
    const edgeData = fc
      .tuple(fc.record({ source: id, target: id }), fc.record({ id, ...optional }, some))
      .map(([ends, rest]) => ({ ...rest, ...ends }));
    const position = fc.oneof(
      fc.record({ x: fc.double(), y: fc.double() }),
      fc.record({ x: fc.integer(), y: fc.integer() }),
      anything,
    );
    const element = fc.oneof(
      {
        weight: 12,
        arbitrary: fc.record({ data: nodeData, position }, { requiredKeys: ["data"] }),
      },
      { weight: 6, arbitrary: fc.record({ data: edgeData }) },
      {
        weight: 1,
        arbitrary: fc.record(
          { group: fc.constantFrom("nodes", "edges", "node"), data: fc.oneof(edgeData, anything) },
          some,
        ),
      },
      { weight: 1, arbitrary: anything },
    );
    const elements = fc.oneof(
      fc.array(element, { maxLength: 8 }),
      fc.record(
        { nodes: fc.array(element, { maxLength: 5 }), edges: fc.array(element, { maxLength: 5 }) },
        some,
      ),
    );
    const input = fc.record(
      { elements, data: fc.oneof(fc.record({ name: fc.string(), title: anything }), anything) },
      { requiredKeys: ["elements"] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(input, fc.string(), (v, name) => {
        const result = readGraphText(JSON.stringify(v), `${name}.cyjs`);
        expectSound(result);
        if (result.ok) accepted++;
      }),
      RUNS,
    );
    // About one input in ten is accepted; none would mean the checks above checked nothing.
    expect(accepted).toBeGreaterThan(2);
  });
});

describe("what must be accepted or refused", () => {
  it("refuses a document once one quote's start or end moves", () => {
    const offsets = pathsIn(SUMMIT).filter((p) => {
      const last = p[p.length - 1];
      return (last === "start" || last === "end") && p.includes("evidence");
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...offsets),
        fc.integer({ min: -30, max: 30 }).filter((n) => n !== 0),
        (path, by) => {
          const doc = structuredClone(SUMMIT) as unknown;
          const [holder, key] = holderOf(doc, path);
          holder[key] = (holder[key] as number) + by;
          const result = readGraphText(JSON.stringify(doc), "m.json");
          expect(result.ok).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it("refuses a document with a source, node or edge listed twice", () => {
    fc.assert(
      fc.property(fc.constantFrom("sources", "nodes", "edges" as const), fc.nat(), (list, at) => {
        const doc = structuredClone(SUMMIT);
        const items = doc[list] as unknown[];
        items.push(structuredClone(items[at % items.length]));
        const result = readGraphText(JSON.stringify(doc), "d.json");
        expect(
          !result.ok && result.problems.some((p) => p.message.includes("more than once")),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it("accepts any Cytoscape.js graph with unique node ids whose edges join its nodes", () => {
    const graph = fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 })
      .chain((ids) =>
        fc.record({
          nodes: fc.constant(ids.map((id) => ({ data: { id, label: id.trim() } }))),
          edges: fc.array(
            fc.record({
              data: fc.record({
                source: fc.constantFrom(...ids),
                target: fc.constantFrom(...ids),
                relation: fc.string(),
                label: fc.jsonValue({ maxDepth: 1 }),
              }),
            }),
            { maxLength: 6 },
          ),
        }),
      );
    fc.assert(
      fc.property(graph, (elements) => {
        const result = readGraphText(JSON.stringify({ elements }), "g.json");
        expectSound(result);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.graph.nodes.map((n) => n.id)).toEqual(
          elements.nodes.map((n) => n.data.id),
        );
        expect(result.value.graph.edges).toHaveLength(elements.edges.length);
      }),
      RUNS,
    );
  });
});
