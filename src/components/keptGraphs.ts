import { indexGraph, type GraphIndex } from "../domain/graphIndex.ts";
import type { Problem } from "../domain/problems.ts";
import type { LocalGraph } from "../storage/localGraph.ts";
import type { AppStore } from "../store/createAppStore.ts";
import { readerMissing } from "../store/readerMissing.ts";
import type { GraphOrigin, OpenedOrigin } from "../store/transitions.ts";

/**
 * Between the store and this browser's storage (docs/ARCHITECTURE.md, "Storage"): every graph
 * opened from a file or an address is kept, and a `?local=` link reads its graph back. The
 * storage code loads the first time it is needed: the first view of the published graph
 * needs none of it.
 */
const storageModule = () => import("../storage/localGraphs.ts");

/** Said beside the graph when this browser will not keep it. */
const NOT_KEPT_NOTE =
  "It stays on screen until you reload or close this tab; the graphs already kept here are as they were.";

/**
 * Keeps each graph the reader opens from a file or an address, as soon as it is on screen,
 * and then shows it as that kept graph (the address names it: `?local=<id>`). When the browser
 * refuses (private browsing, storage full), says so beside the graph, which stays.
 *
 * @example const stop = keepOpenedGraphs(store);
 */
export function keepOpenedGraphs(store: AppStore): () => void {
  let last: GraphIndex | null = null;
  return store.subscribe((state) => {
    if (state.load.status !== "ready" || state.load.graph === last) return;
    const { graph, origin, notes } = state.load;
    last = graph;
    if (origin.kind === "file" || origin.kind === "url") void keep(store, graph, origin, notes);
  });
}

async function keep(
  store: AppStore,
  graph: GraphIndex,
  origin: OpenedOrigin,
  notes: readonly string[],
): Promise<void> {
  const name = origin.kind === "file" ? origin.name : origin.url;
  const refuse = (problem: Problem) =>
    store.getState().notKept({
      title: `“${name}” is not kept in this browser`,
      problems: [problem],
      note: NOT_KEPT_NOTE,
    });
  const storage = await storageModule().catch((e: unknown) => e as Error);
  if (storage instanceof Error) return refuse(readerMissing(name, storage));
  const graphs = await storage.localGraphs();
  if (!graphs.ok) return refuse({ path: "Storage", message: graphs.problem.message });
  // Measuring and copying a large graph takes the main thread a moment: not while the graph is
  // first drawn, but within a second all the same.
  await idle(KEEP_WITHIN_MS);
  const saved = await graphs.value.save(graph.doc, origin, notes);
  if (!saved.ok) return refuse({ path: "Storage", message: saved.problem.message });
  store.getState().graphKept(graph, saved.value.id, saved.value.title);
}

/** A graph opened is kept within this long, even when the page stays busy. */
const KEEP_WITHIN_MS = 1000;

/** Resolves when the browser is idle, or after `timeout` ms at the latest. */
function idle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "undefined") setTimeout(resolve, 0);
    else requestIdleCallback(() => resolve(), { timeout });
  });
}

/**
 * Shows a kept graph read back from storage: it replaces the graph on screen, named as the
 * reader named it.
 */
export function showKeptGraph(store: AppStore, { summary, document }: LocalGraph): void {
  const state = store.getState();
  const manifest = state.load.status === "ready" ? state.load.manifest : [];
  const origin: GraphOrigin = {
    kind: "local",
    id: summary.id,
    title: summary.title,
    from: summary.origin,
  };
  state.graphLoaded(indexGraph(document), manifest, origin, summary.notes);
}

/**
 * Start-up with `?local=<id>`: reads that graph from this browser's storage and shows it.
 * When it is not here (a link from another browser, or deleted since), or storage cannot be
 * read, `otherwise` opens what the rest of the link names (its address, or the published
 * graph) and the reader is told plainly why.
 *
 * @example void openKeptGraph(store, "k3x9q2m7pa", () => loadDefaultGraph(store), false);
 */
export async function openKeptGraph(
  store: AppStore,
  id: string,
  otherwise: () => Promise<void>,
  /** True when the link also names the address it came from, which `otherwise` opens. */
  hasAddress: boolean,
): Promise<void> {
  const instead = async (refusal: { title: string; problems: Problem[]; note?: string }) => {
    await otherwise();
    store.getState().notKept({
      note: hasAddress
        ? "Shown instead: the graph at the link's address, as it is now."
        : "Shown instead: the graph published with this app. My graphs lists the graphs kept in this browser.",
      ...refusal,
    });
  };
  const cannotRead = (problem: Problem) =>
    instead({ title: "The graphs kept in this browser could not be read", problems: [problem] });
  const storage = await storageModule().catch((e: unknown) => e as Error);
  if (storage instanceof Error) return cannotRead(readerMissing(`?local=${id}`, storage));
  const graphs = await storage.localGraphs();
  if (!graphs.ok) return cannotRead({ path: `?local=${id}`, message: graphs.problem.message });
  const read = await graphs.value.read(id);
  if (!read.ok) return cannotRead({ path: `?local=${id}`, message: read.problem.message });
  const found = read.value;
  if (found.kind === "found") return showKeptGraph(store, found.graph);
  if (found.kind === "damaged") {
    return instead({
      title: `“${found.title}”, kept in this browser, failed its checks and is not shown`,
      problems: [...found.problems],
    });
  }
  // A graph kept from an address opens from that address in another browser: nothing to say.
  if (hasAddress) return otherwise();
  return instead({
    title: "This graph is kept in another browser",
    problems: [
      {
        path: `?local=${id}`,
        message:
          "a graph opened from a file is kept only in the browser where it was opened, and this browser has none by that id (or it was deleted)",
      },
    ],
  });
}
