import { HEDGES, SPEECH_VERBS } from "./lexicon.ts";
import type { Registry, Mention } from "./registry.ts";
import { lastAtOrBefore, type Segmented, type Span } from "./sentences.ts";

/** Who a sentence reports as speaking, and whom they told. */
export interface Speech {
  readonly speaker: string | null;
  readonly addressee: string | null;
  readonly hedged: boolean;
}

const PRONOUNS = new Set(["he", "she", "He", "She"]);
/** Words that may stand between a speaker and the verb ("Angola later announced"). */
const BETWEEN = new Set([
  "also",
  "later",
  "has",
  "had",
  "have",
  "was",
  "then",
  "again",
  "previously",
]);
const SPEAKER_TYPES = new Set(["person", "organisation", "country"]);

/**
 * Reported speech per sentence: "X said", "said X", "X told Y", "according to X", "he said"
 * (the last person named). A quotation without its own attribution belongs to whoever speaks
 * in a sentence it spans or, failing that, to the speaker of the sentence just before it, so
 * a quotation over several sentences, or a paragraph of quotation after "The President
 * revealed that …", keeps its speaker.
 */
export function attributeSpeech(
  seg: Segmented,
  mentions: readonly Mention[],
  registry: Registry,
): Speech[] {
  const { tokens, sentences, quotations } = seg;
  // Binary searches keep this linear-logarithmic on a text of any length.
  const quoted = (at: number) => {
    const q = quotations[lastAtOrBefore(quotations, at)];
    return q !== undefined && at >= q.start && at < q.end;
  };
  const firstToken: number[] = [];
  tokens.forEach((t, k) => {
    if (firstToken[t.sentence] === undefined) firstToken[t.sentence] = k;
  });
  const people = mentions.filter((m) => registry.entities.get(m.entity)?.type === "person");
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const speaks = (m: Mention | undefined) =>
    m !== undefined && SPEAKER_TYPES.has(registry.entities.get(m.entity)?.type ?? "");
  const lastPerson = (before: number) => {
    for (let k = lastAtOrBefore(people, before); k >= 0; k--) {
      const m = people[k];
      if (m && m.end <= before) return m;
    }
    return undefined;
  };

  const own: (Speech | null)[] = sentences.map((s) => {
    const ms = (bySentence.get(s.index) ?? []).filter((m) => !quoted(m.start));
    for (let k = firstToken[s.index] ?? tokens.length; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || t.sentence !== s.index) break;
      if (quoted(t.start)) continue;
      if (t.text.toLowerCase() === "according" && tokens[k + 1]?.text === "to") {
        const m = ms.find((x) => x.first > k + 1 && speaks(x));
        if (m) return { speaker: m.entity, addressee: null, hedged: HEDGES.test(text(seg, s)) };
      }
      if (!SPEECH_VERBS.has(t.text)) continue;
      let subject = ms.find((x) => x.last === k - 1 && speaks(x));
      if (!subject && BETWEEN.has(tokens[k - 1]?.text ?? ""))
        subject = ms.find((x) => x.last === k - 2 && speaks(x));
      if (!subject && PRONOUNS.has(tokens[k - 1]?.text ?? "")) subject = lastPerson(t.start);
      if (!subject) subject = ms.find((x) => x.first === k + 1 && speaks(x));
      if (!subject) continue;
      const told = t.text === "told" || t.text === "tells";
      const addressee = told
        ? ms.find((x) => x.first === k + 1 && x.entity !== subject.entity)
        : undefined;
      return {
        speaker: subject.entity,
        addressee: addressee?.entity ?? null,
        hedged: HEDGES.test(text(seg, s)),
      };
    }
    return null;
  });

  const result = sentences.map(
    (s, i) => own[i] ?? { speaker: null, addressee: null, hedged: HEDGES.test(text(seg, s)) },
  );
  for (const q of quotations) {
    const spanned = [];
    for (let k = Math.max(0, lastAtOrBefore(sentences, q.start)); k < sentences.length; k++) {
      const s = sentences[k];
      if (!s || s.start >= q.end) break;
      if (s.end > q.start) spanned.push(s);
    }
    const first = spanned[0];
    if (!first) continue;
    let speaker = spanned.map((s) => own[s.index]?.speaker).find((x) => x) ?? null;
    const before = sentences[first.index - 1];
    if (!speaker && before && first.paragraph - before.paragraph <= 1)
      speaker = result[before.index]?.speaker ?? null;
    if (!speaker) continue;
    for (const s of spanned) {
      const r = result[s.index];
      if (r && !r.speaker) result[s.index] = { ...r, speaker };
    }
  }
  return result;
}

function text(seg: Segmented, s: Span): string {
  return seg.text.slice(s.start, s.end);
}
