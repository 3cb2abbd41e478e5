import { CodePointText } from "./codePoints.ts";
import type { GraphModel } from "./schema.ts";

/** What a quote supports: a node or an edge, and which of its quotes it is. */
export interface QuoteRef {
  readonly kind: "node" | "edge";
  readonly id: string;
  /** Index into the element's `evidence`. */
  readonly index: number;
}

/** A run of source text and the quotes that cover all of it (none for plain text). */
export interface Segment {
  readonly text: string;
  /** Code-point offset of the run's start in the source text. */
  readonly start: number;
  readonly refs: readonly QuoteRef[];
}

/** A paragraph of the source (text between line breaks), as runs. */
export interface Paragraph {
  readonly start: number;
  readonly segments: readonly Segment[];
}

/** Every quote of a document grouped by source id, with its code-point span. */
export function quotesBySource(
  doc: GraphModel,
): Map<string, { start: number; end: number; ref: QuoteRef }[]> {
  const bySource = new Map<string, { start: number; end: number; ref: QuoteRef }[]>();
  const add = (
    kind: "node" | "edge",
    id: string,
    evidence: GraphModel["nodes"][number]["evidence"],
  ) =>
    evidence.forEach((ev, index) => {
      let list = bySource.get(ev.source);
      if (!list) bySource.set(ev.source, (list = []));
      list.push({ start: ev.start, end: ev.end, ref: { kind, id, index } });
    });
  for (const node of doc.nodes) add("node", node.id, node.evidence);
  for (const edge of doc.edges) add("edge", edge.id, edge.evidence);
  return bySource;
}

/**
 * Splits a source text into paragraphs of runs, each run covered by the same set of quotes.
 * Quotes may overlap or nest (a name inside the sentence that mentions it), so runs are cut at
 * every quote boundary and at every line break; a quote across a line break shows in both
 * paragraphs.
 *
 * @example segmentSource("ab\ncd", [{ start: 1, end: 4, ref }]) // [["a", "b"*], ["c"*, "d"]]
 */
export function segmentSource(
  text: string,
  quotes: readonly { start: number; end: number; ref: QuoteRef }[],
): Paragraph[] {
  const cp = new CodePointText(text);
  const cuts = new Set<number>([0, cp.length]);
  for (const q of quotes) {
    cuts.add(Math.max(0, Math.min(q.start, cp.length)));
    cuts.add(Math.max(0, Math.min(q.end, cp.length)));
  }
  // Line breaks end paragraphs: cut before and after each one.
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
    const p = cp.toCodePoint(at);
    cuts.add(p);
    cuts.add(p + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);

  // Sweep: quotes sorted by start, active set updated at each cut.
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  const active: { end: number; ref: QuoteRef }[] = [];
  let next = 0;
  const paragraphs: Paragraph[] = [];
  let current: Segment[] = [];
  let paragraphStart = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= from) {
      const q = byStart[next++]!;
      active.push({ end: q.end, ref: q.ref });
    }
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= from) active.splice(k, 1);
    const piece = cp.slice(from, to);
    if (piece === "\n") {
      paragraphs.push({ start: paragraphStart, segments: current });
      current = [];
      paragraphStart = to;
      continue;
    }
    current.push({ text: piece, start: from, refs: active.map((a) => a.ref) });
  }
  paragraphs.push({ start: paragraphStart, segments: current });
  return paragraphs.filter((p) => p.segments.some((s) => s.text.trim() !== ""));
}
