import { useEffect, useState } from "react";
import {
  createCanvasView,
  type CanvasInstance,
  type CanvasState,
} from "../cytoscape/canvasView.ts";
import type { Detail } from "../cytoscape/detail.ts";
import type { Theme } from "../encoding/theme.ts";
import type { AppState } from "../store/transitions.ts";
import { useCanvasHandle } from "./CanvasHandle.tsx";
import { useAppStoreApi } from "./StoreContext.tsx";
import { subscribeTheme, themeNow } from "./useTheme.ts";
import { visibleOf } from "./useVisible.ts";

/** A Cytoscape instance and the detail it was made for. */
export interface Canvas {
  readonly cy: CanvasInstance;
  readonly detail: Detail;
}

/** What the canvas shows, read from the store and the theme. */
export function canvasStateOf(s: AppState, theme: Theme): CanvasState {
  const graph = s.load.status === "ready" ? s.load.graph : null;
  return {
    graph,
    theme,
    layout: s.layout,
    visible: visibleOf(graph, s.filters),
    focus: s.focus,
    path: s.path.result,
    selection: s.selection,
  };
}

/**
 * The one bridge between the canvas and the rest of the app: makes the canvas view for an
 * instance, hands it the whole state on every change of the store or the theme (the view
 * applies only what changed), turns taps into store actions, and offers the view to the rest
 * of the UI as the canvas handle. Returns true while a large graph's canvas is updating.
 */
export function useCanvasView(
  canvas: Canvas | null,
  layerBox: HTMLElement | null,
  covering: HTMLElement | null = null,
): boolean {
  const store = useAppStoreApi();
  const handleRef = useCanvasHandle();
  const [updating, setUpdating] = useState(false);
  useEffect(() => {
    // A remount by detail destroys the old instance before the new one arrives.
    if (!canvas || canvas.cy.destroyed()) return;
    const view = createCanvasView(canvas.cy, {
      detail: canvas.detail,
      layerBox,
      covering,
      onTap: (element) => store.getState().select(element && { ...element, origin: "canvas" }),
      onUpdating: setUpdating,
    });
    const push = () => view.apply(canvasStateOf(store.getState(), themeNow()));
    push();
    const unsubscribe = [store.subscribe(push), subscribeTheme(push)];
    handleRef.current = view;
    return () => {
      unsubscribe.forEach((off) => off());
      if (handleRef.current === view) handleRef.current = null;
      view.destroy();
    };
  }, [canvas, layerBox, covering, store, handleRef]);
  return updating;
}
