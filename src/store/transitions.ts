import type { GraphIndex, PathResult } from "../domain/graphIndex.ts";
import type { Problem } from "../domain/problems.ts";
import {
  NO_FILTERS,
  toggleFilter as toggleFilterValue,
  visibleElements,
  type FilterGroup,
  type Filters,
} from "../domain/filters.ts";
import type { QuoteRef } from "../domain/readerSegments.ts";
import type { LayoutName } from "../domain/vocabulary.ts";
import type { ManifestEntry } from "../domain/schema.ts";

/**
 * App state and its pure transitions, `(state, args) => state`, tested without React.
 * Load status is one discriminated union, never a set of booleans.
 */
export type LoadState =
  | { readonly status: "loading" }
  | {
      readonly status: "ready";
      readonly graph: GraphIndex;
      readonly manifest: readonly ManifestEntry[];
      readonly origin: GraphOrigin;
      /** Plain sentences about the graph worth telling the reader (e.g. "it has no quotes"). */
      readonly notes: readonly string[];
    }
  | {
      readonly status: "error";
      /** What failed, in one sentence ("The graph could not be loaded"). */
      readonly title: string;
      readonly problems: readonly Problem[];
    };

/**
 * Where the graph on screen came from: published with the app, a file, or a URL; or kept in
 * this browser (a file or URL once opened, now read back from its storage, or just written to
 * it), under its local id and the name the reader gave it.
 */
export type GraphOrigin =
  | { readonly kind: "published" }
  | OpenedOrigin
  | {
      readonly kind: "local";
      readonly id: string;
      readonly title: string;
      readonly from: OpenedOrigin;
    };
export type OpenedOrigin =
  { readonly kind: "file"; readonly name: string } | { readonly kind: "url"; readonly url: string };

/** What an open is doing: reading and checking, or laying out a graph that has no positions. */
export type Opening =
  | { readonly name: string; readonly step: "reading" }
  | { readonly name: string; readonly step: "laying-out" | "drawing"; readonly nodeCount: number };

/** A file or URL that was refused: what, and every problem found. The graph on screen stays. */
export interface Refusal {
  readonly title: string;
  readonly problems: readonly Problem[];
  /** What it means for the graph on screen, when not "The graph on screen is unchanged." */
  readonly note?: string;
}

/** What the reader has selected; `origin` tells the canvas whether to bring it into view. */
export type Selection = {
  readonly kind: "node" | "edge";
  readonly id: string;
  readonly origin: SelectionOrigin;
} | null;
export type SelectionOrigin = "canvas" | "panel" | "search";

/** Which pane the sidebar shows where there is room for only one. */
export const SIDEBAR_TABS = ["details", "article", "path", "sides"] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

/** How the main area shows the graph: drawn, or as tables. */
export const MAIN_VIEWS = ["graph", "list"] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

export interface AppState {
  readonly load: LoadState;
  readonly view: MainView;
  readonly layout: LayoutName;
  readonly selection: Selection;
  readonly sidebar: SidebarTab;
  /**
   * The one quote the article reader brings into view and emphasises most ("show in
   * article"); null means the selected element's first quote.
   */
  readonly articleQuote: QuoteRef | null;
  /** What the reader has hidden by type, relation, stance and attribution. */
  readonly filters: Filters;
  /** A node whose neighbourhood (1–3 hops) stays bright while the rest fades. */
  readonly focus: Focus | null;
  /** The two ends of the path the reader asks for, and what was found (null: not yet). */
  readonly path: PathQuery;
  /** A file or URL being opened, while it is read, checked and (if it must be) laid out. */
  readonly opening: Opening | null;
  /** The last file or URL refused, until the reader dismisses it or a graph opens. */
  readonly refused: Refusal | null;
}

export interface PathQuery {
  readonly from: string | null;
  readonly to: string | null;
  /** Node and edge ids in path order, or found: false; null until both ends are set. */
  readonly result: PathResult | null;
}
export const NO_PATH: PathQuery = { from: null, to: null, result: null };

export const FOCUS_HOPS = [1, 2, 3] as const;
export type Focus = { readonly nodeId: string; readonly hops: (typeof FOCUS_HOPS)[number] };

export const INITIAL_STATE: AppState = {
  load: { status: "loading" },
  view: "graph",
  layout: "preset",
  selection: null,
  sidebar: "details",
  articleQuote: null,
  filters: NO_FILTERS,
  focus: null,
  path: NO_PATH,
  opening: null,
  refused: null,
};

/**
 * A graph replaces whatever was on screen; everything that belonged to the old one goes.
 *
 * @example graphLoaded(state, indexGraph(doc), manifest, { kind: "file", name: "party.json" })
 */
export function graphLoaded(
  state: AppState,
  graph: GraphIndex,
  manifest: readonly ManifestEntry[],
  origin: GraphOrigin = { kind: "published" },
  notes: readonly string[] = [],
): AppState {
  return {
    ...state,
    load: { status: "ready", graph, manifest, origin, notes },
    selection: null,
    articleQuote: null,
    filters: NO_FILTERS,
    focus: null,
    path: NO_PATH,
    layout: "preset",
    opening: null,
    refused: null,
  };
}

