import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/domain/problems.ts";
import type { Evidence, GraphDocument } from "../../src/domain/schema.ts";
import { buildGraphDocument } from "../../src/pipeline/buildGraphDocument.ts";
import {
  ARTICLE_FILE,
  articleInputs,
  articleText,
  buildOrThrow,
  codePointIndexOf,
  codePointSlice,
  fixtureInputs,
  fixtureText,
  type BuildInputs,
} from "../fixtures/fixtures.ts";

/** Every piece of evidence in a document, labelled by the entry it backs. */
function allEvidence(doc: GraphDocument): { name: string; ev: Evidence }[] {
  return [...doc.nodes, ...doc.edges].flatMap((element) =>
    element.evidence.map((ev, i) => ({ name: `${element.id} evidence[${i}]`, ev })),
  );
}

function problemsOf(inputs: BuildInputs): readonly Problem[] {
  const result = buildGraphDocument(inputs.annotation, inputs.texts);
  if (result.ok) throw new Error("expected the build to fail");
  return result.problems;
}

describe("buildGraphDocument on the real article", () => {
  const inputs = articleInputs();
  const doc = buildOrThrow(inputs);
  const text = articleText();

  it("builds a document with every node and edge of the annotation", () => {
    expect(doc.schemaVersion).toBe(1);
    expect(doc.id).toBe("venezuela-russia-arms-talks");
    expect(doc.nodes.map((n) => n.id)).toEqual(inputs.annotation.nodes.map((n) => n.id));
    expect(doc.edges.map((e) => e.id)).toEqual(inputs.annotation.edges.map((e) => e.id));
    doc.nodes.forEach((node, i) =>
      expect(node.evidence).toHaveLength(inputs.annotation.nodes[i]?.quotes.length ?? -1),
    );
  });

  it("copies the source verbatim, without the file name", () => {
    expect(doc.sources).toHaveLength(1);
    expect(doc.sources[0]?.text).toBe(inputs.texts.get(ARTICLE_FILE));
    expect(doc.sources[0]).not.toHaveProperty("file");
  });

  it("sets no positions (layout is a separate step)", () => {
    expect(doc.nodes.filter((n) => n.position !== undefined)).toEqual([]);
  });

  it.each(allEvidence(doc))("$name is the article's words", ({ ev }) => {
    expect(ev.source).toBe("venezuela-russia-weapons-talks");
    expect(ev.exact).toBe(codePointSlice(text, ev.start, ev.end));
    expect(ev.prefix).toBe(codePointSlice(text, ev.start - 32, ev.start));
    expect(ev.suffix).toBe(codePointSlice(text, ev.end, ev.end + 32));
  });

  it("copies each quote's speaker", () => {
    const rostec = doc.edges.find((e) => e.id === "venezuelan-delegation-meets-rostec");
    expect(rostec?.evidence[0]?.speaker).toBe("renier-urbaez-fermin");
    const talks = doc.edges.find((e) => e.id === "venezuela-talks-with-russia");
    expect(talks?.evidence.map((ev) => ev.speaker)).toEqual([undefined, undefined, undefined]);
  });

  // Found from the text alone: every line led by "Read more:" is another article's headline.
  it("marks the quotes from the article's 'Read more:' lines, and only those", () => {
    const lines = text.split("\n");
    const headlineLines = lines.filter((line) => line.startsWith("Read more:"));
    expect(headlineLines).toHaveLength(2);
    let lineStart = 0;
    const headlineSpans = lines.flatMap((line) => {
      const span = { start: lineStart, end: lineStart + [...line].length };
      lineStart = span.end + 1;
      return line.startsWith("Read more:") ? [span] : [];
    });
    const marked = allEvidence(doc).filter(({ ev }) => ev.origin === "linked-headline");
    expect(marked.length).toBeGreaterThan(0);
    for (const { name, ev } of allEvidence(doc)) {
      const onHeadline = headlineSpans.some((l) => ev.start >= l.start && ev.end <= l.end);
      expect(ev.origin === "linked-headline", name).toBe(onHeadline);
    }
  });

  it("resolves an explicit occurrence to that occurrence", () => {
    const mcis = doc.nodes.find((n) => n.id === "mcis");
    const exact = "11th Moscow Conference on International Security (MCIS)";
    expect(mcis?.evidence[0]?.start).toBe(codePointIndexOf(text, exact, 1));
  });
});

