import { describe, expect, it } from "vitest";
import { graphJsonSchema } from "../../src/build/buildGraphs.ts";
import { parseGraphDocument } from "../../src/domain/parseGraphDocument.ts";
import { formatProblem, type Problem } from "../../src/domain/problems.ts";
import type { Evidence, GraphDocument } from "../../src/domain/schema.ts";

const TEXT = "Alpha met Beta in Gamma City. Alpha and Beta signed the Delta accord in 2021.";

/** Evidence for a quote that occurs once in TEXT, computed with plain string indices (ASCII). */
function ev(exact: string): Evidence {
  const start = TEXT.indexOf(exact);
  if (start < 0 || TEXT.indexOf(exact, start + 1) >= 0) throw new Error(`fixture: ${exact}`);
  const end = start + exact.length;
  return {
    source: "s1",
    exact,
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(end, end + 32),
    start,
    end,
  };
}

/** A small valid document, fresh on each call. */
function validDoc(): GraphDocument {
  return {
    schemaVersion: 1,
    id: "alpha-beta",
    title: "Alpha and Beta",
    sources: [{ id: "s1", title: "Alpha meets Beta", text: TEXT, published: "2021-05-03" }],
    nodes: [
      { id: "alpha", type: "country", label: "Alpha", evidence: [ev("Alpha met Beta")] },
      { id: "beta", type: "country", label: "Beta", evidence: [ev("Beta signed")] },
      { id: "delta", type: "agreement", label: "Delta accord", evidence: [ev("Delta accord")] },
    ],
    edges: [
      {
        id: "alpha-meets-beta",
        source: "alpha",
        target: "beta",
        relation: "meets",
        label: "meets",
        directed: true,
        stance: "cooperation",
        date: "2021",
        evidence: [ev("Alpha met Beta in Gamma City.")],
      },
      {
        id: "beta-party-to-delta",
        source: "beta",
        target: "delta",
        relation: "party_to",
        label: "party to",
        directed: true,
        claim: { by: "alpha" },
        evidence: [{ ...ev("Alpha and Beta signed"), speaker: "alpha" }],
      },
    ],
  };
}

/** Loose access for breaking the document in ways its type forbids. */
type Loose = Record<string, unknown>;
const loose = (value: unknown) => value as Loose;

function problemsOf(input: unknown): readonly Problem[] {
  const result = parseGraphDocument(input);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.problems;
}

/** A way to break the valid document, and the problem it must give: where, and what it says. */
interface Broken {
  name: string;
  mutate: (doc: GraphDocument) => void;
  path: string;
  says: string;
}

