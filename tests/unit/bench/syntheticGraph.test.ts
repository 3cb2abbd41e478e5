import { describe, expect, it } from "vitest";
import { manifestFor } from "../../../bench/build/syntheticFiles.ts";
import { syntheticGraph } from "../../../bench/syntheticGraph.ts";
import { parseGraphDocument } from "../../../src/domain/parseGraphDocument.ts";
import { formatProblem } from "../../../src/domain/problems.ts";
import { ManifestSchema } from "../../../src/domain/schema.ts";

/** The app's own check, quotes included: what the product runs on load. */
function problemsOf(doc: unknown): string[] {
  const result = parseGraphDocument(doc);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("syntheticGraph", () => {
  it.each([true, false])("is a valid document at 1,000 nodes (positions: %s)", (withPositions) => {
    expect(problemsOf(syntheticGraph(1000, withPositions))).toEqual([]);
  });

  it.each([2, 3, 10])("is valid at the smallest sizes too (%i nodes)", (n) => {
    expect(problemsOf(syntheticGraph(n))).toEqual([]);
  });

  it.each([1, 0, 2.5])("refuses %d nodes: two edges per node need a second node", (n) => {
    expect(() => syntheticGraph(n)).toThrow(RangeError);
  });

  it("has the asked number of nodes and two edges per node, with unique ids", () => {
    const doc = syntheticGraph(1000);
    expect(doc.id).toBe("synthetic-1000");
    expect(doc.nodes).toHaveLength(1000);
    expect(doc.edges).toHaveLength(2000);
    expect(new Set(doc.nodes.map((n) => n.id)).size).toBe(1000);
    expect(new Set(doc.edges.map((e) => e.id)).size).toBe(2000);
  });

  it("has no edge from a node to itself, and from 3 nodes up no two edges on one pair", () => {
    for (const n of [2, 3, 4, 1000]) {
      expect(syntheticGraph(n).edges.filter((e) => e.source === e.target)).toEqual([]);
    }
    for (const n of [3, 4, 1000]) {
      const pairs = syntheticGraph(n).edges.map((e) => `${e.source}>${e.target}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    }
  });

  it("gives every node a position, or none without positions", () => {
    const placed = syntheticGraph(1000);
    expect(placed.nodes.every((n) => n.position !== undefined)).toBe(true);
    const bare = syntheticGraph(1000, false);
    expect(bare.nodes.some((n) => "position" in n)).toBe(false);
    // The same graph otherwise: only the positions differ.
    expect(bare.edges).toEqual(placed.edges);
    expect(bare.nodes.map((n) => n.label)).toEqual(placed.nodes.map((n) => n.label));
  });

  it("is deterministic", () => {
    expect(JSON.stringify(syntheticGraph(1000))).toBe(JSON.stringify(syntheticGraph(1000)));
    expect(JSON.stringify(syntheticGraph(500, false))).toBe(
      JSON.stringify(syntheticGraph(500, false)),
    );
  });

  it("uses every node type and stance", () => {
    const doc = syntheticGraph(1000);
    expect(new Set(doc.nodes.map((n) => n.type)).size).toBe(5);
    expect(new Set(doc.edges.map((e) => e.stance)).size).toBe(3);
  });
});

describe("manifestFor", () => {
  it("lists the documents in order, as the app's manifest schema wants", () => {
    const manifest = manifestFor([syntheticGraph(10), syntheticGraph(20)]);
    expect(ManifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifest).toEqual([
      { id: "synthetic-10", title: "Synthetic graph of 10 nodes", nodeCount: 10, edgeCount: 20 },
      { id: "synthetic-20", title: "Synthetic graph of 20 nodes", nodeCount: 20, edgeCount: 40 },
    ]);
  });
});