/**
 * The first graph could not be loaded: there is nothing else to show, so say why.
 *
 * @example loadFailed(state, "The list of graphs could not be loaded", [problem]).load.status // "error"
 */
export function loadFailed(state: AppState, title: string, problems: readonly Problem[]): AppState {
  return { ...state, load: { status: "error", title, problems }, opening: null };
}

/**
 * A file or address starts opening: say so, and forget the last refusal, which was about
 * something else.
 *
 * @example openingStarted(state, "party.json").opening // { name: "party.json", step: "reading" }
 */
export function openingStarted(state: AppState, name: string): AppState {
  return { ...state, opening: { name, step: "reading" }, refused: null };
}

/**
 * The file being opened has no positions and is being laid out, or it is about to be drawn (a
 * newer open is left alone).
 *
 * @example openingStep(state, "big.json", "laying-out", 5000).opening?.step // "laying-out"
 */
export function openingStep(
  state: AppState,
  name: string,
  step: "laying-out" | "drawing",
  nodeCount: number,
): AppState {
  if (state.opening?.name !== name) return state;
  return { ...state, opening: { name, step, nodeCount } };
}

/**
 * The reader cancelled the open: nothing changes but that it is no longer under way. With no
 * graph on screen yet (a link's ?graph= at start-up), that is said, rather than "Loading…"
 * forever.
 *
 * @example openingCancelled(state).opening // null
 */
export function openingCancelled(state: AppState): AppState {
  if (state.opening === null) return state;
  if (state.load.status === "loading") {
    return loadFailed(state, `Opening “${state.opening.name}” was cancelled`, []);
  }
  return { ...state, opening: null };
}

/**
 * A file or URL the reader opened was refused. With a graph on screen, that graph stays exactly
 * as it was and the refusal is shown beside it; with none, it is the load error.
 *
 * @example openRefused(state, { title: "“bad.json” was not opened", problems }).refused?.title
 */
export function openRefused(state: AppState, refusal: Refusal): AppState {
  if (state.load.status !== "ready") return loadFailed(state, refusal.title, refusal.problems);
  return { ...state, opening: null, refused: refusal };
}

/**
 * The graph on screen has been kept in this browser: from now on it is that local graph (the
 * address names it). Nothing changes when another graph has replaced it meanwhile.
 *
 * @example graphKept(state, graph, "k3x9q2m7pa", "Trade partners").load // origin.kind "local"
 */
export function graphKept(state: AppState, graph: GraphIndex, id: string, title: string): AppState {
  const { load } = state;
  if (load.status !== "ready" || load.graph !== graph) return state;
  if (load.origin.kind !== "file" && load.origin.kind !== "url") return state;
  return { ...state, load: { ...load, origin: { kind: "local", id, title, from: load.origin } } };
}

/**
 * A kept graph was renamed: when it is the one on screen, its new name is shown.
 *
 * @example localGraphRenamed(state, "k3x9q2m7pa", "Mercosur trade")
 */
export function localGraphRenamed(state: AppState, id: string, title: string): AppState {
  const { load } = state;
  if (load.status !== "ready" || load.origin.kind !== "local" || load.origin.id !== id) {
    return state;
  }
  return { ...state, load: { ...load, origin: { ...load.origin, title } } };
}

/**
 * A kept graph was deleted for good: the one on screen stays, but is again only what it was
 * opened from (a reload no longer finds it).
 *
 * @example localGraphForgotten(state, "k3x9q2m7pa").load // origin back to { kind: "file", … }
 */
export function localGraphForgotten(state: AppState, id: string): AppState {
  const { load } = state;
  if (load.status !== "ready" || load.origin.kind !== "local" || load.origin.id !== id) {
    return state;
  }
  return { ...state, load: { ...load, origin: load.origin.from } };
}

/**
 * Something about the graph on screen the reader must know, shown as a refusal is (beside the
 * graph, which stays): e.g. that this browser would not keep it. An open under way goes on.
 *
 * @example notKept(state, { title: "“party.json” is not kept in this browser", problems })
 */
export function notKept(state: AppState, refusal: Refusal): AppState {
  return state.load.status === "ready" ? { ...state, refused: refusal } : state;
}

/**
 * The reader has read the refusal and closed it.
 *
 * @example dismissRefusal(state).refused // null
 */
export function dismissRefusal(state: AppState): AppState {
  return state.refused === null ? state : { ...state, refused: null };
}

/**
 * Selects a node or an edge of the loaded graph, or clears the selection (null). An id the
 * graph does not have leaves the state as it was.
 *
 * @example select(state, { kind: "node", id: "iran", origin: "canvas" }).selection?.id // "iran"
 */
export function select(state: AppState, selection: Selection): AppState {
  if (selection === null) {
    return state.selection === null ? state : { ...state, selection, articleQuote: null };
  }
  if (state.load.status !== "ready") return state;
  const { graph } = state.load;
  const exists =
    selection.kind === "node" ? graph.nodeById.has(selection.id) : graph.edgeById.has(selection.id);
  if (!exists) return state;
  const cur = state.selection;
  const same =
    cur &&
    cur.kind === selection.kind &&
    cur.id === selection.id &&
    cur.origin === selection.origin;
  if (same && state.articleQuote === null) return state;
  return { ...state, selection, articleQuote: null };
}

