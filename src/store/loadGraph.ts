import { indexGraph } from "../domain/graphIndex.ts";
import { parseGraphDocument } from "../domain/parseGraphDocument.ts";
import { problemFromZodIssue, type Problem } from "../domain/problems.ts";
import { ManifestSchema } from "../domain/schema.ts";
import type { AppActions, AppStore } from "./createAppStore.ts";

type Fetch = (url: string) => Promise<Response>;

async function fetchJson(
  fetchFn: Fetch,
  url: string,
): Promise<{ ok: true; json: unknown } | { ok: false; problem: Problem }> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (e) {
    return {
      ok: false,
      problem: { path: url, message: `could not be fetched (${(e as Error).message})` },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      problem: {
        path: url,
        message: `the server answered ${response.status} ${response.statusText}`.trim(),
      },
    };
  }
  try {
    return { ok: true, json: await response.json() };
  } catch {
    return { ok: false, problem: { path: url, message: "is not valid JSON" } };
  }
}

/**
 * Loads the manifest and its default graph (the first entry), checks the graph with the same
 * schema and quote checks the build used, and puts the result in the store. Whatever fails
 * ends as a load error listing what is wrong; nothing unchecked reaches the screen.
 *
 * @param baseUrl where `graphs/` lives, relative to the page ("./" in the static site)
 * @example await loadDefaultGraph(store, fetch, "./", new URLSearchParams(location.search).get("graph"))
 */
export async function loadDefaultGraph(
  store: AppStore,
  fetchFn: Fetch = (url) => fetch(url),
  baseUrl = "./",
  /** A graph id from a shared link; null opens the default (the manifest's first entry). */
  graphId: string | null = null,
): Promise<void> {
  // A file or address the reader opened meanwhile wins: the default graph never replaces it,
  // nor the message about it.
  const superseded = () => {
    const { load, opening } = store.getState();
    return load.status !== "loading" || opening !== null;
  };
  const loadFailed = (title: string, problems: readonly Problem[]) => {
    if (!superseded()) store.getState().loadFailed(title, problems);
  };
  const graphLoaded: AppActions["graphLoaded"] = (...args) => {
    if (!superseded()) store.getState().graphLoaded(...args);
  };
  const manifestUrl = `${baseUrl}graphs/index.json`;
  const manifestJson = await fetchJson(fetchFn, manifestUrl);
  if (!manifestJson.ok)
    return loadFailed("The list of graphs could not be loaded", [manifestJson.problem]);
  const manifest = ManifestSchema.safeParse(manifestJson.json);
  if (!manifest.success) {
    return loadFailed(
      "The list of graphs is not valid",
      manifest.error.issues.map((i) => ({
        ...problemFromZodIssue(i, manifestJson.json),
        path: `graphs/index.json ${problemFromZodIssue(i, manifestJson.json).path}`,
      })),
    );
  }
  const entry = graphId === null ? manifest.data[0] : manifest.data.find((e) => e.id === graphId);
  if (!entry) {
    return graphId === null
      ? loadFailed("There is no graph to show", [])
      : loadFailed(`There is no graph “${graphId}” here`, [
          {
            path: "?graph",
            message: `"${graphId}" is not in graphs/index.json; the graphs here are ${manifest.data.map((e) => `"${e.id}"`).join(", ")}`,
          },
        ]);
  }
  const graphUrl = `${baseUrl}graphs/${entry.id}.json`;
  const graphJson = await fetchJson(fetchFn, graphUrl);
  if (!graphJson.ok)
    return loadFailed(`The graph “${entry.title}” could not be loaded`, [graphJson.problem]);
  const parsed = parseGraphDocument(graphJson.json);
  if (!parsed.ok) {
    return loadFailed(
      `The graph “${entry.title}” failed its checks and is not shown`,
      parsed.problems,
    );
  }
  graphLoaded(indexGraph(parsed.value), manifest.data);
}
