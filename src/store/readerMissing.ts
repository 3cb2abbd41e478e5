import type { Problem } from "../domain/problems.ts";

/**
 * The problem when the code that opens graphs could not be fetched (offline, or the site was
 * updated meanwhile). Kept apart from openGraph.ts, which is that code: the callers that load
 * it on demand need the message precisely when it did not load.
 *
 * @example readerMissing("party.json", new TypeError("Failed to fetch dynamically imported module"))
 * // { path: "party.json", message: "could not be read: the app's file reader did not load (Failed to fetch …)" }
 */
export function readerMissing(path: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return { path, message: `could not be read: the app's file reader did not load (${reason})` };
}