const BROKEN: Broken[] = [
  {
    name: "schemaVersion 2",
    mutate: (d) => void (loose(d).schemaVersion = 2),
    path: "schemaVersion",
    says: "must be 1, not number 2",
  },
  {
    name: 'schemaVersion "1"',
    mutate: (d) => void (loose(d).schemaVersion = "1"),
    path: "schemaVersion",
    says: 'must be 1, not the string "1"',
  },
  {
    name: "schemaVersion missing",
    mutate: (d) => void delete loose(d).schemaVersion,
    path: "schemaVersion",
    says: "is missing; expected 1",
  },
  {
    name: "id not a slug",
    mutate: (d) => void (d.id = "Alpha Beta"),
    path: "id",
    says: "lower-case letters, digits and hyphens",
  },
  {
    name: "id with a double hyphen",
    mutate: (d) => void (d.id = "alpha--beta"),
    path: "id",
    says: "lower-case letters, digits and hyphens",
  },
  {
    name: "title missing",
    mutate: (d) => void delete loose(d).title,
    path: "title",
    says: "is missing; expected a string",
  },
  {
    name: "title empty",
    mutate: (d) => void (d.title = ""),
    path: "title",
    says: "must not be empty",
  },
  {
    name: "sources empty",
    mutate: (d) => void (d.sources = []),
    path: "sources",
    says: "must have at least 1 item",
  },
  {
    name: "node type unknown",
    mutate: (d) => void (loose(d.nodes[0]).type = "city"),
    path: "nodes[0].type",
    says: 'must be one of "country", "organisation", "person", "agreement", "event", not the string "city"',
  },
  {
    name: "node evidence empty",
    mutate: (d) => void (d.nodes[1]!.evidence = []),
    path: "nodes[1].evidence",
    says: "must have at least 1 item",
  },
  {
    name: "edge evidence empty",
    mutate: (d) => void (d.edges[0]!.evidence = []),
    path: "edges[0].evidence",
    says: "must have at least 1 item",
  },
  {
    name: "evidence start negative",
    mutate: (d) => void (d.nodes[0]!.evidence[0]!.start = -1),
    path: "nodes[0].evidence[0].start",
    says: "must be at least 0",
  },
  {
    name: "evidence offset not whole",
    mutate: (d) => void (d.nodes[0]!.evidence[0]!.end = 13.5),
    path: "nodes[0].evidence[0].end",
    says: "must be a whole number",
  },
  {
    name: "evidence end before start",
    mutate: (d) => {
      const e = d.nodes[1]!.evidence[0]!;
      [e.start, e.end] = [e.end, e.start];
    },
    path: "nodes[1].evidence[0].end",
    says: "must be greater than start",
  },
  {
    name: "evidence end equal to start",
    mutate: (d) => void (d.nodes[1]!.evidence[0]!.end = d.nodes[1]!.evidence[0]!.start),
    path: "nodes[1].evidence[0].end",
    says: "must be greater than start",
  },
  {
    name: "offsets outside the text",
    mutate: (d) => {
      const e = d.nodes[2]!.evidence[0]!;
      e.start = TEXT.length - 2;
      e.end = TEXT.length + 10;
    },
    path: "nodes[2].evidence[0].end",
    says: `fall outside source "s1" (${TEXT.length} code points long)`,
  },
  {
    name: "exact not the text at its offsets",
    mutate: (d) => void (d.nodes[0]!.evidence[0]!.exact = "Alpha met Gamma"),
    path: "nodes[0].evidence[0].exact",
    says: 'quote "Alpha met Gamma" does not match the source text at its offsets, which reads "Alpha met Beta"',
  },
  {
    name: "offsets shifted by one",
    mutate: (d) => {
      const e = d.edges[1]!.evidence[0]!;
      e.start += 1;
      e.end += 1;
    },
    path: "edges[1].evidence[0].exact",
    says: "does not match the source text",
  },
  {
    name: "prefix mismatch",
    mutate: (d) => void (d.nodes[1]!.evidence[0]!.prefix = "Alpha or "),
    path: "nodes[1].evidence[0].prefix",
    says: "prefix does not match",
  },
  {
    name: "prefix before the start of the text",
    mutate: (d) => void (d.nodes[0]!.evidence[0]!.prefix = "x"),
    path: "nodes[0].evidence[0].prefix",
    says: "prefix does not match",
  },
  {
    name: "suffix mismatch",
    mutate: (d) => void (d.nodes[1]!.evidence[0]!.suffix = " the Gamma accord"),
    path: "nodes[1].evidence[0].suffix",
    says: 'suffix does not match the source text just after the quote, which reads " the Delta accord in 2021."',
  },
  {
    name: "edge target not a node",
    mutate: (d) => void (d.edges[0]!.target = "nato-x"),
    path: "edges[0].target",
    says: '"nato-x" is not a node id',
  },
  {
    name: "edge source not a node",
    mutate: (d) => void (d.edges[1]!.source = "gamma"),
    path: "edges[1].source",
    says: '"gamma" is not a node id',
  },
  {
    name: "claim.by not a node",
    mutate: (d) => void (d.edges[1]!.claim = { by: "omega" }),
    path: "edges[1].claim.by",
    says: '"omega" is not a node id',
  },
  {
    name: "speaker not a node",
    mutate: (d) => void (d.edges[1]!.evidence[0]!.speaker = "omega"),
    path: "edges[1].evidence[0].speaker",
    says: '"omega" is not a node id',
  },
  {
    name: "duplicate node id",
    mutate: (d) => void (d.nodes[2]!.id = "alpha"),
    path: "nodes[2].id",
    says: 'node id "alpha" is used more than once (first at nodes[0].id)',
  },
  {
    name: "duplicate edge id",
    mutate: (d) => void (d.edges[1]!.id = "alpha-meets-beta"),
    path: "edges[1].id",
    says: 'edge id "alpha-meets-beta" is used more than once (first at edges[0].id)',
  },
  {
    name: "duplicate source id",
    mutate: (d) => void d.sources.push({ ...d.sources[0]! }),
    path: "sources[1].id",
    says: 'source id "s1" is used more than once',
  },
  {
    name: "evidence source not a source",
    mutate: (d) => void (d.nodes[0]!.evidence[0]!.source = "s2"),
    path: "nodes[0].evidence[0].source",
    says: '"s2" is not a source id',
  },
  {
    name: "relation not snake_case",
    mutate: (d) => void (d.edges[0]!.relation = "talksWith"),
    path: "edges[0].relation",
    says: 'the string "talksWith" is not in the expected format (snake_case, e.g. member_of)',
  },
  {
    name: "relation with a space",
    mutate: (d) => void (d.edges[0]!.relation = "member of"),
    path: "edges[0].relation",
    says: "snake_case",
  },
  {
    name: "edge date not ISO",
    mutate: (d) => void (d.edges[0]!.date = "3 May 2021"),
    path: "edges[0].date",
    says: "ISO 8601 date such as 2023-08-15",
  },
  {
    name: "source published not ISO",
    mutate: (d) => void (d.sources[0]!.published = "05/03/2021"),
    path: "sources[0].published",
    says: "ISO 8601",
  },
  {
    name: "source url not http(s)",
    mutate: (d) => void (d.sources[0]!.url = "ftp://example.org/a"),
    path: "sources[0].url",
    says: "url",
  },
  {
    name: "directed missing",
    mutate: (d) => void delete loose(d.edges[0]).directed,
    path: "edges[0].directed",
    says: "is missing; expected a boolean",
  },
  {
    name: "stance unknown",
    mutate: (d) => void (loose(d.edges[0]).stance = "friendly"),
    path: "edges[0].stance",
    says: 'must be one of "cooperation", "opposition", "neutral"',
  },
  {
    name: "position not numeric",
    mutate: (d) => void (loose(d.nodes[0]).position = { x: "1", y: 2 }),
    path: "nodes[0].position.x",
    says: 'must be a number, not the string "1"',
  },
];

