import { CANVAS_THEME, type Theme } from "../../encoding/theme.ts";
import type { ImageExportOptions } from "./options.ts";

export interface ExportColours {
  /** What fills the image; null leaves it transparent. */
  readonly background: string | null;
  /** Title and legend words, and the legend's neutral lines: ≥ 4.5:1 against `paper`. */
  readonly ink: string;
  /** The source line: quieter than the title, still ≥ 4.5:1 against `paper`. */
  readonly mutedInk: string;
  /**
   * What the image will most likely be seen on: the background, or the theme's canvas when
   * transparent. Hollow marks and the ring round node symbols are filled with it.
   */
  readonly paper: string;
}

const WHITE = "#ffffff";

/**
 * The colours of an export. Ink comes from the theme whose canvas the background is (white is the
 * light canvas), so words always contrast with what is behind them; on a transparent background
 * the reader's own theme decides, as the request says.
 */
export function exportColours(
  background: ImageExportOptions["background"],
  theme: Theme,
): ExportColours {
  const inkTheme = background === "white" ? CANVAS_THEME.light : CANVAS_THEME[theme];
  const fill =
    background === "white" ? WHITE : background === "theme" ? CANVAS_THEME[theme].canvas : null;
  return {
    background: fill,
    ink: inkTheme.nodeLabel,
    mutedInk: inkTheme.edgeLabel,
    paper: fill ?? CANVAS_THEME[theme].canvas,
  };
}
