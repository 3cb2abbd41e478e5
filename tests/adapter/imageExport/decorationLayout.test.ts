import { describe, expect, it } from "vitest";
import {
  DECORATION_METRICS as M,
  layoutDecorations,
  wrapText,
  type DecorationInput,
  type DecorationLayout,
  type LegendItemInput,
} from "../../../src/cytoscape/imageExport/decorationLayout.ts";
import type { MeasureText } from "../../../src/cytoscape/imageExport/exportFont.ts";

/** Every character is 0.5 em wide: easy to count, and proportional to the font size. */
const measure: MeasureText = (text, font) => text.length * font.size * 0.5;

const node = (label: string): LegendItemInput => ({
  label,
  group: "nodeType",
  symbolSize: { width: 16, height: 16 },
});
const line = (label: string, group = "stance"): LegendItemInput => ({
  label,
  group,
  symbolSize: { width: 40, height: 14 },
});
const LEGEND = [
  node("Country"),
  node("Organisation"),
  node("Person"),
  line("Reported as fact", "attribution"),
  line("Claimed by a speaker", "attribution"),
  line("Cooperation"),
  line("Opposition"),
];

const layout = (over: Partial<DecorationInput> = {}): DecorationLayout =>
  layoutDecorations({
    graphWidth: 800,
    graphHeight: 600,
    scale: 1,
    title: null,
    legend: [],
    sourceLine: null,
    measure,
    ...over,
  });

const rows = (l: DecorationLayout) =>
  new Set(l.legend.map((i) => i.symbol.y + i.symbol.height / 2));

