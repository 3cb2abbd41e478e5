// Between the store and this browser's storage: a graph opened from a file or an address is
// kept and then named by its local id; a ?local= link reads it back; a link from another
// browser, or a browser that keeps nothing, is told plainly and the graph on screen stays.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import { keepOpenedGraphs, openKeptGraph } from "../../src/components/keptGraphs.ts";
import { localGraphs } from "../../src/storage/localGraphs.ts";
import { createAppStore, type AppStore } from "../../src/store/createAppStore.ts";
import { paramsToView, viewToParams } from "../../src/store/urlState.ts";
import {
  INITIAL_STATE,
  graphKept,
  graphLoaded,
  localGraphForgotten,
  localGraphRenamed,
  notKept,
} from "../../src/store/transitions.ts";
import { selectTitle } from "../../src/store/selectors.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const DOC = buildOrThrow(articleInputs());
const FILE = { kind: "file", name: "talks.json" } as const;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Resolves once the store's state passes `test`. */
function until(store: AppStore, test: (s: ReturnType<AppStore["getState"]>) => boolean) {
  return new Promise<void>((resolve) => {
    if (test(store.getState())) return resolve();
    const stop = store.subscribe((s) => {
      if (!test(s)) return;
      stop();
      resolve();
    });
  });
}
const originOf = (store: AppStore) => {
  const { load } = store.getState();
  return load.status === "ready" ? load.origin : null;
};

describe("the local origin in the store and the address", () => {
  const graph = indexGraph(DOC);
  const opened = graphLoaded(INITIAL_STATE, graph, [], FILE);

  it("names a kept file by its id alone, and a kept address by both", () => {
    const kept = graphKept(opened, graph, "abc123", "Arms talks");
    expect(viewToParams(kept).toString()).toBe("local=abc123");
    expect(paramsToView(viewToParams(kept)).local).toBe("abc123");
    expect(selectTitle({ ...kept } as never)).toBe("Arms talks");
    const url = { kind: "url", url: "https://example.org/p.json" } as const;
    const fromUrl = graphKept(graphLoaded(INITIAL_STATE, graph, [], url), graph, "x1", "P");
    expect(viewToParams(fromUrl).toString()).toBe(
      "graph=https%3A%2F%2Fexample.org%2Fp.json&local=x1",
    );
  });

  it("keeps nothing when another graph replaced it meanwhile, or it is already kept", () => {
    expect(graphKept(opened, indexGraph(DOC), "abc123", "x")).toBe(opened);
    const kept = graphKept(opened, graph, "abc123", "x");
    expect(graphKept(kept, graph, "other", "y")).toBe(kept);
  });

  it("shows a rename of the graph on screen, and forgets it once deleted for good", () => {
    const kept = graphKept(opened, graph, "abc123", "Arms talks");
    expect(localGraphRenamed(kept, "other", "New")).toBe(kept);
    const renamed = localGraphRenamed(kept, "abc123", "New");
    expect(renamed.load.status === "ready" && renamed.load.origin).toMatchObject({ title: "New" });
    expect(localGraphForgotten(renamed, "other")).toBe(renamed);
    const forgotten = localGraphForgotten(renamed, "abc123");
    expect(forgotten.load.status === "ready" && forgotten.load.origin).toEqual(FILE);
    expect(viewToParams(forgotten).toString()).toBe("");
  });

  it("tells a storage refusal beside the graph, and nothing before there is one", () => {
    const refusal = { title: "not kept", problems: [] };
    expect(notKept(opened, refusal).refused).toBe(refusal);
    expect(notKept(INITIAL_STATE, refusal)).toBe(INITIAL_STATE);
  });
});

describe("keeping opened graphs", () => {
  it("keeps a graph opened from a file, then shows it as kept; a reload's link reads it back", async () => {
    const store = createAppStore();
    const stop = keepOpenedGraphs(store);
    store.getState().graphLoaded(indexGraph(DOC), [], FILE, ["a note"]);
    await until(store, (s) => s.load.status === "ready" && s.load.origin.kind === "local");
    stop();
    const origin = originOf(store);
    if (origin?.kind !== "local") throw new Error("not kept");
    expect(origin).toMatchObject({ title: DOC.title, from: FILE });

    const reloaded = createAppStore();
    let fellBack = false;
    await openKeptGraph(reloaded, origin.id, async () => void (fellBack = true), false);
    expect(fellBack).toBe(false);
    const { load } = reloaded.getState();
    expect(load.status === "ready" && load.graph.doc).toEqual(DOC);
    expect(load.status === "ready" && load.notes).toEqual(["a note"]);
    expect(originOf(reloaded)).toEqual(origin);
  });

  it("keeps nothing of the published graph, nor of one read back from storage", async () => {
    const store = createAppStore();
    const stop = keepOpenedGraphs(store);
    store.getState().graphLoaded(indexGraph(DOC), []);
    store
      .getState()
      .graphLoaded(indexGraph(DOC), [], { kind: "local", id: "k", title: "t", from: FILE });
    await new Promise((r) => setTimeout(r, 50));
    stop();
    const graphs = await localGraphs();
    expect(graphs.ok && (await graphs.value.list())).toEqual({ ok: true, value: [] });
  });

  it("says plainly when the browser keeps nothing, and the graph stays on screen", async () => {
    indexedDB.open = () => {
      throw new DOMException("refused", "InvalidStateError");
    };
    const store = createAppStore();
    const stop = keepOpenedGraphs(store);
    const graph = indexGraph(DOC);
    store.getState().graphLoaded(graph, [], FILE);
    await until(store, (s) => s.refused !== null);
    stop();
    expect(store.getState().refused).toMatchObject({
      title: "“talks.json” is not kept in this browser",
      problems: [{ message: expect.stringMatching(/does not let this site keep data/) }],
      note: expect.stringMatching(/stays on screen/),
    });
    const { load } = store.getState();
    expect(load.status === "ready" && load.graph).toBe(graph);
  });
});

describe("a ?local= link", () => {
  it("from another browser: opens what else the link names, and says where the graph lives", async () => {
    const store = createAppStore();
    await openKeptGraph(
      store,
      "elsewhere",
      async () => store.getState().graphLoaded(indexGraph(DOC), []),
      false,
    );
    expect(store.getState().refused).toMatchObject({
      title: "This graph is kept in another browser",
      problems: [
        {
          path: "?local=elsewhere",
          message: expect.stringMatching(/only in the browser where it was opened/),
        },
      ],
      note: expect.stringMatching(/Shown instead: the graph published with this app/),
    });
  });

  it("of a graph kept from an address, in another browser: opens the address, with nothing to say", async () => {
    const store = createAppStore();
    await openKeptGraph(
      store,
      "elsewhere",
      async () => store.getState().graphLoaded(indexGraph(DOC), []),
      true,
    );
    expect(store.getState().load.status).toBe("ready");
    expect(store.getState().refused).toBeNull();
  });

  it("when storage cannot be read: opens the rest of the link and says why", async () => {
    indexedDB.open = () => {
      throw new DOMException("refused", "SecurityError");
    };
    const store = createAppStore();
    await openKeptGraph(
      store,
      "abc",
      async () => store.getState().graphLoaded(indexGraph(DOC), []),
      false,
    );
    expect(store.getState().refused).toMatchObject({
      title: "The graphs kept in this browser could not be read",
    });
  });
});
