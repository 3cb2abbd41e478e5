// The alliance matrix, opened from the Sides tab on the article graph: a table with the actors
// as row and column headers, cells that say how each pair relates, one tab stop moved by the
// arrow keys, a cell's relations and quotes, and the reading the tab chose.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticGraph } from "../../bench/syntheticGraph.ts";
import { TABLE_ACTOR_LIMIT } from "../../src/components/AllianceMatrix.tsx";
import { SidesPanel } from "../../src/components/SidesPanel.tsx";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import { ACTOR_TYPES } from "../../src/domain/sides/signedGraph.ts";
import { createAppStore } from "../../src/store/createAppStore.ts";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";
import { standInForDialogMethods } from "./dialogStandIn.ts";

standInForDialogMethods();
afterEach(cleanup);

async function openMatrix() {
  const { store, graph } = storeWithArticle();
  render(
    <StoreProvider store={store}>
      <SidesPanel />
    </StoreProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Matrix" }));
  // Loaded on demand: the table comes once its module has.
  // The first import compiles it, which takes a while on a busy machine.
  const table = await screen.findByRole("table", { name: "Alliance matrix" }, { timeout: 10_000 });
  return { store, graph, table };
}

const cell = (table: HTMLElement, name: RegExp) => within(table).getByRole("button", { name });

// Role queries over a 20 × 20 table are slow in jsdom, and the first test also loads the module.
describe("AllianceMatrix", { timeout: 20_000 }, () => {
  it("heads rows and columns with the actors, grouped by side, unplaced last", async () => {
    const { table } = await openMatrix();
    const columns = [...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent);
    expect(columns).toContain("Russia");
    expect(columns).toContain("Venezuela");
    const rows = [...table.querySelectorAll('th[scope="row"]')].map((th) => th.textContent);
    expect(rows.indexOf("Russia")).toBeGreaterThanOrEqual(0);
    // Russia and Venezuela share a side: adjacent rows, under one group header.
    expect(Math.abs(rows.indexOf("Russia") - rows.indexOf("Venezuela"))).toBe(1);
    const groups = [...table.querySelectorAll('th[scope="rowgroup"]')].map((th) => th.textContent);
    // Named after its most central member: Russia, tied to Venezuela, to its state-owned
    // Rosoboronexport and Rostec, and to its President.
    expect(groups[0]).toBe("Side 1, the side of Russia");
    expect(groups.at(-1)).toBe("Not placed by the article");
    for (const th of table.querySelectorAll("th")) expect(th.getAttribute("scope")).toBeTruthy();
  });

  it("says Russia and Venezuela cooperate, and lists both relations with their quotes", async () => {
    const { store, table } = await openMatrix();
    const before = store.getState().selection;
    fireEvent.click(
      cell(table, /^Russia and Venezuela: cooperation, reported as fact, 2 relations$/),
    );
    const region = screen.getByRole("region", { name: "Relations between Russia and Venezuela" });
    expect(within(region).getAllByRole("listitem").length).toBeGreaterThanOrEqual(2);
    expect(region.querySelectorAll("blockquote").length).toBeGreaterThanOrEqual(2);
    // Two relations, one selection: the reader picks which to show on the graph.
    expect(store.getState().selection).toBe(before);
    fireEvent.click(
      within(region).getByRole("button", { name: /^Show Venezuela talks with Russia on graph$/ }),
    );
    expect(store.getState().selection).toMatchObject({
      kind: "edge",
      id: "venezuela-talks-with-russia",
    });
  });

  it("selects the one relation of a pair that has one", async () => {
    const { store, table } = await openMatrix();
    fireEvent.click(cell(table, /^Russia and Western states: opposition/));
    expect(store.getState().selection).toMatchObject({
      kind: "edge",
      id: "russia-opposes-western-hegemony",
    });
  });

  it("leaves pairs without a relation empty, not buttons", async () => {
    const { table } = await openMatrix();
    expect(within(table).queryByRole("button", { name: /^Venezuela and NATO/ })).toBeNull();
    const buttons = within(table).getAllByRole("button");
    const empty = [...table.querySelectorAll("td.matrix-cell")].filter(
      (td) => !td.querySelector("button"),
    );
    expect(empty.length).toBeGreaterThan(buttons.length);
  });

  it("has one tab stop, moved by the arrow keys", async () => {
    const { table } = await openMatrix();
    const stops = () => table.querySelectorAll('button[tabindex="0"]');
    expect(stops()).toHaveLength(1);
    const russia = cell(table, /^Russia and Venezuela:/);
    russia.focus();
    // Right past the Venezuelan delegation, which Russia has no relation with.
    fireEvent.keyDown(russia, { key: "ArrowRight" });
    expect(document.activeElement?.textContent).toMatch(/Russia and Rosoboronexport:/);
    expect(stops()).toHaveLength(1);
    expect(stops()[0]).toBe(document.activeElement);
    // Down past Venezuela, which has none with Rosoboronexport.
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement?.textContent).toMatch(
      /Venezuelan delegation and Rosoboronexport:/,
    );
    // Home and End: the first and the last pair in the row.
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement?.textContent).toMatch(/Venezuelan delegation and Venezuela:/);
    russia.focus();
    fireEvent.keyDown(russia, { key: "End" });
    expect(document.activeElement?.textContent).toMatch(/Russia and Iranian deputy defense chief:/);
    // Russia heads the first side, so the first pair in its row is Venezuela, past the diagonal.
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement?.textContent).toMatch(/Russia and Venezuela:/);
  });

  it("says a pair known only from a linked headline is from it, neither fact nor claim", async () => {
    const { store, table } = await openMatrix();
    const visit = cell(
      table,
      /^Russia and Iranian deputy defense chief: no stance shown, from a linked headline, 1 relation$/,
    );
    expect(visit.textContent).not.toMatch(/as fact|claimed/);
    fireEvent.click(visit);
    const region = screen.getByRole("region", {
      name: "Relations between Iranian deputy defense chief and Russia",
    });
    expect(within(region).getByRole("heading", { level: 3 }).textContent).toBe(
      "Iranian deputy defense chief and Russia: no stance shown, from a linked headline",
    );
    expect(region.textContent).toContain("No stance shown, from a linked headline, not reported");
    expect(region.textContent).not.toMatch(/as fact|claimed/i);
    // Its one quote, marked as a linked headline's.
    expect(region.querySelectorAll("blockquote")).toHaveLength(1);
    expect(region.querySelector(".quote-origin")?.textContent).toBe("From a linked headline");
    expect(store.getState().selection).toMatchObject({
      kind: "edge",
      id: "iranian-deputy-defense-chief-visits-russia",
    });
    // The article reports none of it: gone when only its facts count.
    fireEvent.change(screen.getByRole("combobox", { name: /According to/ }), {
      target: { value: "facts" },
    });
    const facts = screen.getByRole("table", { name: "Alliance matrix" });
    expect(
      within(facts).queryByRole("button", { name: /^Russia and Iranian deputy defense chief/ }),
    ).toBeNull();
  });

  it("follows the reading the Sides tab chose", async () => {
    const { table } = await openMatrix();
    expect(
      cell(table, /^Venezuelan delegation and Rosoboronexport: cooperation, claimed/),
    ).toBeTruthy();
    const chooser = screen.getByRole("combobox", { name: /According to/ });
    fireEvent.change(chooser, { target: { value: "facts" } });
    const now = screen.getByRole("table", { name: "Alliance matrix" });
    expect(
      within(now).queryByRole("button", { name: /^Venezuelan delegation and Rosoboronexport/ }),
    ).toBeNull();
    expect(cell(now, /^Russia and Venezuela: cooperation/)).toBeTruthy();
  });

  it(
    "draws no table for more actors than it can show, and says so",
    { timeout: 40_000 },
    async () => {
      const graph = indexGraph(syntheticGraph(180));
      const actors = graph.doc.nodes.filter((n) =>
        (ACTOR_TYPES as readonly string[]).includes(n.type),
      ).length;
      expect(actors).toBeGreaterThan(TABLE_ACTOR_LIMIT);
      const store = createAppStore();
      store.getState().graphLoaded(graph, []);
      render(
        <StoreProvider store={store}>
          <SidesPanel />
        </StoreProvider>,
      );
      fireEvent.click(screen.getByRole("button", { name: "Matrix" }));
      const dialog = await screen.findByRole(
        "dialog",
        { name: "Alliance matrix" },
        { timeout: 10_000 },
      );
      expect(dialog.textContent).toContain(`the graph has ${actors} actors`);
      expect(within(dialog).queryByRole("table")).toBeNull();
      expect(within(dialog).getByRole("button", { name: "Export CSV" })).toBeTruthy();
    },
  );
});
