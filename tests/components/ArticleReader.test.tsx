import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ArticleReader } from "../../src/components/ArticleReader.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(cleanup);
beforeEach(() => {
  // jsdom lays nothing out; the reader only asks the browser to scroll.
  Element.prototype.scrollIntoView = vi.fn();
});

function renderReader() {
  const { store, graph } = storeWithArticle();
  render(
    <StoreProvider store={store}>
      <ArticleReader />
    </StoreProvider>,
  );
  const reader = screen.getByRole("region", { name: "Article" });
  return { store, graph, reader };
}

const markOf = (reader: HTMLElement, text: string) =>
  [...reader.querySelectorAll<HTMLElement>("mark")].find((m) => m.textContent === text);

describe("ArticleReader", () => {
  it("shows the whole source text, paragraph by paragraph", () => {
    const { graph, reader } = renderReader();
    const text = graph.doc.sources[0]!.text;
    const shown = [...reader.querySelectorAll("article > div > p")].map((p) => p.textContent);
    expect(shown).toEqual(text.split("\n").filter((l) => l.trim() !== ""));
  });

  it("wraps every quote in marks whose text is the quote", () => {
    const { graph, reader } = renderReader();
    for (const el of [...graph.doc.nodes, ...graph.doc.edges]) {
      el.evidence.forEach((ev, i) => {
        const key = `${"type" in el ? "node" : "edge"}/${encodeURIComponent(el.id)}/${i}`;
        const marks = [...reader.querySelectorAll<HTMLElement>("mark")].filter((m) =>
          m.dataset["refs"]!.split(" ").includes(key),
        );
        expect(marks.map((m) => m.textContent).join("")).toBe(ev.exact.replaceAll("\n", ""));
      });
    }
  });

  it("clicking a mark that supports one thing selects it and targets that quote", () => {
    const { store, graph, reader } = renderReader();
    const mark = markOf(reader, "Everything is almost ready")!;
    fireEvent.click(mark);
    const edge = graph.doc.edges.find((e) =>
      e.evidence.some((ev) => ev.exact === "Everything is almost ready"),
    )!;
    expect(store.getState().selection).toMatchObject({ kind: "edge", id: edge.id });
    expect(store.getState().articleQuote).toMatchObject({ kind: "edge", id: edge.id });
  });

  it("clicking a mark that supports several things offers a choice", () => {
    const { store, reader } = renderReader();
    const crowded = [...reader.querySelectorAll<HTMLElement>("mark")].find(
      (m) => new Set(m.dataset["refs"]!.split(" ").map((k) => k.replace(/\/\d+$/, ""))).size > 1,
    )!;
    fireEvent.keyDown(crowded, { key: "Enter" });
    const choice = screen.getByRole("group", { name: "This passage is a quote for" });
    const options = within(choice)
      .getAllByRole("button")
      .filter((b) => b.textContent !== "Cancel");
    expect(options.length).toBeGreaterThan(1);
    expect(document.activeElement).toBe(options[0]);
    fireEvent.click(options[1]!);
    expect(store.getState().selection).not.toBeNull();
    expect(screen.queryByRole("group", { name: "This passage is a quote for" })).toBeNull();
  });

  it("emphasises the selected element's quotes and scrolls to the targeted one", () => {
    const { store, reader } = renderReader();
    act(() => store.getState().select({ kind: "node", id: "vladimir-putin", origin: "canvas" }));
    const current = [...reader.querySelectorAll("mark.is-current")].map((m) => m.textContent);
    expect(current.join(" ")).toContain("Russia's President Vladimir Putin");
    const target = reader.querySelector("mark.is-target")!;
    expect(target.textContent).toContain("Russia's President Vladimir Putin");
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });

  it("is one tab stop: the arrow keys, Home and End move between marks", () => {
    const { reader } = renderReader();
    const marks = [...reader.querySelectorAll<HTMLElement>("mark")];
    expect(marks.filter((m) => m.tabIndex === 0)).toEqual([marks[0]]);
    marks[0]!.focus();
    fireEvent.keyDown(marks[0]!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(marks[1]);
    expect(marks.filter((m) => m.tabIndex === 0)).toEqual([marks[1]]);
    fireEvent.keyDown(marks[1]!, { key: "End" });
    expect(document.activeElement).toBe(marks.at(-1));
    fireEvent.keyDown(marks.at(-1)!, { key: "ArrowDown" }); // no further: stays
    expect(document.activeElement).toBe(marks.at(-1));
    fireEvent.keyDown(marks.at(-1)!, { key: "Home" });
    expect(document.activeElement).toBe(marks[0]);
    fireEvent.keyDown(marks[0]!, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(marks[0]);
  });

  it("names every mark by its words and what they support, however short the words", () => {
    const { reader } = renderReader();
    for (const mark of reader.querySelectorAll<HTMLElement>("mark")) {
      expect(mark.getAttribute("aria-label")).toMatch(
        /^(“.+”, quote|Quote) for .+\((country|organisation|person|agreement|event|relation)\)/,
      );
    }
    const comma = [...reader.querySelectorAll<HTMLElement>("mark")].find(
      (m) => m.textContent === ",",
    );
    if (comma) expect(comma.getAttribute("aria-label")).not.toBe("“,”");
  });

  it("Escape in the choice gives focus back to the mark that opened it", () => {
    const { reader } = renderReader();
    const crowded = [...reader.querySelectorAll<HTMLElement>("mark")].find(
      (m) => new Set(m.dataset["refs"]!.split(" ").map((k) => k.replace(/\/\d+$/, ""))).size > 1,
    )!;
    crowded.focus();
    fireEvent.keyDown(crowded, { key: "Enter" });
    const choice = screen.getByRole("group", { name: "This passage is a quote for" });
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(choice.isConnected).toBe(false);
    expect(document.activeElement).toBe(crowded);
  });

  it("after 'Show in article' from elsewhere, focus goes to the quote it led to", () => {
    const { store, reader } = renderReader();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    act(() => store.getState().showInArticle({ kind: "node", id: "vladimir-putin", index: 0 }));
    const target = reader.querySelector<HTMLElement>("mark.is-target")!;
    expect(document.activeElement).toBe(target);
    expect(target.tabIndex).toBe(0);
  });

  it("a selection made elsewhere, with focus there, leaves focus where it is", () => {
    const { store } = renderReader();
    const outside = document.body.appendChild(document.createElement("button"));
    outside.focus();
    act(() => store.getState().showInArticle({ kind: "node", id: "vladimir-putin", index: 0 }));
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
