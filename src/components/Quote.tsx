import { useState } from "react";
import { codePointLength } from "../domain/codePoints.ts";
import { paragraphAround } from "../domain/quoteContext.ts";
import type { Evidence, Source } from "../domain/schema.ts";
import { ATTRIBUTION_NAME } from "../encoding/words.ts";

/** Context is shown only within the quote's own paragraph: a line break ends it. */
function contextBefore(prefix: string): { text: string; cut: boolean } {
  const at = prefix.lastIndexOf("\n");
  return at >= 0 ? { text: prefix.slice(at + 1), cut: false } : { text: prefix, cut: true };
}
function contextAfter(suffix: string): { text: string; cut: boolean } {
  const at = suffix.indexOf("\n");
  return at >= 0 ? { text: suffix.slice(0, at), cut: false } : { text: suffix, cut: true };
}

/**
 * A source's length in code points, counted once per source: a panel of a large graph shows
 * hundreds of quotes from one text of hundreds of kilobytes, and counting it for each froze
 * the page for seconds.
 */
const sourceLengths = new WeakMap<Source, number>();
function sourceLengthOf(source: Source): number {
  let length = sourceLengths.get(source);
  if (length === undefined) {
    length = codePointLength(source.text);
    sourceLengths.set(source, length);
  }
  return length;
}

/**
 * One verified quote: the source's own words in a `<blockquote>`, with its context dimmed
 * around it, who says it, and whether it is a linked headline rather than the article's own
 * reporting. Text only, never HTML: React escapes every string.
 */
export function Quote({
  evidence,
  source,
  speakerLabel,
  showSource,
  onShowInArticle,
}: {
  evidence: Evidence;
  source: Source | undefined;
  speakerLabel: string | undefined;
  /** Name the source under the quote (when the graph quotes more than one). */
  showSource: boolean;
  onShowInArticle: () => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const before = contextBefore(evidence.prefix);
  const after = contextAfter(evidence.suffix);
  // A context that reaches the text's start or end is whole; otherwise it was cut short.
  const leading = before.cut && evidence.start > codePointLength(before.text) ? "…" : "";
  const sourceLength = source ? sourceLengthOf(source) : 0;
  const trailing =
    after.cut && evidence.end + codePointLength(after.text) < sourceLength ? "…" : "";
  const expandable = source !== undefined && (leading !== "" || trailing !== "");
  // Expanded, the context is the whole paragraph, read from the source at the quote's verified
  // offsets; asked for, it is read out too (folded, it is only a visual hint around the quote).
  const whole =
    expanded && source ? paragraphAround(source.text, evidence.start, evidence.end) : null;
  return (
    <figure className="quote">
      <blockquote cite={source?.url}>
        <p>
          <span className="quote-context" aria-hidden={whole ? undefined : true}>
            {whole ? whole.before : `${leading}${before.text}`}
          </span>
          <span className="quote-exact">{evidence.exact}</span>
          <span className="quote-context" aria-hidden={whole ? undefined : true}>
            {whole ? whole.after : `${after.text}${trailing}`}
          </span>
        </p>
      </blockquote>
      <figcaption>
        {evidence.origin === "linked-headline" && (
          <span className="quote-origin">{ATTRIBUTION_NAME["linked-headline"]}</span>
        )}
        {expandable && (
          <button
            type="button"
            className="quote-more"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? "Less context" : "Whole paragraph"}
          </button>
        )}
        {speakerLabel && <span>Said by {speakerLabel}</span>}
        {showSource && source && <cite>{source.title}</cite>}
        <button type="button" className="show-in-article" onClick={onShowInArticle}>
          Show in article
        </button>
      </figcaption>
    </figure>
  );
}
