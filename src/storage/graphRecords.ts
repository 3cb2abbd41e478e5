import type { GraphModel } from "../domain/schema.ts";
import type { LocalGraphSummary } from "./localGraph.ts";

/**
 * What the storage logic needs of a database: two tables keyed by the local id, summaries and
 * documents, written together or not at all. `graphStore.ts` implements it over IndexedDB;
 * tests wrap that one to make it fail as a browser can (refused, full).
 *
 * Every method rejects with the browser's own error (a DOMException such as
 * "QuotaExceededError"); `storageProblem.ts` says what it means.
 */
export interface GraphRecords {
  /** Every summary, deleted ones included, in no particular order. */
  summaries(): Promise<LocalGraphSummary[]>;
  summary(id: string): Promise<LocalGraphSummary | undefined>;
  /** The document alone: read when a graph is opened or copied, never to list them. */
  document(id: string): Promise<unknown>;
  /**
   * Writes a summary, and its document when one is given, in one transaction: a failure (the
   * disk is full) leaves both as they were.
   */
  put(summary: LocalGraphSummary, document?: GraphModel): Promise<void>;
  /** Removes a summary and its document, in one transaction. */
  remove(id: string): Promise<void>;
}
