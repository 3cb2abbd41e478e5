import { describe, expect, it } from "vitest";
import { CodePointText, codePointLength } from "../../src/domain/codePoints.ts";
import {
  CONTEXT_LENGTH,
  findAll,
  resolveQuote,
  type QuoteRequest,
} from "../../src/pipeline/resolveQuote.ts";
import {
  articleText,
  codePointIndexOf,
  codePointSlice,
  fixtureText,
} from "../fixtures/fixtures.ts";

const ARTICLE = articleText();
const EMOJI = fixtureText("emoji-summit");

describe("resolveQuote: found", () => {
  it.each([
    { name: "at the very start (no prefix)", text: ARTICLE, exact: "Venezuela launches talks" },
    {
      name: "10 code points in (short prefix)",
      text: ARTICLE,
      exact: "launches talks with Russia",
    },
    {
      name: "in the middle (full prefix and suffix)",
      text: ARTICLE,
      exact: "Russian state-owned defense exporter Rosoboronexport",
    },
    { name: "at the very end (no suffix)", text: ARTICLE, exact: "for security conference" },
    { name: "near the end (short suffix)", text: ARTICLE, exact: "lands in Moscow" },
    {
      name: "with occurrence 2",
      text: ARTICLE,
      exact: "11th Moscow Conference on International Security (MCIS)",
      occurrence: 2,
    },
    {
      name: "with occurrence 1 of 2",
      text: ARTICLE,
      exact: "11th Moscow Conference on International Security (MCIS)",
      occurrence: 1,
    },
    { name: "after a flag and an emoji", text: EMOJI, exact: "met Moscow 🤝" },
    { name: "an emoji quote, second occurrence", text: EMOJI, exact: "Moscow 🤝", occurrence: 2 },
    { name: "after a ZWJ sequence", text: EMOJI, exact: "Families in Café Mañana" },
    { name: "starting with a flag", text: EMOJI, exact: "🇻🇪 Caracas" },
    { name: "ending with an emoji", text: EMOJI, exact: "the minister said 🎉" },
  ])("$name", ({ text, exact, occurrence }) => {
    const request: QuoteRequest = occurrence === undefined ? { exact } : { exact, occurrence };
    const result = resolveQuote(new CodePointText(text), "src", request);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const start = codePointIndexOf(text, exact, occurrence ?? 1);
    const end = start + Array.from(exact).length;
    expect(result.evidence).toEqual({
      source: "src",
      exact,
      start,
      end,
      prefix: codePointSlice(text, start - CONTEXT_LENGTH, start),
      suffix: codePointSlice(text, end, end + CONTEXT_LENGTH),
    });
    expect([...text].slice(result.evidence.start, result.evidence.end).join("")).toBe(exact);
    expect(codePointLength(result.evidence.prefix)).toBe(Math.min(CONTEXT_LENGTH, start));
    const total = Array.from(text).length;
    expect(codePointLength(result.evidence.suffix)).toBe(Math.min(CONTEXT_LENGTH, total - end));
  });

  it("uses 32 code points of context", () => {
    expect(CONTEXT_LENGTH).toBe(32);
  });

  it("gives code-point offsets, not UTF-16 indices, after non-BMP characters", () => {
    const exact = "completely";
    const result = resolveQuote(new CodePointText(EMOJI), "src", { exact });
    if (!result.ok) throw new Error(result.message);
    const utf16 = EMOJI.indexOf(exact);
    // Text before the quote: flag (2), 😀, 🤝, the family (3 astral), 🤝 — 8 surrogate pairs.
    expect(result.evidence.start).toBe(utf16 - 8);
    expect(result.evidence.end).toBe(utf16 - 8 + 10);
    expect([...EMOJI].slice(result.evidence.start, result.evidence.end).join("")).toBe(exact);
    expect(EMOJI.slice(result.evidence.start, result.evidence.end)).not.toBe(exact);
  });

  it("keeps a combining accent inside the quote's code points", () => {
    const text = new CodePointText("Cafe\u0301 talks 😀 in Cafe\u0301 Man\u0303ana");
    const result = resolveQuote(text, "s", { exact: "Man\u0303ana", occurrence: 1 });
    if (!result.ok) throw new Error(result.message);
    expect(result.evidence.start).toBe(23);
    expect(result.evidence.end).toBe(30);
    expect(result.evidence.suffix).toBe("");
  });
});

describe("resolveQuote: refused", () => {
  it.each([
    {
      name: "not found",
      text: ARTICLE,
      request: { exact: "Venezuela launches talks with China" },
      fragments: ['"Venezuela launches talks with China"', 'source "article"', "not found"],
    },
    {
      name: "not found (case differs)",
      text: ARTICLE,
      request: { exact: "venezuela launches talks" },
      fragments: ['"venezuela launches talks"', "not found"],
    },
    {
      name: "ambiguous without occurrence",
      text: ARTICLE,
      request: { exact: "11th Moscow Conference on International Security (MCIS)" },
      fragments: ["occurs 2 times", '"occurrence"', 'source "article"', "11th Moscow Conference"],
    },
    {
      name: "ambiguous: overlapping occurrences count",
      text: "aaa",
      request: { exact: "aa" },
      fragments: ['"aa" occurs 2 times', '"occurrence"'],
    },
    {
      name: "ambiguous emoji quote",
      text: EMOJI,
      request: { exact: "Moscow 🤝" },
      fragments: ['"Moscow 🤝" occurs 2 times', '"occurrence"'],
    },
    {
      name: "occurrence beyond the count",
      text: ARTICLE,
      request: { exact: "11th Moscow Conference on International Security (MCIS)", occurrence: 3 },
      fragments: ["occurs 2 times", "occurrence 3 does not exist"],
    },
    {
      name: "occurrence 2 of a unique quote",
      text: ARTICLE,
      request: { exact: "Venezuela launches talks", occurrence: 2 },
      fragments: ["occurs 1 time in", "occurrence 2 does not exist"],
    },
  ])("$name", ({ text, request, fragments }) => {
    const result = resolveQuote(new CodePointText(text), "article", request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const fragment of fragments) expect(result.message).toContain(fragment);
  });

  it("shortens a very long quote in its message", () => {
    const exact = `${"word ".repeat(40)}missing`;
    const result = resolveQuote(new CodePointText(ARTICLE), "article", { exact });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.message).toContain('"word word');
    expect(result.message).toContain("…");
    expect(result.message.length).toBeLessThan(200);
  });
});

describe("resolveQuote: speaker", () => {
  it("copies the speaker onto the evidence", () => {
    const result = resolveQuote(new CodePointText(ARTICLE), "article", {
      exact: "Everything is almost ready",
      speaker: "renier-urbaez-fermin",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.evidence.speaker).toBe("renier-urbaez-fermin");
  });

  it("sets no speaker key when there is none", () => {
    const result = resolveQuote(new CodePointText(ARTICLE), "article", {
      exact: "Everything is almost ready",
    });
    if (!result.ok) throw new Error(result.message);
    expect(Object.keys(result.evidence)).not.toContain("speaker");
  });
});

describe("findAll", () => {
  it.each([
    ["abcabc", "abc", [0, 3]],
    ["aaaa", "aa", [0, 1, 2]],
    ["abc", "x", []],
    ["😀a😀a", "😀a", [0, 3]],
  ])("findAll(%j, %j) = %j (UTF-16 indices)", (haystack, needle, expected) => {
    expect(findAll(haystack, needle)).toEqual(expected);
  });
});
