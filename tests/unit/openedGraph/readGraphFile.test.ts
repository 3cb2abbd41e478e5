import { describe, expect, it } from "vitest";
import { OPEN_MESSAGES } from "../../../src/domain/openedGraph/messages.ts";
import {
  fileTooLarge,
  MAX_GRAPH_FILE_BYTES,
  readGraphBytes,
  readGraphText,
} from "../../../src/domain/openedGraph/readGraphFile.ts";
import { parseGraphDocument } from "../../../src/domain/parseGraphDocument.ts";
import type { GraphDocument } from "../../../src/domain/schema.ts";
import { buildOrThrow, fixtureInputs } from "../../fixtures/fixtures.ts";
import { accepted, refused } from "./support.ts";

const SUMMIT = buildOrThrow(fixtureInputs("summit"));
const SUMMIT_TEXT = JSON.stringify(SUMMIT, null, 2);
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));

const BINARY = "is not a text file (it looks binary); a graph file is JSON text";
const NOT_UTF8 =
  "is not UTF-8 text (it may be in another encoding, such as Windows-1252); a graph file is UTF-8 JSON text";
const UTF16 = "is UTF-16 text; a graph file must be UTF-8 (save it as UTF-8 and open it again)";
const CUT_OFF = "ends too early: the file looks cut off";
const NEITHER =
  'is neither a Quotegraph graph document (it has no "schemaVersion") nor Cytoscape.js JSON (it has no "elements")';
const notAnObject = (what: string) =>
  `must be a JSON object (a Quotegraph graph document or Cytoscape.js JSON) or an array of Cytoscape.js elements, not ${what}`;

describe("readGraphBytes: the file's bytes", () => {
  it("refuses a file over the limit before decoding it, naming its size and the limit", () => {
    // All zeros: if the size were not checked first, the file would be refused as binary.
    const big = new Uint8Array(MAX_GRAPH_FILE_BYTES + 1);
    expect(readGraphBytes(big, "big.json")).toEqual({
      ok: false,
      problems: [{ path: "big.json", message: "is 50.1 MB; the limit is 50 MB" }],
    });
  });

  it("reads a file of exactly the limit", () => {
    const spaces = new Uint8Array(MAX_GRAPH_FILE_BYTES).fill(0x20);
    expect(refused(readGraphBytes(spaces, "spaces.json"))).toEqual([
      { path: "spaces.json", message: "is empty" },
    ]);
  });

  it("gives the same problem for a size known before reading", () => {
    expect(fileTooLarge("party.json", 64_172_851)).toEqual({
      path: "party.json",
      message: "is 61.2 MB; the limit is 50 MB",
    });
  });

  it.each([
    [61.2 * 1024 * 1024, "is 61.2 MB; the limit is 50 MB"],
    [50 * 1024 * 1024 + 1, "is 50.1 MB; the limit is 50 MB"],
    [3 * 1024 * 1024 * 1024, "is 3072.0 MB; the limit is 50 MB"],
  ])("says %d bytes as: %s", (size, says) => {
    expect(OPEN_MESSAGES.tooLarge(size, MAX_GRAPH_FILE_BYTES)).toBe(says);
  });

  it.each([
    ["no bytes", bytes(), "is empty"],
    ["only whitespace", bytes(" \n\t\r\n "), "is empty"],
    ["only a byte order mark", bytes([0xef, 0xbb, 0xbf]), "is empty"],
    ["a byte order mark and whitespace", bytes([0xef, 0xbb, 0xbf], "\n  \n"), "is empty"],
    ["a NUL byte after valid JSON", bytes('{"a": 1}', [0]), BINARY],
    [
      "a PNG signature",
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      BINARY,
    ],
    ["a lone continuation byte", bytes("{", [0x80], "}"), NOT_UTF8],
    ["Windows-1252 text", bytes('{"a": "Bogot', [0xe1], '"}'), NOT_UTF8],
    ["a multi-byte sequence cut short", bytes('{"a": "', [0xe2, 0x82]), NOT_UTF8],
    ["an overlong encoding of '/'", bytes([0xc0, 0xaf]), NOT_UTF8],
    ["an encoded surrogate", bytes([0xed, 0xa0, 0x80]), NOT_UTF8],
    ["UTF-16LE with its byte order mark", bytes([0xff, 0xfe, 0x7b, 0, 0x7d, 0]), UTF16],
    ["UTF-16BE with its byte order mark", bytes([0xfe, 0xff, 0, 0x7b, 0, 0x7d]), UTF16],
  ])("refuses %s, at the file's name", (_name, input, says) => {
    expect(refused(readGraphBytes(input, "party.json"))).toEqual([
      { path: "party.json", message: says },
    ]);
  });

  it("drops a UTF-8 byte order mark", () => {
    const opened = accepted(readGraphBytes(bytes([0xef, 0xbb, 0xbf], SUMMIT_TEXT), "s.json"));
    expect(opened.graph).toEqual(SUMMIT);
  });

  it("reads non-ASCII text as UTF-8", () => {
    const doc = JSON.stringify({ elements: [{ data: { id: "bogota", label: "Bogotá 🇨🇴" } }] });
    expect(accepted(readGraphBytes(utf8(doc), "co.json")).graph.nodes[0]?.label).toBe("Bogotá 🇨🇴");
  });

  it("names a file without a name '(file)'", () => {
    expect(refused(readGraphBytes(bytes(), " "))).toEqual([
      { path: "(file)", message: "is empty" },
    ]);
  });
});

