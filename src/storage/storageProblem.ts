/**
 * What went wrong with this browser's storage, in the reader's words. Three cases matter to
 * them: storage is refused here (private browsing, site data blocked), it is full, or one
 * operation failed for another reason.
 */
export interface StorageProblem {
  readonly kind: "unavailable" | "full" | "failed";
  /** One sentence, ending in a full stop. */
  readonly message: string;
}

/**
 * Says what a storage error means. Browsers report "full" as a QuotaExceededError (Firefox
 * also as NS_ERROR_DOM_QUOTA_REACHED) and "refused" in several ways: no `indexedDB`, an
 * InvalidStateError or SecurityError from `open`, or an UnknownError; so whatever fails while
 * the database is being opened counts as refused.
 *
 * @example storageProblem(new DOMException("", "QuotaExceededError"), "use").kind // "full"
 */
export function storageProblem(error: unknown, during: "open" | "use"): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const detail = error instanceof Error || error instanceof DOMException ? error.message : "";
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") {
    return {
      kind: "full",
      message:
        "This browser's storage for this site is full. Delete graphs in My graphs, or free space on this device, to make room.",
    };
  }
  if (during === "open" || name === "SecurityError" || name === "UnknownError") {
    return {
      kind: "unavailable",
      message:
        "This browser does not let this site keep data (private browsing, or site data blocked in its settings).",
    };
  }
  return {
    kind: "failed",
    message: `This browser's storage did not answer as expected${detail ? ` (${detail})` : ""}.`,
  };
}
