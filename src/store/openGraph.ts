import { indexGraph } from "../domain/graphIndex.ts";
import type { OpenedGraph } from "../domain/openedGraph/readGraphFile.ts";
import type { ParseResult } from "../domain/parseGraphDocument.ts";
import type { Problem } from "../domain/problems.ts";
import type { GraphModel } from "../domain/schema.ts";
import type { AppStore } from "./createAppStore.ts";
import { readerMissing } from "./readerMissing.ts";
import type { GraphOrigin } from "./transitions.ts";

/**
 * Lays out a graph that arrived without positions. Injected by the caller, because the store
 * may not import Cytoscape; it resolves with every node positioned, and rejects when `signal`
 * is aborted (the reader cancelled, or opened something else).
 */
export type LayOut = (graph: GraphModel, signal: AbortSignal) => Promise<GraphModel>;

/** Starts an open in the store, which stops the store's previous open if one is under way. */
function startOpening(store: AppStore, name: string): AbortSignal {
  return store.getState().openingStarted(name);
}

/** What the app needs of a `File` (a test can pass a plain object). */
export interface GraphFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** The file reader, loaded the first time someone opens a graph (most readers never do). */
const loadReader = () => import("../domain/openedGraph/readGraphFile.ts");

/**
 * Opens a graph file the reader chose or dropped. It replaces the graph on screen only when it
 * passes every check; otherwise the refusal lists what is wrong and the graph stays as it was.
 */
export async function openGraphFile(store: AppStore, file: GraphFile, layOut: LayOut) {
  const title = `“${file.name}” was not opened`;
  const signal = startOpening(store, file.name);
  const reader = await loadReader().catch((e: unknown) => e as Error);
  if (reader instanceof Error)
    return refuse(store, signal, title, [readerMissing(file.name, reader)]);
  const { MAX_GRAPH_FILE_BYTES, fileTooLarge, readGraphBytes } = reader;
  if (file.size > MAX_GRAPH_FILE_BYTES) {
    return refuse(store, signal, title, [fileTooLarge(file.name, file.size)]);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return refuse(store, signal, title, [
      { path: file.name, message: `could not be read (${(e as Error).message})` },
    ]);
  }
  await finishOpening(store, file.name, title, readGraphBytes(bytes, file.name), layOut, signal, {
    kind: "file",
    name: file.name,
  });
}

/**
 * Opens the graph at an http(s) address: this site's own, or another site's that allows it
 * (CORS). Relative addresses resolve against the page.
 */
export async function openGraphUrl(
  store: AppStore,
  address: string,
  layOut: LayOut,
  fetchFn: Fetch = (url, init) => fetch(url, init),
  base: string = location.href,
) {
  const signal = startOpening(store, address);
  const reader = await loadReader().catch((e: unknown) => e as Error);
  const title = `The graph at “${address}” was not opened`;
  if (reader instanceof Error)
    return refuse(store, signal, title, [readerMissing(address, reader)]);
  const { MAX_GRAPH_FILE_BYTES, fileTooLarge, readGraphBytes } = reader;
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return refuse(store, signal, title, [{ path: "?graph", message: "is not a web address" }]);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return refuse(store, signal, title, [
      {
        path: "?graph",
        message: `uses "${url.protocol}"; only http and https addresses can be opened`,
      },
    ]);
  }
  const ownSite = url.origin === new URL(base).origin;
  if (url.protocol === "http:" && !ownSite) {
    // The site's Content-Security-Policy allows other sites over https only.
    return refuse(store, signal, title, [
      {
        path: "?graph",
        message: "is on another site over plain http; graphs from other sites open over https only",
      },
    ]);
  }
  let response: Response;
  try {
    // No cookies or credentials go with it: the graph is public data, or it is not opened.
    response = await fetchFn(url.href, { credentials: "omit", signal });
  } catch {
    return refuse(store, signal, title, [
      {
        path: url.href,
        message:
          "could not be fetched: the server did not answer, or it does not allow other sites to read it (CORS)",
      },
    ]);
  }
  if (!response.ok) {
    return refuse(store, signal, title, [
      {
        path: url.href,
        message: `the server answered ${response.status} ${response.statusText}`.trim(),
      },
    ]);
  }
  const name = fileNameOf(url);
  const declared = Number(response.headers.get("content-length"));
  if (declared > MAX_GRAPH_FILE_BYTES) {
    return refuse(store, signal, title, [fileTooLarge(name, declared)]);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    return refuse(store, signal, title, [
      { path: url.href, message: `could not be read (${(e as Error).message})` },
    ]);
  }
  const read = readGraphBytes(bytes, name);
  await finishOpening(
    store,
    address,
    title,
    // Who made a graph from another site is worth saying: its "quotes" match the texts in the
    // file, which that site wrote, not necessarily the articles they name.
    read.ok && !ownSite
      ? {
          ok: true,
          value: { ...read.value, notes: [fromOtherSite(url.host), ...read.value.notes] },
        }
      : read,
    layOut,
    signal,
    { kind: "url", url: address },
  );
}

/** The last path segment ("party.json"), or the host when the path has none. */
function fileNameOf(url: URL): string {
  const last = url.pathname.split("/").pop() ?? "";
  try {
    return decodeURIComponent(last) || url.host;
  } catch {
    return last || url.host;
  }
}

async function finishOpening(
  store: AppStore,
  name: string,
  title: string,
  result: ParseResult<OpenedGraph>,
  layOut: LayOut,
  signal: AbortSignal,
  origin: GraphOrigin,
) {
  if (!result.ok) return refuse(store, signal, title, result.problems);
  const { graph, needsLayout, notes } = result.value;
  let positioned = graph;
  if (needsLayout) {
    if (signal.aborted) return;
    store.getState().openingStep(name, "laying-out", graph.nodes.length);
    try {
      positioned = await layOut(graph, signal);
    } catch (e) {
      if (signal.aborted) return; // cancelled, or replaced by a newer open: nothing to say
      return refuse(store, signal, title, [
        { path: name, message: `could not be laid out (${(e as Error).message})` },
      ]);
    }
  }
  if (signal.aborted) return;
  if (positioned.nodes.length >= DRAWING_NOTICE_FROM) {
    // Drawing thousands of nodes holds the page for a moment: say so first, and let it show.
    store.getState().openingStep(name, "drawing", positioned.nodes.length);
    await nextPaint();
  }
  // Only the latest open counts: one started meanwhile, or Cancel, has stopped this one.
  if (signal.aborted) return;
  const state = store.getState();
  const manifest = state.load.status === "ready" ? state.load.manifest : [];
  state.graphLoaded(indexGraph(positioned), manifest, origin, notes);
}

/** From this many nodes, "Drawing …" is shown before the graph replaces the one on screen. */
const DRAWING_NOTICE_FROM = 1000;

/** Resolves after the browser has had the chance to paint (at once where nothing paints). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "undefined") return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

function fromOtherSite(host: string): string {
  return `Opened from ${host}, not published with this app: its quotes match the source texts in that file, which ${host} provides.`;
}

function refuse(store: AppStore, signal: AbortSignal, title: string, problems: readonly Problem[]) {
  if (signal.aborted) return;
  store.getState().openRefused({ title, problems });
}
