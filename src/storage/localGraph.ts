import type { GraphModel } from "../domain/schema.ts";

/**
 * A graph kept in this browser (docs/ARCHITECTURE.md, "Storage"): what "My graphs" lists. The
 * document itself is kept apart from it, so that listing the graphs reads none of them.
 */
export interface LocalGraphSummary {
  /** The local id, also the `?local=` of its address: a few random letters and digits. */
  readonly id: string;
  /** What the reader calls it: the document's title until they rename it. */
  readonly title: string;
  /** What it was opened from: a file's name, or an address. */
  readonly origin: LocalOrigin;
  /** When its document was last written (opened, copied), in milliseconds since 1970. */
  readonly savedAt: number;
  /** The document's size as JSON, in UTF-8 bytes. */
  readonly byteSize: number;
  /** The sentences told when it was opened ("it has no quotes"), told again when it reopens. */
  readonly notes: readonly string[];
  /**
   * Set when the reader deleted it and may still undo that; the record and its document go
   * once the undo is no longer offered (see `LocalGraphs.purgeDeleted`).
   */
  readonly deletedAt?: number;
}

/** Where a kept graph came from. */
export type LocalOrigin =
  { readonly kind: "file"; readonly name: string } | { readonly kind: "url"; readonly url: string };

/** A kept graph with its document, as read back to be shown. */
export interface LocalGraph {
  readonly summary: LocalGraphSummary;
  readonly document: GraphModel;
}
