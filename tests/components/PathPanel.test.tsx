import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { attributionPhrase, edgeSentence } from "../../src/components/describe.ts";
import { STANCE_NAME } from "../../src/encoding/words.ts";
import { PathPanel } from "../../src/components/PathPanel.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(cleanup);

function renderPath() {
  const { store, graph } = storeWithArticle();
  render(
    <StoreProvider store={store}>
      <PathPanel />
    </StoreProvider>,
  );
  const panel = screen.getByRole("region", { name: "Path between two entities" });
  return { store, graph, panel };
}

/** The combobox is remounted when its end is set, so look it up afresh each time. */
const endBox = (name: "From" | "To") => screen.getByRole("combobox", { name }) as HTMLInputElement;

function choose(name: "From" | "To", text: string) {
  fireEvent.change(endBox(name), { target: { value: text } });
  fireEvent.keyDown(endBox(name), { key: "Enter" });
}

/** The panel's own status line (each combobox has a status of its own for "no match"). */
const pathStatus = (panel: HTMLElement) =>
  within(panel)
    .queryAllByRole("status")
    .find((p) => !p.classList.contains("search-status"));

const HINT = "Choose two entities to see how the article connects them.";

/** A real chain in the article: Iran ← its deputy defense chief → Russia. */
const CHAIN = {
  nodes: ["iran", "iranian-deputy-defense-chief", "russia"],
  edges: [
    "iranian-deputy-defense-chief-official-of-iran",
    "iranian-deputy-defense-chief-visits-russia",
  ],
};

