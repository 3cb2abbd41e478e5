// Opening by address: what is refused, and what is said about a graph from another site.
import { describe, expect, it } from "vitest";
import { createAppStore } from "../../src/store/createAppStore.ts";
import { openGraphUrl, type LayOut } from "../../src/store/openGraph.ts";

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
