import type { AppActions } from "./createAppStore.ts";
import type { AppState } from "./transitions.ts";

/** Module-level selectors, each returning one value, so components re-render only on change. */
type S = AppState & AppActions;

export const selectLoad = (s: S) => s.load;
export const selectSelection = (s: S) => s.selection;
export const selectSelect = (s: S) => s.select;
export const selectGraph = (s: S) => (s.load.status === "ready" ? s.load.graph : null);
export const selectSidebar = (s: S) => s.sidebar;
export const selectShowSidebar = (s: S) => s.showSidebar;
export const selectArticleQuote = (s: S) => s.articleQuote;
export const selectShowInArticle = (s: S) => s.showInArticle;
export const selectFilters = (s: S) => s.filters;
export const selectToggleFilter = (s: S) => s.toggleFilter;
export const selectClearFilters = (s: S) => s.clearFilters;
export const selectFocus = (s: S) => s.focus;
export const selectFocusOn = (s: S) => s.focusOn;
export const selectClearFocus = (s: S) => s.clearFocus;
export const selectPath = (s: S) => s.path;
export const selectSetPathEnd = (s: S) => s.setPathEnd;
export const selectClearPath = (s: S) => s.clearPath;
export const selectView = (s: S) => s.view;
export const selectShowView = (s: S) => s.showView;
export const selectLayout = (s: S) => s.layout;
export const selectChooseLayout = (s: S) => s.chooseLayout;
export const selectOpening = (s: S) => s.opening;
export const selectRefused = (s: S) => s.refused;
export const selectDismissRefusal = (s: S) => s.dismissRefusal;
export const selectOrigin = (s: S) => (s.load.status === "ready" ? s.load.origin : null);
export const selectNotes = (s: S) => (s.load.status === "ready" ? s.load.notes : null);
/** The graph's name as shown: the name the reader gave a kept graph, else its own title. */
export const selectTitle = (s: S) =>
  s.load.status !== "ready"
    ? null
    : s.load.origin.kind === "local"
      ? s.load.origin.title
      : s.load.graph.doc.title;
/** The local id of the graph on screen when it is kept in this browser. */
export const selectLocalId = (s: S) =>
  s.load.status === "ready" && s.load.origin.kind === "local" ? s.load.origin.id : null;