/**
 * "Show in article": selects what the quote supports and brings that very quote into view in
 * the article reader.
 *
 * @example showInArticle(state, { kind: "edge", id: "putin-speaks-at-mcis", index: 0 }).sidebar // "article"
 */
export function showInArticle(state: AppState, ref: QuoteRef): AppState {
  const selected = select(state, { kind: ref.kind, id: ref.id, origin: "panel" });
  if (selected.selection?.id !== ref.id) return state;
  return { ...selected, articleQuote: ref, sidebar: "article" };
}

/**
 * Switches the sidebar's pane (where only one fits); the same state when it is already shown.
 *
 * @example showSidebar(state, "path").sidebar // "path"
 */
export function showSidebar(state: AppState, sidebar: SidebarTab): AppState {
  return state.sidebar === sidebar ? state : { ...state, sidebar };
}

/**
 * Hides a filter value, or shows it again. A selection or focus that the filters now hide is
 * dropped, so nothing selected is ever invisible.
 *
 * @example toggleFilter(state, "nodeTypes", "person").filters.nodeTypes.has("person") // true
 */
export function toggleFilter(state: AppState, group: FilterGroup, value: string): AppState {
  return withFilters(state, toggleFilterValue(state.filters, group, value));
}

/**
 * Replaces the filters (from a shared link), with the same care as a toggle.
 *
 * @example setFilters(state, { ...NO_FILTERS, stances: new Set(["none"]) })
 */
export function setFilters(state: AppState, filters: Filters): AppState {
  return withFilters(state, filters);
}

/**
 * Shows everything again ("Show everything").
 *
 * @example clearFilters(state).filters // NO_FILTERS
 */
export function clearFilters(state: AppState): AppState {
  return state.filters === NO_FILTERS ? state : withFilters(state, NO_FILTERS);
}

function withFilters(state: AppState, filters: Filters): AppState {
  if (state.load.status !== "ready") return { ...state, filters };
  const visible = visibleElements(state.load.graph, filters);
  const { selection, focus } = state;
  const selectionShown =
    !selection || (selection.kind === "node" ? visible.nodes : visible.edges).has(selection.id);
  return {
    ...state,
    filters,
    selection: selectionShown ? selection : null,
    articleQuote: selectionShown ? state.articleQuote : null,
    focus: focus && visible.nodes.has(focus.nodeId) ? focus : null,
  };
}

/**
 * Brightens a node's neighbourhood of `hops` relations and fades the rest.
 *
 * @example focusOn(state, "russia", 2).focus // { nodeId: "russia", hops: 2 }
 */
export function focusOn(state: AppState, nodeId: string, hops: Focus["hops"]): AppState {
  if (state.load.status !== "ready" || !state.load.graph.nodeById.has(nodeId)) return state;
  // One highlight at a time: a focus replaces a path.
  return { ...state, focus: { nodeId, hops }, path: NO_PATH };
}

/**
 * Ends the focus: everything is drawn alike again.
 *
 * @example clearFocus(state).focus // null
 */
export function clearFocus(state: AppState): AppState {
  return state.focus === null ? state : { ...state, focus: null };
}

/**
 * Sets one end of the path (null clears it); the result is found again by the path finder.
 *
 * @example setPathEnd(state, "from", "iran").path // { from: "iran", to: null, result: null }
 */
export function setPathEnd(state: AppState, end: "from" | "to", nodeId: string | null): AppState {
  if (
    nodeId !== null &&
    (state.load.status !== "ready" || !state.load.graph.nodeById.has(nodeId))
  ) {
    return state;
  }
  return {
    ...state,
    path: { ...state.path, [end]: nodeId, result: null },
    focus: null,
    sidebar: "path",
  };
}

/**
 * Records what the path finder found for the current ends; a stale answer is ignored.
 *
 * @example pathFound(state, { from: "iran", to: "aukus" }, shortestPath(graph, "iran", "aukus", null))
 */
export function pathFound(
  state: AppState,
  query: { from: string; to: string },
  result: PathResult,
): AppState {
  if (state.path.from !== query.from || state.path.to !== query.to) return state;
  return { ...state, path: { ...state.path, result } };
}

/**
 * Forgets both ends of the path and what was found.
 *
 * @example clearPath(state).path // NO_PATH
 */
export function clearPath(state: AppState): AppState {
  return state.path === NO_PATH ? state : { ...state, path: NO_PATH };
}

/**
 * Shows the graph drawn, or as tables.
 *
 * @example showView(state, "list").view // "list"
 */
export function showView(state: AppState, view: MainView): AppState {
  return state.view === view ? state : { ...state, view };
}

/**
 * Asks the canvas for another layout; the canvas runs it.
 *
 * @example chooseLayout(state, "concentric").layout // "concentric"
 */
export function chooseLayout(state: AppState, layout: LayoutName): AppState {
  return state.layout === layout ? state : { ...state, layout };
}
