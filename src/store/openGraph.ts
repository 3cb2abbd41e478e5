import { indexGraph } from "../domain/graphIndex.ts";
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
 *
 * @example
 * input.onchange = () => void openGraphFile(store, input.files![0]!, layOutOnDemand);
 */
export function openGraphFile(store: AppStore, file: GraphFile, layOut: LayOut): Promise<void> {
  return openGraph(store, fileSource(file), layOut);
}

/**
 * Opens the graph at an http(s) address: this site's own, or another site's that allows it
 * (CORS). Relative addresses resolve against the page. Like a file, it replaces the graph on
 * screen only when it passes every check.
 *
 * @example
 * // https://example.org/quotegraph/?graph=https://other.example/party.json
 * void openGraphUrl(store, "https://other.example/party.json", layOutOnDemand);
 */
export function openGraphUrl(
  store: AppStore,
  address: string,
  layOut: LayOut,
  fetchFn: Fetch = (url, init) => fetch(url, init),
  base: string = location.href,
): Promise<void> {
  return openGraph(store, urlSource(address, fetchFn, base), layOut);
}

/**
 * What differs between opening a file and opening an address: what it is called, where it
 * came from, and how its bytes are got. Everything after the bytes is one pipeline.
 */
interface GraphSource {
  /** What the reader opened, as they would recognise it: the file's name, or the address. */
  readonly name: string;
  /** The refusal's title, naming it the same way. */
  readonly title: string;
  readonly origin: GraphOrigin;
  /**
   * The bytes, refusing where it can what is over `limit` before reading it; `signal` stops
   * what is under way when the open is cancelled or replaced.
   */
  getBytes(limit: SizeLimit, signal: AbortSignal): Promise<Bytes>;
}

/** The reader's size limit and its message, handed to a source once the reader has loaded. */
interface SizeLimit {
  readonly maxBytes: number;
  tooLarge(fileName: string, bytes: number): Problem;
}

type Bytes =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      /** The name the reader's problems go by ("party.json", also for an address). */
      readonly fileName: string;
      /** Sentences about the source itself, told before the reader's own. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const refused = (...problems: Problem[]): Bytes => ({ ok: false, problems });

/** Reads a body in full; a failure mid-way is a problem, never a throw. */
async function readAll(
  body: () => Promise<ArrayBuffer>,
  path: string,
  fileName: string,
  notes: readonly string[] = [],
): Promise<Bytes> {
  try {
    return { ok: true, bytes: new Uint8Array(await body()), fileName, notes };
  } catch (e) {
    return refused({ path, message: `could not be read (${(e as Error).message})` });
  }
}

function fileSource(file: GraphFile): GraphSource {
  return {
    name: file.name,
    title: `“${file.name}” was not opened`,
    origin: { kind: "file", name: file.name },
    getBytes: ({ maxBytes, tooLarge }) =>
      file.size > maxBytes
        ? Promise.resolve(refused(tooLarge(file.name, file.size)))
        : readAll(() => file.arrayBuffer(), file.name, file.name),
  };
}

function urlSource(address: string, fetchFn: Fetch, base: string): GraphSource {
  return {
    name: address,
    title: `The graph at “${address}” was not opened`,
    origin: { kind: "url", url: address },
    getBytes: async ({ maxBytes, tooLarge }, signal) => {
      let url: URL;
      try {
        url = new URL(address, base);
      } catch {
        return refused({ path: "?graph", message: "is not a web address" });
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") {
        return refused({
          path: "?graph",
          message: `uses "${url.protocol}"; only http and https addresses can be opened`,
        });
      }
      const ownSite = url.origin === new URL(base).origin;
      if (url.protocol === "http:" && !ownSite) {
        // The site's Content-Security-Policy allows other sites over https only.
        return refused({
          path: "?graph",
          message:
            "is on another site over plain http; graphs from other sites open over https only",
        });
      }
      let response: Response;
      try {
        // No cookies or credentials go with it: the graph is public data, or it is not opened.
        response = await fetchFn(url.href, { credentials: "omit", signal });
      } catch {
        return refused({
          path: url.href,
          message:
            "could not be fetched: the server did not answer, or it does not allow other sites to read it (CORS)",
        });
      }
      if (!response.ok) {
        return refused({
          path: url.href,
          message: `the server answered ${response.status} ${response.statusText}`.trim(),
        });
      }
      const fileName = fileNameOf(url);
      const declared = Number(response.headers.get("content-length"));
      if (declared > maxBytes) return refused(tooLarge(fileName, declared));
      // Who made a graph from another site is worth saying: its "quotes" match the texts in the
      // file, which that site wrote, not necessarily the articles they name.
      const notes = ownSite ? [] : [fromOtherSite(url.host)];
      return readAll(() => response.arrayBuffer(), url.href, fileName, notes);
    },
  };
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

function fromOtherSite(host: string): string {
  return `Opened from ${host}, not published with this app: its quotes match the source texts in that file, which ${host} provides.`;
}

/**
 * The one way a graph is opened, whatever it comes from: get the bytes, read and check them,
 * lay the graph out if it has no positions, and show it, unless a newer open or Cancel has
 * stopped this one meanwhile (checked after every wait).
 */
async function openGraph(store: AppStore, source: GraphSource, layOut: LayOut): Promise<void> {
  const { name, title } = source;
  // Stops the store's previous open, if one is under way.
  const signal = store.getState().openingStarted(name);
  const refuse = (problems: readonly Problem[]) => {
    if (!signal.aborted) store.getState().openRefused({ title, problems });
  };

  const reader = await loadReader().catch((e: unknown) => e as Error);
  if (reader instanceof Error) return refuse([readerMissing(name, reader)]);
  const got = await source.getBytes(
    { maxBytes: reader.MAX_GRAPH_FILE_BYTES, tooLarge: reader.fileTooLarge },
    signal,
  );
  if (!got.ok) return refuse(got.problems);
  const read = reader.readGraphBytes(got.bytes, got.fileName);
  if (!read.ok) return refuse(read.problems);

  const { graph, needsLayout } = read.value;
  let positioned = graph;
  if (needsLayout) {
    if (signal.aborted) return;
    store.getState().openingStep(name, "laying-out", graph.nodes.length);
    try {
      positioned = await layOut(graph, signal);
    } catch (e) {
      if (signal.aborted) return; // cancelled, or replaced by a newer open: nothing to say
      return refuse([{ path: name, message: `could not be laid out (${(e as Error).message})` }]);
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
  const notes = [...got.notes, ...read.value.notes];
  state.graphLoaded(indexGraph(positioned), manifest, source.origin, notes);
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