describe("PathPanel", () => {
  it("with no ends, shows the hint, empty boxes and no Clear button", () => {
    const { panel } = renderPath();
    expect(panel.textContent).toContain(HINT);
    expect(endBox("From").value).toBe("");
    expect(endBox("To").value).toBe("");
    expect(within(panel).queryByRole("button", { name: "Clear path" })).toBeNull();
    expect(pathStatus(panel)).toBeUndefined();
    expect(panel.querySelector("ol")).toBeNull();
  });

  it("choosing From and To through the comboboxes sets the path's ends", () => {
    const { store, panel } = renderPath();
    choose("From", "iran");
    expect(store.getState().path).toEqual({ from: "iran", to: null, result: null });
    expect(endBox("From").value).toBe("Iran");
    // One end is not enough for a path: still the hint.
    expect(panel.textContent).toContain(HINT);

    choose("To", "moscow"); // an alias of Russia
    expect(store.getState().path).toEqual({ from: "iran", to: "russia", result: null });
    expect(endBox("To").value).toBe("Russia");
    expect(endBox("From").value).toBe("Iran");
    expect(panel.textContent).not.toContain(HINT);
    expect(pathStatus(panel)?.textContent).toBe("Looking for a path…");
  });

  it("moves focus on as ends are chosen: From to To, To to the result, never to <body>", () => {
    const { panel } = renderPath();
    endBox("From").focus();
    choose("From", "iran");
    expect(document.activeElement).toBe(endBox("To"));
    choose("To", "moscow");
    expect(document.activeElement).toBe(panel.querySelector(".path-result"));
    // Choosing an end again with the other set goes to the result too.
    endBox("From").focus();
    choose("From", "venezuela");
    expect(document.activeElement).toBe(panel.querySelector(".path-result"));
  });

  it("after To alone, focus goes to the empty From", () => {
    renderPath();
    endBox("To").focus();
    choose("To", "iran");
    expect(document.activeElement).toBe(endBox("From"));
  });

  it("shows ends set elsewhere (Path from here) in the boxes", () => {
    const { store } = renderPath();
    act(() => store.getState().setPathEnd("to", "vladimir-putin"));
    expect(endBox("To").value).toBe("Vladimir Putin");
    expect(endBox("From").value).toBe("");
  });

  it("lists each step of a found chain as a relation button with its first quote", () => {
    const { store, graph, panel } = renderPath();
    choose("From", "iran");
    choose("To", "russia");
    act(() =>
      store.getState().pathFound({ from: "iran", to: "russia" }, { found: true, ...CHAIN }),
    );

    expect(pathStatus(panel)?.textContent).toBe("Iran and Russia are connected in 2 steps:");
    const steps = within(panel.querySelector("ol.path-steps")!).getAllByRole("listitem");
    expect(steps).toHaveLength(CHAIN.edges.length);
    steps.forEach((step, i) => {
      const edge = graph.edgeById.get(CHAIN.edges[i]!)!;
      const button = within(step).getAllByRole("button")[0]!;
      expect(button.textContent).toBe(edgeSentence(graph, edge));
      const quotes = step.querySelectorAll("blockquote");
      expect(quotes).toHaveLength(1);
      expect(quotes[0]!.querySelector(".quote-exact")?.textContent).toBe(edge.evidence[0]!.exact);
      // Each step says how the article sources it, and its stance, in words.
      expect(step.querySelector(".details-kind")?.textContent).toBe(
        `${STANCE_NAME[edge.stance ?? "none"]}, ${attributionPhrase(graph, edge)}`,
      );
    });

    // Both steps rest on a "Read more:" headline, and say so in words, as do their quotes.
    expect(steps.map((step) => step.querySelector(".details-kind")?.textContent)).toEqual([
      "Cooperation, from a linked headline, not reported by the article",
      "No stance shown, from a linked headline, not reported by the article",
    ]);
    for (const step of steps) {
      expect(step.querySelector("figcaption")?.textContent).toContain("From a linked headline");
    }

    const second = graph.edgeById.get(CHAIN.edges[1]!)!;
    fireEvent.click(within(panel).getByRole("button", { name: edgeSentence(graph, second) }));
    expect(store.getState().selection).toEqual({ kind: "edge", id: second.id, origin: "panel" });
  });

  it("a step's 'Show in article' targets that relation's first quote", () => {
    const { store, panel } = renderPath();
    choose("From", "iran");
    choose("To", "russia");
    act(() =>
      store.getState().pathFound({ from: "iran", to: "russia" }, { found: true, ...CHAIN }),
    );
    fireEvent.click(within(panel).getAllByRole("button", { name: "Show in article" })[0]!);
    expect(store.getState().articleQuote).toEqual({ kind: "edge", id: CHAIN.edges[0], index: 0 });
    expect(store.getState().sidebar).toBe("article");
  });

  it("says one step in the singular", () => {
    const { store, panel } = renderPath();
    choose("From", "iran");
    choose("To", "iranian deputy");
    act(() =>
      store.getState().pathFound(
        { from: "iran", to: "iranian-deputy-defense-chief" },
        {
          found: true,
          nodes: ["iran", "iranian-deputy-defense-chief"],
          edges: ["iranian-deputy-defense-chief-official-of-iran"],
        },
      ),
    );
    expect(pathStatus(panel)?.textContent).toBe(
      "Iran and Iranian deputy defense chief are connected in 1 step:",
    );
  });

  it("says so when no chain connects the ends", () => {
    const { store, panel } = renderPath();
    choose("From", "iran");
    choose("To", "australia");
    act(() => store.getState().pathFound({ from: "iran", to: "australia" }, { found: false }));
    expect(pathStatus(panel)?.textContent).toBe(
      "No chain of relations connects Iran and Australia in what is shown.",
    );
    expect(panel.querySelector("ol.path-steps")).toBeNull();
  });

  it("asks for two different entities when both ends are the same", () => {
    const { store, panel } = renderPath();
    choose("From", "iran");
    choose("To", "iran");
    act(() =>
      store
        .getState()
        .pathFound({ from: "iran", to: "iran" }, { found: true, nodes: ["iran"], edges: [] }),
    );
    expect(pathStatus(panel)?.textContent).toBe(
      "Both ends are Iran: choose two different entities.",
    );
  });

  it("'Clear path' clears both ends, the boxes and the result", () => {
    const { store, panel } = renderPath();
    choose("From", "iran");
    choose("To", "russia");
    act(() =>
      store.getState().pathFound({ from: "iran", to: "russia" }, { found: true, ...CHAIN }),
    );
    fireEvent.click(within(panel).getByRole("button", { name: "Clear path" }));
    expect(store.getState().path).toEqual({ from: null, to: null, result: null });
    expect(endBox("From").value).toBe("");
    expect(endBox("To").value).toBe("");
    expect(panel.textContent).toContain(HINT);
    expect(panel.querySelector("ol.path-steps")).toBeNull();
    expect(within(panel).queryByRole("button", { name: "Clear path" })).toBeNull();
  });
});
