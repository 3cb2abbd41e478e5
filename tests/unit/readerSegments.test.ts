import { describe, expect, it } from "vitest";
import { quotesBySource, segmentSource, type QuoteRef } from "../../src/domain/readerSegments.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const ref = (id: string, index = 0): QuoteRef => ({ kind: "node", id, index });
const runs = (text: string, quotes: { start: number; end: number; ref: QuoteRef }[]) =>
  segmentSource(text, quotes).map((p) =>
    p.segments.map(
      (s) => `${s.text}${s.refs.length ? `[${s.refs.map((r) => r.id).join(",")}]` : ""}`,
    ),
  );

describe("segmentSource", () => {
  it.each([
    { name: "plain text", text: "abc", quotes: [], want: [["abc"]] },
    {
      name: "one quote",
      text: "abcde",
      quotes: [{ start: 1, end: 3, ref: ref("q") }],
      want: [["a", "bc[q]", "de"]],
    },
    {
      name: "a quote nested in another",
      text: "abcdef",
      quotes: [
        { start: 0, end: 6, ref: ref("outer") },
        { start: 2, end: 4, ref: ref("inner") },
      ],
      want: [["ab[outer]", "cd[outer,inner]", "ef[outer]"]],
    },
    {
      name: "overlapping quotes",
      text: "abcdef",
      quotes: [
        { start: 0, end: 4, ref: ref("x") },
        { start: 2, end: 6, ref: ref("y") },
      ],
      want: [["ab[x]", "cd[x,y]", "ef[y]"]],
    },
    {
      name: "paragraphs, and a quote across a line break",
      text: "ab\ncd\n\nef",
      quotes: [{ start: 1, end: 4, ref: ref("q") }],
      want: [["a", "b[q]"], ["c[q]", "d"], ["ef"]],
    },
    {
      name: "code points, not UTF-16 units",
      text: "😀a😀b",
      quotes: [{ start: 2, end: 4, ref: ref("q") }],
      want: [["😀a", "😀b[q]"]],
    },
  ])("$name", ({ text, quotes, want }) => {
    expect(runs(text, quotes)).toEqual(want);
  });

  it("gives each run its code-point offset", () => {
    const [paragraph] = segmentSource("😀ab", [{ start: 1, end: 2, ref: ref("q") }]);
    expect(paragraph!.segments.map((s) => [s.text, s.start])).toEqual([
      ["😀", 0],
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("covers the whole article, and each quoted run lies inside its quotes", () => {
    const doc = buildOrThrow(articleInputs());
    const source = doc.sources[0]!;
    const quotes = quotesBySource(doc).get(source.id)!;
    const total =
      doc.nodes.reduce((n, x) => n + x.evidence.length, 0) +
      doc.edges.reduce((n, x) => n + x.evidence.length, 0);
    expect(quotes).toHaveLength(total);
    const paragraphs = segmentSource(source.text, quotes);
    const rebuilt = paragraphs.map((p) => p.segments.map((s) => s.text).join("")).join("\n");
    expect(rebuilt).toBe(
      source.text
        .split("\n")
        .filter((l) => l.trim() !== "")
        .join("\n"),
    );
    const chars = [...source.text];
    for (const p of paragraphs) {
      for (const s of p.segments) {
        expect(chars.slice(s.start, s.start + [...s.text].length).join("")).toBe(s.text);
        for (const r of s.refs) {
          const q = quotes.find((x) => x.ref === r)!;
          expect(s.start).toBeGreaterThanOrEqual(q.start);
          expect(s.start + [...s.text].length).toBeLessThanOrEqual(q.end);
        }
      }
    }
  });
});
