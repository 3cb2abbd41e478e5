import { SELECTION_COLOUR } from "./encoding.ts";

/** The two colour themes; `data-theme` on `<html>` names the one in effect. */
export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The canvas colours that change with the theme. Node fills and stance colours do not change
 * (Okabe–Ito and the stance colours keep ≥ 3:1 against both canvas colours), so the legend
 * stays true in both themes; what changes is the ink around them. Imports nothing from
 * Cytoscape, like `encoding.ts`.
 */
export interface CanvasTheme {
  /**
   * What the canvas is drawn over: the graph area's CSS background (`--canvas` in
   * src/styles.css) must be this colour, since labels are outlined with it.
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
}

export const CANVAS_THEME: Readonly<Record<Theme, CanvasTheme>> = {
  light: {
    canvas: "#ffffff",
    nodeLabel: "#17202e",
    edgeLabel: "#2d3748",
    nodeBorder: "#ffffff",
    selection: SELECTION_COLOUR,
    fadedOpacity: 0.14,
  },
  dark: {
    canvas: "#0d1117",
    nodeLabel: "#e6e9ef",
    edgeLabel: "#c3cad5",
    nodeBorder: "#0d1117",
    selection: "#f5f7fa",
    // A dark canvas swallows faint marks sooner than a white one.
    fadedOpacity: 0.2,
  },
};

/** "#rrggbb" as its three channels. */
function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * `colour` as it looks at the theme's `fadedOpacity` over its canvas, as one opaque colour. A
 * large graph fades with these instead of opacity: Cytoscape draws a semi-transparent element
 * at several times the cost (each arrowhead twice), which on tens of thousands of elements is
 * seconds per frame.
 */
export function fadedColour(colour: string, theme: Theme): string {
  const { canvas, fadedOpacity } = CANVAS_THEME[theme];
  const under = channels(canvas);
  return (
    "#" +
    channels(colour)
      .map((c, i) => Math.round(c * fadedOpacity + under[i]! * (1 - fadedOpacity)))
      .map((c) => c.toString(16).padStart(2, "0"))
      .join("")
  );
}
