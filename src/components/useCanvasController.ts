import { useEffect } from "react";
import type { Core } from "cytoscape";
import { onElementTap, showSelection } from "../cytoscape/viewport.ts";
import { selectSelection } from "../store/selectors.ts";
import { useAppState, useAppStoreApi } from "./StoreContext.tsx";

/**
 * The one bridge between the canvas and the store: taps become store actions, and the store's
 * selection is mirrored on the canvas, brought into view when it was chosen elsewhere (search,
 * the details panel). Handlers are bound once per Cytoscape instance and unbound when it goes.
 */
export function useCanvasController(cy: Core | null): void {
  const store = useAppStoreApi();
  const selection = useAppState(selectSelection);

  useEffect(() => {
    if (!cy) return;
    return onElementTap(cy, (element) =>
      store.getState().select(element && { ...element, origin: "canvas" }),
    );
  }, [cy, store]);

  useEffect(() => {
    if (cy) showSelection(cy, selection?.id ?? null, selection?.origin !== "canvas");
  }, [cy, selection]);
}
