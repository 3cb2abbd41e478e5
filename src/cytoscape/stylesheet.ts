import type { StylesheetJson } from "cytoscape";
import { ATTRIBUTIONS } from "../domain/vocabulary.ts";
import { ATTRIBUTION_LINE } from "../encoding/encoding.ts";
import { CANVAS_THEME, type CanvasTheme, type Theme } from "../encoding/theme.ts";
import type { Detail } from "./detail.ts";
import { LABEL_SIZE } from "./labelPlacement.ts";
import { LABEL_HIDDEN, LABEL_HOVER } from "./labelPlacer.ts";

/** Cytoscape accepts only double-quoted names in font-family (a single quote voids it). */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Node size in model units; the build-time layout uses the same size. */
export const NODE_SIZE = 34;

/** An edge's width and its arrowheads' scale, in model units (selected and path edges are wider). */
export const EDGE_WIDTH = 1.8;
export const ARROW_SCALE = 0.9;

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
        // The designed size; on a "full" graph the label placement sizes labels for the zoom.
        "font-size": LABEL_SIZE.entity.designed,
        "font-weight": 600,
        color: t.nodeLabel,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 5,
        "text-wrap": "wrap",
        "text-max-width": `${LABEL_SIZE.entity.designed * LABEL_SIZE.entity.wrapEms}px`,
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
        "font-size": LABEL_SIZE.relation.designed,
        color: t.edgeLabel,
        // Above the line, so the stance mark in the middle stays visible.
        "text-margin-y": -9,
        "text-outline-color": t.canvas,
        "text-outline-width": 2,
        "text-wrap": "wrap",
        "text-max-width": `${LABEL_SIZE.relation.designed * LABEL_SIZE.relation.wrapEms}px`,
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
    // Cytoscape draws its own "dotted" as [1, 1] whatever the pattern, so every broken line is
    // drawn "dashed" with the encoding's own dash pattern, the one the legends draw too.
    ...ATTRIBUTIONS.filter((a) => ATTRIBUTION_LINE[a].dash.length > 0).map((attribution) => ({
      selector: `edge[attribution = "${attribution}"]`,
      style: {
        "line-style": "dashed",
        "line-dash-pattern": [...ATTRIBUTION_LINE[attribution].dash],
        // A dotted line reads as a line only a little heavier.
        ...(ATTRIBUTION_LINE[attribution].kind === "dotted" && { width: 2.4 }),
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
    // Labels the placement left out, for want of room (labelPlacer.ts); kept measurable.
    { selector: `.${LABEL_HIDDEN}`, style: { "text-opacity": 0 } },
    // Under the pointer or selected, a label is drawn whatever it covers, on a plate of the
    // canvas colour so it reads over whatever is beneath.
    {
      selector: `.${LABEL_HOVER}, node:selected, edge:selected`,
      style: {
        "text-opacity": 1,
        "text-background-color": t.canvas,
        "text-background-opacity": 0.92,
        "text-background-padding": "2px",
        "text-background-shape": "round-rectangle",
        "z-index": 20,
      },
    },
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
 * the canvas view re-applies the style only when it gets another object, and the highlight layer
 * draws with the same one, so the same arguments must always give the same object.
 *
 * @example
 * cy.style(stylesheetFor(theme, detailOf(doc)));
 */
export function stylesheetFor(theme: Theme, detail: Detail = "full"): StylesheetJson {
  return STYLESHEETS[theme][detail];
}

/** The light theme's full stylesheet, for callers that do not follow the theme. */
export const STYLESHEET: StylesheetJson = STYLESHEETS.light.full;

/** The layout the browser runs on first load: positions were computed at build time. */
export const PRESET_LAYOUT = { name: "preset", fit: true, padding: 48 } as const;
