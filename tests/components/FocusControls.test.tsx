import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DetailsPanel } from "../../src/components/DetailsPanel.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(cleanup);

/** The node details of `nodeId`, where the focus and path buttons live. */
function renderNode(nodeId = "vladimir-putin") {
  const { store, graph } = storeWithArticle();
  act(() => store.getState().select({ kind: "node", id: nodeId, origin: "canvas" }));
  render(
    <StoreProvider store={store}>
      <DetailsPanel />
    </StoreProvider>,
  );
  const focus = screen.getByRole("group", { name: "Focus on its neighbourhood" });
  return { store, graph, focus };
}

const HOPS = ["1 hop", "2 hops", "3 hops"] as const;

/** aria-pressed of each hop button, in order. */
const pressed = (group: HTMLElement) =>
  HOPS.map((name) => within(group).getByRole("button", { name }).getAttribute("aria-pressed"));

describe("Focus controls in the node details", () => {
  it("offers 1, 2 and 3 hops, none pressed at first", () => {
    const { store, focus } = renderNode();
    expect(
      within(focus)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([...HOPS]);
    expect(pressed(focus)).toEqual(["false", "false", "false"]);
    expect(store.getState().focus).toBeNull();
  });

  it("each hop button focuses the node that far, and is the one pressed", () => {
    const { store, focus } = renderNode();
    fireEvent.click(within(focus).getByRole("button", { name: "2 hops" }));
    expect(store.getState().focus).toEqual({ nodeId: "vladimir-putin", hops: 2 });
    expect(pressed(focus)).toEqual(["false", "true", "false"]);

    fireEvent.click(within(focus).getByRole("button", { name: "3 hops" }));
    expect(store.getState().focus).toEqual({ nodeId: "vladimir-putin", hops: 3 });
    expect(pressed(focus)).toEqual(["false", "false", "true"]);

    fireEvent.click(within(focus).getByRole("button", { name: "1 hop" }));
    expect(store.getState().focus).toEqual({ nodeId: "vladimir-putin", hops: 1 });
    expect(pressed(focus)).toEqual(["true", "false", "false"]);
  });

  it("pressing the active one clears the focus", () => {
    const { store, focus } = renderNode();
    const two = within(focus).getByRole("button", { name: "2 hops" });
    fireEvent.click(two);
    fireEvent.click(two);
    expect(store.getState().focus).toBeNull();
    expect(pressed(focus)).toEqual(["false", "false", "false"]);
  });

  it("a focus on another node is not pressed here, and the same hops moves it here", () => {
    const { store, focus } = renderNode();
    act(() => store.getState().focusOn("russia", 1));
    expect(pressed(focus)).toEqual(["false", "false", "false"]);
    fireEvent.click(within(focus).getByRole("button", { name: "1 hop" }));
    expect(store.getState().focus).toEqual({ nodeId: "vladimir-putin", hops: 1 });
    expect(pressed(focus)).toEqual(["true", "false", "false"]);
  });

  it("follows a focus set elsewhere (a shortcut)", () => {
    const { store, focus } = renderNode();
    act(() => store.getState().focusOn("vladimir-putin", 3));
    expect(pressed(focus)).toEqual(["false", "false", "true"]);
    act(() => store.getState().clearFocus());
    expect(pressed(focus)).toEqual(["false", "false", "false"]);
  });

  it("'Path from here…' sets the path's start and opens the Path tab", () => {
    const { store } = renderNode();
    expect(store.getState().sidebar).toBe("details");
    fireEvent.click(screen.getByRole("button", { name: "Path from here…" }));
    expect(store.getState().path).toEqual({ from: "vladimir-putin", to: null, result: null });
    expect(store.getState().sidebar).toBe("path");
  });

  it("'Path to here…' sets the path's end and opens the Path tab", () => {
    const { store } = renderNode("nato");
    act(() => store.getState().setPathEnd("from", "iran"));
    act(() => store.getState().showSidebar("details"));
    fireEvent.click(screen.getByRole("button", { name: "Path to here…" }));
    expect(store.getState().path).toEqual({ from: "iran", to: "nato", result: null });
    expect(store.getState().sidebar).toBe("path");
  });

  it("a path replaces the focus, one highlight at a time", () => {
    const { store, focus } = renderNode();
    fireEvent.click(within(focus).getByRole("button", { name: "2 hops" }));
    fireEvent.click(screen.getByRole("button", { name: "Path from here…" }));
    expect(store.getState().focus).toBeNull();
    expect(pressed(focus)).toEqual(["false", "false", "false"]);
  });
});
