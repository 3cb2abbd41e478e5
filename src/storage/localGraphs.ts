import { utf8Length } from "../domain/codePoints.ts";
import type { Problem } from "../domain/problems.ts";
import type { GraphModel } from "../domain/schema.ts";
import { checkStoredGraph } from "./checkStoredGraph.ts";
import type { GraphRecords } from "./graphRecords.ts";
import { openGraphStore } from "./graphStore.ts";
import type { LocalGraph, LocalGraphSummary, LocalOrigin } from "./localGraph.ts";
import { storageProblem, type StorageProblem } from "./storageProblem.ts";

/** Every operation answers this way: a value, or what the browser's storage refused. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: StorageProblem };

/** What reading a kept graph finds. */
export type ReadResult =
  | { readonly kind: "found"; readonly graph: LocalGraph }
  /** Not kept in this browser: another browser's link, or deleted since. */
  | { readonly kind: "missing" }
  /** Kept, but it fails its checks (damaged storage): never shown. */
  | { readonly kind: "damaged"; readonly title: string; readonly problems: readonly Problem[] };

/** What this site keeps: its graphs, and the browser's estimate of everything it stores. */
export interface StorageUse {
  readonly graphs: number;
  /** The kept documents' sizes added up. */
  readonly bytes: number;
  /** `navigator.storage.estimate()`, where the browser has it. */
  readonly estimate: { readonly usage: number; readonly quota: number } | null;
}

export interface LocalGraphs {
  /**
   * Keeps a graph just opened. A graph from an address is kept once per address: opening it
   * again writes over its record (keeping the name the reader gave it); a file is kept anew
   * each time, as two files of one name may differ.
   */
  save(
    document: GraphModel,
    origin: LocalOrigin,
    notes: readonly string[],
  ): Promise<Outcome<LocalGraphSummary>>;
  /** The graphs kept, newest first; deleted ones are left out. */
  list(): Promise<Outcome<LocalGraphSummary[]>>;
  /** A kept graph with its document, checked as every document entering the app is. */
  read(id: string): Promise<Outcome<ReadResult>>;
  rename(id: string, title: string): Promise<Outcome<LocalGraphSummary | null>>;
  /** A copy under a new id, "Copy of …", kept now. */
  duplicate(id: string): Promise<Outcome<LocalGraphSummary | null>>;
  /** Deletes it in a way `restore` can undo; `purgeDeleted` makes it final. */
  remove(id: string): Promise<Outcome<LocalGraphSummary | null>>;
  restore(id: string): Promise<Outcome<LocalGraphSummary | null>>;
  /** Removes for good every graph deleted and not restored; answers their ids. */
  purgeDeleted(): Promise<Outcome<string[]>>;
  usage(): Promise<Outcome<StorageUse>>;
}

export interface LocalGraphsOptions {
  readonly now?: () => number;
  readonly newId?: () => string;
  readonly estimate?: () => Promise<StorageEstimate>;
}

/**
 * The storage logic over any `GraphRecords` (docs/ARCHITECTURE.md, "Storage"). It holds no
 * document itself: each is handed to the records to write, or read and handed back.
 *
 * @example
 * const graphs = createLocalGraphs(await openGraphStore());
 * const kept = await graphs.save(doc, { kind: "file", name: "party.json" }, []);
 */
