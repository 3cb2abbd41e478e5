import type { CodePointText } from "./codePoints.ts";

/**
 * Linked headlines: lines of an article that are the headlines of other articles it links to
 * ("Read more: Iranian deputy defense chief lands in Moscow for security conference"). News
 * sites put them between paragraphs; copied as text they read like the article's own
 * sentences, but they report nothing the article itself reports (docs/ARCHITECTURE.md,
 * "Graph document").
 */

/**
 * The lead-ins that mark such a line, at its start, followed by a colon. "Read more" is the
 * shipped article's; the others are the usual English variants of the same link, so a graph
 * from another site can be checked too. A new site's lead-in is one more word here.
 */
export const LINKED_HEADLINE_LEAD_INS = [
  "Read more",
  "Read also",
  "Also read",
  "See also",
] as const;

const LEAD_IN = new RegExp(`^\\s*(?:${LINKED_HEADLINE_LEAD_INS.join("|")})\\s*:`, "i");

/**
 * Whether the code points `start`–`end` of a text lie within one line led by a linked-headline
 * lead-in: what evidence marked `origin: "linked-headline"` claims of its words.
 *
 * @example onLinkedHeadline(new CodePointText("Intro.\nRead more: X visits Y"), 18, 26) // true
 */
export function onLinkedHeadline(text: CodePointText, start: number, end: number): boolean {
  const from = text.toUtf16(start);
  const to = text.toUtf16(end);
  const s = text.text;
  const lineStart = s.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = s.indexOf("\n", lineStart);
  if (lineEnd >= 0 && to > lineEnd) return false;
  return LEAD_IN.test(s.slice(lineStart, lineEnd < 0 ? s.length : lineEnd));
}
