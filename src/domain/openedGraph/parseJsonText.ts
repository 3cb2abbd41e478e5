import type { ParseResult } from "../parseGraphDocument.ts";
import { findExcessiveNesting, MAX_NESTING_DEPTH } from "./jsonNesting.ts";
import { explainJsonError } from "./jsonSyntaxError.ts";
import { OPEN_MESSAGES } from "./messages.ts";
import { lineAndColumn } from "./textPosition.ts";

/**
 * `JSON.parse` makes a `"__proto__"` key an ordinary own property, which is harmless until some
 * later code copies it with `target[key] = value` (or `Object.assign`) and so replaces the
 * target's prototype. No graph needs the key, so it never leaves this function, however it is
 * spelled. A reviver can double the time a large file takes to parse, so only a text that may
 * spell the key, literally or with a `\u` escape ("\u005f_proto__"), pays for it.
 */
const MAY_NAME_PROTO = /__proto__|\\u/;
const dropProtoKeys = (key: string, value: unknown) => (key === "__proto__" ? undefined : value);

/**
 * Parses the text of a file as JSON, refusing it with one problem, at the file's name, that
 * says where and why it is not JSON: with its line and column, as "cut off" when it ends too
 * early, or as nested too deeply (checked first, so a pathological file costs one pass).
 * Never throws. The value has no `"__proto__"` keys, at any depth.
 *
 * @example
 * parseJsonText('{"a": 1,}', "party.json")
 * // { ok: false, problems: [{ path: "party.json",
 * //   message: "is not valid JSON at line 1, column 8: a trailing comma, which JSON does not allow" }] }
 */
export function parseJsonText(text: string, fileName: string): ParseResult<unknown> {
  const refuse = (message: string): ParseResult<unknown> => ({
    ok: false,
    problems: [{ path: fileName, message }],
  });
  const tooDeep = findExcessiveNesting(text, MAX_NESTING_DEPTH);
  if (tooDeep !== undefined) {
    const { line, column } = lineAndColumn(text, tooDeep);
    return refuse(OPEN_MESSAGES.tooDeep(MAX_NESTING_DEPTH, line, column));
  }
  try {
    const value: unknown = MAY_NAME_PROTO.test(text)
      ? JSON.parse(text, dropProtoKeys)
      : JSON.parse(text);
    return { ok: true, value };
  } catch (e) {
    const error = explainJsonError(text, e instanceof Error ? e.message : String(e));
    if (error.kind === "cutOff") return refuse(OPEN_MESSAGES.cutOff);
    if (error.kind === "unplaced") return refuse(OPEN_MESSAGES.notJsonNoPosition(error.reason));
    const { line, column } = lineAndColumn(text, error.index);
    return refuse(OPEN_MESSAGES.notJson(line, column, error.reason));
  }
}
