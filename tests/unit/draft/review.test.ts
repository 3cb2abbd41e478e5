// Reviewing a draft: proposals from the draft, the defaults, accept/reject rules (an entity's
// relations follow it; a relation brings its entities), bulk actions, and back to an
// annotation the pipeline builds.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraphDocument } from "../../../src/pipeline/buildGraphDocument.ts";
import { draftArticle, buildReviewed } from "../../../src/pipeline/draft/curate.ts";
import type { DraftAnnotation } from "../../../src/pipeline/draft/draft.ts";
import { CO_OCCURRENCE } from "../../../src/pipeline/draft/relations.ts";
import {
  CO_OCCURRENCE_REASON,
  decide,
  decideAll,
  defaultDecisions,
  proposalsOf,
  reviewedAnnotation,
  type BulkAction,
  type Decisions,
  type ReviewProposal,
} from "../../../src/pipeline/draft/review.ts";

const TEXT = "Russia and Venezuela met. Putin said Russia backs Caracas. Cuba and Iran watched.";

/** A small draft written by hand, so each rule has a case of its own. */
const DRAFT: DraftAnnotation = {
  id: "talks",
  title: "Talks",
  sources: [{ id: "talks", file: "talks.txt", title: "Talks" }],
  nodes: [
    {
      id: "russia",
      type: "country",
      label: "Russia",
      quotes: [{ exact: "Russia", occurrence: 1 }],
    },
    {
      id: "venezuela",
      type: "country",
      label: "Venezuela",
      aliases: ["Caracas"],
      quotes: ["Venezuela", "Caracas"],
    },
    { id: "putin", type: "person", label: "Putin", quotes: ["Putin"] },
    { id: "cuba", type: "country", label: "Cuba", quotes: ["Cuba"] },
    { id: "iran", type: "country", label: "Iran", quotes: ["Iran"] },
  ],
  edges: [
    {
      id: "russia-backs-venezuela",
      source: "russia",
      target: "venezuela",
      relation: "backs",
      label: "backs",
      stance: "cooperation",
      claim: { by: "putin" },
      quotes: [{ exact: "Putin said Russia backs Caracas", speaker: "putin" }],
    },
    {
      id: "russia-met-venezuela",
      source: "russia",
      target: "venezuela",
      relation: "met",
      quotes: ["Russia and Venezuela met"],
    },
    {
      id: "cuba-co-occurs-with-iran",
      source: "cuba",
      target: "iran",
      relation: "co_occurs_with",
      label: "mentioned with",
      quotes: ["Cuba and Iran watched"],
    },
  ],
  draft: {
    by: "test",
    note: "test",
    nodes: Object.fromEntries(
      ["russia", "venezuela", "putin", "cuba", "iran"].map((id) => [
        id,
        { confidence: 0.9, reason: "gazetteer" },
      ]),
    ),
    edges: {
      "russia-backs-venezuela": { confidence: 0.5, reason: 'cue "backs"' },
      "russia-met-venezuela": { confidence: 0.5, reason: 'cue "met"' },
      "cuba-co-occurs-with-iran": { confidence: 0.2, reason: "co-occurrence" },
    },
  },
};

const proposals = proposalsOf(DRAFT);
const find = (kind: ReviewProposal["kind"], id: string) =>
  proposals.find((p) => p.kind === kind && p.id === id)!;
const accepted = (d: Decisions) => ({
  entities: [...d.entities].sort(),
  relations: [...d.relations].sort(),
});

