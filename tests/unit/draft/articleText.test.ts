import { describe, expect, it } from "vitest";
import {
  articleFromBytes,
  articleFromText,
  MAX_ARTICLE_BYTES,
} from "../../../src/pipeline/draft/articleText.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("an article to draft", () => {
  const cases: { name: string; bytes: Uint8Array; result: ReturnType<typeof articleFromBytes> }[] =
    [
      {
        name: "text, kept as it is",
        bytes: utf8("A\r\nB\u00a0C 🤝"),
        result: { ok: true, text: "A\r\nB\u00a0C 🤝" },
      },
      {
        name: "a UTF-8 byte order mark dropped",
        bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]),
        result: { ok: true, text: "A" },
      },
      { name: "empty", bytes: utf8(" \n\t"), result: { ok: false, message: "“a.txt” is empty" } },
      {
        name: "binary",
        bytes: new Uint8Array([0x89, 0x50, 0x00, 0x47]),
        result: { ok: false, message: "“a.txt” is binary, not text" },
      },
      {
        name: "not UTF-8",
        bytes: new Uint8Array([0x41, 0xe9, 0x42]),
        result: { ok: false, message: "“a.txt” is not UTF-8 text" },
      },
      {
        name: "over 2 MB",
        bytes: new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x41),
        result: { ok: false, message: "“a.txt” is 2.0 MB; an article is at most 2 MB of text" },
      },
    ];
  it.each(cases)("$name", ({ bytes, result }) => {
    expect(articleFromBytes(bytes, "“a.txt”")).toEqual(result);
  });

  it("measures a pasted text in UTF-8 bytes: 700,000 emoji are 2.7 MB", () => {
    expect(articleFromText("🤝".repeat(700_000), "The article text")).toEqual({
      ok: false,
      message: "The article text is 2.7 MB; an article is at most 2 MB of text",
    });
    expect(articleFromText("a".repeat(MAX_ARTICLE_BYTES), "The article text").ok).toBe(true);
  });
});
