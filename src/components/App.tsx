import { lazy, Suspense, useEffect } from "react";
import { selectLoad } from "../store/selectors.ts";
import { LoadError } from "./LoadError.tsx";
import { Legend } from "./Legend.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { SelectionAnnouncer } from "./SelectionAnnouncer.tsx";
import { Sidebar } from "./Sidebar.tsx";
import { useAppState } from "./StoreContext.tsx";

// Cytoscape is most of the bundle: load it alongside the graph data, not before first paint.
const GraphCanvas = lazy(() => import("./GraphCanvas.tsx"));

export function App() {
  const load = useAppState(selectLoad);
  const title = load.status === "ready" ? load.graph.doc.title : "Quotegraph";
  useEffect(() => {
    document.title = title === "Quotegraph" ? title : `${title} · Quotegraph`;
  }, [title]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand" aria-hidden="true">
          Quotegraph
        </div>
        <h1>{title}</h1>
        {load.status === "ready" && <SearchBox />}
      </header>
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
          <section className="graph-area" aria-label="Graph">
            <Suspense fallback={<p role="status">Drawing the graph…</p>}>
              <GraphCanvas />
            </Suspense>
            <Legend />
          </section>
          <Sidebar />
          <SelectionAnnouncer />
        </main>
      )}
    </div>
  );
}
