import { indexGraph } from "../domain/graphIndex.ts";
import type { OpenedGraph } from "../domain/openedGraph/readGraphFile.ts";
import type { ParseResult } from "../domain/parseGraphDocument.ts";
import type { Problem } from "../domain/problems.ts";
import type { GraphModel } from "../domain/schema.ts";
import type { AppStore } from "./createAppStore.ts";
import type { GraphOrigin } from "./transitions.ts";

/**
 * Lays out a graph that arrived without positions. Injected by the caller, because the store
 * may not import Cytoscape; it resolves with every node positioned.
 */
export type LayOut = (graph: GraphModel) => Promise<GraphModel>;

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
  store.getState().openingStarted(file.name);
  const { MAX_GRAPH_FILE_BYTES, fileTooLarge, readGraphBytes } = await loadReader();
  if (file.size > MAX_GRAPH_FILE_BYTES) {
    return refuse(store, file.name, title, [fileTooLarge(file.name, file.size)]);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return refuse(store, file.name, title, [
      { path: file.name, message: `could not be read (${(e as Error).message})` },
    ]);
  }
  await finishOpening(store, file.name, title, readGraphBytes(bytes, file.name), layOut, {
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
  store.getState().openingStarted(address);
  const { MAX_GRAPH_FILE_BYTES, fileTooLarge, readGraphBytes } = await loadReader();
  const title = `The graph at “${address}” was not opened`;
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return refuse(store, address, title, [{ path: "?graph", message: "is not a web address" }]);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return refuse(store, address, title, [
      {
        path: "?graph",
        message: `uses "${url.protocol}"; only http and https addresses can be opened`,
      },
    ]);
  }
  let response: Response;
  try {
    // No cookies or credentials go with it: the graph is public data, or it is not opened.
    response = await fetchFn(url.href, { credentials: "omit" });
  } catch {
    return refuse(store, address, title, [
      {
        path: url.href,
        message:
          "could not be fetched: the server did not answer, or it does not allow other sites to read it (CORS)",
      },
    ]);
  }
  if (!response.ok) {
    return refuse(store, address, title, [
      {
        path: url.href,
        message: `the server answered ${response.status} ${response.statusText}`.trim(),
      },
    ]);
  }
  const name = fileNameOf(url);
  const declared = Number(response.headers.get("content-length"));
  if (declared > MAX_GRAPH_FILE_BYTES) {
    return refuse(store, address, title, [fileTooLarge(name, declared)]);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    return refuse(store, address, title, [
      { path: url.href, message: `could not be read (${(e as Error).message})` },
    ]);
  }
  await finishOpening(store, address, title, readGraphBytes(bytes, name), layOut, {
    kind: "url",
    url: address,
  });
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
  origin: GraphOrigin,
) {
  if (!result.ok) return refuse(store, name, title, result.problems);
  const { graph, needsLayout, notes } = result.value;
  let positioned = graph;
  if (needsLayout) {
    try {
      positioned = await layOut(graph);
    } catch (e) {
      return refuse(store, name, title, [
        { path: name, message: `could not be laid out (${(e as Error).message})` },
      ]);
    }
  }
  // Only the latest open counts: one started meanwhile has replaced this one.
  if (!isStillOpening(store, name)) return;
  const state = store.getState();
  const manifest = state.load.status === "ready" ? state.load.manifest : [];
  state.graphLoaded(indexGraph(positioned), manifest, origin, notes);
}

function isStillOpening(store: AppStore, name: string): boolean {
  return store.getState().opening === name;
}

function refuse(store: AppStore, name: string, title: string, problems: readonly Problem[]) {
  if (!isStillOpening(store, name)) return;
  store.getState().openRefused({ title, problems });
}
