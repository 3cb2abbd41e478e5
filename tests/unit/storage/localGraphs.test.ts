// The storage logic over real IndexedDB semantics (fake-indexeddb in Node, a fresh database per
// test): what is kept, read back, renamed, copied, deleted and restored, and that a refusal or
// a full disk is answered as a problem and loses nothing already kept.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { utf8Length } from "../../../src/domain/codePoints.ts";
import { readGraphText } from "../../../src/domain/openedGraph/readGraphFile.ts";
import type { GraphModel } from "../../../src/domain/schema.ts";
import type { GraphRecords } from "../../../src/storage/graphRecords.ts";
import { openGraphStore } from "../../../src/storage/graphStore.ts";
import {
  createLocalGraphs,
  localGraphs,
  type LocalGraphs,
} from "../../../src/storage/localGraphs.ts";
import { articleInputs, buildOrThrow } from "../../fixtures/fixtures.ts";

const ARTICLE: GraphModel = buildOrThrow(articleInputs());
const FILE = { kind: "file", name: "talks.json" } as const;
const URL_ORIGIN = { kind: "url", url: "https://example.org/party.json" } as const;

/** A Cytoscape.js graph as opened: converted, quote-less, laid out as the file placed it. */
function cytoscapeModel(): GraphModel {
  const text = readFileSync(
    join(import.meta.dirname, "../../fixtures/open/talks-network.cyjs"),
    "utf8",
  );
  const read = readGraphText(text, "talks-network.cyjs");
  if (!read.ok) throw new Error("fixture does not open");
  return {
    ...read.value.graph,
    nodes: read.value.graph.nodes.map((n, i) => ({ ...n, position: n.position ?? { x: i, y: i } })),
  };
}

let clock: number;
let ids: number;
function graphsOver(records: GraphRecords): LocalGraphs {
  return createLocalGraphs(records, {
    now: () => clock++,
    newId: () => `id${ids++}`,
    estimate: () => Promise.resolve({ usage: 4096, quota: 1 << 30 }),
  });
}
const value = <T>(outcome: { ok: true; value: T } | { ok: false; problem: unknown }): T => {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
};

beforeEach(() => {
  // A new, empty IndexedDB for each test, as a fresh browser profile has.
  globalThis.indexedDB = new IDBFactory();
  clock = 1_000;
  ids = 1;
});

describe("kept graphs", () => {
  it("keeps a graph opened from a file, and a new connection (a reload) reads it back whole", async () => {
    const graphs = graphsOver(await openGraphStore());
    const kept = value(await graphs.save(ARTICLE, FILE, ["a note"]));
    expect(kept).toEqual({
      id: "id1",
      title: ARTICLE.title,
      origin: FILE,
      savedAt: 1_000,
      byteSize: utf8Length(JSON.stringify(ARTICLE)),
      notes: ["a note"],
    });
    const afterReload = graphsOver(await openGraphStore());
    expect(value(await afterReload.list())).toEqual([kept]);
    const read = value(await afterReload.read("id1"));
    expect(read).toEqual({ kind: "found", graph: { summary: kept, document: ARTICLE } });
  });

  it("keeps each file anew, but one record per address, with the name the reader gave it", async () => {
    const graphs = graphsOver(await openGraphStore());
    value(await graphs.save(ARTICLE, FILE, []));
    value(await graphs.save(ARTICLE, FILE, []));
    const fromUrl = value(await graphs.save(ARTICLE, URL_ORIGIN, []));
    value(await graphs.rename(fromUrl.id, "The party"));
    const again = value(await graphs.save(ARTICLE, URL_ORIGIN, []));
    expect(again).toMatchObject({ id: fromUrl.id, title: "The party", savedAt: 1_003 });
    expect(value(await graphs.list()).map((s) => s.id)).toEqual([fromUrl.id, "id2", "id1"]);
  });

  it("renames, duplicates (newest first) and keeps the copy's document apart", async () => {
    const graphs = graphsOver(await openGraphStore());
    const kept = value(await graphs.save(ARTICLE, FILE, []));
    expect(value(await graphs.rename(kept.id, "  Arms talks  "))?.title).toBe("Arms talks");
    // An empty name leaves the name as it was.
    expect(value(await graphs.rename(kept.id, "   "))?.title).toBe("Arms talks");
    const copy = value(await graphs.duplicate(kept.id));
    expect(copy).toMatchObject({ id: "id2", title: "Copy of Arms talks", origin: FILE });
    expect(value(await graphs.list()).map((s) => s.title)).toEqual([
      "Copy of Arms talks",
      "Arms talks",
    ]);
    value(await graphs.remove(kept.id));
    value(await graphs.purgeDeleted());
    const read = value(await graphs.read("id2"));
    expect(read.kind === "found" && read.graph.document).toEqual(ARTICLE);
    expect(value(await graphs.rename("nope", "x"))).toBeNull();
    expect(value(await graphs.duplicate("nope"))).toBeNull();
  });

  it("deletes so that Undo can bring it back, and for good once purged", async () => {
    const records = await openGraphStore();
    const graphs = graphsOver(records);
    const a = value(await graphs.save(ARTICLE, FILE, []));
    const b = value(await graphs.save(ARTICLE, URL_ORIGIN, []));
    value(await graphs.remove(a.id));
    expect(value(await graphs.list()).map((s) => s.id)).toEqual([b.id]);
    expect(value(await graphs.read(a.id))).toEqual({ kind: "missing" });
    expect(value(await graphs.usage())).toMatchObject({ graphs: 1, bytes: b.byteSize });
    value(await graphs.restore(a.id));
    expect(value(await graphs.read(a.id)).kind).toBe("found");
    value(await graphs.remove(b.id));
    expect(value(await graphs.purgeDeleted())).toEqual([b.id]);
    expect(await records.summary(b.id)).toBeUndefined();
    expect(await records.document(b.id)).toBeUndefined();
    expect(value(await graphs.restore(b.id))).toBeNull();
    expect(value(await graphs.list()).map((s) => s.id)).toEqual([a.id]);
  });

  it("tells how much is kept, and this site's use of the browser's storage", async () => {
    const graphs = graphsOver(await openGraphStore());
    const a = value(await graphs.save(ARTICLE, FILE, []));
    const b = value(await graphs.save(cytoscapeModel(), FILE, []));
    expect(value(await graphs.usage())).toEqual({
      graphs: 2,
      bytes: a.byteSize + b.byteSize,
      estimate: { usage: 4096, quota: 1 << 30 },
    });
    const noEstimate = createLocalGraphs(await openGraphStore(), {
      estimate: () => Promise.reject(new Error("unsupported")),
    });
    expect(value(await noEstimate.usage()).estimate).toBeNull();
  });
});

