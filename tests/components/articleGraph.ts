import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { indexGraph, type GraphIndex } from "../../src/domain/graphIndex.ts";
import { buildGraphDocument } from "../../src/pipeline/buildGraphDocument.ts";
import { createAppStore, type AppStore } from "../../src/store/createAppStore.ts";

/** The real article graph, built by the real pipeline (no layout: components do not need it). */
export function articleGraph(): GraphIndex {
  // Paths from the repository root (vitest's working directory).
  const read = (path: string) => readFileSync(resolve(path), "utf8");
  const built = buildGraphDocument(
    JSON.parse(read("data/annotations/venezuela-russia-arms-talks.json")),
    new Map([
      [
        "venezuela-russia-weapons-talks.txt",
        read("data/sources/venezuela-russia-weapons-talks.txt"),
      ],
    ]),
  );
  if (!built.ok) throw new Error(built.problems.map((p) => p.message).join("\n"));
  return indexGraph(built.value);
}

/** A fresh store with the article graph loaded. */
export function storeWithArticle(): { store: AppStore; graph: GraphIndex } {
  const graph = articleGraph();
  const store = createAppStore();
  store
    .getState()
    .graphLoaded(graph, [{ id: graph.doc.id, title: graph.doc.title, nodeCount: 0, edgeCount: 0 }]);
  return { store, graph };
}
