import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PHONE_SCREEN, Sidebar, WIDE_SCREEN } from "../../src/components/Sidebar.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";

/** A window that matches only the given media queries. */
function mockScreen(matching: readonly string[]) {
  vi.stubGlobal(
    "matchMedia",
    vi.fn((query: string) => ({
      media: query,
      matches: matching.includes(query),
      addEventListener: () => {},
      removeEventListener: () => {},
    })),
  );
}

beforeEach(() => {
  // The article reader asks the browser to scroll; jsdom lays nothing out.
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

function renderSidebar() {
  const { store, graph } = storeWithArticle();
  render(
    <StoreProvider store={store}>
      <Sidebar />
    </StoreProvider>,
  );
  const tablist = screen.getByRole("tablist", { name: "Sidebar" });
  return { store, graph, tablist };
}

const tabNames = (tablist: HTMLElement) =>
  within(tablist)
    .getAllByRole("tab")
    .map((t) => t.textContent);

const tab = (name: string) => screen.getByRole("tab", { name });

const selectedTabs = (tablist: HTMLElement) =>
  within(tablist)
    .getAllByRole("tab")
    .filter((t) => t.getAttribute("aria-selected") === "true")
    .map((t) => t.textContent);

/** Every tab panel, hidden or not, by the name its tab gives it. */
const panels = () =>
  screen.getAllByRole("tabpanel", { hidden: true }).map((p) => ({
    name: document.getElementById(p.getAttribute("aria-labelledby")!)?.textContent,
    p,
  }));

const shownPanels = () =>
  panels()
    .filter(({ p }) => !p.hidden)
    .map(({ name }) => name);

describe("Sidebar, not wide", () => {
  beforeEach(() => mockScreen([]));

  it("has Details, Article, Path and Sides tabs, each controlling its own panel", () => {
    const { tablist } = renderSidebar();
    expect(tabNames(tablist)).toEqual(["Details", "Article", "Path", "Sides"]);
    for (const t of within(tablist).getAllByRole("tab")) {
      const panel = document.getElementById(t.getAttribute("aria-controls")!)!;
      expect(panel.getAttribute("role")).toBe("tabpanel");
      expect(panel.getAttribute("aria-labelledby")).toBe(t.id);
    }
  });

  it("starts on Details: its panel shown, the others hidden", () => {
    const { tablist } = renderSidebar();
    expect(selectedTabs(tablist)).toEqual(["Details"]);
    expect(shownPanels()).toEqual(["Details"]);
    expect(screen.getByRole("complementary", { name: "Details" })).toBeTruthy();
    // Hidden panels are out of the accessibility tree.
    expect(screen.queryByRole("region", { name: "Article" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Path between two entities" })).toBeNull();
  });

  it("aria-selected and the shown panel follow the store's sidebar", async () => {
    const { store, tablist } = renderSidebar();
    act(() => store.getState().showSidebar("path"));
    expect(selectedTabs(tablist)).toEqual(["Path"]);
    expect(shownPanels()).toEqual(["Path"]);
    // The path finder and the article reader load when first shown.
    expect(await screen.findByRole("region", { name: "Path between two entities" })).toBeTruthy();
    expect(screen.queryByRole("complementary", { name: "Details" })).toBeNull();

    act(() => store.getState().showSidebar("article"));
    expect(selectedTabs(tablist)).toEqual(["Article"]);
    expect(shownPanels()).toEqual(["Article"]);
    expect(await screen.findByRole("region", { name: "Article" })).toBeTruthy();
  });

  it("draws a pane only once it is first shown, then keeps it", async () => {
    const { store } = renderSidebar();
    const panel = (name: string) => panels().find((x) => x.name === name)!.p;
    // Nothing for a tab never opened: no code to load, nothing to re-render on each filter.
    expect(panel("Article").childElementCount).toBe(0);
    expect(panel("Path").childElementCount).toBe(0);

    act(() => store.getState().showSidebar("article"));
    const reader = await screen.findByRole("region", { name: "Article" });
    act(() => store.getState().showSidebar("details"));
    // Kept while hidden: the same element (so the browser keeps its scroll position too).
    expect(panel("Article").contains(reader)).toBe(true);
    expect(panel("Path").childElementCount).toBe(0);
    act(() => store.getState().showSidebar("article"));
    expect(screen.getByRole("region", { name: "Article" })).toBe(reader);
  });

  it("only the selected tab is in the tab order", () => {
    const { store, tablist } = renderSidebar();
    act(() => store.getState().showSidebar("article"));
    const order = within(tablist)
      .getAllByRole("tab")
      .map((t) => [t.textContent, t.tabIndex]);
    expect(order).toEqual([
      ["Details", -1],
      ["Article", 0],
      ["Path", -1],
      ["Sides", -1],
    ]);
  });

  it("clicking a tab switches to it", () => {
    const { store, tablist } = renderSidebar();
    fireEvent.click(tab("Article"));
    expect(store.getState().sidebar).toBe("article");
    expect(selectedTabs(tablist)).toEqual(["Article"]);
    expect(shownPanels()).toEqual(["Article"]);
    fireEvent.click(tab("Path"));
    expect(store.getState().sidebar).toBe("path");
    fireEvent.click(tab("Details"));
    expect(store.getState().sidebar).toBe("details");
    expect(shownPanels()).toEqual(["Details"]);
  });

  it("ArrowRight and ArrowLeft move between tabs, wrap around, and move the focus", () => {
    const { store } = renderSidebar();
    tab("Details").focus();
    const seen: [string, string | null | undefined][] = [];
    const keys = ["ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight", "ArrowLeft", "ArrowLeft"];
    for (const key of keys) {
      fireEvent.keyDown(document.activeElement!, { key });
      seen.push([store.getState().sidebar, document.activeElement?.textContent]);
    }
    expect(seen).toEqual([
      ["article", "Article"],
      ["path", "Path"],
      ["sides", "Sides"],
      ["details", "Details"], // wraps forwards
      ["sides", "Sides"], // wraps backwards
      ["path", "Path"],
    ]);
  });

  it("other keys leave the tabs alone", () => {
    const { store } = renderSidebar();
    const notPrevented = fireEvent.keyDown(tab("Details"), { key: "ArrowDown" });
    expect(notPrevented).toBe(true);
    expect(store.getState().sidebar).toBe("details");
    expect(fireEvent.keyDown(tab("Details"), { key: "ArrowRight" })).toBe(false);
  });
});

describe("Sidebar, wide", () => {
  beforeEach(() => mockScreen([WIDE_SCREEN]));

  it("has no Article tab and shows the article reader beside the tabs", async () => {
    const { tablist } = renderSidebar();
    expect(tabNames(tablist)).toEqual(["Details", "Path", "Sides"]);
    expect(panels().map(({ name }) => name)).toEqual(["Details", "Path", "Sides"]);
    const article = await screen.findByRole("region", { name: "Article" });
    expect(article.closest("[role='tabpanel']")).toBeNull();
    expect(article.querySelector("article")).not.toBeNull();
    // The details are shown too, side by side with the article.
    expect(screen.getByRole("complementary", { name: "Details" })).toBeTruthy();
  });

  it("keeps the article shown whichever tab is chosen", async () => {
    const { store, tablist } = renderSidebar();
    fireEvent.click(tab("Path"));
    expect(store.getState().sidebar).toBe("path");
    expect(shownPanels()).toEqual(["Path"]);
    expect(await screen.findAllByRole("region", { name: "Article" })).toHaveLength(1);
    // Asking for the article (as "Show in article" does) falls back to the details tab.
    act(() => store.getState().showSidebar("article"));
    expect(selectedTabs(tablist)).toEqual(["Details"]);
    expect(shownPanels()).toEqual(["Details"]);
    expect(screen.getByRole("region", { name: "Article" })).toBeTruthy();
  });

  it("arrow keys wrap over the three tabs it has", () => {
    const { store } = renderSidebar();
    tab("Details").focus();
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(store.getState().sidebar).toBe("sides");
    expect(document.activeElement).toBe(tab("Sides"));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(store.getState().sidebar).toBe("path");
    expect(document.activeElement).toBe(tab("Path"));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(store.getState().sidebar).toBe("sides");
    expect(document.activeElement).toBe(tab("Sides"));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(store.getState().sidebar).toBe("details");
    expect(document.activeElement).toBe(tab("Details"));
  });
});

describe("Sidebar, on a phone", () => {
  beforeEach(() => mockScreen([PHONE_SCREEN]));

  it("is a sheet, folded until its button, a tab or a new selection unfolds it", () => {
    const { store } = renderSidebar();
    const sheet = document.getElementById("sidebar-sheet")!;
    const toggle = screen.getByRole("button", { name: "Expand panel" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(toggle.getAttribute("aria-controls")).toBe(sheet.id);
    expect(sheet.classList.contains("is-expanded")).toBe(false);

    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("Collapse panel");
    expect(sheet.classList.contains("is-expanded")).toBe(true);
    fireEvent.click(toggle);
    expect(sheet.classList.contains("is-expanded")).toBe(false);

    fireEvent.click(tab("Path"));
    expect(sheet.classList.contains("is-expanded")).toBe(true);
    fireEvent.click(toggle);
    expect(sheet.classList.contains("is-expanded")).toBe(false);

    act(() => store.getState().select({ kind: "node", id: "iran", origin: "canvas" }));
    expect(sheet.classList.contains("is-expanded")).toBe(true);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
  });
});
