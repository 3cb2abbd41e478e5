import { useEffect } from "react";
import { shortestPath } from "../domain/queries/shortestPath.ts";
import { selectGraph, selectPath } from "../store/selectors.ts";
import { useAppState, useAppStoreApi } from "./StoreContext.tsx";
import { useVisible } from "./useVisible.ts";

/**
 * Finds the path whenever its ends or the filters change, and records it in the store. The
 * search is a breadth-first walk over the graph index, linear in the graph, so it runs at once
 * here: no Cytoscape of its own to build, and no code to load first.
 *
 * @example
 * function App() {
 *   usePathFinder(); // once, near the root: the Path tab and the canvas read the result
 * }
 */
export function usePathFinder(): void {
  const store = useAppStoreApi();
  const graph = useAppState(selectGraph);
  const { from, to } = useAppState(selectPath);
  const visible = useVisible();

  useEffect(() => {
    if (!graph || from === null || to === null) return;
    store.getState().pathFound({ from, to }, shortestPath(graph, from, to, visible));
  }, [store, graph, from, to, visible]);
}
