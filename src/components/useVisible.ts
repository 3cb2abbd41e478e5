import { useMemo } from "react";
import { visibleElements, isFiltering, type Visible } from "../domain/filters.ts";
import { selectFilters, selectGraph } from "../store/selectors.ts";
import { useAppState } from "./StoreContext.tsx";

/** What the filters leave on screen, or null when nothing is filtered (everything shows). */
export function useVisible(): Visible | null {
  const graph = useAppState(selectGraph);
  const filters = useAppState(selectFilters);
  return useMemo(
    () => (graph && isFiltering(filters) ? visibleElements(graph, filters) : null),
    [graph, filters],
  );
}
