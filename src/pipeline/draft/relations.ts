import type { Stance } from "../../domain/vocabulary.ts";
import { COOPERATION_CUES, NEGATIONS, OPPOSITION_CUES } from "./lexicon.ts";
import type { Mention, Registry } from "./registry.ts";
import { lastAtOrBefore, type Segmented, type Span } from "./sentences.ts";
import type { Speech } from "./speech.ts";

/** A proposed relation between two entity keys, with the spans that support it. */
export interface ProposedRelation {
  readonly from: string;
  readonly to: string;
  readonly relation: string;
  readonly label: string;
  readonly directed: boolean;
  readonly stance?: Stance;
  readonly claim?: { readonly by: string; readonly hedged?: boolean };
  readonly evidence: { span: Span; speaker?: string }[];
  readonly confidence: number;
  /** Why it is proposed: "co-occurrence" ones are the first a reviewer rejects in bulk. */
  readonly reason: string;
}

/** Beyond this many entities in one sentence, only neighbours are paired. */
const ALL_PAIRS_UP_TO = 8;
const MAX_CUE_WORDS = 8;
const LONG_SENTENCE = 400;
const MAX_QUOTES = 3;
export const CO_OCCURRENCE = "co-occurrence";

/**
 * Relations from sentences: every two entities in a sentence are proposed as related, with
 * the sentence as the quote. When the words between them carry a cue ("launches talks with",
 * "criticised") the relation is named after those words and, if the cue is clear and not
 * negated, given a stance. In a sentence someone is reported to say, the relation is their
 * claim (hedged when they hedge), and its quote carries them as speaker where it is their
 * own words. Relations read from names (titles, demonyms) come in from the entity finder.
 */
