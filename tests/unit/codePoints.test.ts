import { describe, expect, it } from "vitest";
import { CodePointText, codePointLength } from "../../src/domain/codePoints.ts";

/** Each text with its length in code points and UTF-16 units and a few known slices. */
const TEXTS: {
  name: string;
  text: string;
  length: number;
  utf16Length: number;
  slices: [start: number, end: number, expected: string][];
}[] = [
  { name: "ASCII", text: "hello", length: 5, utf16Length: 5, slices: [[1, 3, "el"]] },
  {
    name: "precomposed é",
    text: "caf\u00e9 au lait",
    length: 12,
    utf16Length: 12,
    slices: [[3, 4, "\u00e9"]],
  },
  {
    name: "e + combining acute",
    text: "cafe\u0301 au lait",
    length: 13,
    utf16Length: 13,
    slices: [
      [3, 5, "e\u0301"],
      [4, 5, "\u0301"],
    ],
  },
  { name: "CJK (BMP)", text: "東京タワー", length: 5, utf16Length: 5, slices: [[0, 2, "東京"]] },
  {
    name: "emoji in the middle",
    text: "a😀b",
    length: 3,
    utf16Length: 4,
    slices: [
      [1, 2, "😀"],
      [2, 3, "b"],
    ],
  },
  {
    name: "ZWJ family sequence",
    text: "x👩‍👩‍👧y",
    length: 7,
    utf16Length: 10,
    slices: [
      [1, 2, "👩"],
      [1, 6, "👩‍👩‍👧"],
      [6, 7, "y"],
    ],
  },
  {
    name: "flags (regional indicator pairs)",
    text: "🇻🇪🇷🇺",
    length: 4,
    utf16Length: 8,
    slices: [
      [0, 2, "🇻🇪"],
      [2, 4, "🇷🇺"],
    ],
  },
  {
    name: "starts with an astral character",
    text: "😀 start",
    length: 7,
    utf16Length: 8,
    slices: [
      [0, 1, "😀"],
      [2, 7, "start"],
    ],
  },
  {
    name: "ends with an astral character",
    text: "end 😀",
    length: 5,
    utf16Length: 6,
    slices: [
      [4, 5, "😀"],
      [0, 3, "end"],
    ],
  },
  {
    name: "mixed: accents, CJK, emoji",
    text: "Mañana 東京 🤝 Café 🎉",
    length: 18,
    utf16Length: 20,
    slices: [
      [10, 11, "🤝"],
      [12, 16, "Café"],
      [17, 18, "🎉"],
    ],
  },
  {
    name: "lone surrogates count as one code point each",
    text: "a\ud83db\ude00",
    length: 4,
    utf16Length: 4,
    slices: [[1, 3, "\ud83db"]],
  },
];

describe("CodePointText", () => {
  it.each(TEXTS)("$name: length in code points", ({ text, length, utf16Length }) => {
    expect(text.length).toBe(utf16Length);
    expect(new CodePointText(text).length).toBe(length);
    expect(Array.from(text)).toHaveLength(length);
  });

  it.each(TEXTS)("$name: known slices", ({ text, slices }) => {
    const cpt = new CodePointText(text);
    for (const [start, end, expected] of slices) expect(cpt.slice(start, end)).toBe(expected);
  });

  it.each(TEXTS)("$name: every slice equals the code-point array's slice", ({ text }) => {
    const cpt = new CodePointText(text);
    const points = Array.from(text);
    for (let start = 0; start <= points.length; start++) {
      for (let end = start; end <= points.length; end++) {
        expect(cpt.slice(start, end)).toBe(points.slice(start, end).join(""));
      }
    }
  });

  it.each(TEXTS)("$name: toUtf16 and toCodePoint convert both ways", ({ text, length }) => {
    const cpt = new CodePointText(text);
    const points = Array.from(text);
    for (let cp = 0; cp <= length; cp++) {
      const unit = points.slice(0, cp).join("").length;
      expect(cpt.toUtf16(cp)).toBe(unit);
      expect(cpt.toCodePoint(unit)).toBe(cp);
    }
  });

  it("maps offsets after astral characters to different UTF-16 indices", () => {
    const cpt = new CodePointText("🇻🇪 Caracas 😀 met");
    // "Caracas" starts after two regional indicators and a space: 3 code points, 5 units.
    expect(cpt.toUtf16(3)).toBe(5);
    expect(cpt.toCodePoint(5)).toBe(3);
    expect(cpt.slice(3, 10)).toBe("Caracas");
    // "met" follows one more astral character.
    expect(cpt.toUtf16(13)).toBe(16);
    expect(cpt.slice(13, 16)).toBe("met");
  });

  it.each([
    [-5, 2, "a😀"],
    [2, 100, "b"],
    [3, 1, ""],
    [3, 3, ""],
    [100, 200, ""],
  ])("clamps slice(%i, %i) to the text", (start, end, expected) => {
    expect(new CodePointText("a😀b").slice(start, end)).toBe(expected);
  });

  it("keeps the original text", () => {
    expect(new CodePointText("a😀b").text).toBe("a😀b");
  });
});

describe("codePointLength", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["\u00e9", 1],
    ["e\u0301", 2],
    ["東京", 2],
    ["😀", 1],
    ["🇻🇪", 2],
    ["👩‍👩‍👧", 5],
    ["a\ud83d", 2],
  ])("%j has %i code points", (s, n) => {
    expect(codePointLength(s)).toBe(n);
    expect(codePointLength(s)).toBe(new CodePointText(s).length);
  });
});
