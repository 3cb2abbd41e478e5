import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CanvasHandleProvider,
  useCanvasHandle,
  type CanvasHandle,
} from "../../src/components/CanvasHandle.tsx";
import ExportDialog from "../../src/components/ExportDialog.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import type { ImageExportOptions } from "../../src/cytoscape/imageExport/index.ts";
import { indexGraph, type GraphIndex } from "../../src/domain/graphIndex.ts";
import type { Visible } from "../../src/domain/filters.ts";
import type { GraphModel } from "../../src/domain/schema.ts";
import { storeWithArticle } from "./articleGraph.ts";
import { standInForDialogMethods } from "./dialogStandIn.ts";

standInForDialogMethods();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Stands in for the drawn graph: offers the handle the dialog exports through. */
function FakeCanvas({ handle }: { handle: CanvasHandle }) {
  const ref = useCanvasHandle();
  useEffect(() => {
    ref.current = handle;
  }, [ref, handle]);
  return null;
}

const saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  saved.length = 0;
  vi.stubGlobal(
    "URL",
    Object.assign(URL, { createObjectURL: () => "blob:x", revokeObjectURL() {} }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ name: this.download, blob: new Blob() });
  });
});

function renderDialog(graph: GraphIndex, handle: CanvasHandle, visible: Visible | null = null) {
  const { store } = storeWithArticle();
  return render(
    <StoreProvider store={store}>
      <CanvasHandleProvider>
        <FakeCanvas handle={handle} />
        <ExportDialog graph={graph} visible={visible} onClose={() => {}} />
      </CanvasHandleProvider>
    </StoreProvider>,
  );
}

function fakeHandle(result: Partial<{ notes: string[]; fail: string }> = {}) {
  const calls: ImageExportOptions[] = [];
  const handle: CanvasHandle = {
    fit: () => {},
    zoomBy: () => {},
    exportImage: (options) => {
      calls.push(options);
      if (result.fail) return Promise.reject(new Error(result.fail));
      return Promise.resolve({
        blob: new Blob(["x".repeat(2048)], { type: "image/png" }),
        width: 2400,
        height: 1600,
        scale: options.scale,
        notes: result.notes ?? [],
      });
    },
  };
  return { handle, calls };
}

describe("ExportDialog", () => {
  const { graph } = storeWithArticle();

  it("exports the whole graph at 2× with title, legend and source line by default", async () => {
    const { handle, calls } = fakeHandle({ notes: ["Exported at 1.5× instead of 2×."] });
    renderDialog(graph, handle);
    await userEvent.click(screen.getByRole("button", { name: "Export image" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("Saved"));
    expect(calls[0]).toMatchObject({
      format: "png",
      extent: "full",
      scale: 2,
      background: "theme",
      title: graph.doc.title,
      legend: true,
      sourceLine: expect.stringMatching(/^Source: /),
    });
    const status = screen.getByRole("status").textContent ?? "";
    expect(status).toMatch(/Saved venezuela-russia-arms-talks-\d{4}-\d{2}-\d{2}-\d{4}\.png/);
    expect(status).toContain("2400 × 1600 px, 2.0 KB");
    expect(status).toContain("Exported at 1.5× instead of 2×.");
    expect(saved.map((s) => s.name)).toEqual([expect.stringMatching(/\.png$/)]);
  });

  it("passes every choice on; JPG cannot be transparent", async () => {
    const { handle, calls } = fakeHandle();
    renderDialog(graph, handle);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText("Transparent"));
    await user.click(screen.getByLabelText("JPG"));
    expect((screen.getByLabelText("Transparent") as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText("White") as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByLabelText("4×"));
    await user.click(screen.getByLabelText("What is on screen"));
    await user.clear(screen.getByRole("textbox", { name: "Title text" }));
    await user.type(screen.getByRole("textbox", { name: "Title text" }), "  My view  ");
    await user.click(screen.getByLabelText("Legend"));
    await user.click(screen.getByLabelText("Source line"));
    await user.click(screen.getByRole("button", { name: "Export image" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({
      format: "jpg",
      extent: "view",
      scale: 4,
      background: "white",
      title: "My view",
      legend: false,
      sourceLine: null,
    });
    await waitFor(() => expect(saved[0]?.name).toMatch(/-view\.jpg$/));
  });

  it("says plainly when the image could not be made", async () => {
    const { handle } = fakeHandle({ fail: "The browser could not draw an image this large." });
    renderDialog(graph, handle);
    await userEvent.click(screen.getByRole("button", { name: "Export image" }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "The browser could not draw an image this large.",
      ),
    );
    expect(saved).toEqual([]);
  });

  it("offers only what the filters show when something is filtered", async () => {
    const { handle } = fakeHandle();
    const visible: Visible = { nodes: new Set(["nato"]), edges: new Set() };
    renderDialog(graph, handle, visible);
    const shown = screen.getByLabelText(/What the filters show \(1 entities, 0 relations\)/);
    expect((shown as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "GEXF" }));
    await waitFor(() => expect(saved[0]?.name).toMatch(/-filtered\.gexf$/));
  });

  it("writes the three CSV tables as three files", async () => {
    renderDialog(graph, fakeHandle().handle);
    await userEvent.click(screen.getByRole("button", { name: "CSV tables" }));
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(saved.map((s) => /-(\w+)\.csv$/.exec(s.name)?.[1])).toEqual([
      "nodes",
      "edges",
      "quotes",
    ]);
  });

  it("writes the CSV tables as one zip, in one download", async () => {
    renderDialog(graph, fakeHandle().handle);
    await userEvent.click(screen.getByRole("button", { name: "CSV tables (zip)" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/-csv\.zip$/);
  });

  it("offers no graph document, quotes table or source line for a graph without quotes", () => {
    const unquoted: GraphModel = {
      schemaVersion: 1,
      id: "trade",
      title: "Trade",
      sources: [],
      nodes: [{ id: "a", type: "other", label: "A", evidence: [], position: { x: 0, y: 0 } }],
      edges: [],
    };
    renderDialog(indexGraph(unquoted), fakeHandle().handle);
    const data = screen.getByRole("group", { name: "Data" });
    expect(within(data).queryByRole("button", { name: "Graph document (JSON)" })).toBeNull();
    expect(within(data).getByRole("button", { name: "Cytoscape.js JSON" })).toBeDefined();
    expect(data.textContent).toContain("This graph has no quotes");
    expect((screen.getByLabelText("Source line") as HTMLInputElement).disabled).toBe(true);
  });
});