describe("parseGraphDocument", () => {
  it("accepts the valid document built here", () => {
    const doc = validDoc();
    expect(parseGraphDocument(doc)).toEqual({ ok: true, value: doc });
  });

  it.each(BROKEN)("refuses $name at $path", ({ mutate, path, says }) => {
    const doc = validDoc();
    mutate(doc);
    const problems = problemsOf(doc);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.message).toContain(says);
  });

  it("reads a broken reference as `path: message`", () => {
    const doc = validDoc();
    doc.edges[0]!.target = "nato-x";
    expect(problemsOf(doc).map(formatProblem)).toEqual([
      'edges[0].target: "nato-x" is not a node id',
    ]);
  });

  it.each([
    ["null", null, "must be an object, not null"],
    ["an array", [validDoc()], "must be an object, not an array"],
    [
      "a string",
      '{"schemaVersion":1}',
      'must be an object, not the string "{\\"schemaVersion\\":1}"',
    ],
    ["a number", 1, "must be an object, not number 1"],
    ["undefined", undefined, "is missing; expected an object"],
  ])("refuses %s as a whole", (_name, input, says) => {
    expect(problemsOf(input)).toEqual([{ path: "(document)", message: says }]);
  });

  it("keeps unknown extra fields, at every level", () => {
    const doc = validDoc();
    Object.assign(doc, { generator: { name: "future-tool" } });
    Object.assign(doc.sources[0]!, { language: "en" });
    Object.assign(doc.nodes[0]!, { colour: "red" });
    Object.assign(doc.edges[0]!, { weight: 3 });
    Object.assign(doc.nodes[0]!.evidence[0]!, { confidence: 0.9 });
    Object.assign(doc.edges[1]!.claim!, { quoted: true });
    const result = parseGraphDocument(doc);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const value = result.value as unknown as {
      generator: unknown;
      sources: Loose[];
      nodes: (Loose & { evidence: Loose[] })[];
      edges: (Loose & { claim?: Loose })[];
    };
    expect(value.generator).toEqual({ name: "future-tool" });
    expect(value.sources[0]?.language).toBe("en");
    expect(value.nodes[0]?.colour).toBe("red");
    expect(value.edges[0]?.weight).toBe(3);
    expect(value.nodes[0]?.evidence[0]?.confidence).toBe(0.9);
    expect(value.edges[1]?.claim?.quoted).toBe(true);
  });

  it("reports every integrity problem at once", () => {
    const doc = validDoc();
    doc.edges[0]!.target = "nato-x";
    doc.edges[1]!.claim = { by: "omega" };
    doc.nodes[0]!.evidence[0]!.exact = "Alpha met Gamma";
    const paths = problemsOf(doc).map((p) => p.path);
    expect(paths.length).toBeGreaterThanOrEqual(3);
    expect(paths).toEqual(
      expect.arrayContaining([
        "edges[0].target",
        "edges[1].claim.by",
        "nodes[0].evidence[0].exact",
      ]),
    );
  });

  it("reports every shape problem at once", () => {
    const doc = validDoc();
    doc.id = "Not A Slug";
    doc.edges[0]!.relation = "talksWith";
    loose(doc.nodes[2]).type = "city";
    const paths = problemsOf(doc).map((p) => p.path);
    expect(paths.length).toBeGreaterThanOrEqual(3);
    expect(paths).toEqual(expect.arrayContaining(["id", "edges[0].relation", "nodes[2].type"]));
  });

  // Regression: the date patterns once checked only the digit layout.
  it.each(["2023-13-01", "2023-02-45", "2023-00"])("refuses the impossible date %s", (d) => {
    const doc = validDoc();
    doc.edges[0]!.date = d;
    expect(problemsOf(doc).map((p) => p.path)).toContain("edges[0].date");
  });
});

