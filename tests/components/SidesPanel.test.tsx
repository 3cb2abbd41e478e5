// The Sides tab on the article graph: the sides the stances give under each reading, each with
// its members and the relations that bind and oppose it, every relation with its quote.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SidesPanel } from "../../src/components/SidesPanel.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(cleanup);

function renderSides() {
  const { store, graph } = storeWithArticle();
  render(
    <StoreProvider store={store}>
      <SidesPanel />
    </StoreProvider>,
  );
  return { store, graph, region: screen.getByRole("region", { name: "Sides" }) };
}

const sideWith = (member: string) =>
  screen
    .getAllByRole("list", { name: /^Members of / })
    .find((list) => within(list).queryByRole("button", { name: member }));

describe("SidesPanel", () => {
  it("puts Venezuela and Russia on one side, with the relations that bind them and their quotes", () => {
    renderSides();
    const side = sideWith("Venezuela");
    expect(side).toBeTruthy();
    expect(within(side!).getByRole("button", { name: "Russia" })).toBeTruthy();
    const section = side!.closest("section")!;
    expect(within(section).getByRole("heading", { name: "What binds it" })).toBeTruthy();
    // Every relation shown comes with the article's own words.
    const quotes = section.querySelectorAll("blockquote");
    expect(quotes.length).toBeGreaterThan(0);
  });

  it("gives the balance figure and names who the article does not place", () => {
    renderSides();
    expect(screen.getByRole("status").textContent).toMatch(/\d+ sides? from \d+ relations?/);
    const unplaced = screen.getByRole("region", { name: "Not placed by the article" });
    // Belarus is only visited, in a linked headline; Sputnik is only spoken to.
    expect(
      within(unplaced)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Belarus", "Sputnik"]);
  });

  it("reads the sides as one speaker describes them", () => {
    renderSides();
    const chooser = screen.getByRole("combobox", { name: /According to/ });
    const putin = [...chooser.querySelectorAll("option")].find((o) =>
      o.textContent?.startsWith("Vladimir Putin"),
    );
    expect(putin).toBeTruthy();
    fireEvent.change(chooser, { target: { value: putin!.value } });
    // As Putin tells it, Russia and Venezuela are not placed: he speaks of other things.
    const unplaced = screen.getByRole("region", { name: "Not placed by the article" });
    expect(within(unplaced).getByRole("button", { name: "Venezuela" })).toBeTruthy();
    expect(sideWith("Vladimir Putin")).toBeTruthy();
  });

  it("reported facts only leave out the claims and the linked headlines", () => {
    renderSides();
    expect(sideWith("Participating states")).toBeTruthy();
    expect(sideWith("China")).toBeTruthy();
    const chooser = screen.getByRole("combobox", { name: /According to/ });
    fireEvent.change(chooser, { target: { value: "facts" } });
    // Only Putin's claim places the participating states; only a headline places China.
    expect(sideWith("Participating states")).toBeUndefined();
    expect(sideWith("China")).toBeUndefined();
    expect(sideWith("Venezuela")).toBeTruthy();
  });

  it("a member's button selects it", () => {
    const { store } = renderSides();
    fireEvent.click(within(sideWith("Venezuela")!).getByRole("button", { name: "Russia" }));
    expect(store.getState().selection).toMatchObject({ kind: "node", id: "russia" });
  });
});
