import { describe, expect, it } from "vitest";
import { matrixCellText, matrixCsv } from "../../../src/domain/export/matrixCsv.ts";
import {
  asDescribedBy,
  EVERYTHING,
  FACTS,
  type Reading,
} from "../../../src/domain/sides/reading.ts";
import {
  allianceMatrix,
  matrixCell,
  pairKey,
  pairStance,
  type MatrixCell,
} from "../../../src/domain/sides/matrix.ts";
import { findSides } from "../../../src/domain/sides/sides.ts";
import type { SidesInput } from "../../../src/domain/sides/signedGraph.ts";
import { articleInputs, buildOrThrow } from "../../fixtures/fixtures.ts";
import { graph, shuffled } from "./support.ts";

const matrixOf = (input: SidesInput, reading: Reading = EVERYTHING) =>
  allianceMatrix(input, findSides(input, reading));

describe("the alliance matrix's cells", () => {
  it.each<{
    name: string;
    relations: string[];
    reading?: Reading;
    cell: Partial<MatrixCell> | undefined;
  }>([
    {
      name: "one cooperation reported as fact",
      relations: ["A+B"],
      cell: {
        relations: ["e0"],
        stance: "cooperation",
        sourcing: "fact",
        hedged: false,
        claimedBy: [],
        marks: [{ stance: "cooperation", attribution: "fact" }],
      },
    },
    {
      name: "the same stance as fact and as a claim",
      relations: ["A+B", "B+A@X"],
      cell: {
        relations: ["e0", "e1"],
        stance: "cooperation",
        sourcing: "both",
        claimedBy: ["X"],
        marks: [
          { stance: "cooperation", attribution: "fact" },
          { stance: "cooperation", attribution: "claim" },
        ],
      },
    },
    {
      name: "cooperation and opposition: mixed",
      relations: ["A-B", "A+B"],
      cell: {
        stance: "mixed",
        sourcing: "fact",
        marks: [
          { stance: "cooperation", attribution: "fact" },
          { stance: "opposition", attribution: "fact" },
        ],
      },
    },
    {
      name: "a signed relation outweighs an unstanced one beside it",
      relations: ["A:B", "A-B@X?"],
      cell: {
        stance: "opposition",
        sourcing: "both",
        hedged: true,
        marks: [
          { stance: "opposition", attribution: "hedged" },
          { stance: "none", attribution: "fact" },
        ],
      },
    },
    { name: "neutral", relations: ["A=B", "A:B"], cell: { stance: "neutral" } },
    {
      name: "no stance, claimed",
      relations: ["A:B@Y"],
      cell: { stance: "none", sourcing: "claim" },
    },
    {
      // Another article's headline: nobody's claim in this one, whatever its `claim` says.
      name: "from a linked headline only",
      relations: ["A+B^", "A:B@X^"],
      cell: {
        stance: "cooperation",
        sourcing: "linked-headline",
        hedged: false,
        claimedBy: [],
        marks: [
          { stance: "cooperation", attribution: "linked-headline" },
          { stance: "none", attribution: "linked-headline" },
        ],
      },
    },
    {
      name: "a linked headline beside a fact",
      relations: ["A+B^", "A+B"],
      cell: { stance: "cooperation", sourcing: "both", claimedBy: [] },
    },
    {
      name: "facts only leave out a linked headline",
      relations: ["A+B^"],
      reading: FACTS,
      cell: undefined,
    },
    {
      name: "nor is it the speaker's it says claimed it",
      relations: ["A+B@X^", "A-B@X"],
      reading: asDescribedBy("X"),
      cell: { relations: ["e1"], stance: "opposition", sourcing: "claim", claimedBy: ["X"] },
    },
    { name: "no relation", relations: ["A+C", "B-C"], cell: undefined },
    { name: "facts only leave out a claim", relations: ["A+B@X"], reading: FACTS, cell: undefined },
    {
      name: "a speaker's reading keeps only their claims",
      relations: ["A+B@X", "A-B@Y", "A-B"],
      reading: asDescribedBy("X"),
      cell: { relations: ["e0"], stance: "cooperation", sourcing: "claim", claimedBy: ["X"] },
    },
  ])("$name", ({ relations, reading, cell }) => {
    const m = matrixOf(graph(relations), reading);
    const found = matrixCell(m, "A", "B");
    if (cell === undefined) expect(found).toBeUndefined();
    else expect(found).toMatchObject({ a: "A", b: "B", ...cell });
    // Either order of the pair is the same cell.
    expect(matrixCell(m, "B", "A")).toBe(found);
  });

  it("has no cell on the diagonal, none for a self-loop, none to a non-actor", () => {
    const m = matrixOf(graph(["A+A", "A+T", "A-B"], { T: "agreement" }));
    expect(matrixCell(m, "A", "A")).toBeUndefined();
    expect(matrixCell(m, "A", "T")).toBeUndefined();
    expect(m.actors).not.toContain("T");
    expect([...m.cells.keys()]).toEqual([pairKey("A", "B")]);
  });

  it("keys a pair safely whatever its ids hold", () => {
    expect(pairKey('a","b', "c")).not.toBe(pairKey("a", '"b","c'));
    expect(pairKey("x", "y")).toBe(pairKey("y", "x"));
  });

  it.each([
    { stances: [], stance: "none" },
    { stances: ["none"], stance: "none" },
    { stances: ["neutral", "none"], stance: "neutral" },
    { stances: ["neutral", "opposition"], stance: "opposition" },
    { stances: ["cooperation", "opposition", "neutral"], stance: "mixed" },
  ] as const)("the stances $stances together say $stance", ({ stances, stance }) => {
    expect(pairStance(new Set(stances))).toBe(stance);
  });

  it("does not depend on the order of nodes and edges", () => {
    const input = graph(["A+B", "B-C", "C+D@X", "D=A", "B+A@X?", "E:A"]);
    const m = matrixOf(input);
    for (const seed of [1, 2, 3]) {
      const other = matrixOf(shuffled(input, seed));
      expect(other.actors).toEqual(m.actors);
      expect([...other.cells.entries()].sort()).toEqual([...m.cells.entries()].sort());
    }
  });
});

