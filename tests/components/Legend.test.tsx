import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Legend } from "../../src/components/Legend.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { NODE_ENCODING } from "../../src/encoding/encoding.ts";
import { attributionOf } from "../../src/domain/filters.ts";
import { NODE_TYPES } from "../../src/domain/vocabulary.ts";
import { syntheticGraph } from "../../bench/syntheticGraph.ts";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import { createAppStore } from "../../src/store/createAppStore.ts";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(cleanup);

function renderLegend() {
  const { store, graph } = storeWithArticle();
  render(
    <StoreProvider store={store}>
      <Legend />
    </StoreProvider>,
  );
  return { store, graph };
}

describe("Legend", () => {
  it("writes large counts with thousands separators", () => {
    const store = createAppStore();
    const graph = indexGraph(syntheticGraph(5000));
    store.getState().graphLoaded(graph, []);
    render(
      <StoreProvider store={store}>
        <Legend />
      </StoreProvider>,
    );
    const country = within(screen.getByRole("list", { name: "Entities" })).getAllByRole(
      "listitem",
    )[0];
    expect(country?.textContent?.replace(/\s+/g, " ").trim()).toBe("Country 1,000");
  });

  it("names every node type with the shape and colour the canvas draws, and its count", () => {
    const { graph } = renderLegend();
    const items = within(screen.getByRole("list", { name: "Entities" })).getAllByRole("listitem");
    const names = ["Country", "Organisation", "Person", "Agreement", "Event"];
    items.forEach((li, i) => {
      const type = NODE_TYPES[i]!;
      const count = graph.doc.nodes.filter((n) => n.type === type).length;
      expect(li.textContent?.replace(/\s+/g, " ").trim()).toBe(`${names[i]} ${count}`);
      const path = li.querySelector("svg path");
      expect(path?.getAttribute("d")).toBe(NODE_ENCODING[type].svgPath);
      expect(path?.getAttribute("fill")).toBe(NODE_ENCODING[type].colour);
    });
    // Shapes differ, not only colours.
    expect(new Set(NODE_TYPES.map((t) => NODE_ENCODING[t].shape)).size).toBe(NODE_TYPES.length);
  });

  it("explains how relations are sourced and their stance, in words, with counts", () => {
    const { graph } = renderLegend();
    const sourced = screen.getByRole("list", { name: "How a relation is sourced" });
    const claims = graph.doc.edges.filter((e) => attributionOf(e) === "claim").length;
    expect(
      within(sourced).getByRole("checkbox", { name: `Claimed by a speaker ${claims}` }),
    ).toBeTruthy();
    expect(sourced.textContent).toContain("Reported as fact");
    expect(sourced.textContent).toContain("Claimed, hedged");
    const headlines = graph.doc.edges.filter((e) =>
      e.evidence.every((ev) => ev.origin === "linked-headline"),
    ).length;
    expect(headlines).toBeGreaterThan(0);
    expect(
      within(sourced).getByRole("checkbox", { name: `From a linked headline ${headlines}` }),
    ).toBeTruthy();
    expect(sourced.textContent).toContain("Direction");
    // Four line patterns (fact, claim, hedged, linked headline); the direction's line is solid.
    const dashes = [...sourced.querySelectorAll("path")].map((l) =>
      l.getAttribute("stroke-dasharray"),
    );
    expect(new Set(dashes).size).toBe(4);
    const stance = screen.getByRole("list", { name: "Stance of a relation" });
    for (const word of ["Cooperation", "Opposition", "Neutral", "No stance shown"]) {
      expect(stance.textContent).toContain(word);
    }
  });

  it("doubles as the filter: unchecking hides, 'Show everything' brings it all back", () => {
    const { store, graph } = renderLegend();
    const person = screen.getByRole("checkbox", { name: /^Person \d+$/ });
    expect((person as HTMLInputElement).checked).toBe(true);
    fireEvent.click(person);
    expect(store.getState().filters.nodeTypes).toEqual(new Set(["person"]));
    expect((person as HTMLInputElement).checked).toBe(false);
    // Filtering, each entry says how many of its own are still shown.
    const persons = graph.doc.nodes.filter((n) => n.type === "person");
    expect(person.closest("label")!.textContent).toMatch(
      new RegExp(`Person 0 of ${persons.length}$`),
    );
    const countries = screen.getByRole("checkbox", { name: /^Country \d+ of \d+$/ });
    const [shownCountries, allCountries] = /(\d+) of (\d+)/
      .exec(countries.closest("label")!.textContent!)!
      .slice(1);
    expect(shownCountries).toBe(allCountries);

    const relations = screen.getByRole("list", { name: "Relation types" });
    fireEvent.click(within(relations).getByRole("checkbox", { name: /^party to \d+ of \d+$/ }));
    expect(store.getState().filters.relations).toEqual(new Set(["party_to"]));

    fireEvent.click(screen.getByRole("button", { name: "Show everything" }));
    expect(store.getState().filters.nodeTypes.size + store.getState().filters.relations.size).toBe(
      0,
    );
    expect(screen.queryByRole("button", { name: "Show everything" })).toBeNull();
  });
});
