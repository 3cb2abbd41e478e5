import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SearchBox } from "../../src/components/SearchBox.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import { createAppStore } from "../../src/store/createAppStore.ts";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(cleanup);

function renderSearch() {
  const { store } = storeWithArticle();
  render(
    <StoreProvider store={store}>
      <SearchBox />
    </StoreProvider>,
  );
  const input = screen.getByRole("combobox", { name: "Search" });
  return { store, input };
}

const optionLabels = () =>
  screen.queryAllByRole("option").map((o) => o.querySelector(".search-label")?.textContent);

describe("SearchBox", () => {
  it("suggests nodes by label as you type, best match first", () => {
    const { input } = renderSearch();
    fireEvent.change(input, { target: { value: "rus" } });
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(optionLabels()[0]).toBe("Russia");
  });

  it("finds a node by an alias and shows which alias matched", () => {
    const { input } = renderSearch();
    fireEvent.change(input, { target: { value: "washington" } });
    const [option] = screen.getAllByRole("option");
    expect(option!.textContent).toContain("United States");
    expect(option!.textContent).toContain("“Washington”");
  });

  it("finds a node of an opened graph by another data field, and names that field", () => {
    const store = createAppStore();
    const graph = indexGraph({
      schemaVersion: 1,
      id: "genes",
      title: "Genes",
      sources: [],
      nodes: [
        {
          id: "1",
          type: "other",
          label: "ENSG00000141510",
          evidence: [],
          attributes: { gene: "TP53" },
        },
      ],
      edges: [],
    });
    store
      .getState()
      .graphLoaded(graph, [{ id: "genes", title: "Genes", nodeCount: 1, edgeCount: 0 }]);
    render(
      <StoreProvider store={store}>
        <SearchBox />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Search" }), {
      target: { value: "tp5" },
    });
    const [option] = screen.getAllByRole("option");
    expect(option!.textContent).toContain("ENSG00000141510");
    expect(option!.textContent).toContain("gene: “TP53”");
  });

  it("moves through suggestions with the arrow keys and selects with Enter", () => {
    const { store, input } = renderSearch();
    fireEvent.change(input, { target: { value: "defense" } });
    const labels = optionLabels();
    expect(labels.length).toBeGreaterThan(1);
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    const active = input.getAttribute("aria-activedescendant");
    expect(document.getElementById(active!)?.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(input, { key: "Enter" });
    const chosen = store.getState().selection;
    expect(chosen?.kind).toBe("node");
    expect(chosen?.origin).toBe("search");
    expect((input as HTMLInputElement).value).toBe(labels[1]);
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("Enter without moving selects the first suggestion", () => {
    const { store, input } = renderSearch();
    fireEvent.change(input, { target: { value: "caracas" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(store.getState().selection).toEqual({ kind: "node", id: "venezuela", origin: "search" });
  });

  it("says so when nothing matches, and selects nothing", () => {
    const { store, input } = renderSearch();
    fireEvent.change(input, { target: { value: "Atlantis" } });
    expect(screen.getByRole("status").textContent).toBe("No entity matches “Atlantis”.");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(store.getState().selection).toBeNull();
  });

  it("Escape closes the suggestions, then clears the box", () => {
    const { input } = renderSearch();
    fireEvent.change(input, { target: { value: "nato" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(input.getAttribute("aria-expanded")).toBe("false");
    fireEvent.keyDown(input, { key: "Escape" });
    expect((input as HTMLInputElement).value).toBe("");
  });
});
