import type { GraphIndex } from "../domain/graphIndex.ts";
import type { Problem } from "../domain/problems.ts";
import type { QuoteRef } from "../domain/readerSegments.ts";
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
    }
  | {
      readonly status: "error";
      /** What failed, in one sentence ("The graph could not be loaded"). */
      readonly title: string;
      readonly problems: readonly Problem[];
    };

/** What the reader has selected; `origin` tells the canvas whether to bring it into view. */
export type Selection = {
  readonly kind: "node" | "edge";
  readonly id: string;
  readonly origin: SelectionOrigin;
} | null;
export type SelectionOrigin = "canvas" | "panel" | "search";

/** Which pane the sidebar shows where there is room for only one. */
export const SIDEBAR_TABS = ["details", "article"] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

export interface AppState {
  readonly load: LoadState;
  readonly selection: Selection;
  readonly sidebar: SidebarTab;
  /**
   * The one quote the article reader brings into view and emphasises most ("show in
   * article"); null means the selected element's first quote.
   */
  readonly articleQuote: QuoteRef | null;
}

export const INITIAL_STATE: AppState = {
  load: { status: "loading" },
  selection: null,
  sidebar: "details",
  articleQuote: null,
};

export function graphLoaded(
  state: AppState,
  graph: GraphIndex,
  manifest: readonly ManifestEntry[],
): AppState {
  return {
    ...state,
    load: { status: "ready", graph, manifest },
    selection: null,
    articleQuote: null,
  };
}

export function loadFailed(state: AppState, title: string, problems: readonly Problem[]): AppState {
  return { ...state, load: { status: "error", title, problems } };
}

/**
 * Selects a node or an edge of the loaded graph, or clears the selection (null). An id the
 * graph does not have leaves the state as it was.
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
 */
export function showInArticle(state: AppState, ref: QuoteRef): AppState {
  const selected = select(state, { kind: ref.kind, id: ref.id, origin: "panel" });
  if (selected.selection?.id !== ref.id) return state;
  return { ...selected, articleQuote: ref, sidebar: "article" };
}

export function showSidebar(state: AppState, sidebar: SidebarTab): AppState {
  return state.sidebar === sidebar ? state : { ...state, sidebar };
}
