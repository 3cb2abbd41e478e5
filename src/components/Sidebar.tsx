import { Activity, lazy, Suspense, useRef, useState, type KeyboardEvent } from "react";
import { SIDEBAR_TABS, type SidebarTab } from "../store/transitions.ts";
import { selectSelection, selectShowSidebar, selectSidebar } from "../store/selectors.ts";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { LoadBoundary } from "./LoadBoundary.tsx";
import { useAppState } from "./StoreContext.tsx";
import { useMediaQuery } from "./useMediaQuery.ts";
import { PHONE_SCREEN, WIDE_SCREEN } from "./breakpoints.ts";

// The two screens the sidebar is laid out for, for whoever needs to know which one it is on.
export { PHONE_SCREEN, WIDE_SCREEN };

// The details show first; the article reader and the path finder load when first shown.
const ArticleReader = lazy(() =>
  import("./ArticleReader.tsx").then((m) => ({ default: m.ArticleReader })),
);
const PathPanel = lazy(() => import("./PathPanel.tsx").then((m) => ({ default: m.PathPanel })));
const SidesPanel = lazy(() => import("./SidesPanel.tsx").then((m) => ({ default: m.SidesPanel })));

function Loading() {
  return <p role="status">Loading…</p>;
}

const TAB_NAME: Readonly<Record<SidebarTab, string>> = {
  details: "Details",
  article: "Article",
  path: "Path",
  sides: "Sides",
};

const PANE_WHAT: Readonly<Record<Exclude<SidebarTab, "details">, string>> = {
  article: "The article",
  path: "The path finder",
  sides: "The sides",
};

function Pane({ tab }: { tab: SidebarTab }) {
  if (tab === "details") return <DetailsPanel />;
  return (
    <LoadBoundary what={PANE_WHAT[tab]}>
      <Suspense fallback={<Loading />}>
        {tab === "article" ? <ArticleReader /> : tab === "path" ? <PathPanel /> : <SidesPanel />}
      </Suspense>
    </LoadBoundary>
  );
}

/**
 * The details, the article reader and the path finder: as tabs (ARIA tabs: arrow keys move
 * between them); on a wide screen the article has a column of its own beside the others. On a
 * phone it is a bottom sheet over the graph: folded to its tab bar and the top of the pane,
 * unfolded by its button, by choosing a tab, or by a new selection.
 */
export function Sidebar() {
  const wide = useMediaQuery(WIDE_SCREEN);
  const phone = useMediaQuery(PHONE_SCREEN);
  const tab = useAppState(selectSidebar);
  const showSidebar = useAppState(selectShowSidebar);
  const selection = useAppState(selectSelection);
  const [expanded, setExpanded] = useState(false);
  // A new selection unfolds the sheet, so its details are there to read. Adjusted while
  // rendering, not in an effect: https://react.dev/learn/you-might-not-need-an-effect
  const [seenSelection, setSeenSelection] = useState(selection);
  if (selection !== seenSelection) {
    setSeenSelection(selection);
    if (selection !== null) setExpanded(true);
  }
  const choose = (t: SidebarTab) => {
    showSidebar(t);
    setExpanded(true);
  };
  const tabRefs = useRef<Partial<Record<SidebarTab, HTMLButtonElement | null>>>({});

  const tabs: readonly SidebarTab[] = wide
    ? SIDEBAR_TABS.filter((t) => t !== "article")
    : SIDEBAR_TABS;
  // On a wide screen the article is always shown, so its tab falls back to the details.
  const active: SidebarTab = tabs.includes(tab) ? tab : "details";
  // A pane is first drawn when first shown, so a tab never opened costs nothing: no code to
  // load at start, and no re-render of a long article on every filter of a large graph. Once
  // drawn it is kept, hidden (Activity defers its updates), so it keeps its scroll position.
  const [drawn, setDrawn] = useState<ReadonlySet<SidebarTab>>(() => new Set([active]));
  if (!drawn.has(active)) setDrawn(new Set([...drawn, active]));

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const i = tabs.indexOf(active);
    const next = tabs[(i + step + tabs.length) % tabs.length]!;
    choose(next);
    tabRefs.current[next]?.focus();
  };

  const tablist = (
    <div role="tablist" aria-label="Sidebar" className="sidebar-tabs" onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t}
          ref={(el) => {
            tabRefs.current[t] = el;
          }}
          type="button"
          role="tab"
          id={`sidebar-tab-${t}`}
          aria-controls={`sidebar-panel-${t}`}
          aria-selected={active === t}
          tabIndex={active === t ? 0 : -1}
          onClick={() => choose(t)}
        >
          {TAB_NAME[t]}
        </button>
      ))}
    </div>
  );

  const tabbed = (
    <div className="sidebar-tabbed">
      {phone ? (
        <div className="sheet-bar">
          {tablist}
          <button
            type="button"
            className="sheet-toggle"
            aria-expanded={expanded}
            aria-controls="sidebar-sheet"
            onClick={() => setExpanded(!expanded)}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M3 10.5 L8 5.5 L13 10.5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            <span className="visually-hidden">{expanded ? "Collapse panel" : "Expand panel"}</span>
          </button>
        </div>
      ) : (
        tablist
      )}
      {tabs.map((t) => (
        <div
          key={t}
          role="tabpanel"
          id={`sidebar-panel-${t}`}
          aria-labelledby={`sidebar-tab-${t}`}
          className="sidebar-panel"
          hidden={active !== t}
        >
          {(drawn.has(t) || active === t) && (
            <Activity mode={active === t ? "visible" : "hidden"}>
              <Pane tab={t} />
            </Activity>
          )}
        </div>
      ))}
    </div>
  );

  if (phone) {
    return (
      <div
        id="sidebar-sheet"
        className={expanded ? "sidebar sidebar-sheet is-expanded" : "sidebar sidebar-sheet"}
      >
        {tabbed}
      </div>
    );
  }
  if (!wide) return <div className="sidebar">{tabbed}</div>;
  return (
    <div className="sidebar sidebar-wide">
      {tabbed}
      <div className="sidebar-article">
        <LoadBoundary what="The article">
          <Suspense fallback={<Loading />}>
            <ArticleReader />
          </Suspense>
        </LoadBoundary>
      </div>
    </div>
  );
}