describe("readGraphText: text already decoded", () => {
  it.each([
    ["two-byte characters", "é", 2],
    ["four-byte characters (surrogate pairs)", "😀", 4],
  ])("counts the limit in UTF-8 bytes: %s", (_name, char, size) => {
    // Fewer UTF-16 units than the limit, more UTF-8 bytes.
    const text = char.repeat(Math.floor(MAX_GRAPH_FILE_BYTES / size) + 1);
    expect(text.length).toBeLessThan(MAX_GRAPH_FILE_BYTES);
    expect(refused(readGraphText(text, "big.json"))).toEqual([
      { path: "big.json", message: "is 50.1 MB; the limit is 50 MB" },
    ]);
  });

  it("drops a byte order mark", () => {
    expect(accepted(readGraphText(`\ufeff${SUMMIT_TEXT}`, "s.json")).graph).toEqual(SUMMIT);
  });

  it.each([
    ["", "is empty"],
    ["\ufeff", "is empty"],
    [" \r\n\t", "is empty"],
    ['{"a": "\u0000"}', BINARY],
  ])("refuses %j", (text, says) => {
    expect(refused(readGraphText(text, "t.json"))).toEqual([{ path: "t.json", message: says }]);
  });
});

describe("readGraphText: JSON syntax", () => {
  it.each([
    [
      "a trailing comma in an object",
      '{\n  "a": 1,\n}',
      "is not valid JSON at line 2, column 9: a trailing comma, which JSON does not allow",
    ],
    [
      "a trailing comma in an array",
      '{"a": [1, 2, ]}',
      "is not valid JSON at line 1, column 12: a trailing comma, which JSON does not allow",
    ],
    ["prose", "hello, world", 'is not valid JSON at line 1, column 1: unexpected "h"'],
    [
      "single quotes",
      "{'a': 1}",
      "is not valid JSON at line 1, column 2: expected property name or '}'",
    ],
    [
      "an unfinished literal",
      '{\n  "a": tru\n}',
      "is not valid JSON at line 2, column 11: unexpected line break",
    ],
    [
      "a second value after the first",
      '{"a": 1}\n{"b": 2}',
      "is not valid JSON at line 2, column 1: unexpected non-whitespace character after JSON",
    ],
    [
      "a tab inside a string",
      '{"a": "x\ty"}',
      "is not valid JSON at line 1, column 9: bad control character in string literal",
    ],
    [
      "a missing colon, after CRLF line ends",
      '{\r\n  "a" 1\r\n}',
      "is not valid JSON at line 2, column 7: expected ':' after property name",
    ],
    [
      "an error after an emoji (columns count characters)",
      '{"😀": 1,}',
      "is not valid JSON at line 1, column 8: a trailing comma, which JSON does not allow",
    ],
    ["an object cut off", '{"a": 1', CUT_OFF],
    ["a string cut off", '{"a": "bc', CUT_OFF],
    ["a literal cut off", '{"a": nul', CUT_OFF],
    ["a file cut off after a comma and blank lines", '{"a": 1,\n\n  ', CUT_OFF],
    ["an array cut off", "[", CUT_OFF],
  ])("refuses %s", (_name, text, says) => {
    expect(refused(readGraphText(text, "t.json"))).toEqual([{ path: "t.json", message: says }]);
  });

  it("refuses nesting deeper than 64 levels, where it goes too deep", () => {
    const text = `{"a":\n${"[".repeat(64)}${"]".repeat(64)}}`;
    expect(refused(readGraphText(text, "deep.json"))).toEqual([
      {
        path: "deep.json",
        message:
          "nests objects and arrays more than 64 levels deep (at line 2, column 64); a graph file needs far fewer",
      },
    ]);
  });

  it("checks nesting before syntax, so 100,000 levels cost one pass", () => {
    const text = "[".repeat(100_000);
    expect(refused(readGraphText(text, "deep.json"))[0]?.message).toContain("64 levels deep");
  });

  it("reads nesting of exactly 64 levels", () => {
    const text = `{"a": ${"[".repeat(63)}${"]".repeat(63)}}`;
    expect(refused(readGraphText(text, "deep.json"))).toEqual([
      { path: "deep.json", message: NEITHER },
    ]);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    const text = `{"a": "\\"${"[{".repeat(100)}"}`;
    expect(refused(readGraphText(text, "t.json"))).toEqual([{ path: "t.json", message: NEITHER }]);
  });
});

