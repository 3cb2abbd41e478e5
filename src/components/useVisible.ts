import { visibleElements, isFiltering, type Filters, type Visible } from "../domain/filters.ts";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { selectFilters, selectGraph } from "../store/selectors.ts";
import { useAppState } from "./StoreContext.tsx";

/**
 * One answer per filters object: the canvas, the list and the path finder all ask, and on a
 * large graph the walk over every element should happen once per change, not once per asker.
 * The store replaces the filters object on every change, so it is a safe key.
 */
const cache = new WeakMap<Filters, { graph: GraphIndex; visible: Visible }>();

/** What the filters leave on screen, or null when nothing is filtered (everything shows). */
export function visibleOf(graph: GraphIndex | null, filters: Filters): Visible | null {
  if (!graph || !isFiltering(filters)) return null;
  const hit = cache.get(filters);
  if (hit?.graph === graph) return hit.visible;
  const visible = visibleElements(graph, filters);
  cache.set(filters, { graph, visible });
  return visible;
}

/** `visibleOf` for a component: re-renders when the graph or the filters change. */
export function useVisible(): Visible | null {
  return visibleOf(useAppState(selectGraph), useAppState(selectFilters));
}
