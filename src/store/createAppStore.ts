import { createStore, type StoreApi } from "zustand/vanilla";
import type { GraphIndex, PathResult } from "../domain/graphIndex.ts";
import type { Problem } from "../domain/problems.ts";
import type { ManifestEntry } from "../domain/schema.ts";
import {
  INITIAL_STATE,
  graphLoaded,
  loadFailed,
  openingStarted,
  openingStep,
  openingCancelled,
  openRefused,
  dismissRefusal,
  graphKept,
  localGraphRenamed,
  localGraphForgotten,
  notKept,
  type GraphOrigin,
  type Refusal,
  clearFilters,
  clearFocus,
  clearPath,
  pathFound,
  setPathEnd,
  showView,
  chooseLayout,
  type MainView,
  focusOn,
  select,
  showInArticle,
  toggleFilter,
  type Focus,
  showSidebar,
  type AppState,
  type Selection,
  type SidebarTab,
} from "./transitions.ts";
import type { FilterGroup } from "../domain/filters.ts";
import type { QuoteRef } from "../domain/readerSegments.ts";
import type { LayoutName } from "../domain/vocabulary.ts";
import { applyUrlView, type UrlView } from "./urlState.ts";

export interface AppActions {
  graphLoaded(
    graph: GraphIndex,
    manifest: readonly ManifestEntry[],
    origin?: GraphOrigin,
    notes?: readonly string[],
  ): void;
  loadFailed(title: string, problems: readonly Problem[]): void;
  /**
   * A file or address starts opening; the open under way, if any, stops. The signal is this
   * open's: it is aborted when a newer one starts or the reader cancels.
   */
  openingStarted(name: string): AbortSignal;
  openingStep(name: string, step: "laying-out" | "drawing", nodeCount: number): void;
  /** Cancel: stops the open under way (a layout in its worker stops at once); the graph stays. */
  openingCancelled(): void;
  openRefused(refusal: Refusal): void;
  dismissRefusal(): void;
  /** The graph on screen was kept in this browser under `id` (see `graphKept`). */
  graphKept(graph: GraphIndex, id: string, title: string): void;
  localGraphRenamed(id: string, title: string): void;
  localGraphForgotten(id: string): void;
  notKept(refusal: Refusal): void;
  select(selection: Selection): void;
  showInArticle(ref: QuoteRef): void;
  showSidebar(tab: SidebarTab): void;
  toggleFilter(group: FilterGroup, value: string): void;
  clearFilters(): void;
  focusOn(nodeId: string, hops: Focus["hops"]): void;
  clearFocus(): void;
  setPathEnd(end: "from" | "to", nodeId: string | null): void;
  pathFound(query: { from: string; to: string }, result: PathResult): void;
  clearPath(): void;
  showView(view: MainView): void;
  chooseLayout(layout: LayoutName): void;
  applyUrlView(view: UrlView): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

/**
 * A fresh store: the app makes one, each test makes its own. Actions only delegate to the
 * pure transitions, except that the store also owns the open under way: its abort controller
 * is not state (nothing renders it, and it cannot be copied), but it belongs to this store
 * alone, so two stores never stop each other's opens.
 *
 * @example
 * const store = createAppStore();
 * store.getState().select({ kind: "node", id: "iran", origin: "panel" });
 */
export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  /** The open under way, which a newer open or the reader's Cancel stops. */
  let inFlight: AbortController | null = null;
  return createStore<AppState & AppActions>()((set) => ({
    ...INITIAL_STATE,
    ...initial,
    graphLoaded: (graph, manifest, origin, notes) =>
      set((s) => graphLoaded(s, graph, manifest, origin, notes)),
    loadFailed: (title, problems) => set((s) => loadFailed(s, title, problems)),
    openingStarted: (name) => {
      inFlight?.abort();
      const open = new AbortController();
      inFlight = open;
      set((s) => openingStarted(s, name));
      return open.signal;
    },
    openingStep: (name, step, nodeCount) => set((s) => openingStep(s, name, step, nodeCount)),
    openingCancelled: () => {
      inFlight?.abort();
      inFlight = null;
      set((s) => openingCancelled(s));
    },
    openRefused: (refusal) => set((s) => openRefused(s, refusal)),
    dismissRefusal: () => set((s) => dismissRefusal(s)),
    graphKept: (graph, id, title) => set((s) => graphKept(s, graph, id, title)),
    localGraphRenamed: (id, title) => set((s) => localGraphRenamed(s, id, title)),
    localGraphForgotten: (id) => set((s) => localGraphForgotten(s, id)),
    notKept: (refusal) => set((s) => notKept(s, refusal)),
    select: (selection) => set((s) => select(s, selection)),
    showInArticle: (ref) => set((s) => showInArticle(s, ref)),
    showSidebar: (tab) => set((s) => showSidebar(s, tab)),
    toggleFilter: (group, value) => set((s) => toggleFilter(s, group, value)),
    clearFilters: () => set((s) => clearFilters(s)),
    focusOn: (nodeId, hops) => set((s) => focusOn(s, nodeId, hops)),
    clearFocus: () => set((s) => clearFocus(s)),
    setPathEnd: (end, nodeId) => set((s) => setPathEnd(s, end, nodeId)),
    pathFound: (query, result) => set((s) => pathFound(s, query, result)),
    clearPath: () => set((s) => clearPath(s)),
    showView: (view) => set((s) => showView(s, view)),
    chooseLayout: (layout) => set((s) => chooseLayout(s, layout)),
    applyUrlView: (view) => set((s) => applyUrlView(s, view)),
  }));
}
