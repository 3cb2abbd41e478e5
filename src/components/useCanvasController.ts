import { useEffect, useRef } from "react";
import type { GraphModel } from "../domain/schema.ts";
import type { Core } from "cytoscape";
import type { HighlightLayer } from "../cytoscape/highlightLayer.ts";
import { runLayout } from "../cytoscape/layouts.ts";
import { detailFor } from "../cytoscape/stylesheet.ts";
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
import { useCanvasMirror } from "./useCanvasMirror.ts";
import { useVisible } from "./useVisible.ts";

/**
 * The one bridge between the canvas and the store: taps become store actions, and the store's
 * layout, filters, focus, path and selection are mirrored on the canvas (a selection made
 * elsewhere, in search or a panel, is brought into view). Handlers are bound once per Cytoscape instance
 * and unbound when it goes.
 *
 * On a large graph Cytoscape may hold the page for seconds to restyle and redraw after a
 * filter, a focus or a selection. The reader must first see that the click was taken (the box
 * ticked, the details shown), so there the canvas follows the store only after the browser
 * has painted that answer, and `updating` is true until the canvas has drawn the change.
 */
export function useCanvasController(
  cy: Core | null,
  highlight: HighlightLayer | null,
): { updating: boolean } {
  const store = useAppStoreApi();
  const selection = useAppState(selectSelection);
  const focus = useAppState(selectFocus);
  const pathResult = useAppState(selectPath).result;
  const visible = useVisible();
  const doc = useAppState(selectGraph)?.doc;
  const layout = useAppState(selectLayout);
  const large = doc ? detailFor(doc.nodes.length + doc.edges.length) === "light" : false;
  const { run: mirror, updating } = useCanvasMirror(cy, large);
  // For the layout's callback, which outlives the render it was started in.
  const highlightNow = useRef(highlight);
  useEffect(() => {
    highlightNow.current = highlight;
  }, [highlight]);
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
        if (focus) showFocus(cy, focus, highlightNow.current);
        else if (path.result?.found) {
          showPath(cy, [...path.result.nodes, ...path.result.edges], highlightNow.current);
        } else if (selection) showSelection(cy, selection.id, true);
        else fitAll(cy);
      },
      // Cancelled by a newer layout, or failed: this layout simply did not happen.
      () => {
        if (laidOut.current.layout === layout) laidOut.current = { cy, layout: "none" };
      },
    );
    return () => controller.abort();
  }, [cy, doc, layout, store]);

  useEffect(() => mirror((c) => showOnly(c, visible)), [mirror, visible]);

  // A large graph shows a focus or a path only in its highlight layer, there from the render
  // after the canvas mounts; fading the graph itself meanwhile would restyle all of it twice.
  const canHighlight = !large || highlight !== null;

  // After the filters, so the neighbourhood walks only what is shown.
  // A highlight that ends goes at once (it costs nothing): it must not stay over a graph
  // that is changing under it, such as a newly opened one.
  useEffect(() => {
    if (!canHighlight) return;
    if (!focus) highlight?.set("focus", null);
    return mirror((c) => showFocus(c, focus, highlight));
  }, [mirror, focus, visible, highlight, canHighlight]);

  useEffect(() => {
    if (!canHighlight) return;
    const ids = pathResult?.found ? [...pathResult.nodes, ...pathResult.edges] : null;
    if (!ids) highlight?.set("path", null);
    return mirror((c) => showPath(c, ids, highlight));
  }, [mirror, pathResult, highlight, canHighlight]);

  useEffect(
    () => mirror((c) => showSelection(c, selection?.id ?? null, selection?.origin !== "canvas")),
    [mirror, selection],
  );

  return { updating };
}
