import { codePointLength } from "../codePoints.ts";

/** A place in a text as an editor shows it: both 1-based, the column in characters. */
export interface LineAndColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * The line and column of a UTF-16 index, as an editor would show them: lines end at "\n" (so
 * "\r\n" counts once) and columns count code points, so an emoji before the error counts as one.
 *
 * @example lineAndColumn('{\n  "a": tru\n}', 12) // { line: 2, column: 11 }
 */
export function lineAndColumn(text: string, index: number): LineAndColumn {
  const at = Math.max(0, Math.min(index, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: codePointLength(text.slice(lineStart, at)) + 1 };
}