describe("the alliance matrix's rows and columns", () => {
  it("come side by side in the sides' order, unplaced actors last by label", () => {
    const input = graph(["A+B", "C-A", "D:E"], {}, ["F"]);
    const labels: Record<string, string> = { D: "zulu", E: "alpha", F: "mike" };
    const sides = findSides(input, EVERYTHING);
    const m = allianceMatrix(input, sides, { labelOf: (id) => labels[id] ?? id });
    expect(m.groups).toEqual([
      ...sides.sides.map((s) => ({ side: s.index, members: s.members })),
      { side: null, members: ["E", "F", "D"] },
    ]);
    expect(m.actors).toEqual(m.groups.flatMap((g) => g.members));
    expect(new Set(m.actors)).toEqual(new Set(["A", "B", "C", "D", "E", "F"]));
  });

  it("have no unplaced group when every actor is placed", () => {
    expect(matrixOf(graph(["A+B", "B-C"])).groups.map((g) => g.side)).toEqual([0, 1]);
  });
});

describe("the article's alliance matrix", () => {
  const DOC = buildOrThrow(articleInputs());
  const sides = findSides(DOC, EVERYTHING);
  const m = allianceMatrix(DOC, sides);

  it.each([
    {
      x: "russia",
      y: "venezuela",
      cell: { stance: "cooperation", sourcing: "fact", relations: 2 },
    },
    {
      x: "russia",
      y: "western-states",
      cell: { stance: "opposition", sourcing: "fact", relations: 1 },
    },
    {
      x: "venezuelan-delegation",
      y: "rosoboronexport",
      cell: { stance: "cooperation", sourcing: "claim", relations: 1 },
    },
    // "Russia's President": belonging reads as cooperation in the shipped annotation.
    {
      x: "vladimir-putin",
      y: "russia",
      cell: { stance: "cooperation", sourcing: "fact", relations: 1 },
    },
    // Putin's own words are his opposition to Washington: a claim, and his.
    {
      x: "vladimir-putin",
      y: "united-states",
      cell: { stance: "opposition", sourcing: "claim", relations: 1 },
    },
    // "Read more: Iranian deputy defense chief lands in Moscow …": a visit, no stance, and
    // only from a linked headline.
    {
      x: "russia",
      y: "iranian-deputy-defense-chief",
      cell: { stance: "none", sourcing: "linked-headline", relations: 1 },
    },
    {
      x: "iran",
      y: "iranian-deputy-defense-chief",
      cell: { stance: "cooperation", sourcing: "linked-headline", relations: 1 },
    },
    { x: "venezuela", y: "nato", cell: undefined },
  ])("$x and $y", ({ x, y, cell }) => {
    const found = matrixCell(m, x, y);
    if (!cell) return expect(found).toBeUndefined();
    expect(found).toMatchObject({ stance: cell.stance, sourcing: cell.sourcing });
    expect(found!.relations).toHaveLength(cell.relations);
    // Every relation in a cell is one of the article's, between that very pair.
    for (const id of found!.relations) {
      const edge = DOC.edges.find((e) => e.id === id)!;
      expect([edge.source, edge.target].sort()).toEqual([x, y].sort());
    }
  });

  it("keeps the linked headlines' pairs out of the reported facts", () => {
    const facts = allianceMatrix(DOC, findSides(DOC, FACTS));
    expect(matrixCell(facts, "russia", "venezuela")?.relations).toHaveLength(2);
    expect(matrixCell(facts, "russia", "iranian-deputy-defense-chief")).toBeUndefined();
    expect(matrixCell(facts, "iran", "iranian-deputy-defense-chief")).toBeUndefined();
    const headlines = [...m.cells.values()].filter((c) => c.sourcing === "linked-headline");
    expect(headlines.length).toBeGreaterThan(0);
    for (const cell of headlines) expect(cell.claimedBy).toEqual([]);
  });

  it("puts Russia and Venezuela in one group, every actor once", () => {
    const group = m.groups.find((g) => g.members.includes("russia"));
    expect(group?.members).toContain("venezuela");
    expect(group?.side).toBe(sides.sideOf.get("russia"));
    expect(m.actors).toHaveLength(sides.graph.actors.length);
    expect(new Set(m.actors).size).toBe(m.actors.length);
    expect(m.groups.at(-1)).toMatchObject({ side: null });
  });
});

