import { useCallback, useEffect, useMemo, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { Core } from "cytoscape";
import { hideTinyArrowheads } from "../cytoscape/arrowheadDetail.ts";
import { createHighlightLayer } from "../cytoscape/highlightLayer.ts";
import { toElements } from "../cytoscape/elements.ts";
import { PRESET_LAYOUT, detailFor, stylesheetFor } from "../cytoscape/stylesheet.ts";
import { fitAll, zoomBy } from "../cytoscape/viewport.ts";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { selectClearFocus, selectFocus, selectGraph } from "../store/selectors.ts";
import { useAppState } from "./StoreContext.tsx";
import { useCanvasController } from "./useCanvasController.ts";
import { useTheme } from "./useTheme.ts";
import { isTyping } from "./shortcuts.ts";
import { useCanvasHandle } from "./CanvasHandle.tsx";

const CANVAS_STYLE = { width: "100%", height: "100%" } as const;
const ZOOM_STEP = 1.4;

/**
 * The graph drawn by Cytoscape, with its view controls. Stylesheet and layout are module
 * constants and the elements are memoised per document, so react-cytoscapejs has nothing to
 * re-apply on re-render; event wiring lives in `useCanvasController`.
 */
export default function GraphCanvas() {
  const graph = useAppState(selectGraph);
  const doc = graph?.doc;
  const elements = useMemo(() => (doc ? toElements(doc) : []), [doc]);
  const detail = detailFor(elements.length);
  const [cy, setCy] = useState<Core | null>(null);
  const { theme } = useTheme();
  // react-cytoscapejs calls this after every update; keep the instance only when it changes
  // (StrictMode and remounts create a new one).
  const onCy = useCallback(
    (instance: Core) => setCy((prev) => (prev === instance ? prev : instance)),
    [],
  );
  // A large graph shows a focus or a path in a layer above it (see highlightLayer.ts), drawn
  // with the same stylesheet, which follows the theme.
  const stylesheet = stylesheetFor(theme, detail);
  const [highlightBox, setHighlightBox] = useState<HTMLDivElement | null>(null);
  const highlight = useMemo(
    () =>
      cy && highlightBox && detail === "light" ? createHighlightLayer(cy, highlightBox) : null,
    [cy, highlightBox, detail],
  );
  useEffect(() => () => highlight?.destroy(), [highlight]);
  // Declared before the canvas controller's effects, so the layer has its style before it
  // is asked to show anything.
  useEffect(() => highlight?.setStyle(stylesheet), [highlight, stylesheet]);
  const { updating } = useCanvasController(cy, highlight);

  // A large graph draws arrowheads only once they are big enough to see.
  useEffect(() => {
    if (cy && detail === "light") return hideTinyArrowheads(cy);
  }, [cy, detail]);

  // Image export, loaded the first time someone exports.
  const handleRef = useCanvasHandle();
  useEffect(() => {
    if (!cy) return;
    handleRef.current = {
      exportImage: async (options, onProgress) => {
        const { exportImage } = await import("../cytoscape/imageExport/index.ts");
        return exportImage(cy, options, onProgress);
      },
    };
    return () => {
      handleRef.current = null;
    };
  }, [cy, handleRef]);

  // The canvas's own shortcuts: fit and zoom (see shortcuts.ts).
  useEffect(() => {
    if (!cy) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event)) return;
      const action =
        event.key === "f"
          ? () => fitAll(cy)
          : event.key === "+" || event.key === "="
            ? () => zoomBy(cy, ZOOM_STEP)
            : event.key === "-"
              ? () => zoomBy(cy, 1 / ZOOM_STEP)
              : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [cy]);

  const summary = useMemo(() => (graph ? describeGraph(graph) : ""), [graph]);

  return (
    <div className="graph-stage">
      <div className="graph-canvas" role="img" aria-label={summary}>
        <CytoscapeComponent
          // Renderer options are read only when Cytoscape starts: a graph of the other detail
          // gets a fresh instance.
          key={detail}
          elements={elements}
          stylesheet={stylesheet}
          // A large graph pans and zooms under the reader's hand as one bitmap.
          textureOnViewport={detail === "light"}
          layout={PRESET_LAYOUT}
          cy={onCy}
          style={CANVAS_STYLE}
          // Far enough out for tens of thousands of nodes to fit the view.
          minZoom={detail === "light" ? 0.002 : 0.05}
          maxZoom={4}
          boxSelectionEnabled={false}
        />
        <div className="canvas-highlight" ref={setHighlightBox} hidden aria-hidden="true" />
      </div>
      <FocusBar />
      {/* Always there, so a screen reader hears the text when it arrives. */}
      <p className={updating ? "canvas-updating" : "visually-hidden"} role="status">
        {updating ? "Updating the graph…" : ""}
      </p>
      <div className="view-controls" role="group" aria-label="View">
        <button
          type="button"
          aria-label="Zoom in"
          title="Zoom in"
          onClick={() => cy && zoomBy(cy, ZOOM_STEP)}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          aria-label="Zoom out"
          title="Zoom out"
          onClick={() => cy && zoomBy(cy, 1 / ZOOM_STEP)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          aria-label="Fit"
          title="Fit the whole graph in view"
          onClick={() => cy && fitAll(cy)}
        >
          <span aria-hidden="true">Fit</span>
        </button>
      </div>
    </div>
  );
}

/** Says what the canvas is focused on, with the one action that clears it. */
function FocusBar() {
  const graph = useAppState(selectGraph);
  const focus = useAppState(selectFocus);
  const clearFocus = useAppState(selectClearFocus);
  if (!graph || !focus) return null;
  const label = graph.nodeById.get(focus.nodeId)?.label ?? focus.nodeId;
  return (
    <div className="focus-bar" role="status">
      <span>
        Focused on <strong>{label}</strong>, {focus.hops} hop{focus.hops === 1 ? "" : "s"}
      </span>
      <button type="button" onClick={clearFocus}>
        Clear focus
      </button>
    </div>
  );
}

/**
 * The canvas's text alternative: its size, the most connected entities, and where to go for
 * the rest by keyboard.
 */
function describeGraph(graph: GraphIndex): string {
  const top = [...graph.edgesByNode]
    .map(([id, edges]) => ({ label: graph.nodeById.get(id)?.label ?? id, n: edges.length }))
    .sort((a, b) => b.n - a.n)
    .slice(0, 3)
    .map((t) => `${t.label} (${t.n})`)
    .join(", ");
  return (
    `Graph of ${graph.doc.nodes.length.toLocaleString("en")} entities and ` +
    `${graph.doc.edges.length.toLocaleString("en")} relations. ` +
    `Most connected: ${top}. Every entity and relation is also in the List view; ` +
    "press ? for keyboard shortcuts."
  );
}
