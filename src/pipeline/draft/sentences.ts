/**
 * The text cut into sentences, words and quotations. All offsets are UTF-16 indices into the
 * original text (the caller converts quotes to code points through the pipeline's
 * resolveQuote), and every span starts and ends on a code-point boundary.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  readonly index: number;
  /** Line of the text it is on: a line break always ends a sentence. */
  readonly paragraph: number;
}

export interface Token extends Span {
  readonly text: string;
  readonly sentence: number;
  /** First word of its sentence (after any opening quotation mark). */
  readonly initial: boolean;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Two capitals or more and no lower-case letter ("NATO", "U.S", "OPEC+"). */
  readonly acronym: boolean;
}

export interface Segmented {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** Inside of each quotation, without the marks. */
  readonly quotations: readonly Span[];
}

// A word: letters and digits, with inner apostrophes (not a possessive 's), dots ("U.S"),
// ampersands, and hyphens before a capital or a digit ("AK-103", "Indo-Pacific"); "US-led"
// is two words so that "US" is found. A trailing "+" belongs to an acronym ("OPEC+").
const WORD =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?![sS](?![\p{L}\p{N}]))(?=\p{L})|[.&](?=[\p{L}\p{N}])|-(?=[\p{Lu}\p{N}]))*\+?/gu;
const CAPITAL = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const UPPER_PAIR = /\p{Lu}.*\p{Lu}/u;

// Sentence ends: . ! ? (and closing marks after them) before white space or the line's end.
const END = /[.!?…]+["”’)\]]*(?=\s|$)/gu;
const ABBREVIATIONS = new Set(
  "Mr Mrs Ms Dr Prof Gen Lt Col Sgt Capt Sen Rep Gov St Jr Sr Mt Ft vs No Nos Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Inc Corp Ltd Co U.S U.K U.N E.U e.g i.e etc approx".split(
    " ",
  ),
);
const OPENERS = /^["“‘'([]+/u;

/** Cuts a text into lines, sentences, words and quotations. Never throws. */
export function segment(text: string): Segmented {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const quotations: Span[] = [];
  let paragraph = 0;
  for (const line of lines(text)) {
    for (const s of sentencesOf(text, line)) {
      const sentence: Sentence = { ...s, index: sentences.length, paragraph };
      sentences.push(sentence);
      tokenize(text, sentence, tokens);
    }
    quotations.push(...quotationsOf(text, line));
    paragraph++;
  }
  return { text, sentences, tokens, quotations };
}

function lines(text: string): Span[] {
  const found: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      if (i > start) found.push({ start, end: i });
      start = i + 1;
    }
  }
  return found;
}

function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? "")) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
  return e > s ? { start: s, end: e } : null;
}

function sentencesOf(text: string, line: Span): Span[] {
  const body = text.slice(line.start, line.end);
  const found: Span[] = [];
  let from = 0;
  END.lastIndex = 0;
  for (let m = END.exec(body); m; m = END.exec(body)) {
    const stop = m.index + m[0].length;
    const next = body.slice(stop).trimStart()[0];
    const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(from, m.index - 12), m.index))?.[1];
    const abbreviation =
      m[0] === "." &&
      before !== undefined &&
      (ABBREVIATIONS.has(before) || /^\p{Lu}$/u.test(before));
    // A sentence goes on when the next word starts in lower case ("U.S. officials said").
    if (abbreviation || (next !== undefined && LOWER.test(next))) continue;
    const span = trimmed(text, line.start + from, line.start + stop);
    if (span) found.push(span);
    from = stop;
  }
  const rest = trimmed(text, line.start + from, line.end);
  if (rest) found.push(rest);
  return found;
}

function tokenize(text: string, sentence: Sentence, into: Token[]): void {
  const body = text.slice(sentence.start, sentence.end);
  const opener = OPENERS.exec(body)?.[0].length ?? 0;
  WORD.lastIndex = 0;
  let first = true;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    let word = m[0];
    // The "s" of a possessive is not a word: "China's Defense Minister" is China + a title.
    if (
      (word === "s" || word === "S") &&
      /\p{L}['’]$/u.test(body.slice(Math.max(0, m.index - 2), m.index))
    )
      continue;
    if (word.endsWith("+") && LOWER.test(word)) word = word.slice(0, -1);
    const start = sentence.start + m.index;
    into.push({
      text: word,
      start,
      end: start + word.length,
      sentence: sentence.index,
      initial: first && m.index <= opener,
      cap: CAPITAL.test(word),
      acronym: word.length >= 2 && UPPER_PAIR.test(word) && !LOWER.test(word),
    });
    first = false;
  }
}

/** Quotations on a line: "…" and “…”; one left open ends with the line. */
function quotationsOf(text: string, line: Span): Span[] {
  const found: Span[] = [];
  let open = -1;
  for (let i = line.start; i < line.end; i++) {
    const c = text[i];
    if (c === "“" || (c === '"' && open < 0)) open = i + 1;
    else if ((c === "”" || c === '"') && open >= 0) {
      if (i > open) found.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0 && line.end > open) found.push({ start: open, end: line.end });
  return found;
}

/** Index of the last span starting at or before `at` in spans sorted by start (-1 if none). */
export function lastAtOrBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid]?.start ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
