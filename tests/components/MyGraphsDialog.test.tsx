// My graphs over fake-indexeddb in jsdom: the keyboard path through a rename (Escape leaves the
// name, not the dialog), opening a kept graph, a delete made final when the dialog closes, and
// storage that refuses.
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import MyGraphsDialog from "../../src/components/MyGraphsDialog.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { localGraphs } from "../../src/storage/localGraphs.ts";
import type { AppStore } from "../../src/store/createAppStore.ts";
import { selectTitle } from "../../src/store/selectors.ts";
import { storeWithArticle } from "./articleGraph.ts";
import { standInForDialogMethods } from "./dialogStandIn.ts";

standInForDialogMethods();
afterEach(cleanup);
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** The article graph on screen, kept as if opened from a file. */
async function keptArticle(): Promise<{ store: AppStore; id: string }> {
  const { store, graph } = storeWithArticle();
  const file = { kind: "file", name: "talks.json" } as const;
  store.getState().graphLoaded(graph, [], file);
  const graphs = await localGraphs();
  if (!graphs.ok) throw new Error("no storage");
  const kept = await graphs.value.save(graph.doc, file, []);
  if (!kept.ok) throw new Error("not kept");
  store.getState().graphKept(graph, kept.value.id, kept.value.title);
  return { store, id: kept.value.id };
}

function renderDialog(store: AppStore, onClose = vi.fn()) {
  render(
    <StoreProvider store={store}>
      <MyGraphsDialog onClose={onClose} />
    </StoreProvider>,
  );
  return onClose;
}

describe("My graphs", () => {
  it("renames from the keyboard; Escape leaves the name as it was, and the dialog open", async () => {
    const { store } = await keptArticle();
    const title = selectTitle(store.getState())!;
    const onClose = renderDialog(store);
    const user = userEvent.setup();
    const group = await screen.findByRole("group", { name: `“${title}”` });
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe(`${title} (on screen)`);

    await user.click(within(group).getByRole("button", { name: "Rename" }));
    const name = screen.getByRole("textbox", { name: "New name" });
    expect(document.activeElement).toBe(name);
    await user.clear(name);
    expect(screen.getByRole("button", { name: "Save name" })).toHaveProperty("disabled", true);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Rename" })),
    );

    await user.click(screen.getByRole("button", { name: "Rename" }));
    await user.clear(screen.getByRole("textbox", { name: "New name" }));
    await user.keyboard("Talks{Enter}");
    await screen.findByText("Renamed to “Talks”.");
    expect(selectTitle(store.getState())).toBe("Talks");
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Rename" })),
    );
  });

  it("opens a kept graph in place of the one on screen, and closes", async () => {
    const { store, id } = await keptArticle();
    store.getState().graphLoaded(storeWithArticle().graph, []);
    const onClose = renderDialog(store);
    await userEvent.click(await screen.findByRole("button", { name: "Open" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const { load } = store.getState();
    expect(load.status === "ready" && load.origin).toMatchObject({ kind: "local", id });
  });

  it("makes a delete final when it closes; the graph on screen stays, no longer kept", async () => {
    const { store, id } = await keptArticle();
    const onClose = renderDialog(store);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Delete" }));
    const undo = await screen.findByRole("button", { name: "Undo delete" });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText("No graphs are kept here yet.", { exact: false })).toBeTruthy();
    // What the Close button (a form method="dialog") does in a browser; jsdom has no such form.
    screen.getByRole<HTMLDialogElement>("dialog").close();
    expect(onClose).toHaveBeenCalled();
    await waitFor(() => expect(store.getState().load).toMatchObject({ origin: { kind: "file" } }));
    const graphs = await localGraphs();
    expect(graphs.ok && (await graphs.value.read(id))).toEqual({
      ok: true,
      value: { kind: "missing" },
    });
  });

  it("says plainly when this browser keeps nothing", async () => {
    indexedDB.open = () => {
      throw new DOMException("refused", "SecurityError");
    };
    const { store } = storeWithArticle();
    renderDialog(store);
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /does not let this site keep data.*Graphs you open are shown, but not kept\./,
    );
  });
});
