import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findExcessiveNesting } from "../../../src/domain/openedGraph/jsonNesting.ts";
import {
  explainJsonError,
  findJsonSyntaxError,
} from "../../../src/domain/openedGraph/jsonSyntaxError.ts";
import { parseJsonText } from "../../../src/domain/openedGraph/parseJsonText.ts";
import { lineAndColumn } from "../../../src/domain/openedGraph/textPosition.ts";

/** What JSON.parse says about a text, or undefined when it parses. */
function parseError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

describe("explainJsonError", () => {
  const TEXT = '{\n  "a": 1,\n  "b" 2\n}';
  it.each([
    [
      "Node 20's form",
      "Expected ':' after property name in JSON at position 18",
      { kind: "at", index: 18, reason: "expected ':' after property name" },
    ],
    [
      "the form of later Node versions, with line and column",
      "Expected ':' after property name in JSON at position 18 (line 3 column 7)",
      { kind: "at", index: 18, reason: "expected ':' after property name" },
    ],
    [
      "Node 20's form after the value",
      "Unexpected non-whitespace character after JSON at position 18",
      { kind: "at", index: 18, reason: "unexpected non-whitespace character after JSON" },
    ],
    [
      "Node 20's unexpected token, which names no place",
      'Unexpected token \'2\', ..."  "b" 2\n}" is not valid JSON',
      { kind: "at", index: 18, reason: 'unexpected "2"' },
    ],
    [
      "a form it does not know (Firefox), placed by its own scan",
      "JSON.parse: expected ':' after property name in object at line 3 column 7 of the JSON data",
      { kind: "at", index: 18, reason: 'unexpected "2"' },
    ],
    ["the end of the input", "Unexpected end of JSON input", { kind: "cutOff" }],
  ])("reads %s", (_name, message, expected) => {
    expect(explainJsonError(TEXT, message)).toEqual(expected);
  });

  it("passes the message on when it can place nothing", () => {
    // The text parses, so the message cannot be about it: nothing to place.
    expect(explainJsonError("{}", "Something else went wrong")).toEqual({
      kind: "unplaced",
      reason: "Something else went wrong",
    });
  });

  it("calls a position at the end, or before only whitespace, cut off", () => {
    expect(
      explainJsonError('{"a": 1', "Expected ',' or '}' after property value in JSON at position 7"),
    ).toEqual({ kind: "cutOff" });
    expect(
      explainJsonError(
        '{"a": 1\n \n',
        "Expected ',' or '}' after property value in JSON at position 10",
      ),
    ).toEqual({ kind: "cutOff" });
  });

  it("places a trailing comma at the comma", () => {
    const text = "[1,\n  2,\n  ]";
    expect(explainJsonError(text, parseError(text) ?? "")).toEqual({
      kind: "at",
      index: 7,
      reason: "a trailing comma, which JSON does not allow",
    });
  });

  it("reads a position past the end of the text as cut off, without throwing", () => {
    expect(explainJsonError("{}x", "Bad in JSON at position 999")).toEqual({ kind: "cutOff" });
  });
});

describe("findJsonSyntaxError", () => {
  it.each([
    ['{"a": 1}', undefined],
    [' [1, -2.5e+3, "x\\u00e9\\n", true, false, null, {}] ', undefined],
    ["", 0],
    ["hello", 0],
    ['{"a": tru}', 9],
    ['{"a": 1,}', 8],
    ["[1,]", 3],
    ["[01]", 2],
    ["[-]", 2],
    ['{"a" 1}', 5],
    ["{'a': 1}", 1],
    ['"a\\x"', 3],
    ['"a\\u12G4"', 6],
    ['"tab\there"', 4],
    ['"open', 5],
    ['{"a": 1', 7],
    ["[1] [2]", 4],
    ["[1}", 2],
  ])("finds the error in %j at %j", (text, index) => {
    expect(findJsonSyntaxError(text)).toBe(index);
  });

  it("copes with any depth", () => {
    expect(findJsonSyntaxError("[".repeat(200_000) + "]".repeat(200_000))).toBeUndefined();
  });

  it("agrees with JSON.parse on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 40 }), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parseError(text) === undefined);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with JSON.parse on JSON with one character changed, and finds V8's place", () => {
    const mutated = fc
      .tuple(
        fc.json({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom(",", "}", "]", '"', "x", " ", "0", "\\", ""),
      )
      .map(([json, at, char]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + char + json.slice(i + 1);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        const error = parseError(text);
        const found = findJsonSyntaxError(text);
        expect(found === undefined).toBe(error === undefined);
        const v8 = error && /at position (\d+)/.exec(error);
        if (v8) expect(found).toBe(Number(v8[1]));
      }),
      { numRuns: 300 },
    );
  });
});

describe("lineAndColumn", () => {
  it.each([
    ["abc", 0, 1, 1],
    ["abc", 2, 1, 3],
    ["a\nbc", 2, 2, 1],
    ["a\r\nbc", 4, 2, 2],
    ["😀😀x", 4, 1, 3],
    ["a\n", 2, 2, 1],
    ["ab", 99, 1, 3],
  ])("places index %j of %j at line %j, column %j", (text, index, line, column) => {
    expect(lineAndColumn(text, index)).toEqual({ line, column });
  });
});

describe("findExcessiveNesting", () => {
  it.each([
    ["{}", 1, undefined],
    ["[[]]", 1, 1],
    ['{"a": [{"b": []}]}', 4, undefined],
    ['{"a": [{"b": []}]}', 3, 13],
    ['["[[[[", "\\"[[[["]', 1, undefined],
    ["[][][][]", 1, undefined],
    ["]]]][[", 1, 5],
  ])("in %j with limit %j: %j", (text, limit, index) => {
    expect(findExcessiveNesting(text, limit)).toBe(index);
  });
});

describe("parseJsonText", () => {
  it("drops __proto__ keys at every depth, however they are spelled", () => {
    const result = parseJsonText(
      '{"__proto__": {"p": 1}, "a": [{"\\u005f_proto__": 2, "b": {"__proto__": 3}}]}',
      "p.json",
    );
    expect(result).toEqual({ ok: true, value: { a: [{ b: {} }] } });
    if (!result.ok) return;
    expect(Object.hasOwn(result.value as object, "__proto__")).toBe(false);
  });

  it("keeps other keys named like Object.prototype's, as plain data", () => {
    const result = parseJsonText('{"constructor": {"prototype": 1}, "toString": "x"}', "p.json");
    expect(result).toEqual({ ok: true, value: { constructor: { prototype: 1 }, toString: "x" } });
  });
});
