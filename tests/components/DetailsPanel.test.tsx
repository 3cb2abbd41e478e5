import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DetailsPanel } from "../../src/components/DetailsPanel.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import type { GraphModel } from "../../src/domain/schema.ts";
import { createAppStore } from "../../src/store/createAppStore.ts";
import { sourcingOf } from "../../src/domain/sides/reading.ts";
import { ATTRIBUTION_LINE } from "../../src/encoding/encoding.ts";

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
  it("says when the selection is hidden by the filters, and shows it again on request", () => {
    const { store } = renderPanel();
    act(() => store.getState().toggleFilter("nodeTypes", "person"));
    act(() => store.getState().select({ kind: "node", id: "vladimir-putin", origin: "search" }));
    const notice = screen.getByRole("status", { name: "" });
    expect(notice.textContent).toContain(
      "Vladimir Putin is hidden by the filters: Person is unticked in the legend.",
    );
    fireEvent.click(within(notice).getByRole("button", { name: "Show person entities" }));
    expect(store.getState().filters.nodeTypes.has("person")).toBe(false);
    expect(store.getState().selection).toMatchObject({ kind: "node", id: "vladimir-putin" });
    expect(screen.queryByText(/is hidden by the filters/)).toBeNull();
  });

  it("says nothing of the filters when the selection is shown", () => {
    const { store } = renderPanel();
    act(() => store.getState().toggleFilter("nodeTypes", "event"));
    act(() => store.getState().select({ kind: "node", id: "vladimir-putin", origin: "search" }));
    expect(screen.queryByText(/is hidden by the filters/)).toBeNull();
  });

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
    // The quotes that mention him, apart from those of his claims (tested below).
    const quotes = panel.querySelectorAll(".quotes blockquote");
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
    expect(panel.querySelectorAll(".relations .relation-button")).toHaveLength(relations.length);
    const mentions = panel.querySelector<HTMLElement>(".quotes")!;
    expect(within(mentions).getAllByRole("button", { name: "Show in article" })).toHaveLength(
      putin.evidence.length,
    );
  });

  it("a relation button selects that relation", () => {
    const { store, graph, panel } = renderPanel();
    act(() => store.getState().select({ kind: "node", id: "vladimir-putin", origin: "canvas" }));
    const target = graph.edgesByNode.get("vladimir-putin")![1]!;
    const relations = panel.querySelector<HTMLElement>(".relations")!;
    const button = within(relations).getByRole("button", { name: new RegExp(`${target.label}`) });
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

/** The label of a node of the article graph. */
const label = (graph: ReturnType<typeof renderPanel>["graph"], id: string) =>
  graph.nodeById.get(id)!.label;

describe("DetailsPanel: who says what", () => {
  function select(id: string) {
    const rendered = renderPanel();
    act(() => rendered.store.getState().select({ kind: "node", id, origin: "canvas" }));
    return rendered;
  }
  const claimsRegion = (panel: HTMLElement, speaker: string) =>
    within(panel).getByRole("region", { name: new RegExp(`^Claims by ${speaker} \\(\\d+\\)$`) });

  it.each(["vladimir-putin", "renier-urbaez-fermin"])(
    "lists every relation %s claims, those between others too, each with its words",
    (speaker) => {
      const { graph, panel } = select(speaker);
      const name = label(graph, speaker);
      const region = claimsRegion(panel, name);
      const claimed = graph.doc.edges.filter((e) => {
        const sourcing = sourcingOf(e);
        return sourcing.kind === "claim" && sourcing.by === speaker;
      });
      expect(claimed.some((e) => e.source !== speaker && e.target !== speaker)).toBe(true);
      const items = within(region).getAllByRole("listitem");
      expect(items).toHaveLength(claimed.length);
      claimed.forEach((edge, i) => {
        const item = items[i]!;
        const sentence = `${label(graph, edge.source)} ${edge.label} ${label(graph, edge.target)}`;
        expect(within(item).getByRole("button", { name: sentence })).toBeDefined();
        // A hedged claim says so in words; a plain one does not.
        expect(item.textContent!.includes("who hedges it")).toBe(edge.claim?.hedged === true);
        // The speaker's own words when the article quotes them, else the article's report.
        const own = edge.evidence.filter((ev) => ev.speaker === speaker);
        const shown = Array.from(item.querySelectorAll(".quote-exact"), (q) => q.textContent);
        expect(shown).toEqual((own.length > 0 ? own : edge.evidence).map((ev) => ev.exact));
        expect(item.textContent!.includes(`Said by ${name}`)).toBe(own.length > 0);
        expect(item.textContent!.includes("not quoted")).toBe(own.length === 0);
      });
    },
  );

  it("puts the claims before the quotes that merely mention the speaker", () => {
    const { panel } = select("vladimir-putin");
    const headings = within(panel)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    const claims = headings.findIndex((h) => h?.startsWith("Claims by Vladimir Putin"));
    const quotes = headings.findIndex((h) => h?.startsWith("Quotes"));
    expect(claims).toBeGreaterThanOrEqual(0);
    expect(claims).toBeLessThan(quotes);
    expect(panel.textContent).toContain("4 of the 7 are between others");
  });

  it("a claim's button selects it, and its 'Show in article' targets that very quote", () => {
    const { store, graph, panel } = select("vladimir-putin");
    const edge = graph.edgeById.get("nato-integrating-with-aukus")!;
    const region = claimsRegion(panel, "Vladimir Putin");
    const item = within(region)
      .getAllByRole("listitem")
      .find((li) => li.textContent!.includes(edge.label))!;
    const putinsWords = edge.evidence.findIndex((ev) => ev.speaker === "vladimir-putin");
    fireEvent.click(within(item).getByRole("button", { name: "Show in article" }));
    expect(store.getState().articleQuote).toEqual({
      kind: "edge",
      id: edge.id,
      index: putinsWords,
    });
    fireEvent.click(within(item).getByRole("button", { name: new RegExp(edge.label) }));
    expect(store.getState().selection).toEqual({ kind: "edge", id: edge.id, origin: "panel" });
  });

  it.each(["venezuela", "aukus", "iran"])("shows no claims for %s, which claims nothing", (id) => {
    const { panel } = select(id);
    expect(within(panel).queryByRole("heading", { name: /^Claims by/ })).toBeNull();
    expect(panel.querySelector(".claims")).toBeNull();
  });

  it("sums up Russia's stance toward others, in words and marks, fact or whose claim", () => {
    const { store, graph, panel } = select("russia");
    const region = within(panel).getByRole("region", { name: "Stance toward others" });
    const groups = within(region)
      .getAllByRole("heading", { level: 4 })
      .map((h) => h.textContent!.trim());
    expect(groups).toEqual(["Cooperation with (5)", "Opposition to (1)"]);
    const cooperation = within(region).getByRole("list", { name: "Cooperation with (5)" });
    const counterparts = Array.from(
      cooperation.querySelectorAll(":scope > li > .node-link"),
      (b) => b.textContent,
    );
    expect(counterparts).toEqual([
      "Venezuela",
      "Rosoboronexport",
      "Rostec",
      "Vladimir Putin",
      "Multipolar world order",
    ]);
    // Every stanced relation of Russia's, with how the article sources it, in words.
    const stanced = graph.doc.edges.filter(
      (e) => e.stance && (e.source === "russia" || e.target === "russia"),
    );
    const sourcing = Array.from(region.querySelectorAll(".stance-relations li"), (li) => [
      li.querySelector("button")!.textContent,
      li.querySelector(".stance-sourcing")!.textContent!.trim(),
    ]);
    const sentence = (e: (typeof stanced)[number]) =>
      `${label(graph, e.source)} ${e.label} ${label(graph, e.target)}`;
    const sourced = (e: (typeof stanced)[number]) => {
      const sourcing = sourcingOf(e);
      if (sourcing.kind === "linked-headline")
        return "From a linked headline, not reported by the article";
      if (sourcing.kind === "fact") return "Reported by the article as fact";
      return `Claimed by ${label(graph, sourcing.by)}${sourcing.hedged ? ", who hedges it" : ""}`;
    };
    expect(sourcing.sort()).toEqual(stanced.map((e) => [sentence(e), sourced(e)]).sort());
    expect(sourcing).toContainEqual([
      sentence(graph.edgeById.get("russia-supports-multipolar-world-order")!),
      "Claimed by Vladimir Putin",
    ]);
    // The legend's marks beside the words: a claim's line is dashed, a fact's solid.
    const dash = (id: string) =>
      within(region)
        .getByRole("button", { name: sentence(graph.edgeById.get(id)!) })
        .parentElement!.querySelector(".stance-sourcing path")!
        .getAttribute("stroke-dasharray");
    expect(dash("russia-supports-multipolar-world-order")).toBeTruthy();
    expect(dash("russia-opposes-western-hegemony")).toBeNull();
    expect(region.querySelectorAll("h4 svg[aria-hidden=true]")).toHaveLength(2);

    // A counterpart's name selects it; a relation under it selects the relation.
    fireEvent.click(within(cooperation).getByRole("button", { name: "Venezuela" }));
    expect(store.getState().selection).toEqual({ kind: "node", id: "venezuela", origin: "panel" });
  });

  it("a relation in the stance summary selects that relation", () => {
    const { store, graph, panel } = select("aukus");
    const region = within(panel).getByRole("region", { name: "Stance toward others" });
    const { label: integrates } = graph.edgeById.get("nato-integrating-with-aukus")!;
    fireEvent.click(within(region).getByRole("button", { name: `NATO ${integrates} AUKUS` }));
    expect(store.getState().selection).toEqual({
      kind: "edge",
      id: "nato-integrating-with-aukus",
      origin: "panel",
    });
    expect(region.textContent).toContain("Claimed by Vladimir Putin, who hedges it");
  });

  it("says a stance from a linked headline comes from it, neither fact nor anyone's claim", () => {
    const { graph, panel } = select("iran");
    const region = within(panel).getByRole("region", { name: "Stance toward others" });
    const edge = graph.edgeById.get("iranian-deputy-defense-chief-official-of-iran")!;
    expect(edge.evidence.every((ev) => ev.origin === "linked-headline")).toBe(true);
    const sentence = `${label(graph, edge.source)} ${edge.label} ${label(graph, edge.target)}`;
    const item = within(region).getByRole("button", { name: sentence }).parentElement!;
    const words = item.querySelector(".stance-sourcing")!;
    expect(words.textContent!.trim()).toBe("From a linked headline, not reported by the article");
    expect(region.textContent).not.toMatch(/as fact|Claimed by/);
    // The legend's line for it, dash-dotted, not a fact's solid one nor a claim's dashes.
    expect(words.querySelector("path")!.getAttribute("stroke-dasharray")).toBe(
      ATTRIBUTION_LINE["linked-headline"].dash.join(" "),
    );
  });

  it("says so in the relations list too, where a fact goes without saying", () => {
    const { graph, panel } = select("russia");
    const relations = panel.querySelector<HTMLElement>(".relations")!;
    const note = (id: string) => {
      const edge = graph.edgeById.get(id)!;
      const sentence = `${label(graph, edge.source)} ${edge.label} ${label(graph, edge.target)}`;
      const button = within(relations).getByRole("button", { name: new RegExp(`^${sentence}`) });
      return button.querySelector(".relation-claim")?.textContent ?? null;
    };
    expect(note("iranian-deputy-defense-chief-visits-russia")).toBe(
      " — from a linked headline, not reported by the article",
    );
    expect(note("russia-supports-multipolar-world-order")).toBe(" — claimed by Vladimir Putin");
    expect(note("venezuela-talks-with-russia")).toBeNull();
  });

  it("shows no stance summary for an entity whose relations have no stance", () => {
    const { graph, panel } = select("arms-talks");
    expect(graph.edgesByNode.get("arms-talks")!.length).toBeGreaterThan(0);
    expect(within(panel).queryByRole("region", { name: "Stance toward others" })).toBeNull();
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
