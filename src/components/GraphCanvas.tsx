import { useCallback, useMemo, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { Core } from "cytoscape";
import { RENDERER_OPTIONS, detailOf } from "../cytoscape/detail.ts";
import { selectClearFocus, selectFocus, selectGraph } from "../store/selectors.ts";
import { useAppState } from "./StoreContext.tsx";
import { useCanvasHandle, ZOOM_STEP } from "./CanvasHandle.tsx";
import { describeCanvas } from "./describe.ts";
import { useCanvasView, type Canvas } from "./useCanvasView.ts";
import { useVisible } from "./useVisible.ts";

const CANVAS_STYLE = { width: "100%", height: "100%" } as const;

/**
 * The graph drawn by Cytoscape, with its view controls. react-cytoscapejs makes the instance;
 * everything on it (elements, style, filters, focus, path, selection, layouts) is the canvas
 * view's, fed by `useCanvasView`, so this component passes Cytoscape nothing that changes.
 */
export default function GraphCanvas() {
  const graph = useAppState(selectGraph);
  const detail = graph ? detailOf(graph.doc) : "full";
  const [canvas, setCanvas] = useState<Canvas | null>(null);
  // react-cytoscapejs calls this after every update; keep the instance only when it changes
  // (StrictMode and remounts create a new one).
  const onCy = useCallback(
    (cy: Core) => setCanvas((prev) => (prev?.cy === cy ? prev : { cy, detail })),
    [detail],
  );
  const [layerBox, setLayerBox] = useState<HTMLDivElement | null>(null);
  // The view controls lie over the canvas: labels are placed clear of them.
  const [controls, setControls] = useState<HTMLDivElement | null>(null);
  const updating = useCanvasView(canvas, layerBox, controls);
  const handle = useCanvasHandle();
  const renderer = RENDERER_OPTIONS[detail];
  const visible = useVisible();
  const summary = useMemo(() => (graph ? describeCanvas(graph, visible) : ""), [graph, visible]);

  return (
    <div className="graph-stage">
      <div className="graph-canvas" role="img" aria-label={summary}>
        <CytoscapeComponent
          // Renderer options are read only when Cytoscape starts: a graph of the other detail
          // gets a fresh instance.
          key={detail}
          elements={NO_ELEMENTS}
          textureOnViewport={renderer.textureOnViewport}
          minZoom={renderer.minZoom}
          maxZoom={renderer.maxZoom}
          cy={onCy}
          style={CANVAS_STYLE}
          boxSelectionEnabled={false}
        />
        <div className="canvas-highlight" ref={setLayerBox} hidden aria-hidden="true" />
      </div>
      <FocusBar />
      {/* Always there, so a screen reader hears the text when it arrives. */}
      <p className={updating ? "canvas-updating" : "visually-hidden"} role="status">
        {updating ? "Updating the graph…" : ""}
      </p>
      <div className="view-controls" role="group" aria-label="View" ref={setControls}>
        <button
          type="button"
          aria-label="Zoom in"
          title="Zoom in"
          onClick={() => handle.current?.zoomBy(ZOOM_STEP)}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          aria-label="Zoom out"
          title="Zoom out"
          onClick={() => handle.current?.zoomBy(1 / ZOOM_STEP)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          aria-label="Fit"
          title="Fit the whole graph in view"
          onClick={() => handle.current?.fit()}
        >
          <span aria-hidden="true">Fit</span>
        </button>
      </div>
    </div>
  );
}

/** The elements are the canvas view's to add: react-cytoscapejs is given the same empty list. */
const NO_ELEMENTS: never[] = [];

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
