import { useEffect, useRef } from "react";
import type { GraphModel } from "../domain/schema.ts";
import type { Core } from "cytoscape";
import { runLayout } from "../cytoscape/layouts.ts";
import { fitAll, onElementTap, showSelection } from "../cytoscape/viewport.ts";
import { showFocus, showOnly, showPath } from "../cytoscape/visibility.ts";
import {
  selectFocus,
  selectGraph,
  selectLayout,
  selectPath,
  selectSelection,
} from "../store/selectors.ts";
import { useAppState, useAppStoreApi } from "./StoreContext.tsx";
import { useVisible } from "./useVisible.ts";

/**
 * The one bridge between the canvas and the store: taps become store actions, and the store's
 * layout, filters, focus, path and selection are mirrored on the canvas (a selection made
 * elsewhere, in search or a panel, is brought into view). Handlers are bound once per Cytoscape instance
 * and unbound when it goes.
 */
export function useCanvasController(cy: Core | null): void {
  const store = useAppStoreApi();
  const selection = useAppState(selectSelection);
  const focus = useAppState(selectFocus);
  const pathResult = useAppState(selectPath).result;
  const visible = useVisible();
  const doc = useAppState(selectGraph)?.doc;
  const layout = useAppState(selectLayout);
  // The elements arrive with the build-time positions: "preset" needs no run at first.
  const laidOut = useRef<{ cy: Core | null; layout: string }>({ cy: null, layout: "preset" });

  useEffect(() => {
    if (!cy) return;
    return onElementTap(cy, (element) =>
      store.getState().select(element && { ...element, origin: "canvas" }),
    );
  }, [cy, store]);

  // A graph opened in place of another arrives with its own positions: frame all of it (the
  // old graph's pan and zoom mean nothing for it) and count its layout as its own "preset".
  const framed = useRef<{ cy: Core | null; doc: GraphModel | null }>({ cy: null, doc: null });
  useEffect(() => {
    if (!cy || !doc) return;
    const replaced = framed.current.cy === cy && framed.current.doc !== doc;
    framed.current = { cy, doc };
    if (!replaced) return;
    laidOut.current = { cy, layout: "preset" };
    fitAll(cy);
  }, [cy, doc]);

  useEffect(() => {
    if (!cy || !doc) return;
    if (laidOut.current.cy !== cy) laidOut.current = { cy, layout: "preset" };
    if (laidOut.current.layout === layout) return;
    laidOut.current = { cy, layout };
    const controller = new AbortController();
    runLayout(cy, layout, doc, controller.signal).then(
      () => {
        if (controller.signal.aborted) return;
        // The nodes moved: frame again whatever the reader is looking at, or the whole graph.
        const { focus, path, selection } = store.getState();
        if (focus) showFocus(cy, focus);
        else if (path.result?.found) showPath(cy, [...path.result.nodes, ...path.result.edges]);
        else if (selection) showSelection(cy, selection.id, true);
        else fitAll(cy);
      },
      // Cancelled by a newer layout, or failed: this layout simply did not happen.
      () => {
        if (laidOut.current.layout === layout) laidOut.current = { cy, layout: "none" };
      },
    );
    return () => controller.abort();
  }, [cy, doc, layout, store]);

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