describe("readGraphText: which format", () => {
  it.each([
    ["a string", '"graph"', notAnObject('the string "graph"')],
    ["a number", "42", notAnObject("number 42")],
    ["null", "null", notAnObject("null")],
    ["a boolean", "true", notAnObject("boolean true")],
    ["an empty object", "{}", NEITHER],
    ["a D3 node-link graph", '{"nodes": [], "links": []}', NEITHER],
    ["an object whose keys only Object.prototype has", '{"toString": 1, "valueOf": 2}', NEITHER],
  ])("refuses %s", (_name, text, says) => {
    expect(refused(readGraphText(text, "t.json"))).toEqual([{ path: "t.json", message: says }]);
  });

  it("reads an object with schemaVersion as a graph document, even with elements", () => {
    const text = JSON.stringify({ ...SUMMIT, elements: [{ data: { id: "x" } }] });
    const opened = accepted(readGraphText(text, "s.json"));
    expect(opened.format).toBe("quotegraph");
    expect(opened.graph).toEqual({ ...SUMMIT, elements: [{ data: { id: "x" } }] });
  });

  it("reads an object with elements and no schemaVersion as Cytoscape.js JSON", () => {
    const opened = accepted(readGraphText('{"elements": [{"data": {"id": "a"}}]}', "a.json"));
    expect(opened.format).toBe("cytoscape");
  });

  it("reads a bare array of elements, as cy.elements().jsons() writes, like that array as elements", () => {
    const elements = [
      { group: "nodes", data: { id: "a", name: "Alpha" }, position: { x: 0, y: 0 } },
      { group: "nodes", data: { id: "b" }, position: { x: 10, y: 0 } },
      { group: "edges", data: { id: "ab", source: "a", target: "b" } },
    ];
    const bare = accepted(readGraphText(JSON.stringify(elements), "jsons.json"));
    const wrapped = accepted(readGraphText(JSON.stringify({ elements }), "jsons.json"));
    expect(bare.format).toBe("cytoscape");
    expect(bare).toEqual(wrapped);
  });

  it("places a bare array's problems from the array, and names the file when it holds no node", () => {
    expect(refused(readGraphText('[{"data": {"id": "a"}}, {"data": {}}]', "t.json"))).toEqual([
      { path: "[1].data.id", message: "is missing; every node needs an id" },
    ]);
    expect(refused(readGraphText("[]", "t.json"))).toEqual([
      { path: "t.json", message: "has no nodes, so there is nothing to show" },
    ]);
  });

  it("refuses a bare array of other things, where they are", () => {
    expect(refused(readGraphText("[1]", "t.json"))).toEqual([
      { path: "[0]", message: expect.stringContaining("number 1") as string },
      { path: "t.json", message: "has no nodes, so there is nothing to show" },
    ]);
  });
});

