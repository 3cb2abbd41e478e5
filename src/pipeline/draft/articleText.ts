import { utf8Length } from "../../domain/codePoints.ts";

/**
 * What an article to draft from must be in the curation view (the same rules as `npm run draft`):
 * text, UTF-8, not empty, at most 2 MB. Each refusal is one plain sentence naming the article
 * as the caller does (“article.txt”, or "The pasted text").
 */

/** The largest article drafted (its UTF-8 bytes): the drafter takes about 1 s per megabyte. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ArticleText = { readonly ok: true; readonly text: string } | ArticleRefusal;
export interface ArticleRefusal {
  readonly ok: false;
  readonly message: string;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const refuse = (message: string): ArticleRefusal => ({ ok: false, message });

/**
 * A file's bytes → its text, or why not. The text is kept as it is (line breaks, no-break
 * spaces, emoji); only a UTF-8 byte order mark is dropped, as any UTF-8 reader does.
 *
 * @example articleFromBytes(new Uint8Array([0, 1]), "“photo.jpg”") // { ok: false, message: "“photo.jpg” is binary, not text" }
 */
export function articleFromBytes(bytes: Uint8Array, name: string): ArticleText {
  if (bytes.length > MAX_ARTICLE_BYTES) return tooLarge(name, bytes.length);
  if (bytes.includes(0)) return refuse(`${name} is binary, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(`${name} is not UTF-8 text`);
  }
  return articleFromText(text, name);
}

/**
 * A text pasted or read: refused when it is empty, or over the limit in UTF-8 bytes.
 *
 * @example articleFromText("  \n", "The pasted text") // { ok: false, message: "The pasted text is empty" }
 */
export function articleFromText(text: string, name: string): ArticleText {
  if (text.trim() === "") return refuse(`${name} is empty`);
  // A UTF-16 unit is at most 3 UTF-8 bytes: only a text that might be too large is measured.
  if (text.length * 3 > MAX_ARTICLE_BYTES) {
    const bytes = utf8Length(text);
    if (bytes > MAX_ARTICLE_BYTES) return tooLarge(name, bytes);
  }
  return { ok: true, text };
}

function tooLarge(name: string, bytes: number): ArticleRefusal {
  return refuse(`${name} is ${megabytes(bytes)}; an article is at most 2 MB of text`);
}
