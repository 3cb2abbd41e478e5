import { useEffect, useRef, useState } from "react";
import type { AppStore } from "../store/createAppStore.ts";
import { readerMissing } from "../store/readerMissing.ts";
import { selectOpening } from "../store/selectors.ts";
import { layOutOnDemand } from "./layOutOnDemand.ts";
import { useAppState, useAppStoreApi } from "./StoreContext.tsx";

const ACCEPT = ".json,.cyjs,application/json";

/** Where focus goes back to when a message about an open is dismissed. */
export const OPEN_GRAPH_BUTTON_ID = "open-graph-button";

/** Opening is occasional: its code loads the first time someone opens a graph. */
const openingFlow = () => import("../store/openGraph.ts");

function openFile(store: AppStore, file: File): void {
  openingFlow().then(
    ({ openGraphFile }) => openGraphFile(store, file, layOutOnDemand),
    // The code could not be fetched (offline, or the site was updated meanwhile): say so.
    (error: unknown) =>
      store.getState().openRefused({
        title: `“${file.name}” was not opened`,
        problems: [readerMissing(file.name, error)],
      }),
  );
}

/** "Open graph": a file picker behind a button, for a graph document or Cytoscape.js JSON. */
export function OpenGraphButton() {
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        id={OPEN_GRAPH_BUTTON_ID}
        type="button"
        className="header-button"
        title="Open a graph file (Quotegraph JSON or Cytoscape.js JSON); you can also drop one on the window"
        aria-label="Open graph"
        onClick={() => input.current?.click()}
      >
        {/* "Open" on a phone, where the header's buttons share one row. */}
        Open<span className="header-button-more"> graph</span>
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) opens it again.
          event.target.value = "";
          if (file) openFile(store, file);
        }}
      />
    </>
  );
}

/**
 * Opens a graph file dropped anywhere on the window, and shows where it can be dropped while a
 * file is dragged over.
 */
export function FileDropZone() {
  const store = useAppStoreApi();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when it has left.
    let depth = 0;
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file itself, leaving the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = e.dataTransfer?.files;
      const file = files?.[0];
      if (!files || !file) return;
      if (files.length > 1) {
        store.getState().openRefused({
          title: "Only one graph opens at a time",
          problems: [
            {
              path: Array.from(files, (f) => f.name).join(", "),
              message: `${files.length} files were dropped; drop the one to open`,
            },
          ],
        });
        return;
      }
      openFile(store, file);
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("dragover", onOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [store]);
  if (!dragging) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>Drop a graph file to open it</p>
    </div>
  );
}

/**
 * What an open is doing: "Opening party.json…" while it is read and checked, then, for a
 * graph without positions, the layout under way with the time it has taken and a Cancel
 * button (the layout runs in a worker, so the page stays usable meanwhile).
 */
export function OpeningStatus() {
  const store = useAppStoreApi();
  const opening = useAppState(selectOpening);
  const layingOut = opening?.step === "laying-out";
  return (
    <div className="opening-status">
      <p role="status">
        {opening?.step === "reading" && `Opening ${opening.name}…`}
        {opening?.step === "laying-out" &&
          `Laying out ${opening.nodeCount.toLocaleString("en")} nodes of ${opening.name}, which has no positions…`}
        {opening?.step === "drawing" &&
          `Drawing ${opening.nodeCount.toLocaleString("en")} nodes of ${opening.name}…`}
      </p>
      {layingOut && (
        <>
          {/* No value: fcose reports no progress of its own, so this only shows it is working. */}
          <progress aria-label="Layout under way" />
          <ElapsedSeconds />
          <button type="button" onClick={() => store.getState().openingCancelled()}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}

/** Whole seconds since it appeared, counting up once a second. */
function ElapsedSeconds() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const start = performance.now();
    const timer = setInterval(
      () => setSeconds(Math.floor((performance.now() - start) / 1000)),
      1000,
    );
    return () => clearInterval(timer);
  }, []);
  return (
    <span className="opening-time" aria-hidden="true">
      {seconds} s
    </span>
  );
}
