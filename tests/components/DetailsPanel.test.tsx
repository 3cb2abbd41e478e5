import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DetailsPanel } from "../../src/components/DetailsPanel.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import type { GraphModel } from "../../src/domain/schema.ts";
import { createAppStore } from "../../src/store/createAppStore.ts";

afterEach(cleanup);

function renderPanel() {
  const { store, graph } = storeWithArticle();
  render(
    <StoreProvider store={store}>
      <DetailsPanel />
    </StoreProvider>,
  );
  const panel = screen.getByRole("complementary", { name: "Details" });
  return { store, graph, panel };
}

describe("DetailsPanel", () => {
  it("introduces the graph when nothing is selected", () => {
    const { graph, panel } = renderPanel();
    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe("About this graph");
    expect(panel.textContent).toContain(`${graph.doc.nodes.length} entities`);
    expect(panel.textContent).toContain(graph.doc.sources[0]!.title);
  });

  it("shows a node's label, type, summary, every quote and its relations", () => {
    const { store, graph, panel } = renderPanel();
    const putin = graph.nodeById.get("vladimir-putin")!;
    act(() => store.getState().select({ kind: "node", id: putin.id, origin: "canvas" }));

    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe(putin.label);
    expect(panel.textContent).toContain("Person");
    expect(panel.textContent).toContain(putin.summary);
    const quotes = panel.querySelectorAll("blockquote");
    expect(quotes).toHaveLength(putin.evidence.length);
    putin.evidence.forEach((ev, i) => {
      const block = quotes[i]!;
      expect(block.querySelector(".quote-exact")?.textContent).toBe(ev.exact);
      // The context is the source's own neighbouring words, dimmed and hidden from readers.
      const context = block.querySelectorAll(".quote-context");
      expect(context[0]?.getAttribute("aria-hidden")).toBe("true");
      expect(ev.prefix.endsWith(context[0]!.textContent!.replace(/^…/, ""))).toBe(true);
    });
    const relations = graph.edgesByNode.get(putin.id)!;
    expect(panel.querySelectorAll(".relation-button")).toHaveLength(relations.length);
    expect(within(panel).getAllByRole("button", { name: "Show in article" })).toHaveLength(
      putin.evidence.length,
    );
  });

  it("a relation button selects that relation", () => {
    const { store, graph, panel } = renderPanel();
    act(() => store.getState().select({ kind: "node", id: "vladimir-putin", origin: "canvas" }));
    const target = graph.edgesByNode.get("vladimir-putin")![1]!;
    const button = within(panel).getByRole("button", { name: new RegExp(`${target.label}`) });
    fireEvent.click(button);
    expect(store.getState().selection).toEqual({ kind: "edge", id: target.id, origin: "panel" });
  });

  it("shows an edge as a sentence, with who claims it, its speaker and its ends", () => {
    const { store, graph, panel } = renderPanel();
    const edge = graph.doc.edges.find((e) => e.claim?.hedged && e.evidence.some((q) => q.speaker))!;
    act(() => store.getState().select({ kind: "edge", id: edge.id, origin: "canvas" }));

    const source = graph.nodeById.get(edge.source)!.label;
    const target = graph.nodeById.get(edge.target)!.label;
    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe(
      `${source} ${edge.label} ${target}`,
    );
    expect(panel.textContent).toContain("Claimed by Vladimir Putin, who hedges it");
    expect(panel.textContent).toContain("Said by Vladimir Putin");
    expect(panel.querySelectorAll("blockquote")).toHaveLength(edge.evidence.length);

    fireEvent.click(within(panel).getByRole("button", { name: target }));
    expect(store.getState().selection).toEqual({ kind: "node", id: edge.target, origin: "panel" });
  });

  it("says a reported relation is a fact and gives its date", () => {
    const { store, graph, panel } = renderPanel();
    const edge = graph.doc.edges.find((e) => !e.claim && e.date)!;
    act(() => store.getState().select({ kind: "edge", id: edge.id, origin: "canvas" }));
    expect(panel.textContent).toContain("Reported by the article as fact");
    expect(panel.textContent).toContain(edge.date);
  });

  it("renders labels and quotes as text, never as HTML", () => {
    const { store, graph, panel } = renderPanel();
    const node = graph.doc.nodes[0]!;
    (node as { label: string }).label = '<img src=x onerror="alert(1)">';
    act(() => store.getState().select({ kind: "node", id: node.id, origin: "canvas" }));
    expect(panel.querySelector("img")).toBeNull();
    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe(node.label);
  });

  it("'Show in article' targets that quote and opens the article", () => {
    const { store, graph, panel } = renderPanel();
    const edge = graph.doc.edges.find((e) => e.evidence.length > 1)!;
    act(() => store.getState().select({ kind: "edge", id: edge.id, origin: "canvas" }));
    fireEvent.click(within(panel).getAllByRole("button", { name: "Show in article" })[1]!);
    expect(store.getState().articleQuote).toEqual({ kind: "edge", id: edge.id, index: 1 });
    expect(store.getState().sidebar).toBe("article");
  });
});

describe("DetailsPanel for a graph from another tool", () => {
  const UNQUOTED: GraphModel = {
    schemaVersion: 1,
    id: "trade",
    title: "Trade",
    sources: [],
    nodes: [
      {
        id: "a",
        type: "other",
        label: "Port <b>of</b> Santos",
        evidence: [],
        attributes: { SUID: "3", gdp: "2.17" },
      },
      { id: "b", type: "country", label: "Brazil", evidence: [] },
    ],
    edges: [
      {
        id: "e",
        source: "a",
        target: "b",
        relation: "located_in",
        label: "located in",
        directed: true,
        evidence: [],
        attributes: { weight: "0.5" },
      },
    ],
  };

  function renderUnquoted() {
    const store = createAppStore();
    store.getState().graphLoaded(indexGraph(UNQUOTED), [], { kind: "file", name: "trade.cyjs" });
    render(
      <StoreProvider store={store}>
        <DetailsPanel />
      </StoreProvider>,
    );
    return { store, panel: screen.getByRole("complementary", { name: "Details" }) };
  }

  it("says plainly that the graph has no quotes", () => {
    const { panel } = renderUnquoted();
    expect(panel.textContent).toContain("It has no quotes");
    expect(panel.textContent).not.toContain("each backed by quotes");
  });

  it("shows a node's fields as text, and 'No quotes' where the quotes would be", () => {
    const { store, panel } = renderUnquoted();
    act(() => store.getState().select({ kind: "node", id: "a", origin: "panel" }));
    expect(within(panel).getByRole("heading", { level: 2 }).textContent).toBe(
      "Port <b>of</b> Santos",
    );
    expect(panel.querySelector("b")).toBeNull();
    expect(panel.textContent).toContain("Other");
    const terms = Array.from(panel.querySelectorAll(".attributes dt"), (dt) => dt.textContent);
    const values = Array.from(panel.querySelectorAll(".attributes dd"), (dd) => dd.textContent);
    expect(terms).toEqual(["SUID", "gdp"]);
    expect(values).toEqual(["3", "2.17"]);
    expect(panel.textContent).toContain(
      "No quotes. This entity comes from a file that carries no quotes",
    );
    expect(panel.querySelectorAll("blockquote")).toHaveLength(0);
  });

  it("shows a relation's fields too", () => {
    const { store, panel } = renderUnquoted();
    act(() => store.getState().select({ kind: "edge", id: "e", origin: "panel" }));
    expect(panel.querySelector(".attributes")?.textContent).toBe("weight0.5");
    expect(panel.textContent).toContain("No quotes. This relation comes from a file");
  });
});
