// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { precomputeLayout } from "../../../src/cytoscape/precomputeLayout.ts";
import { csvField, csvRecord, exportCsv } from "../../../src/domain/export/csv.ts";
import { exportGexf } from "../../../src/domain/export/gexf.ts";
import { exportGraphml } from "../../../src/domain/export/graphml.ts";
import {
  exportedElements,
  exportJson,
  visibleSubDocument,
} from "../../../src/domain/export/jsonExport.ts";
import {
  NO_FILTERS,
  visibleElements,
  type Filters,
  type Visible,
} from "../../../src/domain/filters.ts";
import { indexGraph } from "../../../src/domain/graphIndex.ts";
import { parseGraphDocument } from "../../../src/domain/parseGraphDocument.ts";
import type { GraphDocument, GraphEdge, GraphNode } from "../../../src/domain/schema.ts";
import {
  articleInputs,
  buildOrThrow,
  fixtureInputs,
  type AnnotationInput,
} from "../../fixtures/fixtures.ts";

// ---------------------------------------------------------------------------------------------
// Fixtures: the real article (laid out, so it has positions), a small document without
// positions, and a small document full of awkward text.

const ARTICLE = precomputeLayout(buildOrThrow(articleInputs()));
const SUMMIT = buildOrThrow(fixtureInputs("summit"));

const C = (...cps: number[]) => String.fromCodePoint(...cps);

/** Quotes, markup characters, commas, a CRLF, a tab, emoji, and text that looks like formulas. */
const AWKWARD_TEXT =
  'Ana & Bob met in <Gamma>, "the city of tea".\n' +
  "=Alpha, the 🇦🇱 state, and Beta signed the pact, said Ana.\n" +
  '-Bob added: "Ana is wise, truly" and "Alpha trusts Beta, 100%" 😀\r\n' +
  "+Alpha & Beta: friends\ttoday?\n" +
  "@Beta replied to Cleo.\n";

const AWKWARD_ANNOTATION: AnnotationInput = {
  id: "awkward",
  title: `Alpha & Beta <"talks"> 😀 it's`,
  sources: [{ id: "awkward", file: "awkward.txt", title: "Awkward & <odd>" }],
  nodes: [
    {
      id: "alpha",
      type: "country",
      label: 'Alpha "A" & <Co>',
      aliases: ["=Alpha", "Alpha, the 🇦🇱 state"],
      // Two characters XML 1.0 forbids at the end: the XML writers must drop them.
      summary: `Line one,\nline two "quoted" & <b>\r\nend${C(1)}${C(0xfffe)}`,
      quotes: ["=Alpha, the 🇦🇱 state"],
    },
    { id: "beta", type: "country", label: "Beta 😀", summary: "", quotes: ["@Beta replied"] },
    {
      id: "ana",
      type: "person",
      label: "Ana",
      quotes: ["Ana & Bob met", { exact: "Ana is wise, truly", speaker: "bob" }],
    },
    { id: "bob", type: "person", label: "-Bob", summary: "+1 for Bob", quotes: ["-Bob added"] },
    { id: "cleo", type: "person", label: "Cleo", aliases: ["@cleo"], quotes: ["Cleo"] },
    {
      id: "gamma",
      type: "event",
      label: "Meeting in\n<Gamma>",
      aliases: ["Gamma City"],
      quotes: ['met in <Gamma>, "the city of tea"'],
    },
  ],
  edges: [
    {
      id: "alpha-signs-pact-with-beta",
      source: "alpha",
      target: "beta",
      relation: "signed_pact_with",
      label: 'signed the "pact" with',
      directed: false,
      stance: "cooperation",
      date: "2021-05",
      claim: { by: "ana" },
      quotes: [
        { exact: "Alpha, the 🇦🇱 state, and Beta signed the pact, said Ana", speaker: "ana" },
      ],
    },
    {
      id: "alpha-trusts-beta",
      source: "alpha",
      target: "beta",
      relation: "trusts",
      stance: "cooperation",
      claim: { by: "bob", hedged: true },
      quotes: [{ exact: "Alpha trusts Beta, 100%", speaker: "bob" }],
    },
    {
      id: "alpha-friends-with-beta",
      source: "alpha",
      target: "beta",
      relation: "friends_with",
      quotes: ["+Alpha & Beta: friends\ttoday?", "😀\r\n+Alpha"],
    },
    {
      id: "ana-meets-bob",
      source: "ana",
      target: "bob",
      relation: "meets",
      directed: false,
      stance: "neutral",
      quotes: ["Ana & Bob met in <Gamma>"],
    },
    {
      id: "ana-attends-gamma",
      source: "ana",
      target: "gamma",
      relation: "attends",
      quotes: ["met in <Gamma>"],
    },
  ],
};