describe("graphJsonSchema", () => {
  const schema = graphJsonSchema();

  it("is a plain JSON object", () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("declares JSON Schema draft 2020-12 and an $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/graph-v1\.schema\.json$/);
    expect(schema.type).toBe("object");
  });

  it("requires the document's top-level fields", () => {
    expect(schema.required).toEqual(
      expect.arrayContaining(["schemaVersion", "id", "title", "sources", "nodes", "edges"]),
    );
    expect(schema.required).not.toContain("description");
  });

  it("pins schemaVersion to 1 and ids to slugs", () => {
    const properties = schema.properties as Record<string, Loose>;
    expect(properties.schemaVersion?.const).toBe(1);
    expect(new RegExp(String(properties.id?.pattern)).test("alpha-beta")).toBe(true);
    expect(new RegExp(String(properties.id?.pattern)).test("Alpha Beta")).toBe(false);
  });
});

describe("evidence from a linked headline (origin)", () => {
  const HEADLINED =
    "Alpha met Beta in Gamma City.\nRead more: Beta to visit Omega this week\nAlpha thanked Beta.";

  /** Evidence of a quote that occurs once in HEADLINED, with or without an origin. */
  function hev(exact: string, origin?: "linked-headline"): Evidence {
    const start = HEADLINED.indexOf(exact);
    if (start < 0 || HEADLINED.indexOf(exact, start + 1) >= 0) throw new Error(`fixture: ${exact}`);
    const end = start + exact.length;
    return {
      source: "s1",
      exact,
      prefix: HEADLINED.slice(Math.max(0, start - 32), start),
      suffix: HEADLINED.slice(end, end + 32),
      start,
      end,
      ...(origin && { origin }),
    };
  }

  function headlinedDoc(evidence: Evidence): GraphDocument {
    const doc = validDoc();
    doc.sources[0]!.text = HEADLINED;
    doc.nodes = [
      { id: "alpha", type: "country", label: "Alpha", evidence: [hev("Alpha met Beta")] },
      { id: "beta", type: "country", label: "Beta", evidence: [evidence] },
    ];
    doc.edges = [];
    return doc;
  }

  it.each([
    ["the headline's words", "Beta to visit Omega"],
    ["the whole line, lead-in and all", "Read more: Beta to visit Omega this week"],
    ["one word of it", "Omega"],
  ])("accepts %s marked linked-headline", (_name, exact) => {
    const doc = headlinedDoc(hev(exact, "linked-headline"));
    expect(parseGraphDocument(doc)).toEqual({ ok: true, value: doc });
  });

  it.each([
    ["words of the article's own reporting", "Alpha thanked Beta"],
    ["a quote that runs past the headline's line", "this week\nAlpha"],
    ["a quote that starts before it", "City.\nRead more: Beta"],
  ])("refuses %s marked linked-headline, at its origin", (_name, exact) => {
    const problems = problemsOf(headlinedDoc(hev(exact, "linked-headline")));
    expect(problems.map((p) => p.path)).toEqual(["nodes[1].evidence[0].origin"]);
    expect(problems[0]?.message).toContain('does not lie within one line led by "Read more:"');
  });

  it("refuses an origin it does not know", () => {
    const evidence = { ...hev("Beta to visit Omega"), origin: "pull-quote" };
    const problems = problemsOf(headlinedDoc(evidence as Evidence));
    expect(problems.map((p) => p.path)).toEqual(["nodes[1].evidence[0].origin"]);
  });

  // Backward compatible: a document written before the field existed is as valid as it was,
  // its headline words unmarked (only the build of an annotation insists on the mark).
  it("accepts a headline's words without an origin", () => {
    const doc = headlinedDoc(hev("Beta to visit Omega"));
    expect(parseGraphDocument(doc)).toEqual({ ok: true, value: doc });
  });

  it("checks the quote first: a quote not at its offsets is not also blamed for its line", () => {
    const evidence = {
      ...hev("Beta to visit Omega", "linked-headline"),
      exact: "Beta to see Omega",
    };
    expect(problemsOf(headlinedDoc(evidence)).map((p) => p.path)).toEqual([
      "nodes[1].evidence[0].exact",
    ]);
  });

  it("is in the JSON Schema as an optional enumerated field of evidence", () => {
    type Props = Record<string, Loose>;
    const nodes = (graphJsonSchema().properties as Props).nodes as Loose;
    const node = nodes.items as Loose;
    const evidence = ((node.properties as Props).evidence as Loose).items as Loose;
    expect((evidence.properties as Props).origin?.enum).toEqual(["linked-headline"]);
    expect(evidence.required).not.toContain("origin");
  });
});
