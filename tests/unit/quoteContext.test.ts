import { describe, expect, it } from "vitest";
import { paragraphAround } from "../../src/domain/quoteContext.ts";

describe("paragraphAround", () => {
  const TEXT = "Title\nAlpha met Beta in Gamma.\nNext line";

  it.each([
    ["a quote inside a paragraph", 16, 20, "Alpha met ", " in Gamma."],
    ["a quote opening the text", 0, 5, "", ""],
    ["a quote ending the text", 31, 35, "", " line"],
    ["a quote that is a whole paragraph", 6, 30, "", ""],
  ])("gives the rest of the paragraph around %s", (_name, start, end, before, after) => {
    expect(paragraphAround(TEXT, start, end)).toEqual({ before, after });
  });

  it("counts code points, so an emoji before the quote moves nothing", () => {
    const text = "😀 Alpha met Beta.\n";
    // "Beta" starts at code point 12 (the emoji is one code point, two UTF-16 units).
    expect(paragraphAround(text, 12, 16)).toEqual({ before: "😀 Alpha met ", after: "." });
  });

  it("ends a paragraph at a CRLF too, without its CR", () => {
    expect(paragraphAround("A b c\r\nD", 2, 3)).toEqual({ before: "A ", after: " c" });
  });
});
