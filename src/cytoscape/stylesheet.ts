import type { StylesheetJson } from "cytoscape";
import { ATTRIBUTIONS } from "../domain/vocabulary.ts";
import { ATTRIBUTION_LINE } from "./encoding.ts";
import { CANVAS_THEME, type CanvasTheme, type Theme } from "./theme.ts";

/** Cytoscape accepts only double-quoted names in font-family (a single quote voids it). */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Node size in model units; the build-time layout uses the same size. */
export const NODE_SIZE = 34;

/** An edge's width and its arrowheads' scale, in model units (selected and path edges are wider). */
export const EDGE_WIDTH = 1.8;
export const ARROW_SCALE = 0.9;

/**
 * How much a graph's drawing carries. "full" is the graph as designed; "light" is for graphs
 * of thousands of elements, where it keeps panning and zooming fluid: straight edges instead
 * of curves, and labels only where they are large enough to read. A graph's detail follows its
 * size (`detailFor`), never the zoom, so nothing restyles while the reader moves.
 */
export type Detail = "full" | "light";

/** From this many nodes and edges together, a graph is drawn "light". */
export const LIGHT_FROM_ELEMENTS = 2000;

export function detailFor(elementCount: number): Detail {
  return elementCount >= LIGHT_FROM_ELEMENTS ? "light" : "full";
}

/**
 * Labels are not drawn below this on-screen size (in px): Cytoscape skips them, which is most
 * of the cost of drawing a zoomed-out large graph. "full" keeps the designed look of small
 * graphs, whose fitted view is never that small.
 */
const MIN_LABEL_PX: Readonly<Record<Detail, number>> = { full: 6, light: 9 };

/**
 * The stylesheet for one theme's colours and one level of detail. Few selectors, and plain
 * ones: the encoding comes through each element's data (see elements.ts), so a large graph is
 * styled without testing a selector per type and per stance against every element. Called only at module load, once per
 * theme and detail: see `stylesheetFor`.
 */
function buildStylesheet(t: CanvasTheme, detail: Detail): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        width: NODE_SIZE,
        height: NODE_SIZE,
        label: "data(label)",
        "font-family": FONT_FAMILY,
        "font-size": 13,
        "font-weight": 600,
        color: t.nodeLabel,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 5,
        "text-wrap": "wrap",
        "text-max-width": "130px",
        "text-outline-color": t.canvas,
        "text-outline-width": 2.5,
        "border-width": 2,
        "border-color": t.nodeBorder,
        "min-zoomed-font-size": MIN_LABEL_PX[detail],
        // The type's shape and colour, from NODE_ENCODING through the element's data.
        shape: "data(shape)" as "ellipse",
        "background-color": "data(colour)",
      },
    },
    {
      selector: "edge",
      style: {
        width: EDGE_WIDTH,
        // Bezier spreads parallel edges apart, at a cost per edge a large graph cannot pay.
        "curve-style": detail === "full" ? "bezier" : "straight",
        "control-point-step-size": 48,
        label: "data(label)",
        "font-family": FONT_FAMILY,
        "font-size": 11,
        color: t.edgeLabel,
        // Above the line, so the stance mark in the middle stays visible.
        "text-margin-y": -9,
        "text-outline-color": t.canvas,
        "text-outline-width": 2,
        "text-wrap": "wrap",
        "text-max-width": "110px",
        "arrow-scale": ARROW_SCALE,
        "min-zoomed-font-size": MIN_LABEL_PX[detail],
        // The stance's colour and mark and the direction's arrow, through the element's data.
        "line-color": "data(colour)",
        "target-arrow-color": "data(colour)",
        "target-arrow-shape": "data(arrow)" as "triangle",
        "mid-target-arrow-shape": "data(mark)" as "circle",
        "mid-target-arrow-fill": "data(markFill)" as "filled",
        "mid-target-arrow-color": "data(colour)",
      },
    },
    ...ATTRIBUTIONS.filter((a) => a !== "fact").map((attribution) => ({
      selector: `edge[attribution = "${attribution}"]`,
      style: {
        "line-style": ATTRIBUTION_LINE[attribution],
        ...(attribution === "claim" && { "line-dash-pattern": [7, 4] }),
        ...(attribution === "hedged" && { "line-dash-pattern": [2, 4], width: 2.4 }),
      },
    })),
    {
      selector: "node:selected",
      style: {
        "border-width": 4,
        "border-color": t.selection,
        "overlay-opacity": 0,
        "z-index": 10,
      },
    },
    {
      selector: "edge:selected",
      style: {
        width: 4,
        "overlay-color": t.selection,
        "overlay-opacity": 0.12,
        "overlay-padding": 4,
        "font-weight": 700,
        "z-index": 10,
      },
    },
    // Filtered out: not drawn, but kept in place, so the layout never jumps.
    { selector: ".is-hidden", style: { display: "none" } },
    // Outside the focused neighbourhood or the path: still there for context.
    { selector: ".is-faded, .is-off-path", style: { opacity: t.fadedOpacity } },
    { selector: "edge.is-path", style: { width: 4.5, "font-weight": 700, "z-index": 9 } },
    { selector: "node.is-path", style: { "border-width": 3, "border-color": t.selection } },
    {
      selector: "node:active, edge:active",
      style: { "overlay-color": t.selection, "overlay-opacity": 0.1 },
    },
  ] as StylesheetJson;
}

const STYLESHEETS: Readonly<Record<Theme, Readonly<Record<Detail, StylesheetJson>>>> = {
  light: {
    full: buildStylesheet(CANVAS_THEME.light, "full"),
    light: buildStylesheet(CANVAS_THEME.light, "light"),
  },
  dark: {
    full: buildStylesheet(CANVAS_THEME.dark, "full"),
    light: buildStylesheet(CANVAS_THEME.dark, "light"),
  },
};

/**
 * The stylesheet for a theme and a level of detail, built once each at module load:
 * react-cytoscapejs re-applies the whole style whenever the `stylesheet` prop changes identity,
 * so the same arguments must always give the same object, and nothing may build one per render.
 *
 * @example
 * <CytoscapeComponent stylesheet={stylesheetFor(theme, detailFor(elementCount))} … />
 */
export function stylesheetFor(theme: Theme, detail: Detail = "full"): StylesheetJson {
  return STYLESHEETS[theme][detail];
}

/** The light theme's full stylesheet, for callers that do not follow the theme. */
export const STYLESHEET: StylesheetJson = STYLESHEETS.light.full;

/** The layout the browser runs on first load: positions were computed at build time. */
export const PRESET_LAYOUT = { name: "preset", fit: true, padding: 48 } as const;