export function proposeRelations(
  seg: Segmented,
  mentions: readonly Mention[],
  speech: readonly Speech[],
  registry: Registry,
): ProposedRelation[] {
  const merged = new Map<string, ProposedRelation>();
  const add = (r: ProposedRelation) => {
    const pair = r.directed ? `${r.from}>${r.to}` : [r.from, r.to].sort().join("~");
    const key = `${pair}|${r.relation}|${r.claim?.by ?? ""}|${r.claim?.hedged ?? ""}`;
    const known = merged.get(key);
    if (!known) merged.set(key, r);
    else if (known.evidence.length < MAX_QUOTES) known.evidence.push(...r.evidence);
  };

  for (const r of registry.relations) {
    add({
      from: r.from,
      to: r.to,
      relation: r.relation,
      label: r.label,
      directed: true,
      evidence: [{ span: r.span }],
      confidence: r.confidence,
      reason: r.reason,
    });
  }

  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const quotationOf = (span: Span) => {
    const q = seg.quotations[lastAtOrBefore(seg.quotations, span.start)];
    return q && span.start >= q.start && span.end <= q.end ? q : undefined;
  };

  for (const [index, ms] of bySentence) {
    const sentence = seg.sentences[index];
    if (!sentence) continue;
    const said = speech[index];
    const firsts: Mention[] = [];
    for (const m of ms) if (!firsts.some((f) => f.entity === m.entity)) firsts.push(m);
    const speaker = said?.speaker ?? null;
    const claim = speaker ? { by: speaker, ...(said?.hedged && { hedged: true }) } : undefined;
    const quoteFor = (a: Mention, b: Mention) => {
      let span: Span = sentence;
      if (sentence.end - sentence.start > LONG_SENTENCE)
        span = { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
      const q = quotationOf({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
      if (q && speaker) {
        const inner = {
          start: Math.max(q.start, sentence.start),
          end: Math.min(q.end, sentence.end),
        };
        return { span: inner, speaker };
      }
      return quotationOf(span) && speaker ? { span, speaker } : { span };
    };

    if (speaker && said?.addressee) {
      const a = firsts.find((m) => m.entity === speaker) ?? ms[0];
      const b = firsts.find((m) => m.entity === said.addressee);
      if (a && b)
        add({
          from: speaker,
          to: said.addressee,
          relation: "speaks_to",
          label: "told",
          directed: true,
          evidence: [{ span: { start: a.start, end: b.end } }],
          confidence: 0.7,
          reason: "told",
        });
    }
    if (speaker) {
      for (const m of firsts) {
        if (m.entity === speaker || m.entity === said?.addressee) continue;
        add({
          from: speaker,
          to: m.entity,
          relation: "speaks_about",
          label: "speaks about",
          directed: true,
          evidence: [quoteFor(m, m)],
          confidence: 0.3,
          reason: "speech",
        });
      }
    }

    // Cues: the words between two consecutive mentions ("Caracas eyes … ties with Moscow").
    const cued = new Set<string>();
    // Only outer mentions: "Moscow" inside "Moscow Conference …" is not a word between.
    const sorted = [...ms]
      .filter(
        (m) =>
          !ms.some(
            (o) =>
              o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
          ),
      )
      .sort((x, y) => x.start - y.start);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1]!;
      if (a.entity === b.entity || b.start < a.end) continue;
      if (
        (a.entity === speaker && b.entity === said?.addressee) ||
        (b.entity === speaker && a.entity === said?.addressee)
      )
        continue;
      const between = seg.text.slice(a.end, b.start);
      const words = between.match(/[\p{L}\p{N}'-]+/gu) ?? [];
      if (words.length === 0 || words.length > MAX_CUE_WORDS) continue;
      const cue = COOPERATION_CUES.exec(between) ?? OPPOSITION_CUES.exec(between);
      if (!cue) continue;
      const cooperation = COOPERATION_CUES.test(between);
      const opposition = OPPOSITION_CUES.test(between);
      const stance: Stance | undefined =
        NEGATIONS.test(between) || cooperation === opposition
          ? undefined
          : cooperation
            ? "cooperation"
            : "opposition";
      const label = words.slice(0, 6).join(" ");
      const bySpeaker = a.entity === speaker || b.entity === speaker;
      cued.add([a.entity, b.entity].sort().join("~"));
      add({
        from: a.entity,
        to: b.entity,
        relation: slugRelation(label),
        label,
        directed: true,
        ...(stance && { stance }),
        ...(claim && !bySpeaker && { claim }),
        evidence: [quoteFor(a, b)],
        confidence: 0.5,
        reason: `cue "${cue[0]}"`,
      });
    }

    // Co-occurrence: every two others (neighbours only in a crowded sentence). The speaker's
    // own pairs are "speaks about", above, not a claim of theirs about themselves.
    const others = firsts.filter((m) => m.entity !== speaker);
    const all = others.length <= ALL_PAIRS_UP_TO;
    for (let i = 0; i < others.length; i++) {
      for (let j = i + 1; j < others.length && (all || j <= i + 2); j++) {
        const a = others[i]!;
        const b = others[j]!;
        if (cued.has([a.entity, b.entity].sort().join("~"))) continue;
        if (
          said?.addressee &&
          (a.entity === said.addressee || b.entity === said.addressee) &&
          speaker === null
        )
          continue;
        add({
          from: a.entity,
          to: b.entity,
          relation: "co_occurs_with",
          label: "mentioned with",
          directed: false,
          ...(claim && { claim }),
          evidence: [quoteFor(a, b)],
          confidence: 0.2,
          reason: CO_OCCURRENCE,
        });
      }
    }
  }

  // A pair with a stronger proposal needs no co-occurrence one as well.
  const stronger = new Set<string>();
  for (const r of merged.values())
    if (r.reason !== CO_OCCURRENCE) stronger.add([r.from, r.to].sort().join("~"));
  return [...merged.values()].filter(
    (r) => r.reason !== CO_OCCURRENCE || !stronger.has([r.from, r.to].sort().join("~")),
  );
}

/** "launches talks with" → "launches_talks_with" (the annotation's relation pattern). */
export function slugRelation(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .replace(/^[0-9_]+/, "");
  return slug || "related_to";
}
