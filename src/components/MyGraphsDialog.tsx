import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import type { LocalGraphSummary } from "../storage/localGraph.ts";
import {
  localGraphs,
  type LocalGraphs,
  type Outcome,
  type StorageUse,
} from "../storage/localGraphs.ts";
import { selectLocalId } from "../store/selectors.ts";
import { DialogShell } from "./DialogShell.tsx";
import { showKeptGraph } from "./keptGraphs.ts";
import { sizeText } from "./saveFile.ts";
import { useAppState, useAppStoreApi } from "./StoreContext.tsx";
import "./MyGraphsDialog.css";

type Listing =
  | { readonly kind: "loading" }
  | { readonly kind: "refused"; readonly message: string }
  | {
      readonly kind: "ready";
      readonly graphs: readonly LocalGraphSummary[];
      readonly use: StorageUse | null;
    };

/** Where the focus goes once the list has been drawn again after an action. */
type FocusTarget = { readonly id: string; readonly control: "open" | "rename" | "delete" } | "undo";

/**
 * My graphs: the graphs kept in this browser, with where each came from, when it was kept and
 * its size; Open, Rename, Duplicate and Delete (with Undo delete while the dialog is open), and
 * how much of this browser's storage the site uses. Deleted graphs go for good when it closes.
 */
export default function MyGraphsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const onScreen = useAppState(selectLocalId);
  const [listing, setListing] = useState<Listing>({ kind: "loading" });
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<LocalGraphSummary | null>(null);
  const [status, setStatus] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const body = useRef<HTMLDivElement>(null);

  const refresh = useCallback(async () => {
    const graphs = await localGraphs();
    if (!graphs.ok) return setListing({ kind: "refused", message: graphs.problem.message });
    const [list, use] = await Promise.all([graphs.value.list(), graphs.value.usage()]);
    if (!list.ok) return setListing({ kind: "refused", message: list.problem.message });
    setListing({ kind: "ready", graphs: list.value, use: use.ok ? use.value : null });
  }, []);

  useEffect(() => {
    // Deletions left from a visit that ended without closing this dialog (a crash) go first.
    void purge(store).then(refresh);
  }, [store, refresh]);

  useEffect(() => {
    const target = focusNext.current;
    if (!target || !body.current) return;
    const element = Array.from(
      body.current.querySelectorAll<HTMLElement>(
        `[data-focus='${target === "undo" ? "undo" : target.control}']`,
      ),
    ).find((el) => target === "undo" || el.dataset.graph === target.id);
    // Kept until the list drawn again after the action has the control to focus.
    if (!element) return;
    focusNext.current = null;
    element.focus();
  });

  /** Runs an action on the kept graphs; a refusal is said in the dialog. */
  async function act<T>(
    work: (graphs: LocalGraphs) => Promise<Outcome<T>>,
  ): Promise<T | undefined> {
    setFailure(null);
    const graphs = await localGraphs();
    const done = graphs.ok ? await work(graphs.value) : graphs;
    if (!done.ok) {
      setFailure(done.problem.message);
      return undefined;
    }
    return done.value;
  }

  const close = () => {
    void purge(store);
    onClose();
  };

  async function open(summary: LocalGraphSummary) {
    const read = await act((g) => g.read(summary.id));
    if (!read) return;
    if (read.kind === "found") {
      showKeptGraph(store, read.graph);
      close();
    } else if (read.kind === "missing") {
      setFailure(`“${summary.title}” is no longer kept here (deleted in another tab?).`);
      await refresh();
    } else {
      setFailure(
        `“${summary.title}” failed its checks and is not shown: ${read.problems.length} problem(s).`,
      );
    }
  }

  async function rename(summary: LocalGraphSummary, title: string) {
    const renamed = await act((g) => g.rename(summary.id, title));
    if (!renamed) return;
    store.getState().localGraphRenamed(renamed.id, renamed.title);
    setRenaming(null);
    setStatus(`Renamed to “${renamed.title}”.`);
    focusNext.current = { id: summary.id, control: "rename" };
    await refresh();
  }

  async function duplicate(summary: LocalGraphSummary) {
    const copy = await act((g) => g.duplicate(summary.id));
    if (!copy) return;
    setStatus(`“${copy.title}” made.`);
    focusNext.current = { id: copy.id, control: "open" };
    await refresh();
  }

  async function remove(summary: LocalGraphSummary) {
    const gone = await act((g) => g.remove(summary.id));
    if (!gone) return;
    setDeleted(gone);
    setStatus(`“${gone.title}” deleted.`);
    focusNext.current = "undo";
    await refresh();
  }

  async function undo() {
    if (!deleted) return;
    const back = await act((g) => g.restore(deleted.id));
    if (!back) return;
    setDeleted(null);
    setStatus(`“${back.title}” is back.`);
    focusNext.current = { id: back.id, control: "delete" };
    await refresh();
  }

  return (
    <DialogShell title="My graphs" className="my-graphs-dialog" onClose={close}>
      <div ref={body}>
        <p className="my-graphs-intro">
          Every graph you open from a file or an address is kept here, in this browser only: nothing
          leaves it.
        </p>
        {listing.kind === "loading" && <p role="status">Reading the graphs kept here…</p>}
        {listing.kind === "refused" && (
          <p role="alert" className="my-graphs-failure">
            {listing.message} Graphs you open are shown, but not kept.
          </p>
        )}
        {listing.kind === "ready" && listing.graphs.length === 0 && (
          <p>No graphs are kept here yet. Open a graph file (Open graph) and it is kept here.</p>
        )}
        {listing.kind === "ready" && listing.graphs.length > 0 && (
          <ul className="my-graphs-list" aria-label="Graphs kept in this browser">
            {listing.graphs.map((g) => (
              <GraphItem
                key={g.id}
                graph={g}
                onScreen={g.id === onScreen}
                renaming={renaming === g.id}
                onOpen={() => void open(g)}
                onRename={() => setRenaming(g.id)}
                onRenamed={(title) => void rename(g, title)}
                onCancelRename={() => {
                  setRenaming(null);
                  focusNext.current = { id: g.id, control: "rename" };
                }}
                onDuplicate={() => void duplicate(g)}
                onDelete={() => void remove(g)}
              />
            ))}
          </ul>
        )}
        <div className="my-graphs-status">
          <p role="status">{status}</p>
          {deleted && (
            <button
              type="button"
              className="btn-accent"
              data-focus="undo"
              onClick={() => void undo()}
            >
              Undo delete
            </button>
          )}
        </div>
        {failure && (
          <p role="alert" className="my-graphs-failure">
            {failure}
          </p>
        )}
        {listing.kind === "ready" && listing.use && <StorageUsed use={listing.use} />}
      </div>
    </DialogShell>
  );
}