describe("proposals of a draft", () => {
  it("know co-occurrence by the reason the drafter gives it", () => {
    expect(CO_OCCURRENCE_REASON).toBe(CO_OCCURRENCE);
  });

  it("lists each entity with its type, aliases and quotes, then each relation with its ends, stance and claimant", () => {
    expect(proposals.map((p) => `${p.kind}:${p.id}`)).toEqual([
      "entity:russia",
      "entity:venezuela",
      "entity:putin",
      "entity:cuba",
      "entity:iran",
      "relation:russia-backs-venezuela",
      "relation:russia-met-venezuela",
      "relation:cuba-co-occurs-with-iran",
    ]);
    expect(find("entity", "venezuela")).toMatchObject({
      aliases: ["Caracas"],
      quotes: ["Venezuela", "Caracas"],
    });
    expect(find("relation", "russia-backs-venezuela")).toMatchObject({
      sourceLabel: "Russia",
      targetLabel: "Venezuela",
      stance: "cooperation",
      claimBy: { id: "putin", label: "Putin", hedged: false },
      quotes: ["Putin said Russia backs Caracas"],
      coOccurrence: false,
    });
    // A label left to its default reads as the relation with spaces.
    expect(find("relation", "russia-met-venezuela")).toMatchObject({ label: "met" });
    expect(find("relation", "cuba-co-occurs-with-iran")).toMatchObject({
      coOccurrence: true,
      confidence: 0.2,
    });
  });

  it("starts with the entities and the relations other than co-occurrence accepted", () => {
    expect(accepted(defaultDecisions(proposals))).toEqual({
      entities: ["cuba", "iran", "putin", "russia", "venezuela"],
      relations: ["russia-backs-venezuela", "russia-met-venezuela"],
    });
  });
});

describe("deciding", () => {
  const start = defaultDecisions(proposals);
  const cases: {
    name: string;
    from?: Decisions;
    kind: ReviewProposal["kind"];
    id: string;
    accept: boolean;
    entities: string[];
    relations: string[];
  }[] = [
    {
      name: "rejecting an entity rejects every relation it is an end of",
      kind: "entity",
      id: "venezuela",
      accept: false,
      entities: ["cuba", "iran", "putin", "russia"],
      relations: [],
    },
    {
      name: "rejecting a claimant rejects the relations they claim",
      kind: "entity",
      id: "putin",
      accept: false,
      entities: ["cuba", "iran", "russia", "venezuela"],
      relations: ["russia-met-venezuela"],
    },
    {
      name: "rejecting a relation leaves its entities",
      kind: "relation",
      id: "russia-met-venezuela",
      accept: false,
      entities: ["cuba", "iran", "putin", "russia", "venezuela"],
      relations: ["russia-backs-venezuela"],
    },
    {
      name: "accepting a relation accepts its ends and its claimant",
      from: { entities: new Set(["cuba"]), relations: new Set() },
      kind: "relation",
      id: "russia-backs-venezuela",
      accept: true,
      entities: ["cuba", "putin", "russia", "venezuela"],
      relations: ["russia-backs-venezuela"],
    },
    {
      name: "accepting an entity accepts nothing else",
      from: { entities: new Set(), relations: new Set() },
      kind: "entity",
      id: "iran",
      accept: true,
      entities: ["iran"],
      relations: [],
    },
  ];
  it.each(cases)("$name", ({ from = start, kind, id, accept, entities, relations }) => {
    expect(accepted(decide(proposals, from, find(kind, id), accept))).toEqual({
      entities,
      relations,
    });
  });

  const bulk: { action: BulkAction; entities: string[]; relations: string[] }[] = [
    {
      action: "accept-all",
      entities: ["cuba", "iran", "putin", "russia", "venezuela"],
      relations: ["cuba-co-occurs-with-iran", "russia-backs-venezuela", "russia-met-venezuela"],
    },
    { action: "reject-all", entities: [], relations: [] },
    {
      action: "reject-co-occurrence",
      entities: ["cuba", "iran", "putin", "russia", "venezuela"],
      relations: ["russia-backs-venezuela", "russia-met-venezuela"],
    },
  ];
  it.each(bulk)("$action", ({ action, entities, relations }) => {
    const all = decideAll(proposals, start, "accept-all");
    expect(accepted(decideAll(proposals, all, action))).toEqual({ entities, relations });
  });
});

