/**
 * How deeply a graph file may nest objects and arrays. A graph document needs five levels and
 * Cytoscape.js JSON about as few; the limit leaves room for extra fields. `JSON.parse` itself
 * copes with any depth, but everything after it that walks the value recursively (the schema,
 * `JSON.stringify`, a reviver) would overflow the stack on a pathological file.
 */
export const MAX_NESTING_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * The UTF-16 index of the first `{` or `[` that opens a level deeper than `limit`, or undefined
 * when the text nests no deeper. Brackets inside strings do not count. Works on any text, JSON
 * or not, in one pass without recursion, so it can run before `JSON.parse`.
 *
 * @example findExcessiveNesting("[[[]]]", 2) // 2
 */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limit) return i;
    } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}
