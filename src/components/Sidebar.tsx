import { useRef, type KeyboardEvent } from "react";
import { SIDEBAR_TABS, type SidebarTab } from "../store/transitions.ts";
import { selectShowSidebar, selectSidebar } from "../store/selectors.ts";
import { ArticleReader } from "./ArticleReader.tsx";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { useAppState } from "./StoreContext.tsx";
import { useMediaQuery } from "./useMediaQuery.ts";

/** Wide enough to show the details and the article side by side next to the graph. */
export const WIDE_SCREEN = "(min-width: 1500px)";

const TAB_NAME: Readonly<Record<SidebarTab, string>> = {
  details: "Details",
  article: "Article",
};

/**
 * The details panel and the article reader: side by side on a wide screen, otherwise as two
 * tabs (ARIA tabs: arrow keys move between them).
 */
export function Sidebar() {
  const wide = useMediaQuery(WIDE_SCREEN);
  const tab = useAppState(selectSidebar);
  const showSidebar = useAppState(selectShowSidebar);
  const tabRefs = useRef<Partial<Record<SidebarTab, HTMLButtonElement | null>>>({});

  if (wide) {
    return (
      <div className="sidebar sidebar-wide">
        <DetailsPanel />
        <div className="sidebar-article">
          <ArticleReader />
        </div>
      </div>
    );
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const i = SIDEBAR_TABS.indexOf(tab);
    const next = SIDEBAR_TABS[(i + step + SIDEBAR_TABS.length) % SIDEBAR_TABS.length]!;
    showSidebar(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="sidebar">
      <div role="tablist" aria-label="Sidebar" className="sidebar-tabs" onKeyDown={onKeyDown}>
        {SIDEBAR_TABS.map((t) => (
          <button
            key={t}
            ref={(el) => {
              tabRefs.current[t] = el;
            }}
            type="button"
            role="tab"
            id={`sidebar-tab-${t}`}
            aria-controls={`sidebar-panel-${t}`}
            aria-selected={tab === t}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => showSidebar(t)}
          >
            {TAB_NAME[t]}
          </button>
        ))}
      </div>
      {SIDEBAR_TABS.map((t) => (
        <div
          key={t}
          role="tabpanel"
          id={`sidebar-panel-${t}`}
          aria-labelledby={`sidebar-tab-${t}`}
          className="sidebar-panel"
          hidden={tab !== t}
        >
          {t === "details" ? <DetailsPanel /> : <ArticleReader />}
        </div>
      ))}
    </div>
  );
}
