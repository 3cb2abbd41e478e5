import { scaleLoweredNote, tooLargeError, type CanvasLimitKind } from "./messages.ts";

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The strictest canvas limits among the browsers we support: iOS Safari caps a canvas at 16.7
 * million pixels in all (4,096²), and 16,384 a side is below every desktop browser's cap. A
 * canvas beyond them does not throw: it draws nothing, and toBlob hands back null.
 */
export const CANVAS_LIMITS = { maxSide: 16_384, maxArea: 16_777_216 } as const;

/** Below this a raster export is too coarse to read; SVG or the view are the better answer. */
export const MIN_SCALE = 0.25;

export type ScaleChoice =
  | {
      readonly ok: true;
      readonly scale: number;
      readonly size: Size;
      /** Why the scale is below the one asked for; null when it is not. */
      readonly note: string | null;
    }
  | { readonly ok: false; readonly message: string };

interface Overrun {
  /** The factor that would bring the size within the binding limit (< 1). */
  readonly factor: number;
  readonly kind: CanvasLimitKind;
  readonly limit: number;
}

/** How far a size is over the limits, or null when it fits. */
function overrun(size: Size, limits: typeof CANVAS_LIMITS): Overrun | null {
  const { width, height } = size;
  const side = limits.maxSide / Math.max(width, height, 1);
  const area = Math.sqrt(limits.maxArea / Math.max(width * height, 1));
  if (side >= 1 && area >= 1) return null;
  return area <= side
    ? { factor: area, kind: "area", limit: limits.maxArea }
    : { factor: side, kind: "side", limit: limits.maxSide };
}

/**
 * The largest scale, up to the one requested, at which the whole image fits the canvas limits;
 * lowered scales are whole tenths ("2.6×"), and MIN_SCALE is the last one tried. `sizeAt` gives
 * the output size at a scale (graph picture plus title, legend and source line): the words do
 * not grow exactly in step with the picture, so each candidate is checked, not just estimated.
 *
 * @example
 * chooseScale(4, (s) => ({ width: 2000 * s, height: 1500 * s }))
 * // { ok: true, scale: 2.3, size: …, note: "Exported at 2.3× instead of 4×: …" }
 */
export function chooseScale(
  requested: number,
  sizeAt: (scale: number) => Size,
  limits: typeof CANVAS_LIMITS = CANVAS_LIMITS,
): ScaleChoice {
  const first = sizeAt(requested);
  const firstOverrun = overrun(first, limits);
  if (!firstOverrun) return { ok: true, scale: requested, size: first, note: null };

  let scale = requested;
  let over: Overrun = firstOverrun;
  // Each pass lowers the scale by at least a tenth, so this ends within requested × 10 passes.
  for (;;) {
    let next = Math.floor(scale * over.factor * 10) / 10;
    if (next >= scale) next = Math.round((scale - 0.1) * 10) / 10;
    if (next < MIN_SCALE) next = scale > MIN_SCALE ? MIN_SCALE : 0;
    if (next === 0) {
      const smallest = sizeAt(MIN_SCALE);
      const { kind, limit } = overrun(smallest, limits) ?? over;
      return { ok: false, message: tooLargeError(MIN_SCALE, smallest, kind, limit) };
    }
    scale = next;
    const size = sizeAt(scale);
    const stillOver = overrun(size, limits);
    if (!stillOver) {
      return {
        ok: true,
        scale,
        size,
        note: scaleLoweredNote(scale, requested, firstOverrun.kind, firstOverrun.limit),
      };
    }
    over = stillOver;
  }
}