export function createLocalGraphs(
  records: GraphRecords,
  { now = Date.now, newId = randomId, estimate = browserEstimate }: LocalGraphsOptions = {},
): LocalGraphs {
  /** Runs one operation, answering the browser's refusal as a problem instead of a throw. */
  const attempt = async <T>(work: () => Promise<T>): Promise<Outcome<T>> => {
    try {
      return { ok: true, value: await work() };
    } catch (e) {
      return { ok: false, problem: storageProblem(e, "use") };
    }
  };
  const live = async (id: string) => {
    const summary = await records.summary(id);
    return summary && summary.deletedAt === undefined ? summary : undefined;
  };
  /** Changes a summary, or answers null when there is no such graph. */
  const update = (id: string, change: (s: LocalGraphSummary) => LocalGraphSummary) =>
    attempt(async () => {
      const summary = await records.summary(id);
      if (!summary) return null;
      const next = change(summary);
      await records.put(next);
      return next;
    });

  return {
    save: (document, origin, notes) =>
      attempt(async () => {
        const same =
          origin.kind === "url"
            ? (await records.summaries()).find(
                (s) =>
                  s.deletedAt === undefined &&
                  s.origin.kind === "url" &&
                  s.origin.url === origin.url,
              )
            : undefined;
        const summary: LocalGraphSummary = {
          id: same?.id ?? newId(),
          title: same?.title ?? document.title,
          origin,
          savedAt: now(),
          // Measured on the JSON text, which is dropped at once: no second copy is kept.
          byteSize: utf8Length(JSON.stringify(document)),
          notes,
        };
        await records.put(summary, document);
        return summary;
      }),
    list: () =>
      attempt(async () =>
        (await records.summaries())
          .filter((s) => s.deletedAt === undefined)
          .sort((a, b) => b.savedAt - a.savedAt || a.title.localeCompare(b.title)),
      ),
    read: (id) =>
      attempt(async (): Promise<ReadResult> => {
        const summary = await live(id);
        if (!summary) return { kind: "missing" };
        const stored = await records.document(id);
        if (stored === undefined) return { kind: "missing" };
        const checked = checkStoredGraph(stored, summary.title);
        if (!checked.ok)
          return { kind: "damaged", title: summary.title, problems: checked.problems };
        return { kind: "found", graph: { summary, document: checked.value } };
      }),
    rename: (id, title) =>
      update(id, (s) => ({ ...s, title: title.trim() === "" ? s.title : title.trim() })),
    duplicate: (id) =>
      attempt(async () => {
        const summary = await live(id);
        const document = summary && ((await records.document(id)) as GraphModel | undefined);
        if (!summary || !document) return null;
        const copy: LocalGraphSummary = {
          ...summary,
          id: newId(),
          title: `Copy of ${summary.title}`,
          savedAt: now(),
        };
        await records.put(copy, document);
        return copy;
      }),
    remove: (id) => update(id, (s) => ({ ...s, deletedAt: now() })),
    restore: (id) =>
      update(id, (s) => {
        const { deletedAt: _, ...kept } = s;
        return kept;
      }),
    purgeDeleted: () =>
      attempt(async () => {
        const deleted = (await records.summaries()).filter((s) => s.deletedAt !== undefined);
        for (const s of deleted) await records.remove(s.id);
        return deleted.map((s) => s.id);
      }),
    usage: () =>
      attempt(async () => {
        const kept = (await records.summaries()).filter((s) => s.deletedAt === undefined);
        let measured: StorageUse["estimate"] = null;
        try {
          const { usage, quota } = await estimate();
          if (usage !== undefined && quota !== undefined) measured = { usage, quota };
        } catch {
          // Some browsers have no estimate (or refuse it): the graphs' own sizes still tell.
        }
        return {
          graphs: kept.length,
          bytes: kept.reduce((sum, s) => sum + s.byteSize, 0),
          estimate: measured,
        };
      }),
  };
}

let opened: Promise<LocalGraphs> | null = null;
/** The IndexedDB `opened` is over: one per page, but each test may give itself a fresh one. */
let openedOver: unknown = null;

/**
 * This browser's kept graphs, opening the database the first time it is asked for; a refusal
 * (private browsing, site data blocked) is answered, and asked again next time.
 *
 * @example const graphs = await localGraphs(); if (graphs.ok) await graphs.value.list();
 */
export async function localGraphs(): Promise<Outcome<LocalGraphs>> {
  const factory = typeof indexedDB === "undefined" ? null : indexedDB;
  if (openedOver !== factory) opened = null;
  openedOver = factory;
  opened ??= openGraphStore().then((records) => createLocalGraphs(records));
  try {
    return { ok: true, value: await opened };
  } catch (e) {
    opened = null;
    return { ok: false, problem: storageProblem(e, "open") };
  }
}

/** Ten letters and digits, short in an address and unlikely to repeat in one browser. */
function randomId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => alphabet[b % 36]).join("");
}

function browserEstimate(): Promise<StorageEstimate> {
  if (typeof navigator === "undefined" || !navigator.storage?.estimate) {
    return Promise.reject(new Error("no storage estimate"));
  }
  return navigator.storage.estimate();
}
