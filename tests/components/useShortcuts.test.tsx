import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import {
  CanvasHandleProvider,
  useCanvasHandle,
  ZOOM_STEP,
  type CanvasHandle,
} from "../../src/components/CanvasHandle.tsx";
import { useShortcuts } from "../../src/components/useShortcuts.ts";
import { storeWithArticle } from "./articleGraph.ts";

afterEach(cleanup);

/** The smallest page with the shortcuts: a search box and another field to type in. */
function Shortcuts({ openHelp, canvas }: { openHelp: () => void; canvas?: CanvasHandle }) {
  useShortcuts(openHelp);
  const handleRef = useCanvasHandle();
  useEffect(() => {
    if (canvas) handleRef.current = canvas;
  }, [canvas, handleRef]);
  return (
    <>
      <input type="text" aria-label="Search" />
      <input type="text" aria-label="Note" />
      <button type="button">Elsewhere</button>
    </>
  );
}

function renderShortcuts(canvas?: CanvasHandle) {
  const { store, graph } = storeWithArticle();
  const openHelp = vi.fn();
  const view = render(
    <StoreProvider store={store}>
      <CanvasHandleProvider>
        <Shortcuts openHelp={openHelp} {...(canvas && { canvas })} />
      </CanvasHandleProvider>
    </StoreProvider>,
  );
  return { store, graph, openHelp, unmount: view.unmount };
}

/** A canvas handle that records what it is asked. */
function recordingCanvas() {
  const asked: string[] = [];
  const canvas: CanvasHandle = {
    fit: () => asked.push("fit"),
    zoomBy: (factor) => asked.push(`zoom ${factor}`),
    exportImage: () => Promise.reject(new Error("not here")),
  };
  return { canvas, asked };
}

/**
 * A key press with nothing in particular focused: browsers send it to the body, whence it
 * bubbles to the document. Returns false when a handler prevented its default.
 */
const press = (key: string, init: Omit<KeyboardEventInit, "key"> = {}) =>
  fireEvent.keyDown(document.body, { key, ...init });

describe("useShortcuts", () => {
  it("'f', '+' (or '=') and '-' fit and zoom the canvas", () => {
    const { canvas, asked } = recordingCanvas();
    renderShortcuts(canvas);
    for (const key of ["f", "+", "=", "-"]) expect(press(key)).toBe(false);
    expect(asked).toEqual([
      "fit",
      `zoom ${ZOOM_STEP}`,
      `zoom ${ZOOM_STEP}`,
      `zoom ${1 / ZOOM_STEP}`,
    ]);
  });

  it("'f', '+' and '-' leave the key alone while no graph is drawn", () => {
    renderShortcuts();
    for (const key of ["f", "+", "-"]) expect(press(key)).toBe(true);
  });

  it("'g' and 'l' show the graph and the list", () => {
    const { store } = renderShortcuts();
    expect(press("l")).toBe(false);
    expect(store.getState().view).toBe("list");
    expect(press("g")).toBe(false);
    expect(store.getState().view).toBe("graph");
  });

  it("'d', 'a' and 'p' switch the sidebar to Details, Article and Path", () => {
    const { store } = renderShortcuts();
    const seen: string[] = [];
    for (const key of ["a", "p", "d"]) {
      press(key);
      seen.push(store.getState().sidebar);
    }
    expect(seen).toEqual(["article", "path", "details"]);
  });

  it("'1'–'3' focus the selected node that many hops", () => {
    const { store } = renderShortcuts();
    act(() => store.getState().select({ kind: "node", id: "nato", origin: "canvas" }));
    const seen: unknown[] = [];
    for (const key of ["2", "3", "1"]) {
      expect(press(key)).toBe(false);
      seen.push(store.getState().focus);
    }
    expect(seen).toEqual([
      { nodeId: "nato", hops: 2 },
      { nodeId: "nato", hops: 3 },
      { nodeId: "nato", hops: 1 },
    ]);
  });

  it("'1'–'3' do nothing, and leave the key alone, without a node selected", () => {
    const { store, graph } = renderShortcuts();
    for (const key of ["1", "2", "3"]) expect(press(key)).toBe(true);
    expect(store.getState().focus).toBeNull();

    // A relation is not a node to focus on.
    const edge = graph.doc.edges[0]!;
    act(() => store.getState().select({ kind: "edge", id: edge.id, origin: "canvas" }));
    for (const key of ["1", "2", "3"]) expect(press(key)).toBe(true);
    expect(store.getState().focus).toBeNull();
  });

  it("'0' clears the focus", () => {
    const { store } = renderShortcuts();
    act(() => store.getState().focusOn("iran", 2));
    expect(press("0")).toBe(false);
    expect(store.getState().focus).toBeNull();
  });

  it("Escape clears the selection", () => {
    const { store } = renderShortcuts();
    act(() => store.getState().select({ kind: "node", id: "iran", origin: "canvas" }));
    expect(press("Escape")).toBe(false);
    expect(store.getState().selection).toBeNull();
  });

  it("'?' opens the help", () => {
    const { openHelp } = renderShortcuts();
    expect(press("?", { shiftKey: true })).toBe(false);
    expect(openHelp).toHaveBeenCalledTimes(1);
  });

  it("'/' moves the focus to the search box", () => {
    renderShortcuts();
    screen.getByRole("button", { name: "Elsewhere" }).focus();
    fireEvent.keyDown(document.activeElement!, { key: "/" });
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Search" }));
  });

  it("leaves other keys alone", () => {
    const { store, openHelp } = renderShortcuts();
    const before = store.getState();
    for (const key of ["x", "4", "Enter", "ArrowDown"]) expect(press(key)).toBe(true);
    expect(store.getState()).toBe(before);
    expect(openHelp).not.toHaveBeenCalled();
  });

  it("typing in a field triggers none of them", () => {
    const { store, openHelp } = renderShortcuts();
    act(() => store.getState().select({ kind: "node", id: "iran", origin: "canvas" }));
    act(() => store.getState().focusOn("iran", 1));
    const before = store.getState();
    const field = screen.getByRole("textbox", { name: "Note" });
    field.focus();
    for (const key of ["g", "l", "d", "a", "p", "1", "2", "3", "0", "Escape", "?", "/"]) {
      expect(fireEvent.keyDown(field, { key }), key).toBe(true);
    }
    expect(store.getState()).toBe(before);
    expect(openHelp).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(field);
  });

  it("chords with Ctrl, Meta or Alt are the browser's, not shortcuts", () => {
    const { store } = renderShortcuts();
    expect(press("l", { ctrlKey: true })).toBe(true);
    expect(press("l", { metaKey: true })).toBe(true);
    expect(press("p", { altKey: true })).toBe(true);
    expect(store.getState().view).toBe("graph");
    expect(store.getState().sidebar).toBe("details");
  });

  it("stops listening once unmounted", () => {
    const { store, unmount } = renderShortcuts();
    unmount();
    expect(press("l")).toBe(true);
    expect(store.getState().view).toBe("graph");
  });
});