describe("the alliance matrix as CSV", () => {
  it("writes a row per actor and a column per actor, the diagonal and missing pairs empty", () => {
    const input = graph(["A+B", "A-B@X", "B:C"]);
    const m = matrixOf(input);
    const rows = matrixCsv(m, (id) => `Land ${id}`).split("\r\n");
    expect(rows.at(-1)).toBe("");
    const header = rows[0]!.split(",");
    expect(header).toEqual(["actor", "side", ...m.actors.map((id) => `Land ${id}`)]);
    const row = (id: string) => rows.find((r) => r.startsWith(`Land ${id},`))!.split(",");
    const col = (id: string) => header.indexOf(`Land ${id}`);
    expect(row("A")[col("B")]).toBe("mixed; both");
    expect(row("B")[col("A")]).toBe("mixed; both");
    expect(row("A")[col("A")]).toBe("");
    expect(row("B")[col("C")]).toBe("no stance; fact");
    expect(row("A")[1]).toMatch(/^side \d$|^not placed$/);
    expect(row("X")[1]).toBe("not placed");
  });

  it("keeps a label that looks like a formula as text", () => {
    const m = matrixOf(graph(["A+B"]));
    const csv = matrixCsv(m, (id) => (id === "A" ? "=HYPERLINK(1)" : "B"));
    expect(csv.split("\r\n")[0]).toContain(",'=HYPERLINK(1)");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it.each([
    { relations: ["A+B"], text: "cooperation; fact" },
    { relations: ["A-B@X?"], text: "opposition; claim (hedged)" },
    { relations: ["A=B", "A:B@X"], text: "neutral; both" },
    { relations: ["A:B^"], text: "no stance; linked-headline" },
  ])("writes $relations as $text", ({ relations, text }) => {
    expect(matrixCellText(matrixCell(matrixOf(graph(relations)), "A", "B"))).toBe(text);
  });
});
