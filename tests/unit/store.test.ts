import { describe, expect, it, vi } from "vitest";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import type { GraphDocument, ManifestEntry } from "../../src/domain/schema.ts";
import { createAppStore } from "../../src/store/createAppStore.ts";
import { loadDefaultGraph } from "../../src/store/loadGraph.ts";
import {
  INITIAL_STATE,
  graphLoaded,
  loadFailed,
  openingStarted,
  openingStep,
  openingCancelled,
  openRefused,
  dismissRefusal,
  clearFilters,
  clearFocus,
  clearPath,
  focusOn,
  pathFound,
  setPathEnd,
  showView,
  chooseLayout,
  select,
  showInArticle,
  toggleFilter,
  showSidebar,
  type AppState,
  type Selection,
} from "../../src/store/transitions.ts";
import { ARTICLE_ID, articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const DOC = buildOrThrow(articleInputs());
const GRAPH = indexGraph(DOC);
const MANIFEST: ManifestEntry[] = [
  { id: ARTICLE_ID, title: DOC.title, nodeCount: DOC.nodes.length, edgeCount: DOC.edges.length },
];
const READY: AppState = graphLoaded(INITIAL_STATE, GRAPH, MANIFEST);
const PROBLEM = { path: "x", message: "is wrong" };

describe("opening a file or an address", () => {
  const REFUSAL = { title: "“x.json” was not opened", problems: [PROBLEM] };

  it("records what is being opened, and forgets an earlier refusal", () => {
    const refused = openRefused(READY, REFUSAL);
    const opening = openingStarted(refused, "party.json");
    expect(opening.opening).toEqual({ name: "party.json", step: "reading" });
    expect(opening.refused).toBeNull();
  });

  it("follows an open through its layout and drawing, and ignores steps of an older open", () => {
    const opening = openingStarted(READY, "big.json");
    const laying = openingStep(opening, "big.json", "laying-out", 5000);
    expect(laying.opening).toEqual({ name: "big.json", step: "laying-out", nodeCount: 5000 });
    expect(openingStep(laying, "big.json", "drawing", 5000).opening?.step).toBe("drawing");
    expect(openingStep(laying, "older.json", "drawing", 10)).toBe(laying);
    expect(openingCancelled(laying).opening).toBeNull();
    expect(openingCancelled(laying).load).toBe(READY.load);
    expect(openingCancelled(READY)).toBe(READY);
  });

  it("says an open was cancelled when there was no graph yet, instead of loading forever", () => {
    const cancelled = openingCancelled(openingStarted(INITIAL_STATE, "https://x/g.json"));
    expect(cancelled.load).toEqual({
      status: "error",
      title: "Opening “https://x/g.json” was cancelled",
      problems: [],
    });
    expect(cancelled.opening).toBeNull();
  });

  it("keeps the graph on screen, exactly as it was, when a file is refused", () => {
    const before = focusOn(
      select(toggleFilter(READY, "nodeTypes", "event"), {
        kind: "node",
        id: "nato",
        origin: "canvas",
      }),
      "nato",
      2,
    );
    const after = openRefused(openingStarted(before, "x.json"), REFUSAL);
    expect(after.refused).toEqual(REFUSAL);
    expect(after.opening).toBeNull();
    expect({ ...after, refused: null }).toEqual({ ...before, refused: null });
    expect(after.load).toBe(before.load);
  });

  it("is a load error when no graph is on screen to keep", () => {
    const after = openRefused(openingStarted(INITIAL_STATE, "x.json"), REFUSAL);
    expect(after.load).toEqual({ status: "error", ...REFUSAL });
    expect(after.opening).toBeNull();
  });

  it("clears the refusal when dismissed, and when a graph opens", () => {
    const refused = openRefused(READY, REFUSAL);
    expect(dismissRefusal(refused).refused).toBeNull();
    expect(dismissRefusal(READY)).toBe(READY);
    const opened = graphLoaded(refused, GRAPH, MANIFEST, { kind: "file", name: "a.json" }, ["n"]);
    expect(opened.refused).toBeNull();
    expect(opened.load).toMatchObject({ origin: { kind: "file", name: "a.json" }, notes: ["n"] });
  });

  it("starts a new graph from its own positions, with nothing of the old one kept", () => {
    const before = chooseLayout(setPathEnd(READY, "from", "nato"), "grid");
    const after = graphLoaded(before, GRAPH, MANIFEST, { kind: "url", url: "https://x/g.json" });
    expect(after.layout).toBe("preset");
    expect(after.path).toEqual({ from: null, to: null, result: null });
  });
});

describe("transitions", () => {
  it("starts loading, with nothing selected", () => {
    expect(INITIAL_STATE).toEqual({
      load: { status: "loading" },
      view: "graph",
      layout: "preset",
      selection: null,
      sidebar: "details",
      articleQuote: null,
      filters: {
        nodeTypes: new Set(),
        relations: new Set(),
        stances: new Set(),
        attributions: new Set(),
      },
      focus: null,
      path: { from: null, to: null, result: null },
      opening: null,
      refused: null,
    });
  });

  it("graphLoaded makes the load ready and clears the selection", () => {
    const before = { ...READY, selection: { kind: "node", id: "nato", origin: "panel" } } as const;
    const after = graphLoaded(before, GRAPH, MANIFEST);
    expect(after.load).toEqual({
      status: "ready",
      graph: GRAPH,
      manifest: MANIFEST,
      origin: { kind: "published" },
      notes: [],
    });
    expect(after.selection).toBeNull();
    expect(before.selection.id).toBe("nato");
  });

  it("loadFailed records the title and every problem", () => {
    const after = loadFailed(INITIAL_STATE, "It broke", [PROBLEM, PROBLEM]);
    expect(after.load).toEqual({
      status: "error",
      title: "It broke",
      problems: [PROBLEM, PROBLEM],
    });
    expect(INITIAL_STATE.load.status).toBe("loading");
  });

  const NATO: Selection = { kind: "node", id: "nato", origin: "canvas" };
  const EDGE: Selection = { kind: "edge", id: "nato-integrating-with-aukus", origin: "search" };
  const withSelection = (selection: Selection): AppState => ({ ...READY, selection });

  it.each([
    { name: "a node of the graph", state: READY, selection: NATO, expected: NATO },
    { name: "an edge of the graph", state: READY, selection: EDGE, expected: EDGE },
    { name: "another element", state: withSelection(NATO), selection: EDGE, expected: EDGE },
    {
      name: "the same element from elsewhere",
      state: withSelection(NATO),
      selection: { ...NATO, origin: "panel" } as const,
      expected: { ...NATO, origin: "panel" },
    },
    { name: "null, clearing it", state: withSelection(NATO), selection: null, expected: null },
  ])("select $name changes the selection", ({ state, selection, expected }) => {
    const after = select(state, selection);
    expect(after).not.toBe(state);
    expect(after.selection).toEqual(expected);
    expect(after.load).toBe(state.load);
  });

  it.each([
    { name: "an unknown node", state: READY, selection: { ...NATO, id: "atlantis" } as const },
    { name: "a node id as an edge", state: READY, selection: { ...NATO, kind: "edge" } as const },
    { name: "an edge id as a node", state: READY, selection: { ...EDGE, kind: "node" } as const },
    { name: "anything while loading", state: INITIAL_STATE, selection: NATO },
    {
      name: "anything after an error",
      state: loadFailed(INITIAL_STATE, "t", []),
      selection: NATO,
    },
    { name: "the same selection again", state: withSelection(NATO), selection: { ...NATO } },
    { name: "null when nothing is selected", state: READY, selection: null },
  ])("select $name leaves the state as it was", ({ state, selection }) => {
    expect(select(state, selection)).toBe(state);
  });
});

describe("createAppStore", () => {
  it("makes a fresh store in the initial state", () => {
    const store = createAppStore();
    expect(store.getState().load).toEqual({ status: "loading" });
    expect(store.getState().selection).toBeNull();
  });

  it("takes an initial state", () => {
    const store = createAppStore({ load: READY.load });
    expect(store.getState().load.status).toBe("ready");
  });

  it("gives each store its own state", () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().graphLoaded(GRAPH, MANIFEST);
    expect(a.getState().load.status).toBe("ready");
    expect(b.getState().load.status).toBe("loading");
  });

  it("runs the transitions through its actions", () => {
    const store = createAppStore();
    store.getState().graphLoaded(GRAPH, MANIFEST);
    store.getState().select({ kind: "node", id: "russia", origin: "panel" });
    expect(store.getState().selection).toEqual({ kind: "node", id: "russia", origin: "panel" });
    store.getState().loadFailed("Gone", [PROBLEM]);
    expect(store.getState().load).toEqual({ status: "error", title: "Gone", problems: [PROBLEM] });
  });

  it("gives each store its own open under way: a newer open or Cancel stops only its own", () => {
    const a = createAppStore();
    const b = createAppStore();
    const first = a.getState().openingStarted("first.json");
    const other = b.getState().openingStarted("other.json");
    expect([first.aborted, other.aborted]).toEqual([false, false]);
    b.getState().openingCancelled();
    expect([first.aborted, other.aborted]).toEqual([false, true]);
    const second = a.getState().openingStarted("second.json");
    expect([first.aborted, second.aborted]).toEqual([true, false]);
    a.getState().openingCancelled();
    expect(second.aborted).toBe(true);
    expect(a.getState().opening).toBeNull();
  });

  it("notifies subscribers on a change, not on a no-op", () => {
    const store = createAppStore();
    store.getState().graphLoaded(GRAPH, MANIFEST);
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().select({ kind: "node", id: "atlantis", origin: "canvas" });
    store.getState().select(null);
    expect(listener).not.toHaveBeenCalled();
    store.getState().select({ kind: "node", id: "russia", origin: "canvas" });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

/** A fake fetch serving `routes` (JSON bodies, Responses, or errors to throw) and 404 otherwise. */
function fakeFetch(routes: Record<string, unknown>) {
  return vi.fn(async (url: string): Promise<Response> => {
    if (!(url in routes)) return new Response("", { status: 404, statusText: "Not Found" });
    const route = routes[url];
    if (route instanceof Error) throw route;
    if (route instanceof Response) return route;
    return new Response(JSON.stringify(route), { headers: { "content-type": "application/json" } });
  });
}

const MANIFEST_URL = "./graphs/index.json";
const GRAPH_URL = `./graphs/${ARTICLE_ID}.json`;

function tampered(change: (doc: GraphDocument) => void): GraphDocument {
  const doc = structuredClone(DOC);
  change(doc);
  return doc;
}

describe("loadDefaultGraph", () => {
  it("loads the manifest, then its first graph, into the store", async () => {
    const store = createAppStore();
    const fetchFn = fakeFetch({ [MANIFEST_URL]: MANIFEST, [GRAPH_URL]: DOC });
    await loadDefaultGraph(store, fetchFn);
    const { load } = store.getState();
    expect(load.status).toBe("ready");
    if (load.status !== "ready") return;
    expect(load.graph.doc).toEqual(DOC);
    expect(load.graph.nodeById.size).toBe(DOC.nodes.length);
    expect(load.manifest).toEqual(MANIFEST);
    expect(fetchFn.mock.calls.map(([url]) => url)).toEqual([MANIFEST_URL, GRAPH_URL]);
  });

  it("never replaces a graph the reader opened while it was loading, nor its refusal", async () => {
    const opened = createAppStore();
    opened.getState().openingStarted("mine.json");
    const loading = loadDefaultGraph(
      opened,
      fakeFetch({ [MANIFEST_URL]: MANIFEST, [GRAPH_URL]: DOC }),
    );
    const mine = indexGraph({ ...DOC, id: "mine", title: "Mine" });
    opened.getState().graphLoaded(mine, [], { kind: "file", name: "mine.json" });
    await loading;
    expect(opened.getState().load).toMatchObject({ status: "ready", graph: mine });

    const refused = createAppStore();
    refused.getState().openingStarted("bad.json");
    const failing = loadDefaultGraph(refused, fakeFetch({}));
    refused.getState().openRefused({ title: "“bad.json” was not opened", problems: [PROBLEM] });
    await failing;
    expect(refused.getState().load).toEqual({
      status: "error",
      title: "“bad.json” was not opened",
      problems: [PROBLEM],
    });
  });

  it("fetches under the base URL", async () => {
    const store = createAppStore();
    const fetchFn = fakeFetch({
      "/app/graphs/index.json": MANIFEST,
      [`/app/graphs/${ARTICLE_ID}.json`]: DOC,
    });
    await loadDefaultGraph(store, fetchFn, "/app/");
    expect(store.getState().load.status).toBe("ready");
  });

  it.each([
    {
      name: "manifest 404",
      routes: {},
      title: "The list of graphs could not be loaded",
      problems: [{ path: MANIFEST_URL, message: "the server answered 404 Not Found" }],
    },
    {
      name: "manifest 500 without a status text",
      routes: { [MANIFEST_URL]: new Response("", { status: 500 }) },
      title: "The list of graphs could not be loaded",
      problems: [{ path: MANIFEST_URL, message: "the server answered 500" }],
    },
    {
      name: "manifest not JSON",
      routes: { [MANIFEST_URL]: new Response("<!doctype html><p>Hello</p>") },
      title: "The list of graphs could not be loaded",
      problems: [{ path: MANIFEST_URL, message: "is not valid JSON" }],
    },
    {
      name: "network error",
      routes: { [MANIFEST_URL]: new TypeError("Failed to fetch") },
      title: "The list of graphs could not be loaded",
      problems: [{ path: MANIFEST_URL, message: "could not be fetched (Failed to fetch)" }],
    },
    {
      name: "manifest invalid",
      routes: { [MANIFEST_URL]: [{ id: "Bad Id", title: "T", nodeCount: -1, edgeCount: 0 }] },
      title: "The list of graphs is not valid",
      problems: [
        {
          path: "graphs/index.json [0].id",
          message: expect.stringContaining("lower-case letters, digits and hyphens"),
        },
        { path: "graphs/index.json [0].nodeCount", message: "must be at least 0, not number -1" },
      ],
    },
    {
      name: "manifest empty",
      routes: { [MANIFEST_URL]: [] },
      title: "The list of graphs is not valid",
      problems: [{ path: "graphs/index.json (document)", message: "must have at least 1 item" }],
    },
    {
      name: "graph 404",
      routes: { [MANIFEST_URL]: MANIFEST },
      title: `The graph “${DOC.title}” could not be loaded`,
      problems: [{ path: GRAPH_URL, message: "the server answered 404 Not Found" }],
    },
    {
      name: "graph network error",
      routes: { [MANIFEST_URL]: MANIFEST, [GRAPH_URL]: new Error("connection reset") },
      title: `The graph “${DOC.title}” could not be loaded`,
      problems: [{ path: GRAPH_URL, message: "could not be fetched (connection reset)" }],
    },
  ])("$name → error", async ({ routes, title, problems }) => {
    const store = createAppStore();
    await loadDefaultGraph(store, fakeFetch(routes));
    expect(store.getState().load).toEqual({ status: "error", title, problems });
  });

  it.each([
    {
      name: "a node quote with words changed",
      doc: tampered((d) => {
        d.nodes[0]!.evidence[0]!.exact = "Venezuela launches talks with China for new weapons";
      }),
      path: "nodes[0].evidence[0].exact",
    },
    {
      name: "an edge quote moved by one code point",
      doc: tampered((d) => {
        const ev = d.edges[3]!.evidence[0]!;
        ev.start += 1;
        ev.end += 1;
      }),
      path: "edges[3].evidence[0].exact",
    },
    {
      name: "a changed source text",
      doc: tampered((d) => {
        d.sources[0]!.text = d.sources[0]!.text.replace("Rosoboronexport", "Rosoboron-export");
      }),
      path: "nodes[5].evidence[0].exact",
    },
  ])("refuses a graph with $name", async ({ doc, path }) => {
    const store = createAppStore();
    await loadDefaultGraph(store, fakeFetch({ [MANIFEST_URL]: MANIFEST, [GRAPH_URL]: doc }));
    const { load } = store.getState();
    expect(load.status).toBe("error");
    if (load.status !== "error") return;
    expect(load.title).toBe(`The graph “${DOC.title}” failed its checks and is not shown`);
    expect(load.problems.map((p) => p.path)).toContain(path);
  });
});

describe("the article reader's transitions", () => {
  const edge = DOC.edges.find((e) => e.evidence.length > 1)!;

  it("showInArticle selects what the quote supports, targets that quote and opens the article", () => {
    const after = showInArticle(READY, { kind: "edge", id: edge.id, index: 1 });
    expect(after.selection).toEqual({ kind: "edge", id: edge.id, origin: "panel" });
    expect(after.articleQuote).toEqual({ kind: "edge", id: edge.id, index: 1 });
    expect(after.sidebar).toBe("article");
  });

  it("showInArticle ignores a quote of an element the graph does not have", () => {
    expect(showInArticle(READY, { kind: "node", id: "atlantis", index: 0 })).toBe(READY);
  });

  it("a new selection, or none, forgets the targeted quote", () => {
    const shown = showInArticle(READY, { kind: "edge", id: edge.id, index: 1 });
    expect(select(shown, { kind: "node", id: "nato", origin: "canvas" }).articleQuote).toBeNull();
    expect(select(shown, null).articleQuote).toBeNull();
    // Selecting the same element again also returns to its first quote.
    expect(select(shown, { kind: "edge", id: edge.id, origin: "panel" }).articleQuote).toBeNull();
  });

  it("showSidebar switches the pane and returns the same state when nothing changes", () => {
    expect(showSidebar(READY, "article").sidebar).toBe("article");
    expect(showSidebar(READY, "details")).toBe(READY);
  });
});

describe("filter and focus transitions", () => {
  const person = DOC.nodes.find((n) => n.type === "person")!;
  const country = DOC.nodes.find((n) => n.type === "country")!;

  it("hiding a type drops a selection and a focus of that type", () => {
    const selected = focusOn(
      select(READY, { kind: "node", id: person.id, origin: "canvas" }),
      person.id,
      2,
    );
    expect(selected.focus).toEqual({ nodeId: person.id, hops: 2 });
    const after = toggleFilter(selected, "nodeTypes", "person");
    expect(after.filters.nodeTypes).toEqual(new Set(["person"]));
    expect(after.selection).toBeNull();
    expect(after.focus).toBeNull();
  });

  it("hiding something else keeps the selection and the focus", () => {
    const selected = focusOn(
      select(READY, { kind: "node", id: country.id, origin: "canvas" }),
      country.id,
      1,
    );
    const after = toggleFilter(selected, "nodeTypes", "person");
    expect(after.selection?.id).toBe(country.id);
    expect(after.focus?.nodeId).toBe(country.id);
  });

  it("hiding a relation drops a selected edge of that relation", () => {
    const edge = DOC.edges.find((e) => e.relation === "party_to")!;
    const selected = select(READY, { kind: "edge", id: edge.id, origin: "canvas" });
    expect(toggleFilter(selected, "relations", "party_to").selection).toBeNull();
  });

  it("clearFilters shows everything; clearFocus clears; unknown nodes cannot be focused", () => {
    const filtered = toggleFilter(READY, "stances", "none");
    expect(clearFilters(filtered).filters.stances.size).toBe(0);
    expect(clearFilters(READY)).toBe(READY);
    expect(clearFocus(focusOn(READY, country.id, 3)).focus).toBeNull();
    expect(focusOn(READY, "atlantis", 1)).toBe(READY);
  });
});

describe("path and view transitions", () => {
  it("setting both ends opens the Path tab and waits for the finder; a focus is dropped", () => {
    const focused = focusOn(READY, "nato", 1);
    const one = setPathEnd(focused, "from", "iran");
    expect(one.path).toEqual({ from: "iran", to: null, result: null });
    expect(one.sidebar).toBe("path");
    expect(one.focus).toBeNull();
    const both = setPathEnd(one, "to", "aukus");
    expect(both.path).toEqual({ from: "iran", to: "aukus", result: null });
  });

  it("records the finder's answer only for the current ends", () => {
    const asked = setPathEnd(setPathEnd(READY, "from", "iran"), "to", "aukus");
    const found = { found: true, nodes: ["iran", "aukus"], edges: ["x"] } as const;
    expect(pathFound(asked, { from: "iran", to: "aukus" }, found).path.result).toBe(found);
    expect(pathFound(asked, { from: "iran", to: "nato" }, found)).toBe(asked);
  });

  it("a focus replaces a path; clearPath clears; unknown ends are ignored", () => {
    const asked = setPathEnd(READY, "from", "iran");
    expect(focusOn(asked, "nato", 2).path).toEqual({ from: null, to: null, result: null });
    expect(clearPath(asked).path.from).toBeNull();
    expect(setPathEnd(READY, "to", "atlantis")).toBe(READY);
  });

  it("showView switches between the graph and the list", () => {
    expect(showView(READY, "list").view).toBe("list");
    expect(showView(READY, "graph")).toBe(READY);
  });
});
