import { createContext, useContext, useRef, type ReactNode } from "react";
import type { CanvasView } from "../cytoscape/canvasView.ts";

/**
 * What the drawn graph offers the rest of the UI without handing out the Cytoscape instance:
 * components other than the canvas never touch Cytoscape. The canvas view fills it in when it
 * has an instance and empties it when it goes.
 */
export type CanvasHandle = Pick<CanvasView, "fit" | "zoomBy" | "exportImage">;

/** How much one press of Zoom in (or `+`) zooms; Zoom out divides by it. */
export const ZOOM_STEP = 1.4;

type HandleRef = { current: CanvasHandle | null };

const CanvasHandleContext = createContext<HandleRef | null>(null);

export function CanvasHandleProvider({ children }: { children: ReactNode }) {
  const ref = useRef<CanvasHandle | null>(null);
  return <CanvasHandleContext.Provider value={ref}>{children}</CanvasHandleContext.Provider>;
}

/** The holder of the canvas's handle; `.current` is null while no graph is drawn. */
export function useCanvasHandle(): HandleRef {
  const ref = useContext(CanvasHandleContext);
  if (!ref) throw new Error("useCanvasHandle must be used inside <CanvasHandleProvider>");
  return ref;
}
