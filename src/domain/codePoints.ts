/**
 * Offsets in a graph document count Unicode code points, as the W3C TextPositionSelector does,
 * while JavaScript strings index UTF-16 units. `CodePointText` converts between the two once
 * per text, so slicing stays cheap however many quotes a document has.
 */
export class CodePointText {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 index of each code point, plus one entry for the end; null when the two agree. */
  readonly #utf16At: Uint32Array | null;

  constructor(text: string) {
    this.text = text;
    let astral = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          astral++;
          i++;
        }
      }
    }
    this.length = text.length - astral;
    if (astral === 0) {
      this.#utf16At = null;
      return;
    }
    const map = new Uint32Array(this.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; cp++) {
      map[cp] = i;
      const unit = text.charCodeAt(i);
      const pair =
        unit >= 0xd800 &&
        unit <= 0xdbff &&
        i + 1 < text.length &&
        text.charCodeAt(i + 1) >= 0xdc00 &&
        text.charCodeAt(i + 1) <= 0xdfff;
      i += pair ? 2 : 1;
    }
    map[this.length] = text.length;
    this.#utf16At = map;
  }

  /** UTF-16 index of code point `cp` (0 ≤ cp ≤ length). */
  toUtf16(cp: number): number {
    return this.#utf16At ? (this.#utf16At[cp] ?? this.text.length) : cp;
  }

  /** Code-point offset of UTF-16 index `unit`, which must fall on a code-point boundary. */
  toCodePoint(unit: number): number {
    const map = this.#utf16At;
    if (!map) return unit;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((map[mid] ?? 0) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The text between two code-point offsets, clamped to the text.
   * @example new CodePointText("a😀b").slice(1, 2) // "😀"
   */
  slice(start: number, end: number): string {
    const s = Math.max(0, Math.min(start, this.length));
    const e = Math.max(s, Math.min(end, this.length));
    return this.text.slice(this.toUtf16(s), this.toUtf16(e));
  }
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The length of a text in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
