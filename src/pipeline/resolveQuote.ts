import type { CodePointText } from "../domain/codePoints.ts";
import { codePointLength } from "../domain/codePoints.ts";
import { excerpt } from "../domain/problems.ts";
import type { Evidence } from "../domain/schema.ts";
import type { EvidenceOrigin } from "../domain/vocabulary.ts";

/** Code points of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

export interface QuoteRequest {
  readonly exact: string;
  readonly occurrence?: number | undefined;
  readonly speaker?: string | undefined;
  readonly origin?: EvidenceOrigin | undefined;
}

export type QuoteResolution =
  | { readonly ok: true; readonly evidence: Evidence }
  | { readonly ok: false; readonly message: string };

/** UTF-16 indices of every occurrence of `needle` in `haystack`, overlapping ones included. */
export function findAll(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/**
 * Finds a quote in its source and returns it as evidence with code-point offsets and
 * ~32 code points of prefix and suffix. Refuses, with a message that names the quote, when the
 * words are not in the source, or occur more than once and no occurrence says which.
 *
 * @example resolveQuote(new CodePointText("a 😀 b"), "s1", { exact: "b" }) // start 4, end 5
 */
export function resolveQuote(
  text: CodePointText,
  sourceId: string,
  request: QuoteRequest,
): QuoteResolution {
  const { exact, occurrence } = request;
  const hits = findAll(text.text, exact);
  const quoted = excerpt(exact, 80);
  if (hits.length === 0) {
    return { ok: false, message: `quote ${quoted} was not found in source "${sourceId}"` };
  }
  if (occurrence === undefined && hits.length > 1) {
    return {
      ok: false,
      message: `quote ${quoted} occurs ${hits.length} times in source "${sourceId}"; add "occurrence": 1–${hits.length} to say which, or quote more words`,
    };
  }
  const at = hits[(occurrence ?? 1) - 1];
  if (at === undefined) {
    return {
      ok: false,
      message: `quote ${quoted} occurs ${hits.length} time${hits.length === 1 ? "" : "s"} in source "${sourceId}", so occurrence ${occurrence} does not exist`,
    };
  }
  const start = text.toCodePoint(at);
  const end = start + codePointLength(exact);
  const evidence: Evidence = {
    source: sourceId,
    exact,
    prefix: text.slice(start - CONTEXT_LENGTH, start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
  if (request.speaker !== undefined) evidence.speaker = request.speaker;
  if (request.origin !== undefined) evidence.origin = request.origin;
  return { ok: true, evidence };
}
