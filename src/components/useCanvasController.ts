import { useEffect } from "react";
import type { Core } from "cytoscape";
import { onElementTap, showSelection } from "../cytoscape/viewport.ts";
import { showFocus, showOnly, showPath } from "../cytoscape/visibility.ts";
import { selectFocus, selectPath, selectSelection } from "../store/selectors.ts";
import { useAppState, useAppStoreApi } from "./StoreContext.tsx";
import { useVisible } from "./useVisible.ts";

/**
 * The one bridge between the canvas and the store: taps become store actions, and the store's
 * filters, focus and selection are mirrored on the canvas (a selection made elsewhere, in
 * search or a panel, is brought into view). Handlers are bound once per Cytoscape instance
 * and unbound when it goes.
 */
export function useCanvasController(cy: Core | null): void {
  const store = useAppStoreApi();
  const selection = useAppState(selectSelection);
  const focus = useAppState(selectFocus);
  const pathResult = useAppState(selectPath).result;
  const visible = useVisible();

  useEffect(() => {
    if (!cy) return;
    return onElementTap(cy, (element) =>
      store.getState().select(element && { ...element, origin: "canvas" }),
    );
  }, [cy, store]);

  useEffect(() => {
    if (cy) showOnly(cy, visible);
  }, [cy, visible]);

  // After the filters, so the neighbourhood walks only what is shown.
  useEffect(() => {
    if (cy) showFocus(cy, focus);
  }, [cy, focus, visible]);

  useEffect(() => {
    if (cy) showPath(cy, pathResult?.found ? [...pathResult.nodes, ...pathResult.edges] : null);
  }, [cy, pathResult]);

  useEffect(() => {
    if (cy) showSelection(cy, selection?.id ?? null, selection?.origin !== "canvas");
  }, [cy, selection]);
}
