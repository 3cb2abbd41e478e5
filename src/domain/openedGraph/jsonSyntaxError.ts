/**
 * Why `JSON.parse` refused a text, in terms a reader can act on: the file is cut off, or it
 * goes wrong at a place (a UTF-16 index into the text) for a reason.
 */
export type JsonSyntaxError =
  | { readonly kind: "cutOff" }
  | { readonly kind: "at"; readonly index: number; readonly reason: string }
  | { readonly kind: "unplaced"; readonly reason: string };

/**
 * V8 names the place in most of its messages: "… in JSON at position 7" (or "… after JSON at
 * position 7") in Node 20, with " (line 1 column 8)" after it in later versions. The position
 * is all we take: line and column are computed from it the same way for every version.
 */
const AT_POSITION = /^(.*?)(?: in JSON)? at position (\d+)/s;
/** `Unexpected token 'h', "hello" is not valid JSON`: V8 names no place, so we find it. */
const UNEXPECTED_TOKEN = /^Unexpected token\b/;
const END_OF_INPUT = /Unexpected end of JSON input/;

/**
 * Explains a `JSON.parse` error message for `text`. Never throws; a message in a form it does
 * not know is passed on as the reason, placed by `findJsonSyntaxError` when it can be.
 *
 * @example
 * explainJsonError('{"a":1,}', "Expected double-quoted property name in JSON at position 7")
 * // { kind: "at", index: 6, reason: "a trailing comma, which JSON does not allow" }
 */
export function explainJsonError(text: string, message: string): JsonSyntaxError {
  if (END_OF_INPUT.test(message)) return { kind: "cutOff" };
  const placed = AT_POSITION.exec(message);
  const index = placed ? Number(placed[2]) : findJsonSyntaxError(text);
  if (index === undefined) return { kind: "unplaced", reason: message };
  // Everything up to the end was fine: the text stops where more was needed.
  if (text.slice(index).trim() === "") return { kind: "cutOff" };
  const comma = trailingCommaBefore(text, index);
  if (comma !== undefined) {
    return { kind: "at", index: comma, reason: "a trailing comma, which JSON does not allow" };
  }
  if (!placed || UNEXPECTED_TOKEN.test(message)) {
    return { kind: "at", index, reason: `unexpected ${describeCharacter(text, index)}` };
  }
  const reason = placed[1] ?? message;
  return { kind: "at", index, reason: reason.charAt(0).toLowerCase() + reason.slice(1) };
}

/** The index of a comma just before a closing bracket at `index` (whitespace between). */
function trailingCommaBefore(text: string, index: number): number | undefined {
  const c = text[index];
  if (c !== "}" && c !== "]") return undefined;
  let i = index - 1;
  while (i >= 0 && isWhitespace(text.charCodeAt(i))) i--;
  return text[i] === "," ? i : undefined;
}

/** The character at `index` as a reader would name it: `"h"`, `line break`, `tab`. */
function describeCharacter(text: string, index: number): string {
  const found = String.fromCodePoint(text.codePointAt(index) ?? 0);
  if (found === "\n" || found === "\r") return "line break";
  if (found === "\t") return "tab";
  return JSON.stringify(found);
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

const ESCAPABLE = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/**
 * The UTF-16 index where `text` stops being JSON (RFC 8259), or undefined when it is JSON;
 * `text.length` when it ends too early. Used to place errors V8 reports without a position.
 * Iterative, so any nesting depth is safe.
 *
 * @example findJsonSyntaxError('{"a": tru}') // 9
 */
export function findJsonSyntaxError(text: string): number | undefined {
  const open: ("}" | "]")[] = [];
  let expect: "value" | "key" | "after" = "value";
  let i = skipWhitespace(text, 0);
  for (;;) {
    if (expect === "key") {
      if (text[i] !== '"') return i;
      const end = endOfString(text, i);
      if (end < 0) return -end - 1;
      i = skipWhitespace(text, end);
      if (text[i] !== ":") return i;
      i = skipWhitespace(text, i + 1);
      expect = "value";
    } else if (expect === "value") {
      const c = text[i];
      if (c === "{" || c === "[") {
        const close = c === "{" ? "}" : "]";
        i = skipWhitespace(text, i + 1);
        if (text[i] === close) {
          i = skipWhitespace(text, i + 1);
          expect = "after";
        } else {
          open.push(close);
          expect = c === "{" ? "key" : "value";
        }
        continue;
      }
      const end = endOfScalar(text, i);
      if (end < 0) return -end - 1;
      i = skipWhitespace(text, end);
      expect = "after";
    } else {
      const close = open[open.length - 1];
      if (close === undefined) return i < text.length ? i : undefined;
      if (text[i] === ",") {
        i = skipWhitespace(text, i + 1);
        expect = close === "}" ? "key" : "value";
      } else if (text[i] === close) {
        open.pop();
        i = skipWhitespace(text, i + 1);
      } else {
        return i;
      }
    }
  }
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

// The scanners below return the index just past what they read, or -(error index) - 1.

function endOfScalar(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return endOfString(text, i);
  for (const word of ["true", "false", "null"]) {
    if (c !== word[0]) continue;
    for (let k = 1; k < word.length; k++) {
      if (text[i + k] !== word[k]) return -(i + k) - 1;
    }
    return i + word.length;
  }
  return endOfNumber(text, i);
}

/** A number; where one goes wrong, the index of the character a digit was needed at, as V8 has it. */
function endOfNumber(text: string, start: number): number {
  const digits = (from: number) => {
    let i = from;
    while (isDigit(text.charCodeAt(i))) i++;
    return i;
  };
  let i = text[start] === "-" ? start + 1 : start;
  if (text[i] === "0") i++;
  else if (isDigit(text.charCodeAt(i))) i = digits(i);
  else return -i - 1;
  if (text[i] === ".") {
    if (!isDigit(text.charCodeAt(i + 1))) return -(i + 1) - 1;
    i = digits(i + 1);
  }
  if (text[i] === "e" || text[i] === "E") {
    i++;
    if (text[i] === "+" || text[i] === "-") i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    i = digits(i);
  }
  return i;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === '"') return i + 1;
    if (c.charCodeAt(0) < 0x20) return -i - 1;
    if (c !== "\\") continue;
    const escaped = text[i + 1];
    if (escaped === "u") {
      for (let k = i + 2; k < i + 6; k++) if (!isHexDigit(text.charCodeAt(k))) return -k - 1;
      i += 5;
    } else if (escaped !== undefined && ESCAPABLE.has(escaped)) {
      i += 1;
    } else {
      return -(i + 1) - 1;
    }
  }
  return -text.length - 1;
}
