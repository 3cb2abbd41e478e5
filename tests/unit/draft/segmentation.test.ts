import { describe, expect, it } from "vitest";
import { segment } from "../../../src/pipeline/draft/sentences.ts";

const sentencesOf = (text: string) => {
  const seg = segment(text);
  return seg.sentences.map((s) => text.slice(s.start, s.end));
};

describe("segment: sentences", () => {
  it.each([
    ["One. Two.", ["One.", "Two."]],
    ["Mr. Smith met Dr. Jones. They spoke.", ["Mr. Smith met Dr. Jones.", "They spoke."]],
    ["U.S. officials said so. Then left.", ["U.S. officials said so.", "Then left."]],
    ["The pact (signed by J. Doe) holds. Yes!", ["The pact (signed by J. Doe) holds.", "Yes!"]],
    ['"We agree," he said. "Fully."', ['"We agree," he said.', '"Fully."']],
    [
      "Headline without a stop\r\nBody text. More.",
      ["Headline without a stop", "Body text.", "More."],
    ],
    ["It rose 2.5 percent. Then fell.", ["It rose 2.5 percent.", "Then fell."]],
    ["  \n \u00a0 \n", []],
    ["", []],
  ])("%j", (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("keeps a line break as a sentence end and counts lines as paragraphs", () => {
    const seg = segment("A b\n\nC d. E f.");
    expect(seg.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });
});

describe("segment: words and quotations", () => {
  it.each([
    ["China's Defense Minister", ["China", "Defense", "Minister"]],
    ["US-led and state-owned", ["US", "led", "and", "state", "owned"]],
    ["the AK-103 at Army-2023", ["the", "AK-103", "at", "Army-2023"]],
    ["OPEC+ met the U.S. side", ["OPEC+", "met", "the", "U.S", "side"]],
    ["O'Brien and the US' plan", ["O'Brien", "and", "the", "US", "plan"]],
  ])("%j", (text, words) => {
    expect(segment(text).tokens.map((t) => t.text)).toEqual(words);
  });

  it("finds straight and curly quotations, and closes one left open at the line's end", () => {
    const text = 'He said "one two" and “three”.\n"Open to the end';
    const seg = segment(text);
    expect(seg.quotations.map((q) => text.slice(q.start, q.end))).toEqual([
      "one two",
      "three",
      "Open to the end",
    ]);
  });

  it("marks the first word of a sentence, after an opening quotation mark", () => {
    const seg = segment('"Today we meet," Putin said.');
    expect(seg.tokens.filter((t) => t.initial).map((t) => t.text)).toEqual(["Today"]);
  });
});
