import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { edgeSentence } from "../../src/components/describe.ts";
import { ListView, ROWS_PER_PAGE } from "../../src/components/ListView.tsx";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import { createAppStore } from "../../src/store/createAppStore.ts";
import { syntheticGraph } from "../../bench/syntheticGraph.ts";
import type { Visible } from "../../src/domain/filters.ts";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderList(visible?: Visible) {
  const { store, graph } = storeWithArticle();
  render(
    <StoreProvider store={store}>
      <ListView {...(visible && { visible })} />
    </StoreProvider>,
  );
  const entities = screen.getByRole("table", { name: /^Entities/ });
  const relations = screen.getByRole("table", { name: /^Relations/ });
  return { store, graph, entities, relations };
}

/** The body rows of a table (the header row has column headers, not cells). */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .filter((row) => within(row).queryAllByRole("columnheader").length === 0);

/** The name of each body row's button, in the order shown. */
const rowNames = (table: HTMLElement) =>
  bodyRows(table).map((row) => within(row).getAllByRole("button")[0]!.textContent);

const header = (table: HTMLElement, name: string) =>
  within(table).getByRole("button", { name }).closest("th")!;

const sortedHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole("columnheader")
    .filter((th) => th.hasAttribute("aria-sort"));

describe("ListView", () => {
  it("lists every entity and every relation, in document order", () => {
    const { graph, entities, relations } = renderList();
    expect(bodyRows(entities)).toHaveLength(graph.doc.nodes.length);
    expect(bodyRows(relations)).toHaveLength(graph.doc.edges.length);
    expect(rowNames(entities)).toEqual(graph.doc.nodes.map((n) => n.label));
    expect(entities.querySelector("caption")?.textContent).toBe("Entities");
    expect(relations.querySelector("caption")?.textContent).toBe("Relations");
    expect(sortedHeaders(entities)).toEqual([]);
    expect(sortedHeaders(relations)).toEqual([]);
  });

  it("names each row's button by the row: the label, or the relation as a sentence", () => {
    const { graph, entities, relations } = renderList();
    bodyRows(entities).forEach((row, i) => {
      const cell = row.children[0]!;
      expect(within(row).getAllByRole("button")[0]!.parentElement).toBe(cell);
      expect(within(cell as HTMLElement).getByRole("button").textContent).toBe(
        graph.doc.nodes[i]!.label,
      );
    });
    bodyRows(relations).forEach((row, i) => {
      const sentence = edgeSentence(graph, graph.doc.edges[i]!);
      const cell = row.children[0] as HTMLElement;
      expect(within(cell).getByRole("button", { name: sentence }).closest("tr")).toBe(row);
    });
  });

  it("shows type, aliases and counts for an entity", () => {
    const { graph, entities } = renderList();
    const russia = graph.nodeById.get("russia")!;
    const row = within(entities).getByRole("button", { name: "Russia" }).closest("tr")!;
    const cells = [...row.children].map((c) => c.textContent);
    expect(cells[0]).toContain("Moscow");
    expect(cells[1]).toContain("Country");
    expect(cells[2]).toBe(String(graph.edgesByNode.get("russia")!.length));
    expect(cells[3]).toBe(String(russia.evidence.length));
    // The type's symbol is decoration beside its word.
    expect(row.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("shows stance and who claims a relation, or that it is reported as fact or a linked headline", () => {
    const { graph, relations } = renderList();
    const cellsOf = (id: string) => {
      const edge = graph.edgeById.get(id)!;
      const button = within(relations).getByRole("button", { name: edgeSentence(graph, edge) });
      return [...button.closest("tr")!.children].map((c) => c.textContent);
    };
    const hedged = graph.doc.edges.find((e) => e.claim?.hedged && e.stance)!;
    expect(cellsOf(hedged.id).slice(3)).toEqual([
      hedged.stance!.charAt(0).toUpperCase() + hedged.stance!.slice(1),
      `${graph.nodeById.get(hedged.claim!.by)!.label} (hedged)`,
      String(hedged.evidence.length),
    ]);
    const fact = graph.doc.edges.find((e) => !e.claim && !e.stance && e.id.startsWith("mcis"))!;
    expect(cellsOf(fact.id).slice(3, 5)).toEqual(["—none", "— reported as fact"]);
    // A relation from a "Read more:" headline is neither a claim nor reported fact.
    expect(cellsOf("iranian-deputy-defense-chief-attends-mcis").slice(3, 5)).toEqual([
      "—none",
      "— from a linked headline",
    ]);
  });

  it("sorts by a column, reversing on a second press, with aria-sort on that column only", () => {
    const { graph, entities } = renderList();
    const counts = graph.doc.nodes.map((n) => graph.edgesByNode.get(n.id)!.length);
    const most = Math.max(...counts);
    const fewest = Math.min(...counts);
    // Ties keep document order, so the first node with the most relations leads.
    const leader = graph.doc.nodes[counts.indexOf(most)]!;
    const relationsCount = (row: HTMLElement) => Number(row.children[2]!.textContent);

    fireEvent.click(within(entities).getByRole("button", { name: "Relations" }));
    expect(header(entities, "Relations").getAttribute("aria-sort")).toBe("ascending");
    expect(relationsCount(bodyRows(entities)[0]!)).toBe(fewest);

    fireEvent.click(within(entities).getByRole("button", { name: "Relations" }));
    expect(header(entities, "Relations").getAttribute("aria-sort")).toBe("descending");
    expect(sortedHeaders(entities)).toEqual([header(entities, "Relations")]);
    expect(rowNames(entities)[0]).toBe(leader.label);
    const shown = bodyRows(entities).map(relationsCount);
    expect(shown).toEqual([...counts].sort((a, b) => b - a));
  });

  it("sorts text with localeCompare, and moves aria-sort to the new column", () => {
    const { graph, entities, relations } = renderList();
    fireEvent.click(within(entities).getByRole("button", { name: "Relations" }));
    fireEvent.click(within(entities).getByRole("button", { name: "Label" }));
    expect(sortedHeaders(entities)).toEqual([header(entities, "Label")]);
    expect(header(entities, "Label").getAttribute("aria-sort")).toBe("ascending");
    const labels = graph.doc.nodes.map((n) => n.label);
    expect(rowNames(entities)).toEqual(
      [...labels].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })),
    );
    // Each table sorts on its own.
    expect(sortedHeaders(relations)).toEqual([]);
  });

  it("a row's button selects its entity or relation", () => {
    const { store, graph, entities, relations } = renderList();
    fireEvent.click(within(entities).getByRole("button", { name: "Vladimir Putin" }));
    expect(store.getState().selection).toEqual({
      kind: "node",
      id: "vladimir-putin",
      origin: "panel",
    });
    const edge = graph.doc.edges[3]!;
    fireEvent.click(within(relations).getByRole("button", { name: edgeSentence(graph, edge) }));
    expect(store.getState().selection).toEqual({ kind: "edge", id: edge.id, origin: "panel" });
  });

  it("marks the row of the store's selection, and only that row", () => {
    const { store, graph, entities, relations } = renderList();
    const selectedRows = () => document.querySelectorAll('tr[aria-selected="true"]');
    expect(selectedRows()).toHaveLength(0);

    act(() => store.getState().select({ kind: "node", id: "nato", origin: "canvas" }));
    expect(selectedRows()).toHaveLength(1);
    const row = within(entities).getByRole("button", { name: "NATO" }).closest("tr")!;
    expect(row.getAttribute("aria-selected")).toBe("true");
    expect(within(row).getByRole("button", { name: "NATO" }).getAttribute("aria-current")).toBe(
      "true",
    );

    const edge = graph.doc.edges.at(-1)!;
    act(() => store.getState().select({ kind: "edge", id: edge.id, origin: "canvas" }));
    expect(selectedRows()).toHaveLength(1);
    const edgeRow = within(relations)
      .getByRole("button", { name: edgeSentence(graph, edge) })
      .closest("tr")!;
    expect(edgeRow.getAttribute("aria-selected")).toBe("true");
    expect(row.hasAttribute("aria-selected")).toBe(false);
  });

  it("scrolls the selected row into view when the selection comes from elsewhere", () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    try {
      const { store, entities } = renderList();
      act(() => store.getState().select({ kind: "node", id: "iran", origin: "canvas" }));
      expect(scroll).toHaveBeenCalledTimes(1);
      expect(scroll).toHaveBeenCalledWith({ block: "nearest" });
      const row = within(entities).getByRole("button", { name: "Iran" }).closest("tr");
      expect(scroll.mock.contexts[0]).toBe(row);

      // A press in the list itself leaves the scroll where the reader is.
      fireEvent.click(within(entities).getByRole("button", { name: "Russia" }));
      expect(store.getState().selection?.id).toBe("russia");
      expect(scroll).toHaveBeenCalledTimes(1);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it("shows only the visible rows, and says how many of all", () => {
    const { graph } = storeWithArticle();
    const nodes = new Set(graph.doc.nodes.slice(0, 5).map((n) => n.id));
    const edges = new Set([graph.doc.edges[0]!.id, graph.doc.edges[2]!.id]);
    const { entities, relations } = renderList({ nodes, edges });
    expect(rowNames(entities)).toEqual(graph.doc.nodes.slice(0, 5).map((n) => n.label));
    expect(bodyRows(relations)).toHaveLength(2);
    expect(entities.querySelector("caption")?.textContent).toBe(
      `Entities (5 of ${graph.doc.nodes.length})`,
    );
    expect(relations.querySelector("caption")?.textContent).toBe(
      `Relations (2 of ${graph.doc.edges.length})`,
    );
  });

  it("says so when no row passes the filters", () => {
    const { graph, relations } = renderList({ nodes: new Set(["russia"]), edges: new Set() });
    expect(relations.querySelector("caption")?.textContent).toBe(
      `Relations (0 of ${graph.doc.edges.length})`,
    );
    expect(within(relations).queryAllByRole("button", { name: /Russia/ })).toEqual([]);
    expect(relations.textContent).toContain("No relations pass the filters.");
  });

  it("is reached by the keyboard through its buttons alone", () => {
    const { graph, entities, relations } = renderList();
    const columns = 4 + 6;
    const rows = graph.doc.nodes.length + graph.doc.edges.length;
    const buttons = screen.getAllByRole("button");
    expect(buttons).toHaveLength(columns + rows);
    expect(
      buttons.every((b) => b.tagName === "BUTTON" && b.getAttribute("type") === "button"),
    ).toBe(true);
    // No extra tab stops on rows or cells.
    expect(entities.querySelectorAll("[tabindex]")).toHaveLength(0);
    expect(relations.querySelectorAll("[tabindex]")).toHaveLength(0);
  });
});

describe("ListView on a large graph", () => {
  function renderLarge() {
    const graph = indexGraph(syntheticGraph(700));
    const store = createAppStore();
    store.getState().graphLoaded(graph, []);
    render(
      <StoreProvider store={store}>
        <ListView />
      </StoreProvider>,
    );
    return { store, entities: screen.getByRole("table", { name: /^Entities/ }) };
  }
  // querySelectorAll, not role queries: those walk the accessibility tree, slow at this size.
  const pageSize = (table: HTMLElement) =>
    table.querySelectorAll("tbody tr:not(:has(.list-more))").length;

  it("renders the first rows and offers the rest a page at a time", () => {
    const { entities } = renderLarge();
    expect(pageSize(entities)).toBe(ROWS_PER_PAGE);
    const more = () => entities.querySelector<HTMLButtonElement>(".list-more button");
    expect(entities.querySelector(".list-more")?.textContent).toBe(
      "Showing 500 of 700 entities. Show 200 more entities",
    );
    fireEvent.click(more()!);
    expect(pageSize(entities)).toBe(700);
    expect(more()).toBeNull();
  });

  it("always renders the selected row, however far down", () => {
    const { store, entities } = renderLarge();
    act(() => store.getState().select({ kind: "node", id: "n650", origin: "canvas" }));
    const selected = entities.querySelectorAll('tr[aria-selected="true"]');
    expect(Array.from(selected, (row) => row.querySelector("button")?.textContent)).toEqual([
      "Entity 650",
    ]);
    expect(pageSize(entities)).toBe(651);
  });
});
