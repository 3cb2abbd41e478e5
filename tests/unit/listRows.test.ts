import { describe, expect, it } from "vitest";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import {
  ENTITY_SORT_KEYS,
  RELATION_SORT_KEYS,
  entityRows,
  relationRows,
  sortRows,
  type SortDirection,
  type SortValue,
} from "../../src/domain/listRows.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const article = buildOrThrow(articleInputs());
const index = indexGraph(article);
const entities = entityRows(index);
const relations = relationRows(index);

const labelOf = (id: string) => article.nodes.find((n) => n.id === id)!.label;

describe("entityRows", () => {
  it("has one row per node, in document order", () => {
    expect(entities.map((r) => r.id)).toEqual(article.nodes.map((n) => n.id));
    expect(entities.map((r) => r.order)).toEqual(article.nodes.map((_, i) => i));
    expect(entities.every((r) => r.kind === "node")).toBe(true);
  });

  it.each([
    { id: "russia", type: "country", label: "Russia", aliases: ["Moscow"] },
    { id: "vladimir-putin", type: "person", label: "Vladimir Putin", aliases: ["Putin"] },
    { id: "mcis", type: "event", label: "11th Moscow Conference on International Security" },
    { id: "nato", type: "organisation", label: "NATO", aliases: [] },
  ])("$id: type, label and aliases", ({ id, type, label, aliases }) => {
    const row = entities.find((r) => r.id === id)!;
    expect(row).toMatchObject({ type, label });
    if (aliases) expect(row.aliases).toEqual(aliases);
  });

  it.each(article.nodes.map((n) => [n.id, n] as const))(
    "%s: counts its relations and its quotes",
    (id, node) => {
      // Counted from the document, not from the index the rows are built from.
      const touching = article.edges.filter((e) => e.source === id || e.target === id);
      const row = entities.find((r) => r.id === id)!;
      expect(row.relations).toBe(touching.length);
      expect(row.quotes).toBe(node.evidence.length);
    },
  );
});

describe("relationRows", () => {
  it("has one row per edge, in document order", () => {
    expect(relations.map((r) => r.id)).toEqual(article.edges.map((e) => e.id));
    expect(relations.map((r) => r.order)).toEqual(article.edges.map((_, i) => i));
    expect(relations.every((r) => r.kind === "edge")).toBe(true);
  });

  it.each([
    {
      id: "venezuela-talks-with-russia",
      source: "Venezuela",
      relation: "talks with",
      target: "Russia",
      stance: "cooperation",
      attribution: "fact",
      claimedBy: null,
      hedged: false,
    },
    {
      id: "nato-integrating-with-aukus",
      source: "NATO",
      relation: "may be heading towards full integration with",
      target: "AUKUS",
      stance: "cooperation",
      attribution: "hedged",
      claimedBy: "Vladimir Putin",
      hedged: true,
    },
    {
      id: "rosoboronexport-part-of-rostec",
      source: "Rosoboronexport",
      relation: "part of the complex of",
      target: "Rostec",
      stance: "cooperation",
      attribution: "claim",
      claimedBy: "Renier Urbaez Fermin",
      hedged: false,
    },
    {
      id: "mcis-held-in-russia",
      source: "11th Moscow Conference on International Security",
      relation: "held in",
      target: "Russia",
      stance: null,
      attribution: "fact",
      claimedBy: null,
      hedged: false,
    },
    {
      id: "iranian-deputy-defense-chief-attends-mcis",
      source: "Iranian deputy defense chief",
      relation: "attends",
      target: "11th Moscow Conference on International Security",
      stance: null,
      attribution: "linked-headline",
      claimedBy: null,
      hedged: false,
    },
  ])("$id: ends by label, stance and how it is sourced", ({ id, ...expected }) => {
    expect(relations.find((r) => r.id === id)).toMatchObject(expected);
  });

  it.each(article.edges.map((e) => [e.id, e] as const))("%s: counts its quotes", (id, edge) => {
    const row = relations.find((r) => r.id === id)!;
    expect(row.quotes).toBe(edge.evidence.length);
    expect(row.source).toBe(labelOf(edge.source));
    expect(row.target).toBe(labelOf(edge.target));
  });
});