describe("layoutDecorations", () => {
  it("is the graph picture alone when there is nothing to add", () => {
    expect(layout()).toEqual({
      width: 800,
      height: 600,
      graph: { x: 0, y: 0, width: 800, height: 600 },
      title: [],
      legend: [],
      source: [],
    });
  });

  it("puts the title above the graph and adds its band to the height", () => {
    const l = layout({ title: "Arms talks" });
    const titleLine = M.title.size * M.title.lineHeight;
    expect(l.title).toEqual([
      { text: "Arms talks", x: 16, y: expect.any(Number), font: { size: 20, weight: 700 } },
    ]);
    expect(l.title[0]?.y).toBeGreaterThan(M.padding);
    expect(l.title[0]?.y).toBeLessThan(l.graph.y);
    expect(l.graph).toEqual({
      x: 0,
      y: Math.ceil(M.padding + titleLine + M.titleGap),
      width: 800,
      height: 600,
    });
    // Nothing below the graph: no bottom band.
    expect(l.height).toBe(l.graph.y + 600);
    expect(l.width).toBe(800);
  });

  it("treats a blank title or source line as none", () => {
    expect(layout({ title: "  ", sourceLine: "" })).toEqual(layout());
  });

  it("puts the source line at the bottom, below the legend, all inside the image", () => {
    const l = layout({ legend: LEGEND, sourceLine: "Source: Reuters, 2023-08-15" });
    const lastLegend = Math.max(...l.legend.map((i) => i.symbol.y + i.symbol.height));
    expect(l.graph.y).toBe(0);
    expect(Math.min(...l.legend.map((i) => i.symbol.y))).toBeGreaterThanOrEqual(600 + M.padding);
    expect(l.source).toHaveLength(1);
    expect(l.source[0]?.y).toBeGreaterThan(lastLegend);
    expect(l.source[0]?.y).toBeLessThanOrEqual(l.height - M.padding);
    expect(l.height).toBeGreaterThan(600);
  });

  it("is as tall as the graph plus the bands, and as wide as the graph", () => {
    const l = layout({ title: "T", legend: LEGEND, sourceLine: "S" });
    const bottomBand = l.height - (l.graph.y + l.graph.height);
    expect(l.width).toBe(800);
    expect(l.height).toBe(l.graph.y + 600 + bottomBand);
    expect(bottomBand).toBeGreaterThan(2 * M.padding);
  });

  it("lays a short legend out in one row on a wide image", () => {
    const l = layout({ graphWidth: 2000, legend: LEGEND });
    expect(rows(l).size).toBe(1);
    expect(l.legend.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("wraps the legend into rows that fit the width, in order, without overlaps", () => {
    const l = layout({ graphWidth: 400, legend: LEGEND });
    expect(rows(l).size).toBeGreaterThan(1);
    let previousRight = -Infinity;
    let previousRow = -Infinity;
    for (const item of l.legend) {
      const right = item.text.x + measure(item.text.text, item.text.font);
      expect(item.symbol.x).toBeGreaterThanOrEqual(M.padding);
      expect(right).toBeLessThanOrEqual(l.width - M.padding);
      expect(item.text.x).toBeGreaterThan(item.symbol.x + item.symbol.width);
      const row = item.symbol.y + item.symbol.height / 2;
      if (row === previousRow) expect(item.symbol.x).toBeGreaterThan(previousRight);
      else expect(row).toBeGreaterThan(previousRow);
      previousRight = right;
      previousRow = row;
    }
  });

  it("sets groups further apart than entries of one group", () => {
    const l = layout({ graphWidth: 3000, legend: LEGEND });
    const gapAfter = (i: number) => {
      const a = l.legend[i];
      const b = l.legend[i + 1];
      if (!a || !b) throw new Error("missing item");
      return b.symbol.x - (a.text.x + measure(a.text.text, a.text.font));
    };
    expect(gapAfter(0)).toBe(M.legend.itemGap);
    expect(gapAfter(2)).toBe(M.legend.groupGap);
  });

  it("centres a picture narrower than the words need", () => {
    const l = layout({ graphWidth: 100, graphHeight: 80, title: "Alone" });
    expect(l.width).toBe(M.minWidth);
    expect(l.graph.x).toBe((M.minWidth - 100) / 2);
  });

  it("wraps a long title and source line inside the padding", () => {
    const long = "Venezuela discusses arms purchases with Russia in a meeting that lasts long";
    const l = layout({ graphWidth: 400, title: long, sourceLine: `Source: ${long}` });
    expect(l.title.length).toBeGreaterThan(1);
    expect(l.source.length).toBeGreaterThan(1);
    for (const t of [...l.title, ...l.source]) {
      expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(400 - M.padding);
    }
    expect(l.title.map((t) => t.text).join(" ")).toBe(long);
  });

  it("at 2× doubles the text and the bands, so the words keep their size relative to the graph", () => {
    const input = { title: "Arms talks", legend: LEGEND, sourceLine: "Source: Reuters" };
    const one = layout(input);
    const two = layout({ ...input, graphWidth: 1600, graphHeight: 1200, scale: 2 });
    expect(two.title[0]?.font.size).toBe(2 * (one.title[0]?.font.size ?? 0));
    expect(two.legend[0]?.text.font.size).toBe(2 * (one.legend[0]?.text.font.size ?? 0));
    expect(two.source[0]?.font.size).toBe(2 * (one.source[0]?.font.size ?? 0));
    expect(two.legend[0]?.symbol.width).toBe(32);
    expect(two.width).toBe(1600);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
    expect(rows(two).size).toBe(rows(one).size);
  });

  it("widens the image for a legend entry that would not fit even on a row of its own", () => {
    const l = layout({ graphWidth: 100, legend: [node("x".repeat(100))] });
    expect(l.width).toBe(Math.ceil(16 + 6 + 100 * 6.5 + 2 * M.padding));
  });
});

describe("wrapText", () => {
  const font = { size: 2, weight: 400 } as const; // one character = one unit wide
  it.each([
    { text: "a bb ccc", max: 3, want: ["a", "bb", "ccc"] },
    { text: "a bb ccc", max: 4, want: ["a bb", "ccc"] },
    { text: "  spaced   out  ", max: 20, want: ["spaced out"] },
    { text: "", max: 5, want: [] },
    {
      text: "https://example.org/a/very/long/path",
      max: 10,
      want: ["https://ex", "ample.org/", "a/very/lon", "g/path"],
    },
    { text: "go 🇻🇪🇷🇺 now", max: 3, want: ["go", "🇻🇪", "🇷🇺", "now"] },
  ])("$text in $max units", ({ text, max, want }) => {
    expect(wrapText(text, max, font, (t) => [...t].length)).toEqual(want);
  });
});

describe("layoutDecorations at another scale", () => {
  // A font whose widths do not grow exactly with its size, as hinted fonts do: measured at 2×,
  // this title would need one more line than at 1×.
  const hinted: MeasureText = (text, font) =>
    text.length * font.size * (font.size > 20 ? 0.56 : 0.5);
  const title = "A title long enough to wrap onto a second line in a narrow image";

  it("breaks lines where the 1× image does, so 2× is twice 1× in both directions", () => {
    const at = (scale: number) =>
      layout({ title, scale, measure: hinted, graphWidth: 400 * scale, graphHeight: 300 * scale });
    const one = at(1);
    const two = at(2);
    expect(two.title.map((t) => t.text)).toEqual(one.title.map((t) => t.text));
    expect(two.width).toBe(one.width * 2);
    expect(two.height / one.height).toBeCloseTo(2, 2);
  });
});

describe("layoutDecorations with the picture a pixel narrower at 2×", () => {
  it("keeps a title that just fits at 1× on the same lines at 2×", () => {
    // 40 characters at 20 px × 0.5: 400 px wide, exactly the inner width of a 432 px image.
    const title = "x".repeat(19) + " " + "y".repeat(20);
    const one = layout({ title, graphWidth: 432, graphHeight: 300, scale: 1 });
    // Cytoscape's 2× picture of the same graph, one pixel short of twice as wide.
    const two = layout({ title, graphWidth: 863, graphHeight: 600, scale: 2 });
    expect(one.title.map((t) => t.text)).toEqual([title]);
    expect(two.title.map((t) => t.text)).toEqual([title]);
  });
});
