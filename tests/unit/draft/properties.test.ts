import { describe, expect, it } from "vitest";
import { CodePointText } from "../../../src/domain/codePoints.ts";
import { seededRandom } from "../../../src/domain/seededRandom.ts";
import { buildGraphDocument } from "../../../src/pipeline/buildGraphDocument.ts";
import { draftAnnotation, type Draft } from "../../../src/pipeline/draft/draft.ts";
import { resolveQuote } from "../../../src/pipeline/resolveQuote.ts";

/**
 * Property tests with a small seeded generator (the same seeds give the same texts on every
 * run; a failure names its seed): the drafter never throws, every quote it proposes is the
 * text's own words at the place it meant, and the draft, once its marker is removed, builds.
 */

const PIECES = [
  "Russia",
  "Venezuela",
  "Caracas",
  "the United States",
  "US",
  "NATO",
  "AUKUS",
  "Putin",
  "President Vladimir Putin",
  "China's Defense Minister",
  "Iranian deputy defense chief",
  "the Moscow Conference on International Security (MCIS)",
  "Rostec",
  "said",
  "told Sputnik",
  "according to",
  "talks with",
  "signed",
  "criticised",
  "the deal",
  "he said",
  "Mr.",
  "U.S.",
  "a",
  "the",
  "and",
  "of",
  "in",
  "to",
  "Monday",
  ".",
  ",",
  "!",
  "?",
  ":",
  ";",
  "'s",
  "-",
  "'",
  '"',
  "“",
  "”",
  "(",
  ")",
  "[",
  "]",
  " ",
  " ",
  " ",
  "\n",
  "\r\n",
  "\n\n",
  "\u00a0",
  "\t",
  "😀",
  "🇺🇦",
  "👩‍👩‍👧",
  "e\u0301",
  "مرحبا",
  "שלום",
  "\u200f",
  "\u202e",
  "\u0000",
  "\ufeff",
  "\ud800",
  "\udfff",
  "ß",
  "İ",
  "Ⅻ",
  "１２",
  "Ｒｕｓｓｉａ",
];

function randomText(random: () => number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.85) text += PIECES[Math.floor(random() * PIECES.length)] ?? "";
    else text += String.fromCodePoint(Math.floor(random() * 0x2ffff));
    if (random() < 0.6) text += " ";
  }
  return text;
}

/** Every quote resolves, with the pipeline's resolver, exactly where the drafter placed it. */
function expectVerbatim(text: string, draft: Draft): void {
  const cp = new CodePointText(text);
  const { annotation, placed } = draft;
  const sourceId = annotation.sources[0]?.id ?? "";
  const check = (path: string, q: (typeof annotation.nodes)[number]["quotes"][number]) => {
    const request = typeof q === "string" ? { exact: q } : q;
    const resolved = resolveQuote(cp, sourceId, request);
    expect(resolved.ok, `${path}: ${JSON.stringify(q)}`).toBe(true);
    if (!resolved.ok) return;
    expect(cp.slice(resolved.evidence.start, resolved.evidence.end)).toBe(request.exact);
    expect({ start: resolved.evidence.start, end: resolved.evidence.end }, path).toEqual(
      placed.get(path),
    );
  };
  annotation.nodes.forEach((n, i) =>
    n.quotes.forEach((q, j) => check(`nodes[${i}].quotes[${j}]`, q)),
  );
  annotation.edges.forEach((e, i) =>
    e.quotes.forEach((q, j) => check(`edges[${i}].quotes[${j}]`, q)),
  );
}

function expectBuildsOnceReviewed(text: string, draft: Draft): void {
  if (text === "") return; // a source has text; the CLI refuses an empty file
  const { draft: _marker, ...reviewed } = draft.annotation;
  const built = buildGraphDocument(
    reviewed,
    new Map([[draft.annotation.sources[0]?.file ?? "", text]]),
  );
  expect(built.ok ? [] : built.problems.slice(0, 3)).toEqual([]);
}

describe("the drafter on arbitrary text", () => {
  it.each([
    ["empty", ""],
    ["only white space", " \n\r\n\t\u00a0 \u2028 "],
    ["CRLF lines", "Russia talks.\r\nVenezuela said so.\r\n\r\nNATO met AUKUS.\r\n"],
    ["NBSP between words", "President\u00a0Vladimir\u00a0Putin said\u00a0Russia agrees."],
    ["emoji and flags", "🇷🇺 Russia 😀 and 👩‍👩‍👧 Venezuela signed a pact 😀."],
    ["right-to-left", "\u202eRussia\u202c قال بوتين إن روسيا Russia ו-NATO שלום."],
    ["lone surrogates", "Russia \ud800 met \udfff NATO. \ud83d"],
    ["an unclosed quotation", '"Russia will win, Putin said'],
    ["punctuation only", ".,;:!?\"“”()[]'’-–—…"],
  ])("%s: never throws, quotes verbatim, builds once reviewed", (_name, text) => {
    const draft = draftAnnotation(text, { file: "t.txt" });
    expectVerbatim(text, draft);
    expectBuildsOnceReviewed(text, draft);
  });

  it("holds on 200 seeded random texts", () => {
    let quotes = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const text = randomText(random, Math.floor(random() * 300));
      let draft: Draft | undefined;
      expect(
        () => (draft = draftAnnotation(text, { file: "t.txt" })),
        `seed ${seed}`,
      ).not.toThrow();
      expectVerbatim(text, draft!);
      expectBuildsOnceReviewed(text, draft!);
      quotes += draft!.placed.size;
    }
    // The texts are made of names and cues, so the property is tested on many real quotes.
    expect(quotes).toBeGreaterThan(2000);
  }, 60_000); // about 2.5 s alone; the two cores are shared

  it("holds on a huge text (about half a megabyte)", () => {
    const text = randomText(seededRandom(7), 60_000);
    const draft = draftAnnotation(text, { file: "t.txt" });
    expect(draft.annotation.nodes.length).toBeGreaterThan(0);
    expectVerbatim(text, draft);
  }, 60_000);

  it("is deterministic: the same text gives the same draft", () => {
    const text = randomText(seededRandom(11), 400);
    expect(JSON.stringify(draftAnnotation(text, { file: "t.txt" }).annotation)).toBe(
      JSON.stringify(draftAnnotation(text, { file: "t.txt" }).annotation),
    );
  });
});