describe("the reviewed annotation", () => {
  const sources = new Map([["talks.txt", TEXT]]);

  it("keeps only what is accepted, has no draft marker, and builds", () => {
    const decisions = decide(proposals, defaultDecisions(proposals), find("entity", "cuba"), false);
    const annotation = reviewedAnnotation(DRAFT, decisions);
    expect("draft" in annotation).toBe(false);
    expect(annotation.nodes.map((n) => n.id)).toEqual(["russia", "venezuela", "putin", "iran"]);
    expect(annotation.edges.map((e) => e.id)).toEqual([
      "russia-backs-venezuela",
      "russia-met-venezuela",
    ]);
    const built = buildGraphDocument(annotation, sources);
    expect(built.ok).toBe(true);
  });

  it("drops a rejected speaker from a quote, leaving the words", () => {
    // Decisions made outside `decide` (a relation kept without its claimant) still build.
    const decisions = {
      entities: new Set(["russia", "venezuela"]),
      relations: new Set(["russia-met-venezuela", "russia-backs-venezuela"]),
    };
    const annotation = reviewedAnnotation(DRAFT, decisions);
    // The claimed relation needs Putin, so it goes; nothing names a node that is not there.
    expect(annotation.edges.map((e) => e.id)).toEqual(["russia-met-venezuela"]);
    const withSpeaker = reviewedAnnotation(
      {
        ...DRAFT,
        nodes: DRAFT.nodes.map((n) =>
          n.id === "russia" ? { ...n, quotes: [{ exact: "Russia backs", speaker: "putin" }] } : n,
        ),
      },
      decisions,
    );
    expect(withSpeaker.nodes[0]!.quotes).toEqual([{ exact: "Russia backs" }]);
    expect(buildGraphDocument(withSpeaker, sources).ok).toBe(true);
  });

  const details: {
    name: string;
    details: Parameters<typeof reviewedAnnotation>[2];
    source: object;
    title: string;
  }[] = [
    {
      name: "without details, the draft's",
      details: {},
      source: { title: "Talks" },
      title: "Talks",
    },
    {
      name: "with every detail",
      details: {
        title: " Arms talks ",
        publisher: "Wire",
        published: "2023-08-15",
        url: "https://example.org/a",
      },
      source: {
        title: "Arms talks",
        publisher: "Wire",
        published: "2023-08-15",
        url: "https://example.org/a",
      },
      title: "Arms talks",
    },
    {
      name: "blank details are left out",
      details: { title: " ", publisher: " ", published: "", url: "" },
      source: { title: "Talks" },
      title: "Talks",
    },
  ];
  it.each(details)("source details: $name", ({ details: d, source, title }) => {
    const annotation = reviewedAnnotation(DRAFT, defaultDecisions(proposals), d);
    expect(annotation.title).toBe(title);
    expect(annotation.sources[0]).toEqual({ id: "talks", file: "talks.txt", ...source });
  });
});

describe("drafting and building a pasted article", () => {
  const text = readFileSync(
    new URL("../../fixtures/curation/news-paragraph.txt", import.meta.url),
    "utf8",
  );

  it("builds the defaults into a document whose quotes are the text's own words", () => {
    const draft = draftArticle(text, undefined);
    const p = proposalsOf(draft);
    expect(p.some((x) => x.kind === "relation" && x.coOccurrence)).toBe(true);
    const built = buildReviewed(draft, text, defaultDecisions(p), { publisher: "Wire" });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const doc = built.value;
    expect(doc.title).toBe("Japan and Australia sign defence pact");
    expect(doc.sources[0]!.text).toBe(text);
    expect(doc.nodes.map((n) => n.label)).toEqual(
      expect.arrayContaining(["Japan", "Australia", "China", "Fumio Kishida"]),
    );
    expect(doc.edges.every((e) => !e.relation.includes("co_occurs"))).toBe(true);
    for (const ev of [...doc.nodes, ...doc.edges].flatMap((x) => x.evidence)) {
      expect([...text].slice(ev.start, ev.end).join("")).toBe(ev.exact);
    }
  });

  it("keeps CRLF, no-break spaces and emoji in the source as they are", () => {
    const odd =
      "Russia and Venezuela\u00a0met 🤝 in Moscow.\r\nPutin said Russia backs Venezuela.\r\n";
    const draft = draftArticle(odd, "Odd");
    const built = buildReviewed(draft, odd, defaultDecisions(proposalsOf(draft)), {});
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.value.sources[0]!.text).toBe(odd);
  });

  it("says what is wrong when the details do not pass the build", () => {
    const draft = draftArticle(text, undefined);
    const built = buildReviewed(draft, text, defaultDecisions(proposalsOf(draft)), {
      url: "not an address",
    });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.problems.map((p) => p.path)).toEqual(["sources[0].url"]);
  });
});
