import { CodePointText } from "./codePoints.ts";

/**
 * The rest of a quote's paragraph in its source: the text from the paragraph's start (the line
 * break before the quote, or the text's start) up to the quote, and from the quote up to the
 * paragraph's end. `start` and `end` are the evidence's code-point offsets, which the document
 * check has verified, so both parts are the source's own words.
 *
 * @example paragraphAround("Title\nAlpha met Beta in Gamma.\nNext", 16, 20)
 * // { before: "Alpha met ", after: " in Gamma." }
 */
export function paragraphAround(
  text: string,
  start: number,
  end: number,
): { before: string; after: string } {
  const cp = new CodePointText(text);
  const from = cp.toUtf16(Math.max(0, Math.min(start, cp.length)));
  const to = cp.toUtf16(Math.max(0, Math.min(end, cp.length)));
  const breakBefore = from === 0 ? -1 : text.lastIndexOf("\n", from - 1);
  const breakAfter = text.indexOf("\n", to);
  const after = text.slice(to, breakAfter === -1 ? text.length : breakAfter);
  return {
    before: text.slice(breakBefore + 1, from),
    // A CRLF's CR belongs to the line end, not to the paragraph.
    after: after.endsWith("\r") ? after.slice(0, -1) : after,
  };
}
