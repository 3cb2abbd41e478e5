import { SELECTION_COLOUR } from "./encoding.ts";

/** The two colour themes; `data-theme` on `<html>` names the one in effect. */
export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The canvas colours that change with the theme. Node fills and stance colours do not change
 * (Okabe–Ito and the stance colours keep ≥ 3:1 against both canvas colours), so the legend
 * stays true in both themes; what changes is the ink around them.
 */
export interface CanvasTheme {
  /**
   * What the canvas is drawn over: the graph area's CSS background (`--canvas` in
   * src/styles/tokens.css) must be this colour, since labels are outlined with it.
   */
  readonly canvas: string;
  /** Node labels: ≥ 4.5:1 against `canvas`. */
  readonly nodeLabel: string;
  /** Edge labels: ≥ 4.5:1 against `canvas`. */
  readonly edgeLabel: string;
  /** The ring around every node, which parts it from the edges below it. */
  readonly nodeBorder: string;
  /** Selection ring, path ring and the press/selection overlay: ≥ 3:1 against `canvas`. */
  readonly selection: string;
  /** Opacity of what is outside the focused neighbourhood or the path. */
  readonly fadedOpacity: number;
  /** Legend lines that stand for no stance (sourcing, direction): ≥ 3:1 against `canvas`. */
  readonly legendInk: string;
}

export const CANVAS_THEME: Readonly<Record<Theme, CanvasTheme>> = {
  light: {
    canvas: "#ffffff",
    nodeLabel: "#17202e",
    edgeLabel: "#2d3748",
    nodeBorder: "#ffffff",
    selection: SELECTION_COLOUR,
    fadedOpacity: 0.14,
    legendInk: "#3b4452",
  },
  dark: {
    canvas: "#0d1117",
    nodeLabel: "#e6e9ef",
    edgeLabel: "#c3cad5",
    nodeBorder: "#0d1117",
    selection: "#f5f7fa",
    // A dark canvas swallows faint marks sooner than a white one.
    fadedOpacity: 0.2,
    legendInk: "#b4bcc8",
  },
};

/**
 * The veil a large graph's highlight layer lays over it: the canvas colour at 1 − the theme's
 * fadedOpacity, so the whole graph fades exactly as a small graph's faded elements do.
 */
export function veilColour(theme: Theme): string {
  const t = CANVAS_THEME[theme];
  const hex = t.canvas.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r} ${g} ${b} / ${Number((1 - t.fadedOpacity).toFixed(3))})`;
}
