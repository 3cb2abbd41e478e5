import { useEffect, useRef, useState } from "react";
import { openGraphFile } from "../store/openGraph.ts";
import { selectOpening } from "../store/selectors.ts";
import { layOutOnDemand } from "./layOutOnDemand.ts";
import { useAppState, useAppStoreApi } from "./StoreContext.tsx";

const ACCEPT = ".json,.cyjs,application/json";

/** "Open graph": a file picker behind a button, for a graph document or Cytoscape.js JSON. */
export function OpenGraphButton() {
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="header-button"
        title="Open a graph file (Quotegraph JSON or Cytoscape.js JSON); you can also drop one on the window"
        onClick={() => input.current?.click()}
      >
        Open graph
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
          if (file) void openGraphFile(store, file, layOutOnDemand);
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
      const file = e.dataTransfer?.files[0];
      if (file) void openGraphFile(store, file, layOutOnDemand);
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

/** "Opening party.json…", while a file or address is read and checked. */
export function OpeningStatus() {
  const opening = useAppState(selectOpening);
  return (
    <p role="status" className="opening-status">
      {opening !== null && `Opening ${opening}…`}
    </p>
  );
}
