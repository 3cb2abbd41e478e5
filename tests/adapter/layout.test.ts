import { describe, expect, it } from "vitest";
import { landscape, precomputeLayout } from "../../src/cytoscape/precomputeLayout.ts";
import { seededRandom } from "../../src/domain/seededRandom.ts";
import { NODE_SIZE } from "../../src/cytoscape/stylesheet.ts";
import type { GraphDocument } from "../../src/domain/schema.ts";
import { articleInputs, buildOrThrow, fixtureInputs } from "../fixtures/fixtures.ts";

type Point = { x: number; y: number };

const DOCS: [string, GraphDocument][] = [
  ["the article", buildOrThrow(articleInputs())],
  ["the summit fixture", buildOrThrow(fixtureInputs("summit"))],
  ["the emoji fixture", buildOrThrow(fixtureInputs("emoji-summit"))],
];

function positions(doc: GraphDocument): Point[] {
  return doc.nodes.map((n) => {
    if (!n.position) throw new Error(`node ${n.id} has no position`);
    return n.position;
  });
}

function distances(points: readonly Point[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      out.push(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return out;
}

describe("precomputeLayout", () => {
  const laidOut = new Map(DOCS.map(([name, doc]) => [name, precomputeLayout(doc)]));

  it.each(DOCS)("is deterministic on %s", (name, doc) => {
    expect(positions(precomputeLayout(doc))).toEqual(positions(laidOut.get(name)!));
  });

  it.each(DOCS)("gives every node of %s a finite position", (name) => {
    for (const p of positions(laidOut.get(name)!)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y), JSON.stringify(p)).toBe(true);
    }
  });

  it.each(DOCS)("keeps the nodes of %s apart (more than a node's size)", (name) => {
    expect(Math.min(...distances(positions(laidOut.get(name)!)))).toBeGreaterThan(NODE_SIZE);
  });

  it.each(DOCS)("rounds the coordinates of %s to 0.1, with no -0", (name) => {
    for (const p of positions(laidOut.get(name)!)) {
      for (const v of [p.x, p.y]) {
        expect(Math.round(v * 10) / 10).toBe(v);
        expect(Object.is(v, -0)).toBe(false);
      }
    }
  });

  it.each(DOCS)("changes nothing but positions in %s, and not its input", (name, doc) => {
    const before = structuredClone(doc);
    const after = laidOut.get(name)!;
    expect({ ...after, nodes: after.nodes.map(({ position: _p, ...n }) => n) }).toEqual(doc);
    expect(doc).toEqual(before);
  });

  it("ignores positions the document already has", () => {
    const [, doc] = DOCS[1]!;
    const moved = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: { x: 1e6, y: 1e6 } })) };
    expect(positions(precomputeLayout(moved))).toEqual(positions(laidOut.get(DOCS[1]![0])!));
  });

  it("leaves Math.random as it was", () => {
    const random = Math.random;
    precomputeLayout(DOCS[1]![1]);
    expect(Math.random).toBe(random);
  });

  it("returns a document without nodes unchanged", () => {
    const doc = { ...DOCS[1]![1], nodes: [], edges: [] };
    expect(precomputeLayout(doc)).toBe(doc);
  });
});

describe("landscape", () => {
  const random = seededRandom(7);
  const cloud = Array.from({ length: 25 }, () => ({ x: random() * 400, y: random() * 900 }));
  const tallLine = Array.from({ length: 6 }, (_, i) => ({ x: 0, y: i * 100 }));
  const square = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 100 },
    { x: 0, y: 100 },
  ];

  it.each([
    ["a random cloud", cloud],
    ["a tall line", tallLine],
    ["a square", square],
  ])("keeps every pairwise distance of %s (a rotation)", (_name, points) => {
    const before = distances(points);
    const after = distances(landscape(points));
    after.forEach((d, i) => expect(d).toBeCloseTo(before[i]!, 6));
  });

  it.each([
    ["a random cloud", cloud],
    ["a tall line", tallLine],
  ])("centres %s on its centroid", (_name, points) => {
    const out = landscape(points);
    expect(out.reduce((s, p) => s + p.x, 0) / out.length).toBeCloseTo(0, 6);
    expect(out.reduce((s, p) => s + p.y, 0) / out.length).toBeCloseTo(0, 6);
  });

  it("turns a tall layout wider than tall", () => {
    const out = landscape(tallLine);
    const width = Math.max(...out.map((p) => p.x)) - Math.min(...out.map((p) => p.x));
    const height = Math.max(...out.map((p) => p.y)) - Math.min(...out.map((p) => p.y));
    expect(width).toBeGreaterThan(height);
  });

  it("does not rotate a square (a near-tie keeps the layout as it is)", () => {
    expect(landscape(square)).toEqual([
      { x: -50, y: -50 },
      { x: 50, y: -50 },
      { x: 50, y: 50 },
      { x: -50, y: 50 },
    ]);
  });

  it.each([[[]], [[{ x: 3, y: 4 }]]])("copies %j unchanged", (points) => {
    const out = landscape(points);
    expect(out).toEqual(points);
    if (points[0]) expect(out[0]).not.toBe(points[0]);
  });
});

describe("seededRandom", () => {
  it("repeats its sequence for a seed, in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(100);
  });

  it("differs between seeds", () => {
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
});
