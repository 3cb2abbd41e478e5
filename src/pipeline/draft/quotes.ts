import { CodePointText } from "../../domain/codePoints.ts";
import { onLinkedHeadline } from "../../domain/linkedHeadline.ts";
import type { AnnotationQuote } from "../annotationSchema.ts";
import { findAll, resolveQuote } from "../resolveQuote.ts";
import type { Span } from "./sentences.ts";

/** A proposed quote, and where the drafter meant it (code points, as in graph documents). */
export interface PlacedQuote {
  readonly quote: AnnotationQuote;
  readonly start: number;
  readonly end: number;
}

/**
 * Turns spans of the text into annotation quotes: the words themselves, with the occurrence
 * when they occur more than once, checked with the pipeline's own resolveQuote so that the
 * build finds exactly these words at exactly this place. A span that would not resolve there
 * is dropped, never approximated.
 */
export class QuoteMaker {
  readonly #text: CodePointText;
  readonly #hits = new Map<string, number[]>();
  readonly #sourceId: string;

  constructor(text: string, sourceId: string) {
    this.#text = new CodePointText(text);
    this.#sourceId = sourceId;
  }

  quote(span: Span, speaker?: string): PlacedQuote | null {
    const raw = this.#text.text;
    let { start, end } = span;
    while (start < end && /\s/u.test(raw[start] ?? "")) start++;
    while (end > start && /\s/u.test(raw[end - 1] ?? "")) end--;
    if (end <= start) return null;
    const exact = raw.slice(start, end);
    let hits = this.#hits.get(exact);
    if (!hits) {
      hits = findAll(raw, exact);
      this.#hits.set(exact, hits);
    }
    const occurrence = hits.indexOf(start) + 1;
    if (occurrence === 0) return null;
    const request = {
      exact,
      ...(hits.length > 1 && { occurrence }),
      ...(speaker !== undefined && { speaker }),
    };
    const resolved = resolveQuote(this.#text, this.#sourceId, request);
    const at = this.#text.toCodePoint(start);
    if (!resolved.ok || resolved.evidence.start !== at) return null;
    // Words on a "Read more: …" line are another article's headline: marked so, as the build
    // requires, so a draft never passes them off as this article's reporting.
    const headline = onLinkedHeadline(this.#text, at, resolved.evidence.end);
    const quote: AnnotationQuote = headline
      ? { ...request, origin: "linked-headline" }
      : hits.length === 1 && speaker === undefined
        ? exact
        : request;
    return { quote, start: at, end: resolved.evidence.end };
  }
}
