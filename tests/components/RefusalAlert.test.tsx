import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { RefusalAlert } from "../../src/components/RefusalAlert.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(cleanup);

describe("RefusalAlert", () => {
  it("says what was refused and why, reassures, and can be dismissed", async () => {
    const { store } = storeWithArticle();
    const graphBefore = store.getState().load;
    store.getState().openRefused({
      title: "“party.json” was not opened",
      problems: [{ path: "party.json", message: "is empty" }],
    });
    render(
      <StoreProvider store={store}>
        <RefusalAlert />
      </StoreProvider>,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("“party.json” was not opened");
    expect(alert.textContent).toContain("party.json: is empty");
    expect(alert.textContent).toContain("The graph on screen is unchanged.");
    expect(store.getState().load).toBe(graphBefore);
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
