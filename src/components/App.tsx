import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { MAIN_VIEWS } from "../store/transitions.ts";
import {
  selectChooseLayout,
  selectGraph,
  selectLayout,
  selectLoad,
  selectShowView,
  selectTitle,
  selectView,
} from "../store/selectors.ts";
import { LAYOUTS } from "../domain/vocabulary.ts";
import "./ViewBar.css";
import { LAYOUT_NAME } from "./describe.ts";
import { useVisible } from "./useVisible.ts";
import { LoadError } from "./LoadError.tsx";
import { Legend } from "./Legend.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";
import { HelpDialog } from "./HelpDialog.tsx";
import { useShortcuts } from "./useShortcuts.ts";
import { SelectionAnnouncer } from "./SelectionAnnouncer.tsx";
import { Sidebar } from "./Sidebar.tsx";
import { useAppState } from "./StoreContext.tsx";
import { usePathFinder } from "./usePathFinder.ts";
import { useUrlSync } from "./useUrlSync.ts";
import { CanvasHandleProvider } from "./CanvasHandle.tsx";
import { FileDropZone, OpenGraphButton, OpeningStatus } from "./OpenGraph.tsx";
import { RefusalAlert } from "./RefusalAlert.tsx";
import { MyGraphsButton } from "./MyGraphsButton.tsx";
import { NewGraphButton } from "./NewGraphButton.tsx";
import { LoadBoundary } from "./LoadBoundary.tsx";
import "./OpenGraph.css";
import { selectNotes } from "../store/selectors.ts";

// Cytoscape is most of the bundle: its download starts now, alongside the graph's, instead of
// after the graph has arrived and been checked; it does not hold up the first paint.
const canvasModule = import("./GraphCanvas.tsx");
const GraphCanvas = lazy(() => canvasModule);
// The list view is for when the reader asks for it.
const ListView = lazy(() => import("./ListView.tsx").then((m) => ({ default: m.ListView })));
// Export is occasional: its dialog and writers load the first time someone exports.
const ExportDialog = lazy(() => import("./ExportDialog.tsx"));

export function App() {
  return (
    <CanvasHandleProvider>
      <AppShell />
    </CanvasHandleProvider>
  );
}

function AppShell() {
  const load = useAppState(selectLoad);
  const view = useAppState(selectView);
  const visible = useVisible();
  usePathFinder();
  useUrlSync();
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useShortcuts(openHelp);
  const title = useAppState(selectTitle) ?? "Quotegraph";
  useEffect(() => {
    document.title = title === "Quotegraph" ? title : `${title} · Quotegraph`;
  }, [title]);

  return (
    <div className="app">
      {load.status === "ready" && <SkipLinks />}
      <header className="app-header">
        <div className="brand" aria-hidden="true">
          Quotegraph
        </div>
        <h1>{title}</h1>
        {load.status === "ready" && <SearchBox />}
        <NewGraphButton />
        <OpenGraphButton />
        <MyGraphsButton />
        {load.status === "ready" && <ExportButton />}
        <ThemeToggle />
        <button
          type="button"
          className="help-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={openHelp}
        >
          ?
        </button>
        <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </header>
      <FileDropZone />
      <OpeningStatus />
      {load.status === "loading" && (
        <main className="app-status" aria-busy="true">
          <p role="status">Loading the graph…</p>
        </main>
      )}
      {load.status === "error" && (
        <main className="app-status">
          <LoadError title={load.title} problems={load.problems} />
        </main>
      )}
      {load.status === "ready" && (
        <main className="app-main">
          <section id="graph-region" tabIndex={-1} className="graph-area" aria-label="Graph">
            <RefusalAlert />
            <GraphNotes />
            <ViewSwitch />
            <div className="graph-views">
              {/* The canvas stays mounted under the list, keeping its view and its state. */}
              <div className="graph-view" inert={view === "list"}>
                <LoadBoundary what="The graph's drawing">
                  <Suspense fallback={<p role="status">Drawing the graph…</p>}>
                    <GraphCanvas />
                  </Suspense>
                </LoadBoundary>
              </div>
              {view === "list" && (
                <div className="list-layer">
                  <LoadBoundary what="The list view">
                    <Suspense fallback={<p role="status">Loading the list…</p>}>
                      <ListView visible={visible} />
                    </Suspense>
                  </LoadBoundary>
                </div>
              )}
            </div>
            <Legend />
          </section>
          <Sidebar />
          <SelectionAnnouncer />
        </main>
      )}
    </div>
  );
}

/**
 * The first stops of Tab: straight to the graph or to the panel beside it, past the header.
 * Buttons that move focus rather than links to #fragments, so the address (which names the
 * graph and the selection) and the history stay as they are.
 */
function SkipLinks() {
  const skip = (selector: string) => () => {
    const target = document.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView?.({ block: "nearest" });
  };
  return (
    <nav className="skip-links" aria-label="Skip to">
      <button type="button" onClick={skip("#graph-region")}>
        Skip to the graph
      </button>
      {/* The sidebar's chosen tab: from there Tab enters the panel it shows. */}
      <button type="button" onClick={skip('.sidebar [role="tab"][aria-selected="true"]')}>
        Skip to the panel
      </button>
    </nav>
  );
}

/** What the reader should know about the graph on screen, e.g. that it has no quotes. */
function GraphNotes() {
  const notes = useAppState(selectNotes);
  if (!notes || notes.length === 0) return null;
  return (
    <div className="graph-notes">
      {notes.map((note, i) => (
        <p key={i}>{note}</p>
      ))}
    </div>
  );
}

/** "Export": opens the export dialog, loading it the first time. */
function ExportButton() {
  const [open, setOpen] = useState(false);
  const graph = useAppState(selectGraph);
  const visible = useVisible();
  return (
    <>
      <button type="button" className="header-button" onClick={() => setOpen(true)}>
        Export
      </button>
      {open && graph && (
        <LoadBoundary what="Export">
          <Suspense fallback={<span role="status">Loading export…</span>}>
            {/* Keyed by the graph: one opened meanwhile (a drop) starts from its own title. */}
            <ExportDialog
              key={graph.doc.id}
              graph={graph}
              visible={visible}
              onClose={() => setOpen(false)}
            />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}

const VIEW_NAME = { graph: "Graph", list: "List" } as const;

/** Graph or list: the same graph drawn, or as tables for keyboard and screen-reader users. */
function ViewSwitch() {
  const view = useAppState(selectView);
  const showView = useAppState(selectShowView);
  const layout = useAppState(selectLayout);
  const chooseLayout = useAppState(selectChooseLayout);
  return (
    <div className="view-bar">
      <div className="view-switch" role="group" aria-label="Show the graph as">
        {MAIN_VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => showView(v)}>
            {VIEW_NAME[v]}
          </button>
        ))}
      </div>
      {view === "graph" && (
        <label className="layout-choice">
          Layout
          <select
            value={layout}
            onChange={(e) => {
              const chosen = LAYOUTS.find((l) => l === e.target.value);
              if (chosen) chooseLayout(chosen);
            }}
          >
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {LAYOUT_NAME[l]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