describe("readGraphText: a graph document (schema v1)", () => {
  it("accepts a sound document as it is, with no notes", () => {
    expect(accepted(readGraphText(SUMMIT_TEXT, "summit.json"))).toEqual({
      graph: SUMMIT,
      format: "quotegraph",
      needsLayout: true,
      notes: [],
    });
  });

  it("needs no layout when every node has a position", () => {
    const placed: GraphDocument = {
      ...SUMMIT,
      nodes: SUMMIT.nodes.map((n, i) => ({ ...n, position: { x: i * 10.5, y: -i } })),
    };
    expect(accepted(readGraphText(JSON.stringify(placed), "p.json")).needsLayout).toBe(false);
  });

  it("needs layout when one node has no position", () => {
    const placed: GraphDocument = {
      ...SUMMIT,
      nodes: SUMMIT.nodes.map((n, i) => (i === 0 ? n : { ...n, position: { x: i, y: i } })),
    };
    expect(accepted(readGraphText(JSON.stringify(placed), "p.json")).needsLayout).toBe(true);
  });

  it.each([
    [
      2,
      "schema version 2 is newer than this app reads (version 1); open it with a newer Quotegraph",
    ],
    [
      10,
      "schema version 10 is newer than this app reads (version 1); open it with a newer Quotegraph",
    ],
    [0, "schema version 0 is older than this app reads (version 1)"],
    [-1, "number -1 is not a schema version; this app reads version 1"],
    [1.5, "number 1.5 is not a schema version; this app reads version 1"],
  ])("refuses schemaVersion %j with one problem, not one per field", (version, says) => {
    // A shape of its own, as another version might have: no field errors may follow.
    const text = JSON.stringify({ schemaVersion: version, graph: { entities: [] } });
    expect(refused(readGraphText(text, "v.json"))).toEqual([
      { path: "schemaVersion", message: says },
    ]);
  });

  it.each([
    ["1", 'must be 1, not the string "1"'],
    [null, "must be 1, not null"],
  ])("leaves schemaVersion %j to the schema", (version, says) => {
    const text = JSON.stringify({ ...SUMMIT, schemaVersion: version });
    expect(refused(readGraphText(text, "v.json"))).toEqual([
      { path: "schemaVersion", message: says },
    ]);
  });

  it("passes on the document's problems as parseGraphDocument gives them", () => {
    const broken = structuredClone(SUMMIT);
    broken.edges[0]!.target = "gamma";
    broken.nodes[1]!.evidence[0]!.exact = "Beta said nothing";
    const expected = parseGraphDocument(broken);
    expect(expected.ok).toBe(false);
    expect(readGraphText(JSON.stringify(broken), "b.json")).toEqual(expected);
  });

  it.each([
    [
      "a number",
      { weight: 3 },
      [{ path: "nodes[0].attributes.weight", message: "must be a string, not number 3" }],
    ],
    [
      "an object",
      { tags: { a: "b" } },
      [{ path: "nodes[0].attributes.tags", message: "must be a string, not an object" }],
    ],
    [
      "an array as attributes",
      ["a"],
      [{ path: "nodes[0].attributes", message: "must be an object, not an array" }],
    ],
  ])("refuses node attributes holding %s", (_name, attributes, problems) => {
    const doc = structuredClone(SUMMIT) as GraphDocument;
    Object.assign(doc.nodes[0]!, { attributes });
    expect(refused(readGraphText(JSON.stringify(doc), "a.json"))).toEqual(problems);
  });

  it("refuses edge attributes that are not text", () => {
    const doc = structuredClone(SUMMIT) as GraphDocument;
    Object.assign(doc.edges[2]!, { attributes: { weight: null } });
    expect(refused(readGraphText(JSON.stringify(doc), "a.json"))).toEqual([
      { path: "edges[2].attributes.weight", message: "must be a string, not null" },
    ]);
  });

  it("keeps attributes that are text", () => {
    const doc = structuredClone(SUMMIT) as GraphDocument;
    Object.assign(doc.nodes[0]!, { attributes: { capital: "Alpha City" } });
    const opened = accepted(readGraphText(JSON.stringify(doc), "a.json"));
    expect(opened.graph.nodes[0]?.attributes).toEqual({ capital: "Alpha City" });
  });
});