describe("reading a kept graph back", () => {
  it("reads a graph from another tool (no quotes) back as it was kept", async () => {
    const graphs = graphsOver(await openGraphStore());
    const model = cytoscapeModel();
    const kept = value(await graphs.save(model, FILE, ["It has no quotes."]));
    expect(value(await graphs.read(kept.id))).toEqual({
      kind: "found",
      graph: { summary: kept, document: model },
    });
  });

  it("never shows a document that fails its checks: a changed quote, a lost position", async () => {
    const records = await openGraphStore();
    const graphs = graphsOver(records);
    const kept = value(await graphs.save(ARTICLE, FILE, []));
    const [first, ...rest] = ARTICLE.nodes;
    const evidence = first!.evidence.map((e) => ({ ...e, exact: `${e.exact}!` }));
    await records.put(kept, { ...ARTICLE, nodes: [{ ...first!, evidence }, ...rest] });
    const damaged = value(await graphs.read(kept.id));
    expect(damaged.kind).toBe("damaged");
    expect(damaged.kind === "damaged" && damaged.problems[0]?.path).toMatch(
      /^nodes\[0\]\.evidence/,
    );

    const model = cytoscapeModel();
    const other = value(await graphs.save(model, FILE, []));
    const { position: _, ...unplaced } = model.nodes[0]!;
    await records.put(other, { ...model, nodes: [unplaced, ...model.nodes.slice(1)] });
    expect(value(await graphs.read(other.id))).toMatchObject({
      kind: "damaged",
      problems: [{ path: "nodes[0].position" }],
    });
    await records.put(other, { ...model, edges: [{ ...model.edges[0]!, target: "nowhere" }] });
    expect(value(await graphs.read(other.id))).toMatchObject({
      kind: "damaged",
      problems: [{ path: "edges[0].target" }],
    });
    await records.put(other, { nodes: "many" } as unknown as GraphModel);
    expect(value(await graphs.read(other.id)).kind).toBe("damaged");
  });
});

describe("when the browser's storage refuses", () => {
  it("says storage is full, and loses nothing already kept", async () => {
    const records = await openGraphStore();
    const graphs = graphsOver(records);
    const kept = value(await graphs.save(ARTICLE, FILE, []));
    const full = graphsOver({
      ...records,
      put: () => Promise.reject(new DOMException("quota", "QuotaExceededError")),
    });
    const refused = await full.save(ARTICLE, URL_ORIGIN, []);
    expect(refused).toMatchObject({ ok: false, problem: { kind: "full" } });
    expect(!refused.ok && refused.problem.message).toMatch(/storage for this site is full/);
    expect(await full.rename(kept.id, "x")).toMatchObject({ ok: false });
    expect(value(await graphs.list())).toEqual([kept]);
  });

  it("says so when the database cannot be opened (private browsing), and asks again next time", async () => {
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = () => {
      throw new DOMException("refused", "SecurityError");
    };
    const refused = await localGraphs();
    expect(refused).toMatchObject({ ok: false, problem: { kind: "unavailable" } });
    expect(!refused.ok && refused.problem.message).toMatch(/does not let this site keep data/);
    indexedDB.open = open;
    expect((await localGraphs()).ok).toBe(true);
  });

  it("says so when the browser has no IndexedDB at all", async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(openGraphStore()).rejects.toThrow(/no IndexedDB/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it("says what a failed write was, when it is neither", async () => {
    const graphs = graphsOver({
      ...(await openGraphStore()),
      put: () => Promise.reject(new DOMException("disk error", "AbortError")),
    });
    expect(await graphs.save(ARTICLE, FILE, [])).toEqual({
      ok: false,
      problem: {
        kind: "failed",
        message: "This browser's storage did not answer as expected (disk error).",
      },
    });
  });
});
