import { describe, expect, it } from "vitest";
import { indexGraph } from "../../src/domain/graphIndex.ts";
import { NO_FILTERS, toggleFilter } from "../../src/domain/filters.ts";
import {
  INITIAL_STATE,
  chooseLayout,
  focusOn,
  graphLoaded,
  select,
  setPathEnd,
  showView,
  toggleFilter as toggle,
  type AppState,
} from "../../src/store/transitions.ts";
import {
  applyUrlView,
  isGraphAddress,
  paramsToView,
  viewToParams,
} from "../../src/store/urlState.ts";
import { ARTICLE_ID, articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const DOC = buildOrThrow(articleInputs());
const GRAPH = indexGraph(DOC);
const READY = graphLoaded(INITIAL_STATE, GRAPH, [
  { id: ARTICLE_ID, title: DOC.title, nodeCount: 0, edgeCount: 0 },
]);

/** The parts of the state a link carries. */
const viewOf = (s: AppState) => ({
  selection: s.selection && { kind: s.selection.kind, id: s.selection.id },
  filters: s.filters,
  focus: s.focus,
  path: { from: s.path.from, to: s.path.to },
  layout: s.layout,
  view: s.view,
});

const roundTrip = (s: AppState) =>
  applyUrlView(READY, paramsToView(new URLSearchParams(viewToParams(s).toString())));

describe("a link's view", () => {
  it.each<[string, AppState]>([
    ["the default view", READY],
    ["a selected node", select(READY, { kind: "node", id: "nato", origin: "canvas" })],
    ["a selected edge", select(READY, { kind: "edge", id: DOC.edges[3]!.id, origin: "canvas" })],
    [
      "filters of every group",
      toggle(
        toggle(
          toggle(toggle(READY, "nodeTypes", "person"), "relations", "party_to"),
          "stances",
          "none",
        ),
        "attributions",
        "hedged",
      ),
    ],
    ["a focus of 3 hops", focusOn(READY, "russia", 3)],
    ["a path", setPathEnd(setPathEnd(READY, "from", "iran"), "to", "aukus")],
    ["a layout and the list", showView(chooseLayout(READY, "concentric"), "list")],
  ])("round-trips %s", (_name, state) => {
    expect(viewOf(roundTrip(state))).toEqual(viewOf(state));
  });

  it("leaves defaults out of the link", () => {
    expect(viewToParams(READY).toString()).toBe(`graph=${ARTICLE_ID}`);
    const params = viewToParams(
      select(focusOn(READY, "nato", 2), { kind: "node", id: "nato", origin: "canvas" }),
    );
    expect(params.get("node")).toBe("nato");
    expect(params.get("focus")).toBe("nato");
    expect(params.get("hops")).toBe("2");
  });

  it.each([
    ["unknown ids", "node=atlantis&focus=atlantis&from=atlantis"],
    ["unknown filter values", "hide=type:dragon,stance:angry,attr:rumour,nonsense,:x"],
    ["a bad layout, view and hops", "layout=spiral&view=table&focus=nato&hops=9"],
  ])("ignores %s instead of failing", (_name, search) => {
    const state = applyUrlView(READY, paramsToView(new URLSearchParams(search)));
    expect(state.selection).toBeNull();
    expect(state.filters.nodeTypes.size + state.filters.stances.size).toBe(0);
    expect(state.layout).toBe("preset");
    expect(state.view).toBe("graph");
    if (state.focus) expect(state.focus.hops).toBe(1);
  });

  it("drops a selection that the link's own filters hide", () => {
    const state = applyUrlView(
      READY,
      paramsToView(new URLSearchParams("node=vladimir-putin&hide=type:person")),
    );
    expect(state.filters).toEqual(toggleFilter(NO_FILTERS, "nodeTypes", "person"));
    expect(state.selection).toBeNull();
  });
});

describe("the graph a link names", () => {
  const opened = (origin: Parameters<typeof graphLoaded>[3]) =>
    viewToParams(graphLoaded(INITIAL_STATE, GRAPH, [], origin)).get("graph");

  it("names a published graph by its id, one from an address by that address", () => {
    expect(opened({ kind: "published" })).toBe(ARTICLE_ID);
    expect(opened({ kind: "url", url: "https://example.org/g.json" })).toBe(
      "https://example.org/g.json",
    );
  });

  it("names no graph for a file, which a link cannot reopen", () => {
    expect(opened({ kind: "file", name: "party.json" })).toBeNull();
  });

  it.each([
    ["venezuela-russia-arms-talks", false],
    ["summit-2023", false],
    ["https://example.org/g.json", true],
    ["graphs/other.json", true],
    ["./other.json", true],
    ["other.json", true],
  ])("tells an address from an id: %s", (value, isAddress) => {
    expect(isGraphAddress(value)).toBe(isAddress);
  });
});