/** Removes for good the graphs deleted and not restored; the one on screen stays on screen. */
async function purge(store: ReturnType<typeof useAppStoreApi>): Promise<void> {
  const graphs = await localGraphs();
  if (!graphs.ok) return;
  const purged = await graphs.value.purgeDeleted();
  if (purged.ok) for (const id of purged.value) store.getState().localGraphForgotten(id);
}

function GraphItem({
  graph,
  onScreen,
  renaming,
  onOpen,
  onRename,
  onRenamed,
  onCancelRename,
  onDuplicate,
  onDelete,
}: {
  graph: LocalGraphSummary;
  onScreen: boolean;
  renaming: boolean;
  onOpen: () => void;
  onRename: () => void;
  onRenamed: (title: string) => void;
  onCancelRename: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const [title, setTitle] = useState(graph.title);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim() !== "") onRenamed(title);
  };
  const from =
    graph.origin.kind === "file"
      ? `From the file ${graph.origin.name}`
      : `From ${graph.origin.url}`;
  return (
    <li className="my-graph">
      <h3 className="my-graph-title">
        {graph.title}
        {onScreen && <span className="my-graph-shown"> (on screen)</span>}
      </h3>
      <p className="my-graph-facts">
        {from} · kept {keptWhen(graph.savedAt)} · {sizeText(graph.byteSize)}
      </p>
      {renaming ? (
        <form className="my-graph-rename" onSubmit={submit}>
          <label>
            New name
            <input
              type="text"
              value={title}
              autoFocus
              onChange={(e) => setTitle(e.target.value)}
              onKeyDown={(e) => {
                // Escape leaves the name as it was, not the dialog.
                if (e.key === "Escape") {
                  e.preventDefault();
                  onCancelRename();
                }
              }}
            />
          </label>
          <button type="submit" className="btn-primary" disabled={title.trim() === ""}>
            Save name
          </button>
          <button type="button" onClick={onCancelRename}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="my-graph-actions" role="group" aria-label={`“${graph.title}”`}>
          <button
            type="button"
            className="btn-primary"
            data-focus="open"
            data-graph={graph.id}
            onClick={onOpen}
          >
            Open
          </button>
          <button
            type="button"
            className="btn-accent"
            data-focus="rename"
            data-graph={graph.id}
            onClick={onRename}
          >
            Rename
          </button>
          <button type="button" className="btn-accent" onClick={onDuplicate}>
            Duplicate
          </button>
          <button
            type="button"
            className="btn-accent"
            data-focus="delete"
            data-graph={graph.id}
            onClick={onDelete}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

/** "Storage used: 3 graphs, 24.1 KB; this site uses 1.2 MB of the 2.0 GB this browser allows it." */
function StorageUsed({ use }: { use: StorageUse }) {
  const graphs = `${use.graphs} graph${use.graphs === 1 ? "" : "s"}, ${sizeText(use.bytes)}`;
  return (
    <p className="my-graphs-use">
      Storage used: {graphs}
      {use.estimate &&
        `; this site uses ${sizeText(use.estimate.usage)} of the ${sizeText(use.estimate.quota)} this browser allows it`}
      .
    </p>
  );
}

/** "today at 01:42", or "on 2 Dec 2026 at 01:42". */
function keptWhen(savedAt: number): string {
  const at = new Date(savedAt);
  const time = at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  if (at.toDateString() === new Date().toDateString()) return `today at ${time}`;
  const day = at.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
  return `on ${day} at ${time}`;
}
