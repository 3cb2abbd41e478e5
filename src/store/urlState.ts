import { STANCE_OPTIONS, type FilterGroup, type Filters } from "../domain/filters.ts";
import { ATTRIBUTIONS, LAYOUTS, SHOWN_NODE_TYPES, type LayoutName } from "../domain/vocabulary.ts";
import {
  FOCUS_HOPS,
  MAIN_VIEWS,
  chooseLayout,
  clearFocus,
  clearPath,
  focusOn,
  select,
  setFilters,
  setPathEnd,
  showView,
  type AppState,
  type Focus,
  type MainView,
} from "./transitions.ts";

/**
 * The view a link carries: graph, selection, filters, focus, path, layout and main view. Pure:
 * to and from URL search parameters, and onto the state, so a shared link reopens exactly that
 * view and Back/Forward can step through selections.
 */
export interface UrlView {
  readonly graph: string | null;
  /** The id of a graph kept in this browser (`?local=`), read from its storage on start. */
  readonly local: string | null;
  readonly selection: { readonly kind: "node" | "edge"; readonly id: string } | null;
  readonly filters: Filters;
  readonly focus: Focus | null;
  readonly path: { readonly from: string | null; readonly to: string | null };
  readonly layout: LayoutName;
  readonly view: MainView;
}

/** `hide` entries are `<group>:<value>`, with these short group names. */
const GROUP_PREFIX: Readonly<Record<FilterGroup, string>> = {
  nodeTypes: "type",
  relations: "rel",
  stances: "stance",
  attributions: "attr",
};

/**
 * The state's view as search parameters, leaving out everything at its default.
 *
 * @example viewToParams(state).toString() // "graph=venezuela-russia-arms-talks&node=iran&hide=type%3Aperson"
 */
export function viewToParams(state: AppState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.load.status === "ready") {
    const { origin, graph } = state.load;
    // A file cannot be reopened from a link, so a view of one names no graph, until it is
    // kept in this browser. A kept graph from an address names both: this browser reads its
    // own copy, another one (the link shared) fetches the address.
    const opened = origin.kind === "local" ? origin.from : origin;
    if (opened.kind === "published") params.set("graph", graph.doc.id);
    else if (opened.kind === "url") params.set("graph", opened.url);
    if (origin.kind === "local") params.set("local", origin.id);
  }
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  const hidden: string[] = [];
  for (const group of Object.keys(GROUP_PREFIX) as FilterGroup[]) {
    for (const value of state.filters[group]) hidden.push(`${GROUP_PREFIX[group]}:${value}`);
  }
  if (hidden.length > 0) params.set("hide", hidden.join(","));
  if (state.focus) {
    params.set("focus", state.focus.nodeId);
    params.set("hops", String(state.focus.hops));
  }
  if (state.path.from) params.set("from", state.path.from);
  if (state.path.to) params.set("to", state.path.to);
  if (state.layout !== "preset") params.set("layout", state.layout);
  if (state.view !== "graph") params.set("view", state.view);
  return params;
}

/**
 * Reads a link's view; anything malformed is left at its default rather than refused.
 *
 * @example paramsToView(new URLSearchParams("node=iran&hops=9")).selection // { kind: "node", id: "iran" }
 */
export function paramsToView(params: URLSearchParams): UrlView {
  const filters: Record<FilterGroup, Set<string>> = {
    nodeTypes: new Set(),
    relations: new Set(),
    stances: new Set(),
    attributions: new Set(),
  };
  const known: Record<FilterGroup, readonly string[] | null> = {
    nodeTypes: SHOWN_NODE_TYPES,
    relations: null, // any relation name
    stances: STANCE_OPTIONS,
    attributions: ATTRIBUTIONS,
  };
  for (const entry of (params.get("hide") ?? "").split(",")) {
    const at = entry.indexOf(":");
    const group = (Object.keys(GROUP_PREFIX) as FilterGroup[]).find(
      (g) => GROUP_PREFIX[g] === entry.slice(0, at),
    );
    const value = entry.slice(at + 1);
    if (at < 0 || !group || value === "") continue;
    const allowed = known[group];
    if (allowed === null || allowed.includes(value)) filters[group].add(value);
  }
  const node = params.get("node");
  const edge = params.get("edge");
  const focusId = params.get("focus");
  const hops = FOCUS_HOPS.find((h) => String(h) === params.get("hops")) ?? 1;
  return {
    graph: params.get("graph"),
    local: params.get("local"),
    selection: node ? { kind: "node", id: node } : edge ? { kind: "edge", id: edge } : null,
    filters: filters as Filters,
    focus: focusId ? { nodeId: focusId, hops } : null,
    path: { from: params.get("from"), to: params.get("to") },
    layout: LAYOUTS.find((l) => l === params.get("layout")) ?? "preset",
    view: MAIN_VIEWS.find((v) => v === params.get("view")) ?? "graph",
  };
}

/**
 * Puts a link's view onto the loaded state, through the ordinary transitions, so ids the graph
 * does not have are ignored just as they are everywhere else.
 *
 * @example applyUrlView(state, paramsToView(new URLSearchParams(location.search)))
 */
export function applyUrlView(state: AppState, view: UrlView): AppState {
  let next = select(state, view.selection && { ...view.selection, origin: "panel" });
  const { from, to } = view.path;
  next = from || to ? setPathEnd(setPathEnd(next, "from", from), "to", to) : clearPath(next);
  next = view.focus ? focusOn(next, view.focus.nodeId, view.focus.hops) : clearFocus(next);
  // Last, so a selection, focus or path the filters hide is dropped as it would be anywhere.
  next = setFilters(next, view.filters);
  next = chooseLayout(next, view.layout);
  return showView(next, view.view);
}

/**
 * True when `?graph=` holds an address rather than the id of a graph published with the app:
 * ids are slugs, so anything with a "/", ":" or "." is an address.
 *
 * @example [isGraphAddress("graphs/party.json"), isGraphAddress("venezuela-russia-arms-talks")] // [true, false]
 */
export function isGraphAddress(value: string): boolean {
  return /[/:.]/.test(value);
}