describe("buildGraphDocument on a text with non-BMP characters", () => {
  const text = fixtureText("emoji-summit");
  const doc = buildOrThrow(fixtureInputs("emoji-summit"));

  it.each([
    { entry: "venezuela", exact: "🇻🇪 Caracas", occurrence: 1, start: 0 },
    { entry: "russia", exact: "Moscow 🤝", occurrence: 2, start: 106 },
    { entry: "families", exact: "👩‍👩‍👧 Families in Café Mañana cheered", occurrence: 1, start: 41 },
    { entry: "japan", exact: "東京 watched", occurrence: 1, start: 84 },
    { entry: "venezuela-meets-russia", exact: "Caracas 😀 met Moscow 🤝", occurrence: 1, start: 3 },
    {
      entry: "minister-trusts-russia",
      exact: "We trust Moscow 🤝 completely",
      occurrence: 1,
      start: 97,
    },
  ])("$entry: $exact starts at code point $start", ({ entry, exact, occurrence, start }) => {
    const element = [...doc.nodes, ...doc.edges].find((e) => e.id === entry);
    const ev = element?.evidence[0];
    expect(ev?.exact).toBe(exact);
    expect(codePointIndexOf(text, exact, occurrence)).toBe(start);
    expect(ev?.start).toBe(start);
    expect(ev?.end).toBe(start + Array.from(exact).length);
    expect([...text].slice(ev?.start, ev?.end).join("")).toBe(exact);
  });

  it.each(allEvidence(doc))("$name has code-point context", ({ ev }) => {
    expect(ev.prefix).toBe(codePointSlice(text, ev.start - 32, ev.start));
    expect(ev.suffix).toBe(codePointSlice(text, ev.end, ev.end + 32));
  });

  it("differs from UTF-16 indices once astral characters precede the quote", () => {
    const ev = doc.edges.find((e) => e.id === "minister-trusts-russia")?.evidence[0];
    expect(ev?.start).toBeLessThan(text.indexOf("We trust Moscow"));
  });
});

describe("buildGraphDocument defaults", () => {
  const doc = buildOrThrow(fixtureInputs("summit"));

  it("names an edge without an id `<source>--<relation>--<target>`", () => {
    expect(doc.edges[0]?.id).toBe("alpha--talks_with--beta");
  });

  it("labels an edge without a label with its relation, spaced", () => {
    expect(doc.edges[0]?.label).toBe("talks with");
    expect(doc.edges[2]?.label).toBe("party to");
  });

  it("makes edges directed unless they say otherwise", () => {
    expect(doc.edges.map((e) => e.directed)).toEqual([true, false, true]);
  });

  it("keeps an explicit id, label, claim and date", () => {
    expect(doc.edges[1]).toMatchObject({
      id: "alpha-praises-talks-with-beta",
      label: "praises the talks with",
      claim: { by: "alpha" },
    });
    expect(doc.edges[2]).toMatchObject({ date: "2021", claim: { by: "beta", hedged: true } });
  });
});

type Mutation = (inputs: BuildInputs) => void;

