// Opening a file or an address: what is refused, what is said about a graph from another site,
// and which open counts when several are under way.
import { describe, expect, it, vi } from "vitest";
import { fileTooLarge, MAX_GRAPH_FILE_BYTES } from "../../src/domain/openedGraph/readGraphFile.ts";
import { createAppStore } from "../../src/store/createAppStore.ts";
import { openGraphFile, openGraphUrl, type LayOut } from "../../src/store/openGraph.ts";

const BASE = "https://app.example/quotegraph/";
const CYJS = JSON.stringify({
  elements: [
    { data: { id: "a", label: "A" }, position: { x: 0, y: 0 } },
    { data: { id: "b", label: "B" }, position: { x: 100, y: 0 } },
    { data: { id: "ab", source: "a", target: "b" } },
  ],
});
const fetchCyjs = (url: string) =>
  Promise.resolve(url.endsWith(".cyjs") ? new Response(CYJS) : new Response("", { status: 404 }));
const noLayout: LayOut = (graph) => Promise.resolve(graph);

async function open(address: string) {
  const store = createAppStore();
  await openGraphUrl(store, address, noLayout, fetchCyjs, BASE);
  return store.getState();
}

describe("openGraphUrl", () => {
  it("says where a graph from another site comes from", async () => {
    const state = await open("https://other.example/g.cyjs");
    expect(state.load.status).toBe("ready");
    if (state.load.status !== "ready") return;
    expect(state.load.notes[0]).toMatch(/^Opened from other\.example, not published with this app/);
    expect(state.load.origin).toEqual({ kind: "url", url: "https://other.example/g.cyjs" });
  });

  it("adds no such note for an address on this site", async () => {
    const state = await open("graphs/g.cyjs");
    expect(
      state.load.status === "ready" && state.load.notes.some((n) => n.startsWith("Opened from")),
    ).toBe(false);
  });

  it.each([
    ["http://other.example/g.cyjs", "graphs from other sites open over https only"],
    ["ftp://other.example/g.cyjs", 'uses "ftp:"; only http and https addresses can be opened'],
    ["https://other.example/missing.json", "the server answered 404"],
  ])("refuses %s, saying why", async (address, message) => {
    const state = await open(address);
    expect(state.load.status).toBe("error");
    expect(state.load.status === "error" && state.load.problems[0]?.message).toContain(message);
  });
});

/** A file as the picker gives it, holding `text`. */
const fileOf = (name: string, text: string) => ({
  name,
  size: text.length,
  arrayBuffer: vi.fn(() => Promise.resolve(new TextEncoder().encode(text).buffer as ArrayBuffer)),
});

/** A fetch that answers only when told, recording the signal it was given. */
function heldFetch() {
  let answer: (response: Response) => void = () => {};
  const answered = new Promise<Response>((resolve) => (answer = resolve));
  const signals: AbortSignal[] = [];
  const fetchFn = (_url: string, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    return answered;
  };
  return { fetchFn, answer: () => answer(new Response(CYJS)), signals };
}

describe("the open under way", () => {
  it("belongs to its store: an open in another store neither stops it nor is stopped", async () => {
    const first = createAppStore();
    const second = createAppStore();
    const held = heldFetch();
    const opening = openGraphUrl(
      first,
      "https://other.example/g.cyjs",
      noLayout,
      held.fetchFn,
      BASE,
    );
    await openGraphUrl(second, "graphs/g.cyjs", noLayout, fetchCyjs, BASE);
    second.getState().openingCancelled();
    held.answer();
    await opening;
    expect(held.signals.map((s) => s.aborted)).toEqual([false]);
    expect(first.getState().load).toMatchObject({
      status: "ready",
      origin: { kind: "url", url: "https://other.example/g.cyjs" },
    });
    expect(second.getState().load).toMatchObject({
      status: "ready",
      origin: { kind: "url", url: "graphs/g.cyjs" },
    });
  });

  it("is stopped by a newer open in the same store, which alone is shown", async () => {
    const store = createAppStore();
    const held = heldFetch();
    const older = openGraphUrl(store, "https://other.example/g.cyjs", noLayout, held.fetchFn, BASE);
    await openGraphUrl(store, "graphs/g.cyjs", noLayout, fetchCyjs, BASE);
    held.answer();
    await older;
    expect(held.signals.map((s) => s.aborted)).toEqual([true]);
    expect(store.getState().load).toMatchObject({ origin: { kind: "url", url: "graphs/g.cyjs" } });
  });

  it("is stopped by Cancel, layout included, and the graph on screen stays", async () => {
    const store = createAppStore();
    await openGraphUrl(store, "graphs/g.cyjs", noLayout, fetchCyjs, BASE);
    const shown = store.getState().load;
    const unplaced = JSON.stringify({
      elements: [
        { data: { id: "a" } },
        { data: { id: "b" } },
        { data: { id: "ab", source: "a", target: "b" } },
      ],
    });
    let layoutSignal: AbortSignal | null = null;
    const waitForCancel: LayOut = (_graph, signal) => {
      layoutSignal = signal;
      return new Promise((_, reject) =>
        signal.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    };
    const opening = openGraphFile(store, fileOf("unplaced.cyjs", unplaced), waitForCancel);
    await expect.poll(() => store.getState().opening?.step).toBe("laying-out");
    store.getState().openingCancelled();
    await opening;
    expect(layoutSignal!.aborted).toBe(true);
    expect(store.getState().opening).toBeNull();
    expect(store.getState().refused).toBeNull();
    expect(store.getState().load).toBe(shown);
  });
});

describe("openGraphFile", () => {
  it("shows a good file, saying where it came from, with no note about another site", async () => {
    const store = createAppStore();
    await openGraphFile(store, fileOf("g.cyjs", CYJS), noLayout);
    const { load } = store.getState();
    expect(load).toMatchObject({ status: "ready", origin: { kind: "file", name: "g.cyjs" } });
    expect(load.status === "ready" && load.notes.some((n) => n.startsWith("Opened from"))).toBe(
      false,
    );
  });

  it("refuses a file over the limit without reading it", async () => {
    const store = createAppStore();
    const huge = { ...fileOf("huge.json", "{}"), size: MAX_GRAPH_FILE_BYTES + 1 };
    await openGraphFile(store, huge, noLayout);
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
    expect(store.getState().load).toEqual({
      status: "error",
      title: "“huge.json” was not opened",
      problems: [fileTooLarge("huge.json", MAX_GRAPH_FILE_BYTES + 1)],
    });
  });

  it("refuses a file that cannot be read, saying why", async () => {
    const store = createAppStore();
    const broken = {
      ...fileOf("gone.json", "{}"),
      arrayBuffer: () => Promise.reject(new Error("it was moved")),
    };
    await openGraphFile(store, broken, noLayout);
    expect(store.getState().load).toEqual({
      status: "error",
      title: "“gone.json” was not opened",
      problems: [{ path: "gone.json", message: "could not be read (it was moved)" }],
    });
  });
});

describe("openGraphUrl, before reading", () => {
  it("refuses an answer whose Content-Length is over the limit, named by its file", async () => {
    const store = createAppStore();
    const big = () =>
      Promise.resolve(
        new Response("{}", { headers: { "content-length": String(MAX_GRAPH_FILE_BYTES + 1) } }),
      );
    await openGraphUrl(store, "https://other.example/data/big.json", noLayout, big, BASE);
    expect(store.getState().load).toEqual({
      status: "error",
      title: "The graph at “https://other.example/data/big.json” was not opened",
      problems: [fileTooLarge("big.json", MAX_GRAPH_FILE_BYTES + 1)],
    });
  });
});
