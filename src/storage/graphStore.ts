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
      await Promise.all([...writes, tx.done]);
    },
    async remove(id) {
      const tx = (await connection()).transaction(["summaries", "documents"], "readwrite");
      await Promise.all([
        tx.objectStore("summaries").delete(id),
        tx.objectStore("documents").delete(id),
        tx.done,
      ]);
    },
  };
}
