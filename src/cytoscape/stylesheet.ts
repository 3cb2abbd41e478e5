import type { StylesheetJson } from "cytoscape";
import { SHOWN_NODE_TYPES, ATTRIBUTIONS, STANCES } from "../domain/vocabulary.ts";
import { ATTRIBUTION_LINE, NODE_ENCODING, STANCE_COLOUR, STANCE_MARK } from "./encoding.ts";
import { CANVAS_THEME, type CanvasTheme, type Theme } from "./theme.ts";

/** Cytoscape accepts only double-quoted names in font-family (a single quote voids it). */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Node size in model units; the build-time layout uses the same size. */
export const NODE_SIZE = 34;

/**
 * The stylesheet for one theme's colours. Selectors are plain data matches (no compound or edge
 * selectors), the cheap kind. Called only at module load, once per theme: see `stylesheetFor`.
 */
function buildStylesheet(t: CanvasTheme): StylesheetJson {
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
        "min-zoomed-font-size": 6,
      },
    },
    ...SHOWN_NODE_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: {
        shape: NODE_ENCODING[type].shape as "ellipse",
        "background-color": NODE_ENCODING[type].colour,
      },
    })),
    {
      selector: "edge",
      style: {
        width: 1.8,
        "curve-style": "bezier",
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
        "arrow-scale": 0.9,
        "min-zoomed-font-size": 6,
      },
    },
    {
      selector: "edge[?directed]",
      style: { "target-arrow-shape": "triangle" },
    },
    ...[...STANCES, "none" as const].map((stance) => ({
      selector: `edge[stance = "${stance}"]`,
      style: {
        "line-color": STANCE_COLOUR[stance],
        "target-arrow-color": STANCE_COLOUR[stance],
        "mid-target-arrow-shape": STANCE_MARK[stance].shape,
        "mid-target-arrow-fill": STANCE_MARK[stance].fill,
        "mid-target-arrow-color": STANCE_COLOUR[stance],
      },
    })),
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

const STYLESHEETS: Readonly<Record<Theme, StylesheetJson>> = {
  light: buildStylesheet(CANVAS_THEME.light),
  dark: buildStylesheet(CANVAS_THEME.dark),
};

/**
 * The stylesheet for a theme, built once per theme at module load: react-cytoscapejs re-applies
 * the whole style whenever the `stylesheet` prop changes identity, so the same theme must
 * always give the same object, and nothing may build one per render.
 *
 * @example
 * <CytoscapeComponent stylesheet={stylesheetFor(theme)} … />
 */
export function stylesheetFor(theme: Theme): StylesheetJson {
  return STYLESHEETS[theme];
}

/** The light stylesheet, for callers that do not follow the theme. */
export const STYLESHEET: StylesheetJson = STYLESHEETS.light;

/** The layout the browser runs on first load: positions were computed at build time. */
export const PRESET_LAYOUT = { name: "preset", fit: true, padding: 48 } as const;