const POSITIONS: Readonly<Record<string, { x: number; y: number }>> = {
  alpha: { x: -12.5, y: 0 },
  beta: { x: 1e21, y: -0.000001 },
  ana: { x: 3, y: 4 },
  bob: { x: 0.1, y: 0.2 },
  cleo: { x: 5, y: -5 },
  // gamma has none: positions may be partial.
};

function awkwardDocument(): GraphDocument {
  const built = buildOrThrow({
    annotation: AWKWARD_ANNOTATION,
    texts: new Map([["awkward.txt", AWKWARD_TEXT]]),
  });
  return {
    ...built,
    // Fields this version does not know: the JSON export must keep them.
    curatorNote: "kept as it is",
    nodes: built.nodes.map((n) => {
      const position = POSITIONS[n.id];
      return position ? { ...n, position, wikidata: `Q-${n.id}` } : n;
    }),
  };
}
const AWKWARD = awkwardDocument();

const DOCS: readonly (readonly [string, GraphDocument])[] = [
  ["the article", ARTICLE],
  ["the summit fixture (no positions)", SUMMIT],
  ["the awkward fixture", AWKWARD],
];

const hide = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch });
const visibleIn = (doc: GraphDocument, filters: Filters): Visible =>
  visibleElements(indexGraph(doc), filters);

/** Filtered exports to check: each hides something, and the elements left are known. */
const FILTER_CASES = [
  {
    name: "article, persons hidden",
    doc: ARTICLE,
    filters: hide({ nodeTypes: new Set(["person"]) }),
  },
  {
    name: "article, claims hidden",
    doc: ARTICLE,
    filters: hide({ attributions: new Set(["claim", "hedged"]) }),
  },
  {
    name: "article, a relation and a stance hidden",
    doc: ARTICLE,
    filters: hide({ relations: new Set(["party_to"]), stances: new Set(["opposition"]) }),
  },
  {
    name: "awkward, persons and hedged claims hidden",
    doc: AWKWARD,
    filters: hide({ nodeTypes: new Set(["person"]), attributions: new Set(["hedged"]) }),
  },
  {
    name: "awkward, everything hidden",
    doc: AWKWARD,
    filters: hide({ nodeTypes: new Set(["country", "person", "event"]) }),
  },
] as const;

// ---------------------------------------------------------------------------------------------
// Test-side readers, written independently of the writers.

/** What XML 1.0 can carry: the text minus C0 controls (but TAB, LF, CR), lone surrogates, FFFE/F. */
function xmlSafe(s: string): string {
  return Array.from(s)
    .filter((ch) => {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x20) return cp === 9 || cp === 10 || cp === 13;
      return !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffe && cp !== 0xffff;
    })
    .join("");
}
/** An xsd:token: whitespace runs collapsed, none at the ends. */
const token = (s: string) =>
  xmlSafe(s)
    .split(/[ \t\n\r]+/)
    .filter(Boolean)
    .join(" ");

function parseXml(xml: string): Document {
  const dom = new DOMParser().parseFromString(xml, "application/xml");
  expect(dom.getElementsByTagName("parsererror")).toHaveLength(0);
  return dom;
}
const childrenNamed = (parent: Element | Document, ns: string, name: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(ns, name));
const attributesOf = (el: Element): Record<string, string> =>
  Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value]));

/** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes, nothing else. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      if (field !== "") throw new Error(`csv: a quote inside an unquoted field at ${i}`);
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("csv: unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          field += text[i];
          i++;
        }
      }
      if (text[i] !== "," && text[i] !== "\r") throw new Error(`csv: text after a quote at ${i}`);
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`csv: CR without LF at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\n") {
      throw new Error(`csv: LF without CR at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("csv: the last record has no CRLF");
  return rows;
}

// ---------------------------------------------------------------------------------------------
// What each format should say about each element, derived from the document by the test.

const ALIASES = (n: GraphNode) => n.aliases?.join("; ");
const hedgedOf = (e: GraphEdge) => (e.claim ? String(e.claim.hedged === true) : undefined);

/** Drops the keys whose value is undefined: what the writers leave out. */
function defined(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function gexfNodeValues(n: GraphNode): Record<string, string> {
  return defined({
    type: n.type,
    aliases: n.aliases && xmlSafe(n.aliases.join("; ")),
    summary: n.summary === undefined ? undefined : xmlSafe(n.summary),
    quotes: String(n.evidence.length),
  });
}

function edgeValues(e: GraphEdge): Record<string, string> {
  return defined({
    relation: e.relation,
    stance: e.stance,
    claimed_by: e.claim?.by,
    hedged: hedgedOf(e),
    date: e.date,
    quotes: String(e.evidence.length),
  });
}

function graphmlNodeValues(n: GraphNode): Record<string, string> {
  return {
    label: xmlSafe(n.label),
    ...gexfNodeValues(n),
    ...defined({ x: n.position && String(n.position.x), y: n.position && String(n.position.y) }),
  };
}

const graphmlEdgeValues = (e: GraphEdge): Record<string, string> => ({
  label: xmlSafe(e.label),
  ...edgeValues(e),
});

/** Text a spreadsheet would run as a formula gets an apostrophe. */
const unformula = (s: string | undefined) =>
  s === undefined ? "" : /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
const num = (n: number | undefined) => (n === undefined ? "" : String(n));

const csvNodeRow = (n: GraphNode) => [
  unformula(n.id),
  n.type,
  unformula(n.label),
  unformula(ALIASES(n)),
  unformula(n.summary),
  num(n.position?.x),
  num(n.position?.y),
  String(n.evidence.length),
];

const csvEdgeRow = (e: GraphEdge) => [
  unformula(e.id),
  unformula(e.source),
  unformula(e.target),
  e.relation,
  unformula(e.label),
  String(e.directed),
  e.stance ?? "",
  unformula(e.claim?.by),
  hedgedOf(e) ?? "",
  e.date ?? "",
  String(e.evidence.length),
];

const csvQuoteRows = (kind: string, id: string, el: GraphNode | GraphEdge) =>
  el.evidence.map((ev) => [
    kind,
    unformula(id),
    unformula(ev.source),
    String(ev.start),
    String(ev.end),
    unformula(ev.speaker),
    unformula(ev.exact),
    unformula(ev.prefix),
    unformula(ev.suffix),
  ]);

const ids = (elements: readonly { id: string }[]) => elements.map((e) => e.id);

// ---------------------------------------------------------------------------------------------

describe("the fixtures", () => {
  it("are what the tests need: positions, awkward text, valid documents", () => {
    expect(ARTICLE.nodes.every((n) => n.position)).toBe(true);
    expect(SUMMIT.nodes.some((n) => n.position)).toBe(false);
    expect(parseGraphDocument(AWKWARD).ok).toBe(true);
    const quotes = AWKWARD.edges.flatMap((e) => e.evidence.map((ev) => ev.exact));
    expect(quotes).toContain("😀\r\n+Alpha");
  });
});

describe("exportJson", () => {
  it.each(DOCS)("round-trips %s: export, open, the same document", (_, doc) => {
    const out = exportJson(doc, null);
    const opened = parseGraphDocument(JSON.parse(out));
    expect(opened.ok && opened.value).toEqual(doc);
  });

  it("is pretty JSON with two-space indents and a final newline", () => {
    const out = exportJson(SUMMIT, null);
    expect(out).toBe(`${JSON.stringify(SUMMIT, null, 2)}\n`);
    expect(out.split("\n")[1]).toBe('  "schemaVersion": 1,');
  });

  it("keeps fields it does not know", () => {
    const out = JSON.parse(exportJson(AWKWARD, null)) as Record<string, unknown>;
    expect(out.curatorNote).toBe("kept as it is");
    expect((out.nodes as { wikidata?: string }[])[0]?.wikidata).toBe("Q-alpha");
  });

  it.each([
    {
      name: "article, persons hidden: the claimants of shown claims are kept",
      doc: ARTICLE,
      filters: hide({ nodeTypes: new Set(["person"]) }),
      kept: ["renier-urbaez-fermin", "vladimir-putin"],
    },
    {
      name: "article, claims hidden: exactly the shown elements",
      doc: ARTICLE,
      filters: hide({ attributions: new Set(["claim", "hedged"]) }),
      kept: [],
    },
    {
      name: "article, a relation and a stance hidden",
      doc: ARTICLE,
      filters: hide({ relations: new Set(["party_to"]), stances: new Set(["opposition"]) }),
      kept: [],
    },
    {
      // Ana claims a shown edge; Bob speaks in one of Ana's quotes; Cleo stays out.
      name: "awkward: a kept node's speaker is kept in turn",
      doc: AWKWARD,
      filters: hide({ nodeTypes: new Set(["person"]), attributions: new Set(["hedged"]) }),
      kept: ["ana", "bob"],
    },
    {
      name: "awkward, everything hidden: an empty graph that is still a document",
      doc: AWKWARD,
      filters: hide({ nodeTypes: new Set(["country", "person", "event"]) }),
      kept: [],
    },
  ])("$name", ({ doc, filters, kept }) => {
    const visible = visibleIn(doc, filters);
    const opened = parseGraphDocument(JSON.parse(exportJson(doc, visible)));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const out = opened.value;
    const expectedNodes = doc.nodes.filter((n) => visible.nodes.has(n.id) || kept.includes(n.id));
    expect(ids(out.nodes)).toEqual(ids(expectedNodes));
    expect(ids(out.edges)).toEqual(ids(doc.edges.filter((e) => visible.edges.has(e.id))));
    expect(out.nodes).toEqual(expectedNodes);
    expect(out.sources).toEqual(doc.sources);
    const { schemaVersion, id, title, description } = doc;
    expect(out).toMatchObject({
      schemaVersion,
      id,
      title,
      ...(description ? { description } : {}),
    });
    expect(visibleSubDocument(doc, visible).keptHiddenNodes).toEqual(kept);
  });

  it("keeps the ends of a shown edge even when a hand-made selection hides them", () => {
    const visible: Visible = { nodes: new Set(), edges: new Set(["ana-meets-bob"]) };
    const out = JSON.parse(exportJson(AWKWARD, visible)) as GraphDocument;
    expect(parseGraphDocument(out).ok).toBe(true);
    expect(ids(out.nodes)).toEqual(["ana", "bob"]);
    expect(ids(out.edges)).toEqual(["ana-meets-bob"]);
  });

  // Each way an edge can name a node, alone: the pact edge's claim, or its quote's speaker.
  const pactEdge = (patch: (e: GraphEdge) => GraphEdge): GraphDocument => ({
    ...AWKWARD,
    edges: AWKWARD.edges.map((e) => (e.id === "alpha-signs-pact-with-beta" ? patch(e) : e)),
  });
  const withoutSpeakers = (e: GraphEdge): GraphEdge => ({
    ...e,
    evidence: e.evidence.map(({ speaker: _, ...ev }) => ev),
  });
  const withoutClaim = ({ claim: _, ...e }: GraphEdge): GraphEdge => e;
  it.each([
    { name: "claim.by alone", doc: pactEdge(withoutSpeakers), kept: ["ana", "bob"] },
    { name: "a quote's speaker alone", doc: pactEdge(withoutClaim), kept: ["ana", "bob"] },
    { name: "neither", doc: pactEdge((e) => withoutClaim(withoutSpeakers(e))), kept: [] },
  ])("keeps a hidden node named by $name", ({ doc, kept }) => {
    const visible: Visible = {
      nodes: new Set(["alpha", "beta"]),
      edges: new Set(["alpha-signs-pact-with-beta"]),
    };
    const out = JSON.parse(exportJson(doc, visible)) as GraphDocument;
    expect(parseGraphDocument(out).ok).toBe(true);
    expect(ids(out.nodes)).toEqual(["alpha", "beta", ...kept]);
    expect(visibleSubDocument(doc, visible).keptHiddenNodes).toEqual(kept);
  });

  it("ignores ids the document does not have", () => {
    const visible: Visible = { nodes: new Set(["nowhere", "beta"]), edges: new Set(["nothing"]) };
    const { document, keptHiddenNodes } = visibleSubDocument(AWKWARD, visible);
    expect(ids(document.nodes)).toEqual(["beta"]);
    expect(document.edges).toEqual([]);
    expect(keptHiddenNodes).toEqual([]);
  });
});

describe("exportedElements", () => {
  it.each([
    { shown: ["ana", "bob"], edges: ["ana-meets-bob"] },
    { shown: ["ana"], edges: [] },
    { shown: ["bob"], edges: [] },
    { shown: [], edges: [] },
  ])("writes an edge only with both its ends: $shown", ({ shown, edges }) => {
    const visible: Visible = { nodes: new Set(shown), edges: new Set(["ana-meets-bob"]) };
    const out = exportedElements(AWKWARD, visible);
    expect(ids(out.nodes)).toEqual(shown);
    expect(ids(out.edges)).toEqual(edges);
  });

  it("writes everything without filters", () => {
    expect(exportedElements(ARTICLE, null)).toEqual({ nodes: ARTICLE.nodes, edges: ARTICLE.edges });
  });
});

// ---------------------------------------------------------------------------------------------

const GEXF_NS = "http://gexf.net/1.3";
const VIZ_NS = "http://gexf.net/1.3/viz";

describe("exportGexf", () => {
  it.each(DOCS)("writes every node, edge and attribute of %s", (_, doc) => {
    const dom = parseXml(exportGexf(doc, null));
    const root = dom.documentElement;
    expect(root.namespaceURI).toBe(GEXF_NS);
    expect(root.localName).toBe("gexf");
    expect(root.getAttribute("version")).toBe("1.3");
    expect(childrenNamed(dom, GEXF_NS, "creator").map((e) => e.textContent)).toEqual([
      "Quotegraph",
    ]);
    expect(childrenNamed(dom, GEXF_NS, "description").map((e) => e.textContent)).toEqual([
      xmlSafe(doc.title),
    ]);

    const [graph, ...moreGraphs] = childrenNamed(dom, GEXF_NS, "graph");
    expect(moreGraphs).toEqual([]);
    expect(graph?.getAttribute("defaultedgetype")).toBe("directed");
    expect(graph?.getAttribute("mode")).toBe("static");

    // Declarations: ids are also the titles.
    const declared = (cls: string) =>
      childrenNamed(dom, GEXF_NS, "attributes")
        .filter((a) => a.getAttribute("class") === cls)
        .flatMap((a) => childrenNamed(a, GEXF_NS, "attribute").map(attributesOf));
    expect(declared("node")).toEqual([
      { id: "type", title: "type", type: "string" },
      { id: "aliases", title: "aliases", type: "string" },
      { id: "summary", title: "summary", type: "string" },
      { id: "quotes", title: "quotes", type: "integer" },
    ]);
    expect(declared("edge")).toEqual([
      { id: "relation", title: "relation", type: "string" },
      { id: "stance", title: "stance", type: "string" },
      { id: "claimed_by", title: "claimed_by", type: "string" },
      { id: "hedged", title: "hedged", type: "boolean" },
      { id: "date", title: "date", type: "string" },
      { id: "quotes", title: "quotes", type: "integer" },
    ]);

    const attvalues = (el: Element) =>
      Object.fromEntries(
        childrenNamed(el, GEXF_NS, "attvalue").map((a) => [
          a.getAttribute("for"),
          a.getAttribute("value"),
        ]),
      );

    const nodes = childrenNamed(dom, GEXF_NS, "node");
    expect(nodes.map((n) => n.getAttribute("id"))).toEqual(ids(doc.nodes));
    expect(childrenNamed(dom, GEXF_NS, "nodes")[0]?.getAttribute("count")).toBe(
      String(doc.nodes.length),
    );
    doc.nodes.forEach((node, i) => {
      const el = nodes[i]!;
      expect(el.getAttribute("label")).toBe(token(node.label));
      expect(attvalues(el)).toEqual(gexfNodeValues(node));
      const positions = childrenNamed(el, VIZ_NS, "position");
      if (node.position) {
        expect(positions.map(attributesOf)).toEqual([
          { x: String(node.position.x), y: String(node.position.y), z: "0" },
        ]);
        expect(Number(positions[0]!.getAttribute("x"))).toBe(node.position.x);
        expect(Number(positions[0]!.getAttribute("y"))).toBe(node.position.y);
      } else {
        expect(positions).toEqual([]);
      }
    });

    const edges = childrenNamed(dom, GEXF_NS, "edge");
    expect(edges.map((e) => e.getAttribute("id"))).toEqual(ids(doc.edges));
    doc.edges.forEach((edge, i) => {
      const el = edges[i]!;
      expect(el.getAttribute("source")).toBe(edge.source);
      expect(el.getAttribute("target")).toBe(edge.target);
      expect(el.getAttribute("type")).toBe(edge.directed ? null : "undirected");
      expect(el.getAttribute("label")).toBe(token(edge.label));
      expect(el.getAttribute("kind")).toBe(edge.relation);
      expect(attvalues(el)).toEqual(edgeValues(edge));
    });
  });

  it("declares the viz namespace only when there are positions", () => {
    expect(exportGexf(ARTICLE, null)).toContain(`xmlns:viz="${VIZ_NS}"`);
    expect(exportGexf(SUMMIT, null)).not.toContain("viz");
  });

  it.each(FILTER_CASES)("$name: exactly the shown ids", ({ doc, filters }) => {
    const visible = visibleIn(doc, filters);
    const dom = parseXml(exportGexf(doc, visible));
    const written = (name: string) =>
      childrenNamed(dom, GEXF_NS, name).map((e) => e.getAttribute("id"));
    expect(written("node")).toEqual(ids(doc.nodes.filter((n) => visible.nodes.has(n.id))));
    expect(written("edge")).toEqual(ids(doc.edges.filter((e) => visible.edges.has(e.id))));
  });

  it.each([
    ["a label", `label="Alpha &quot;A&quot; &amp; &lt;Co&gt;"`],
    [
      "the title",
      "<description>Alpha &amp; Beta &lt;&quot;talks&quot;&gt; 😀 it&apos;s</description>",
    ],
    [
      "line breaks in a value",
      `value="Line one,&#10;line two &quot;quoted&quot; &amp; &lt;b&gt;&#13;&#10;end"`,
    ],
    ["a label made a token", `label="Meeting in &lt;Gamma&gt;"`],
  ])("escapes %s", (_, expected) => {
    expect(exportGexf(AWKWARD, null)).toContain(expected);
  });

  it("drops the characters XML 1.0 forbids", () => {
    const out = exportGexf(AWKWARD, null);
    expect(out).not.toContain(C(1));
    expect(out).not.toContain(C(0xfffe));
  });
});

// ---------------------------------------------------------------------------------------------

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

describe("exportGraphml", () => {
  it.each(DOCS)("writes every node, edge and attribute of %s", (_, doc) => {
    const dom = parseXml(exportGraphml(doc, null));
    const root = dom.documentElement;
    expect(root.namespaceURI).toBe(GRAPHML_NS);
    expect(root.localName).toBe("graphml");

    const keys = childrenNamed(dom, GRAPHML_NS, "key").map(attributesOf);
    const declared = (domain: string) =>
      keys.filter((k) => k.for === domain).map((k) => [k["attr.name"], k["attr.type"]] as const);
    expect(declared("node")).toEqual([
      ["label", "string"],
      ["type", "string"],
      ["aliases", "string"],
      ["summary", "string"],
      ["x", "double"],
      ["y", "double"],
      ["quotes", "int"],
    ]);
    expect(declared("edge")).toEqual([
      ["label", "string"],
      ["relation", "string"],
      ["stance", "string"],
      ["claimed_by", "string"],
      ["hedged", "boolean"],
      ["date", "string"],
      ["quotes", "int"],
    ]);
    expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
    const nameOfKey = new Map(keys.map((k) => [k.id, k["attr.name"]]));

    const [graph, ...moreGraphs] = childrenNamed(dom, GRAPHML_NS, "graph");
    expect(moreGraphs).toEqual([]);
    expect(graph?.getAttribute("edgedefault")).toBe("directed");
    expect(childrenNamed(dom, GRAPHML_NS, "desc")[0]?.textContent).toBe(xmlSafe(doc.title));

    const data = (el: Element) =>
      Object.fromEntries(
        childrenNamed(el, GRAPHML_NS, "data").map((d) => [
          nameOfKey.get(d.getAttribute("key") ?? ""),
          d.textContent,
        ]),
      );

    const nodes = childrenNamed(dom, GRAPHML_NS, "node");
    expect(nodes.map((n) => n.getAttribute("id"))).toEqual(ids(doc.nodes));
    doc.nodes.forEach((node, i) => {
      const values = data(nodes[i]!);
      expect(values).toEqual(graphmlNodeValues(node));
      if (node.position) {
        expect(Number(values.x)).toBe(node.position.x);
        expect(Number(values.y)).toBe(node.position.y);
      }
    });

    const edges = childrenNamed(dom, GRAPHML_NS, "edge");
    expect(edges.map((e) => e.getAttribute("id"))).toEqual(ids(doc.edges));
    doc.edges.forEach((edge, i) => {
      const el = edges[i]!;
      expect(el.getAttribute("source")).toBe(edge.source);
      expect(el.getAttribute("target")).toBe(edge.target);
      expect(el.getAttribute("directed")).toBe(edge.directed ? null : "false");
      expect(data(el)).toEqual(graphmlEdgeValues(edge));
    });
  });

  it("keeps line breaks in labels and summaries exactly, CR included", () => {
    const dom = parseXml(exportGraphml(AWKWARD, null));
    const texts = childrenNamed(dom, GRAPHML_NS, "data").map((d) => d.textContent);
    expect(texts).toContain("Meeting in\n<Gamma>");
    expect(texts).toContain('Line one,\nline two "quoted" & <b>\r\nend');
  });

  it.each(FILTER_CASES)("$name: exactly the shown ids", ({ doc, filters }) => {
    const visible = visibleIn(doc, filters);
    const dom = parseXml(exportGraphml(doc, visible));
    const written = (name: string) =>
      childrenNamed(dom, GRAPHML_NS, name).map((e) => e.getAttribute("id"));
    expect(written("node")).toEqual(ids(doc.nodes.filter((n) => visible.nodes.has(n.id))));
    expect(written("edge")).toEqual(ids(doc.edges.filter((e) => visible.edges.has(e.id))));
  });

  it("escapes markup in content and drops forbidden characters", () => {
    const out = exportGraphml(AWKWARD, null);
    expect(out).toContain('<data key="node_label">Alpha &quot;A&quot; &amp; &lt;Co&gt;</data>');
    expect(out).not.toContain(C(1));
    expect(out).not.toContain(C(0xfffe));
  });
});

// ---------------------------------------------------------------------------------------------

describe("csvField and csvRecord", () => {
  it.each([
    { value: "plain", out: "plain" },
    { value: "a,b", out: '"a,b"' },
    { value: 'say "hi"', out: '"say ""hi"""' },
    { value: "two\nlines", out: '"two\nlines"' },
    { value: "cr\ronly", out: '"cr\ronly"' },
    { value: "", out: "" },
    { value: undefined, out: "" },
    { value: -2.5, out: "-2.5" },
    { value: 1e21, out: "1e+21" },
    { value: false, out: "false" },
    { value: "😀 Café", out: "😀 Café" },
    // Formula injection: text starting like a formula gets an apostrophe.
    { value: "=1+1", out: "'=1+1" },
    { value: "+41 22", out: "'+41 22" },
    { value: "-Bob", out: "'-Bob" },
    { value: "@SUM(A1)", out: "'@SUM(A1)" },
    { value: "\tindented", out: "'\tindented" },
    { value: "\rback", out: `"'\rback"` },
    { value: '=HYPERLINK("x","y")', out: `"'=HYPERLINK(""x"",""y"")"` },
    { value: "a=b", out: "a=b" },
  ])("$value → $out", ({ value, out }) => {
    expect(csvField(value)).toBe(out);
  });

  it("ends a record with CRLF", () => {
    expect(csvRecord(["a", 1, undefined, true])).toBe("a,1,,true\r\n");
  });
});

describe("exportCsv", () => {
  it.each(DOCS)("writes every node, edge and quote of %s", (_, doc) => {
    const tables = exportCsv(doc, null);
    const [nodeHeader, ...nodeRows] = readCsv(tables.nodes);
    expect(nodeHeader).toEqual(["id", "type", "label", "aliases", "summary", "x", "y", "quotes"]);
    expect(nodeRows).toEqual(doc.nodes.map(csvNodeRow));

    const [edgeHeader, ...edgeRows] = readCsv(tables.edges);
    expect(edgeHeader).toEqual([
      "id",
      "source",
      "target",
      "relation",
      "label",
      "directed",
      "stance",
      "claimed_by",
      "hedged",
      "date",
      "quotes",
    ]);
    expect(edgeRows).toEqual(doc.edges.map(csvEdgeRow));

    const [quoteHeader, ...quoteRows] = readCsv(tables.quotes);
    expect(quoteHeader).toEqual([
      "element_kind",
      "element_id",
      "source",
      "start",
      "end",
      "speaker",
      "exact",
      "prefix",
      "suffix",
    ]);
    expect(quoteRows).toEqual([
      ...doc.nodes.flatMap((n) => csvQuoteRows("node", n.id, n)),
      ...doc.edges.flatMap((e) => csvQuoteRows("edge", e.id, e)),
    ]);
  });

  it("writes the awkward rows as expected, spelled out", () => {
    const tables = exportCsv(AWKWARD, null);
    const nodes = readCsv(tables.nodes);
    expect(nodes[1]).toEqual([
      "alpha",
      "country",
      'Alpha "A" & <Co>',
      "'=Alpha; Alpha, the 🇦🇱 state",
      `Line one,\nline two "quoted" & <b>\r\nend${C(1)}${C(0xfffe)}`,
      "-12.5",
      "0",
      "1",
    ]);
    expect(nodes[4]).toEqual(["bob", "person", "'-Bob", "", "'+1 for Bob", "0.1", "0.2", "1"]);
    expect(nodes[6]).toEqual([
      "gamma",
      "event",
      "Meeting in\n<Gamma>",
      "Gamma City",
      "",
      "",
      "",
      "1",
    ]);
    const edges = readCsv(tables.edges);
    expect(edges[2]).toEqual([
      "alpha-trusts-beta",
      "alpha",
      "beta",
      "trusts",
      "trusts",
      "true",
      "cooperation",
      "bob",
      "true",
      "",
      "1",
    ]);
    expect(edges[3]?.slice(5, 9)).toEqual(["true", "", "", ""]);
    const quotes = readCsv(tables.quotes);
    const crlf = quotes.find((q) => q[6]?.startsWith("😀"));
    expect(crlf?.slice(0, 2)).toEqual(["edge", "alpha-friends-with-beta"]);
    expect(crlf?.[6]).toBe("😀\r\n+Alpha");
    expect(quotes.find((q) => q[1] === "alpha")?.[6]).toBe("'=Alpha, the 🇦🇱 state");
    // The raw text: a field holding quotes and a comma is quoted, its quotes doubled.
    expect(tables.nodes).toContain('"Alpha ""A"" & <Co>"');
  });

  it("ends every line with CRLF, never a bare LF outside a quoted field", () => {
    for (const table of Object.values(exportCsv(ARTICLE, null))) {
      expect(table.endsWith("\r\n")).toBe(true);
      expect(() => readCsv(table)).not.toThrow();
    }
  });

  it.each(FILTER_CASES)("$name: exactly the shown ids", ({ doc, filters }) => {
    const visible = visibleIn(doc, filters);
    const tables = exportCsv(doc, visible);
    const shownNodes = doc.nodes.filter((n) => visible.nodes.has(n.id));
    const shownEdges = doc.edges.filter((e) => visible.edges.has(e.id));
    expect(readCsv(tables.nodes).slice(1)).toEqual(shownNodes.map(csvNodeRow));
    expect(readCsv(tables.edges).slice(1)).toEqual(shownEdges.map(csvEdgeRow));
    expect(readCsv(tables.quotes).slice(1)).toEqual([
      ...shownNodes.flatMap((n) => csvQuoteRows("node", n.id, n)),
      ...shownEdges.flatMap((e) => csvQuoteRows("edge", e.id, e)),
    ]);
  });
});
