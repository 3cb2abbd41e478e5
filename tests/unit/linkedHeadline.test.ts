import { describe, expect, it } from "vitest";
import { CodePointText } from "../../src/domain/codePoints.ts";
import { onLinkedHeadline } from "../../src/domain/linkedHeadline.ts";

/** Whether `quote`, found once in `text`, lies on a linked headline (code-point offsets). */
function quoteOnHeadline(text: string, quote: string): boolean {
  const at = text.indexOf(quote);
  if (at < 0 || text.indexOf(quote, at + 1) >= 0) throw new Error(`fixture: ${quote}`);
  const start = [...text.slice(0, at)].length;
  return onLinkedHeadline(new CodePointText(text), start, start + [...quote].length);
}

describe("onLinkedHeadline", () => {
  it.each([
    {
      name: "a 'Read more:' line",
      text: "A met B.\nRead more: C visits D",
      quote: "C visits",
      on: true,
    },
    {
      name: "the article's first line",
      text: "Read more: C visits D\nA met B.",
      quote: "C visits",
      on: true,
    },
    {
      name: "another lead-in",
      text: "A met B.\nSee also: C visits D",
      quote: "C visits D",
      on: true,
    },
    {
      name: "any case, a space before the colon",
      text: "A.\nREAD MORE : C visits D",
      quote: "visits",
      on: true,
    },
    {
      name: "a line ending in \\r\\n",
      text: "A.\r\nRead more: C visits D\r\nE.",
      quote: "C visits D",
      on: true,
    },
    {
      name: "an astral character before it",
      text: "😀 A.\nRead more: C visits D",
      quote: "visits",
      on: true,
    },
    {
      name: "the article's own words",
      text: "A met B.\nRead more: C visits D",
      quote: "A met",
      on: false,
    },
    {
      name: "words running onto the next line",
      text: "Read more: C visits D\nE met F.",
      quote: "D\nE",
      on: false,
    },
    {
      name: "'Read more' without a colon",
      text: "A.\nRead more about C visits D",
      quote: "C visits",
      on: false,
    },
    {
      name: "'Read more:' inside a line",
      text: "A said: Read more: C visits D",
      quote: "C visits",
      on: false,
    },
  ])("$name: $on", ({ text, quote, on }) => {
    expect(quoteOnHeadline(text, quote)).toBe(on);
  });
});