/** Checks an order against its definition, pair by pair, without the code under test. */
function expectSorted(
  values: readonly { value: SortValue; order: number }[],
  direction: SortDirection,
) {
  const sign = direction === "ascending" ? 1 : -1;
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1]!;
    const b = values[i]!;
    if (a.value === null) {
      // Empty values come last in either direction, and keep document order among themselves.
      expect(b.value).toBeNull();
      expect(a.order).toBeLessThan(b.order);
      continue;
    }
    if (b.value === null) continue;
    const cmp =
      typeof a.value === "number" && typeof b.value === "number"
        ? a.value - b.value
        : String(a.value).localeCompare(String(b.value), "en", { sensitivity: "base" });
    expect(sign * cmp, `${a.value} before ${b.value}`).toBeLessThanOrEqual(0);
    if (cmp === 0) expect(a.order, `tie ${a.value}`).toBeLessThan(b.order);
  }
}

const DIRECTIONS = ["ascending", "descending"] as const;

describe("sortRows", () => {
  it.each(ENTITY_SORT_KEYS.flatMap((key) => DIRECTIONS.map((d) => [key, d] as const)))(
    "entities by %s, %s",
    (key, direction) => {
      const sorted = sortRows(entities, key, direction);
      expect(sorted).toHaveLength(entities.length);
      expect(new Set(sorted.map((r) => r.id)).size).toBe(entities.length);
      expectSorted(
        sorted.map((r) => ({ value: r[key], order: r.order })),
        direction,
      );
    },
  );

  it.each(RELATION_SORT_KEYS.flatMap((key) => DIRECTIONS.map((d) => [key, d] as const)))(
    "relations by %s, %s",
    (key, direction) => {
      const sorted = sortRows(relations, key, direction);
      expect(sorted).toHaveLength(relations.length);
      expect(new Set(sorted.map((r) => r.id)).size).toBe(relations.length);
      expectSorted(
        sorted.map((r) => ({ value: r[key], order: r.order })),
        direction,
      );
    },
  );

  it.each([
    { key: "relations", direction: "descending", first: "russia" },
    { key: "relations", direction: "ascending", first: "army-2023" },
    { key: "label", direction: "ascending", first: "mcis" },
    { key: "label", direction: "descending", first: "western-states" },
    { key: "type", direction: "ascending", first: "ak-103-plant-agreement" },
    // Three quotes each; the talks come first in the document.
    { key: "quotes", direction: "descending", first: "arms-talks" },
  ] as const)("entities by $key, $direction: $first first", ({ key, direction, first }) => {
    expect(sortRows(entities, key, direction)[0]?.id).toBe(first);
  });

  it("ties keep document order in both directions", () => {
    // Many entities have a single relation; they stay in the document's order either way.
    const single = entities.filter((r) => r.relations === 1).map((r) => r.id);
    expect(single.length).toBeGreaterThan(2);
    for (const direction of DIRECTIONS) {
      const sorted = sortRows(entities, "relations", direction).filter((r) => r.relations === 1);
      expect(sorted.map((r) => r.id)).toEqual(single);
      // Whatever order the rows come in: an earlier sort does not leak into the ties.
      const reversed = sortRows([...entities].reverse(), "relations", direction);
      expect(reversed.filter((r) => r.relations === 1).map((r) => r.id)).toEqual(single);
    }
  });

  it("compares text without case or accents", () => {
    const rows = ["b", "Á", "a", "B"].map((label, order) => ({ order, label }));
    expect(sortRows(rows, "label", "ascending").map((r) => r.label)).toEqual(["Á", "a", "b", "B"]);
    expect(sortRows(rows, "label", "descending").map((r) => r.label)).toEqual(["b", "B", "Á", "a"]);
  });

  it("compares numbers as numbers, not as text", () => {
    const rows = [10, 9, 100].map((n, order) => ({ order, n }));
    expect(sortRows(rows, "n", "ascending").map((r) => r.n)).toEqual([9, 10, 100]);
  });

  it("puts rows without a stance or a claim last, in either direction", () => {
    for (const key of ["stance", "claimedBy"] as const) {
      for (const direction of DIRECTIONS) {
        const values = sortRows(relations, key, direction).map((r) => r[key]);
        const firstNull = values.indexOf(null);
        expect(firstNull, `${key} ${direction}`).toBeGreaterThan(0);
        expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
      }
    }
  });

  it("returns a new array and leaves its input as it was", () => {
    const before = entities.map((r) => r.id);
    const sorted = sortRows(entities, "label", "descending");
    expect(sorted).not.toBe(entities);
    expect(entities.map((r) => r.id)).toEqual(before);
  });
});
