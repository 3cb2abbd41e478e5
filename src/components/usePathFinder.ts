import { useEffect } from "react";
import { selectGraph, selectPath } from "../store/selectors.ts";
import { useAppState, useAppStoreApi } from "./StoreContext.tsx";
import { useVisible } from "./useVisible.ts";

/**
 * Finds the path whenever its ends or the filters change, and records it in the store. The
 * finder (Cytoscape's A*) is loaded on first use, keeping it out of the first view's script.
 */
export function usePathFinder(): void {
  const store = useAppStoreApi();
  const graph = useAppState(selectGraph);
  const { from, to } = useAppState(selectPath);
  const visible = useVisible();

  useEffect(() => {
    if (!graph || from === null || to === null) return;
    let cancelled = false;
    void import("../cytoscape/paths.ts").then(({ shortestPath }) => {
      if (cancelled) return;
      store.getState().pathFound({ from, to }, shortestPath(graph.doc, from, to, visible));
    });
    return () => {
      cancelled = true;
    };
  }, [store, graph, from, to, visible]);
}
