import { useRef, type KeyboardEvent } from "react";
import { SIDEBAR_TABS, type SidebarTab } from "../store/transitions.ts";
import { selectShowSidebar, selectSidebar } from "../store/selectors.ts";
import { ArticleReader } from "./ArticleReader.tsx";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { PathPanel } from "./PathPanel.tsx";
import { useAppState } from "./StoreContext.tsx";
import { useMediaQuery } from "./useMediaQuery.ts";

/** Wide enough to show the details and the article side by side next to the graph. */
export const WIDE_SCREEN = "(min-width: 1500px)";

const TAB_NAME: Readonly<Record<SidebarTab, string>> = {
  details: "Details",
  article: "Article",
  path: "Path",
};

function Pane({ tab }: { tab: SidebarTab }) {
  if (tab === "details") return <DetailsPanel />;
  if (tab === "article") return <ArticleReader />;
  return <PathPanel />;
}

/**
 * The details, the article reader and the path finder: as tabs (ARIA tabs: arrow keys move
 * between them); on a wide screen the article has a column of its own beside the others.
 */
export function Sidebar() {
  const wide = useMediaQuery(WIDE_SCREEN);
  const tab = useAppState(selectSidebar);
  const showSidebar = useAppState(selectShowSidebar);
  const tabRefs = useRef<Partial<Record<SidebarTab, HTMLButtonElement | null>>>({});

  const tabs: readonly SidebarTab[] = wide
    ? SIDEBAR_TABS.filter((t) => t !== "article")
    : SIDEBAR_TABS;
  // On a wide screen the article is always shown, so its tab falls back to the details.
  const active: SidebarTab = tabs.includes(tab) ? tab : "details";

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const i = tabs.indexOf(active);
    const next = tabs[(i + step + tabs.length) % tabs.length]!;
    showSidebar(next);
    tabRefs.current[next]?.focus();
  };

  const tabbed = (
    <div className="sidebar-tabbed">
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
            onClick={() => showSidebar(t)}
          >
            {TAB_NAME[t]}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t}
          role="tabpanel"
          id={`sidebar-panel-${t}`}
          aria-labelledby={`sidebar-tab-${t}`}
          className="sidebar-panel"
          hidden={active !== t}
        >
          <Pane tab={t} />
        </div>
      ))}
    </div>
  );

  if (!wide) return <div className="sidebar">{tabbed}</div>;
  return (
    <div className="sidebar sidebar-wide">
      {tabbed}
      <div className="sidebar-article">
        <ArticleReader />
      </div>
    </div>
  );
}
