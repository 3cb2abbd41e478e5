/**
 * Every sentence the image export shows the user, in one place: notes when it did something
 * other than asked, errors when it could not make a file. Each says what happened and what to
 * try instead.
 */

/** "2.6", "0.25", "4": at most two decimals, no trailing zeros. */
export function formatScale(scale: number): string {
  return String(Number(scale.toFixed(2)));
}

/** "16,384": grouped the same way whatever the browser's locale. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Which canvas limit an image ran into. */
export type CanvasLimitKind = "area" | "side";

function limitPhrase(kind: CanvasLimitKind, limit: number): string {
  return kind === "area"
    ? `the browser's canvas limit of ${(Math.floor(limit / 1e5) / 10).toFixed(1)} million pixels`
    : `the browser's canvas limit of ${formatCount(limit)} pixels on a side`;
}

export function scaleLoweredNote(
  used: number,
  requested: number,
  kind: CanvasLimitKind,
  limit: number,
): string {
  return (
    `Exported at ${formatScale(used)}× instead of ${formatScale(requested)}×: ` +
    `a larger image would exceed ${limitPhrase(kind, limit)}.`
  );
}

export function tooLargeError(
  minScale: number,
  size: { readonly width: number; readonly height: number },
  kind: CanvasLimitKind,
  limit: number,
): string {
  return (
    `The graph is too large to export as an image: even at ${formatScale(minScale)}× it would be ` +
    `${formatCount(size.width)} × ${formatCount(size.height)} pixels, over ${limitPhrase(kind, limit)}. ` +
    "Export the current view instead of the whole graph, hide part of it with the filters, or choose SVG."
  );
}

export const DRAW_FAILED =
  "The browser could not draw an image this large. " +
  "Try a smaller scale, export the current view instead of the whole graph, or choose SVG.";

export const JPG_HAS_NO_TRANSPARENCY = "JPG has no transparency, so the background is white.";

export const NOTHING_TO_EXPORT =
  "There is nothing to export: the filters hide every entity. Show some again and retry.";

export const NOT_ON_SCREEN =
  "The graph is not on screen, so it cannot be drawn. Open the graph view and retry.";

export const SVG_UNREADABLE =
  "The SVG drawing of the graph could not be read back, so no file was made. Try PNG instead.";

export function badOption(field: string, value: unknown, allowed: readonly unknown[]): string {
  return (
    `Image export option "${field}" is ${JSON.stringify(value) ?? String(value)}; ` +
    `it must be one of: ${allowed.map((a) => (typeof a === "string" ? a : String(a))).join(", ")}.`
  );
}
