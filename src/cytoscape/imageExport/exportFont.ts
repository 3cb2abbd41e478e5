import { FONT_FAMILY } from "../stylesheet.ts";

/**
 * The font of the words an export adds (title, legend, source line): the graph's own labels'
 * family, so the added words match the drawing.
 */
export const EXPORT_FONT_FAMILY = FONT_FAMILY;

export interface FontSpec {
  /** Pixels in the output image (already multiplied by the scale). */
  readonly size: number;
  readonly weight: 400 | 700;
}

/** The CSS `font` shorthand a 2D canvas takes. */
export function cssFont(font: FontSpec): string {
  return `${font.weight} ${font.size}px ${EXPORT_FONT_FAMILY}`;
}

/** Width in output pixels of a text set in a font; the browser's canvas measures it in use. */
export type MeasureText = (text: string, font: FontSpec) => number;