/** Edits the summit fixture into a broken annotation; each is expected to name its entry. */
const BROKEN: { name: string; mutate: Mutation; path: string; fragments: string[] }[] = [
  {
    name: "a missing quote",
    mutate: ({ annotation }) => {
      annotation.nodes[0]!.quotes[0] = "Alpha and Delta held talks";
    },
    path: "nodes[0].quotes[0]",
    fragments: ['node "alpha"', '"Alpha and Delta held talks"', "not found", 'source "summit"'],
  },
  {
    name: "an ambiguous quote",
    mutate: ({ annotation }) => {
      annotation.edges[0]!.quotes.push("the talks went well");
    },
    path: "edges[0].quotes[1]",
    fragments: [
      'edge "alpha--talks_with--beta"',
      '"the talks went well"',
      "occurs 2 times",
      '"occurrence"',
    ],
  },
  {
    name: "an unknown edge target",
    mutate: ({ annotation }) => {
      annotation.edges[0]!.target = "delta";
    },
    path: "edges[0].target",
    fragments: ['edge "alpha--talks_with--delta"', '"delta" is not a node id'],
  },
  {
    name: "an unknown edge source",
    mutate: ({ annotation }) => {
      annotation.edges[1]!.source = "delta";
    },
    path: "edges[1].source",
    fragments: ['edge "alpha-praises-talks-with-beta"', '"delta" is not a node id'],
  },
  {
    name: "an unknown claim.by",
    mutate: ({ annotation }) => {
      annotation.edges[1]!.claim = { by: "gamma" };
    },
    path: "edges[1].claim.by",
    fragments: ['edge "alpha-praises-talks-with-beta"', '"gamma" is not a node id'],
  },
  {
    name: "an unknown speaker",
    mutate: ({ annotation }) => {
      annotation.edges[1]!.quotes[0] = {
        exact: "Alpha said the talks went well.",
        speaker: "gamma",
      };
    },
    path: "edges[1].quotes[0].speaker",
    fragments: ['edge "alpha-praises-talks-with-beta"', 'speaker "gamma" is not a node id'],
  },
  {
    name: "an unknown quote source",
    mutate: ({ annotation }) => {
      annotation.nodes[2]!.quotes[0] = {
        exact: "The Alpha-Beta accord was signed in 2021.",
        source: "elsewhere",
      };
    },
    path: "nodes[2].quotes[0].source",
    fragments: ['node "accord"', '"elsewhere" is not a source id'],
  },
  {
    name: "a quote from a linked headline left unmarked",
    mutate: ({ annotation, texts }) => {
      texts.set("summit.txt", `${texts.get("summit.txt")}\nRead more: Gamma to visit Delta`);
      annotation.nodes[0]!.quotes.push("Gamma to visit Delta");
    },
    path: "nodes[0].quotes[1]",
    fragments: ['node "alpha"', '"Gamma to visit Delta"', "linked headline", '"origin"'],
  },
  {
    name: "the article's own words marked as a linked headline",
    mutate: ({ annotation }) => {
      annotation.nodes[0]!.quotes[0] = {
        exact: "Alpha and Beta held talks",
        origin: "linked-headline",
      };
    },
    path: "nodes[0].evidence[0].origin",
    fragments: ['"Alpha and Beta held talks"', "marked as from a linked headline", "Read more:"],
  },
  {
    name: "an unknown quote origin",
    mutate: ({ annotation }) => {
      (annotation.nodes[0]!.quotes as unknown[])[0] = {
        exact: "Alpha and Beta held talks",
        origin: "caption",
      };
    },
    path: "nodes[0].quotes[0]",
    fragments: [],
  },
  {
    name: "a missing source file",
    mutate: ({ texts }) => texts.clear(),
    path: "sources[0].file",
    fragments: ['"summit.txt"', "not found"],
  },
  {
    name: "a misspelt field (strict object)",
    mutate: ({ annotation }) => {
      const { label, ...rest } = annotation.nodes[0]!;
      (annotation.nodes as unknown[])[0] = { ...rest, lable: label };
    },
    path: "nodes[0]",
    fragments: ['"lable"'],
  },
  {
    name: "a relation that is not snake_case",
    mutate: ({ annotation }) => {
      annotation.edges[0]!.relation = "talksWith";
    },
    path: "edges[0].relation",
    fragments: ['"talksWith"'],
  },
  {
    name: "a duplicate edge id",
    mutate: ({ annotation }) => {
      annotation.edges[2]!.id = "alpha-praises-talks-with-beta";
    },
    path: "edges[2].id",
    fragments: ['edge id "alpha-praises-talks-with-beta"', "more than once", "edges[1].id"],
  },
  {
    name: "a duplicate source id",
    mutate: ({ annotation }) => {
      annotation.sources.push({ ...annotation.sources[0]! });
    },
    path: "sources[1].id",
    fragments: ['source id "summit"', "more than once", "sources[0].id"],
  },
  {
    name: "a duplicate node id",
    mutate: ({ annotation }) => {
      annotation.nodes.push({ ...annotation.nodes[0]! });
    },
    path: "nodes[3].id",
    fragments: ['node id "alpha"', "more than once", "nodes[0].id"],
  },
];

describe("buildGraphDocument refuses a broken annotation", () => {
  it("builds the unbroken fixture", () => {
    expect(
      buildGraphDocument(fixtureInputs("summit").annotation, fixtureInputs("summit").texts),
    ).toMatchObject({ ok: true });
  });

  it.each(BROKEN)("$name → $path", ({ mutate, path, fragments }) => {
    const inputs = fixtureInputs("summit");
    mutate(inputs);
    const problems = problemsOf(inputs);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    for (const fragment of fragments) expect(problem?.message).toContain(fragment);
  });

  it("reports a missing source file once, not again for each quote in it", () => {
    const inputs = fixtureInputs("summit");
    inputs.texts.clear();
    expect(problemsOf(inputs)).toHaveLength(1);
  });

  it("reports several problems at once, not just the first", () => {
    const inputs = fixtureInputs("summit");
    for (const name of [
      "a missing quote",
      "an unknown edge target",
      "an unknown claim.by",
      "an unknown speaker",
      "an unknown quote source",
    ]) {
      BROKEN.find((b) => b.name === name)?.mutate(inputs);
    }
    const paths = problemsOf(inputs).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "nodes[0].quotes[0]",
        "edges[0].target",
        "edges[1].claim.by",
        "edges[1].quotes[0].speaker",
        "nodes[2].quotes[0].source",
      ]),
    );
  });

  // Regression: duplicate ids were once found only by the final parse, so they hid behind
  // every other problem.
  it("reports a duplicate id together with a missing quote", () => {
    const inputs = fixtureInputs("summit");
    BROKEN.find((b) => b.name === "a missing quote")?.mutate(inputs);
    BROKEN.find((b) => b.name === "a duplicate edge id")?.mutate(inputs);
    const paths = problemsOf(inputs).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["nodes[0].quotes[0]", "edges[2].id"]));
  });

  // Regression: these messages once named the entry but not the quote.
  it.each(["an unknown speaker", "an unknown quote source"])("%s names the quote", (name) => {
    const inputs = fixtureInputs("summit");
    const broken = BROKEN.find((b) => b.name === name);
    broken?.mutate(inputs);
    const problem = problemsOf(inputs).find((p) => p.path === broken?.path);
    expect(problem?.message).toMatch(/"(Alpha said the talks|The Alpha-Beta accord)/);
  });
});
