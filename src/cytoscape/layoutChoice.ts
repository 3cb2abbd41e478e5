import type { FcoseQuality } from "./precomputeLayout.ts";

// Apart from a type, this module imports nothing: the canvas reads these thresholds, and must
// not pull fcose into the first view with them.

/**
 * How a graph without positions is laid out, by size: fcose at its default quality while that
 * takes a moment (it needs ~20 s at 1,000 nodes), its draft quality (spectral only: ~0.7 s at
 * 1,000 nodes, 2 s at 5,000, 11 s at 20,000 on a modest machine) up to tens of thousands, and
 * a grid beyond, where even the draft would take minutes. It runs in a worker (see
 * layoutInWorker.ts), so the page stays responsive whichever it is.
 */
export type OpenedLayout =
  | { readonly name: "fcose"; readonly quality: FcoseQuality }
  | {
      readonly name: "grid";
    };

export const DEFAULT_QUALITY_UP_TO = 300;
export const DRAFT_QUALITY_UP_TO = 25_000;

export function layoutForSize(nodeCount: number): OpenedLayout {
  if (nodeCount <= DEFAULT_QUALITY_UP_TO) return { name: "fcose", quality: "default" };
  if (nodeCount <= DRAFT_QUALITY_UP_TO) return { name: "fcose", quality: "draft" };
  return { name: "grid" };
}
