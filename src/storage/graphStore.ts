import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { GraphModel } from "../domain/schema.ts";
import type { GraphRecords } from "./graphRecords.ts";
import type { LocalGraphSummary } from "./localGraph.ts";

/** The database's name in this site's storage, and its schema version (see `upgrade`). */
export const DATABASE_NAME = "quotegraph";
const DATABASE_VERSION = 1;

interface GraphDatabase extends DBSchema {
  /** What "My graphs" lists: small, read whole. */
  summaries: { key: string; value: LocalGraphSummary };
  /** The documents, out-of-line keyed by the same id: read one at a time. */
  documents: { key: string; value: GraphModel };
}

/**
 * Opens this site's graph database in IndexedDB. Rejects when the browser refuses storage
 * (private browsing in some browsers, site data blocked): `indexedDB` missing, `open` throwing,
 * or its request failing all end here, as the browser's error.
 *
 * @example const records = await openGraphStore(); await records.summaries();
 */
export async function openGraphStore(): Promise<GraphRecords> {
  if (typeof indexedDB === "undefined") {
    throw new DOMException("This browser offers no IndexedDB here", "InvalidStateError");
  }
  let db: IDBPDatabase<GraphDatabase> = await open();
  let closed = false;
  const connection = async () => {
    // The browser may close the connection (storage cleared, or a newer version elsewhere):
    // the next operation opens it again rather than failing on a dead one.
    if (closed) {
      db = await open();
      closed = false;
    }
    return db;
  };
  function open() {
    return openDB<GraphDatabase>(DATABASE_NAME, DATABASE_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore("summaries", { keyPath: "id" });
          database.createObjectStore("documents");
        }
      },
      // A tab with a newer version of the app wants to upgrade: let it, and reopen on next use.
      blocking() {
        db.close();
        closed = true;
      },
      terminated() {
        closed = true;
      },
    });
  }

  return {
    async summaries() {
      return (await connection()).getAll("summaries");
    },
    async summary(id) {
      return (await connection()).get("summaries", id);
    },
    async document(id) {
      return (await connection()).get("documents", id);
    },
    async put(summary, document) {
      const tx = (await connection()).transaction(["summaries", "documents"], "readwrite");
      const writes: Promise<unknown>[] = [tx.objectStore("summaries").put(summary)];
      if (document) writes.push(tx.objectStore("documents").put(document, summary.id));
      await commit(tx, writes);
    },
    async remove(id) {
      const tx = (await connection()).transaction(["summaries", "documents"], "readwrite");
      await commit(tx, [
        tx.objectStore("summaries").delete(id),
        tx.objectStore("documents").delete(id),
      ]);
    },
  };
}

/**
 * Waits for a transaction's writes and its end. When it fails, the transaction's own error is
 * the one that says why: a full disk aborts the transaction with a QuotaExceededError, while
 * the write that was under way may only report that it was aborted.
 */
async function commit(
  tx: { readonly done: Promise<void>; readonly error: DOMException | null },
  writes: readonly Promise<unknown>[],
): Promise<void> {
  try {
    await Promise.all([...writes, tx.done]);
  } catch (e) {
    throw tx.error ?? e;
  }
}
