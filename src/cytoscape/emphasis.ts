import type { CollectionReturnValue, Core, StylesheetJson } from "cytoscape";
import type { Detail } from "./detail.ts";
import { createHighlightLayer, type HighlightLayer } from "./highlightLayer.ts";
import { veilColour, type Theme } from "../encoding/theme.ts";
import { setClass } from "./visibility.ts";

const FADED = "is-faded";
const PATH = "is-path";
const PATH_FADED = "is-off-path";

/**
 * How a focus's neighbourhood or a path stands out from the rest of the graph, which stays for
 * context. One of two ways, chosen once per canvas by its detail (`emphasisFor`): a small graph
 * fades the rest through classes; a large one cannot restyle tens of thousands of elements for
 * it (seconds in Cytoscape), so it shows them in a highlight layer over a veil.
 */
export interface Emphasis {
  /** Shows a focus's neighbourhood, or ends the focus for null. */
  focus(elements: CollectionReturnValue | null): void;
  /** Marks a path, or ends it for null. */
  path(elements: CollectionReturnValue | null): void;
  /** Draws with the graph's stylesheet (the theme's and the detail's), in the theme's colours. */
  setStyle(stylesheet: StylesheetJson, theme: Theme): void;
  destroy(): void;
}

/** A small graph: everything outside the neighbourhood or the path is faded. */
export function classEmphasis(cy: Core): Emphasis {
  const outside = (elements: CollectionReturnValue | null) =>
    elements ? cy.elements().difference(elements) : cy.collection();
  return {
    focus: (hood) => setClass(cy, FADED, outside(hood)),
    path(path) {
      setClass(cy, PATH, path ?? cy.collection());
      setClass(cy, PATH_FADED, outside(path));
    },
    setStyle: () => {},
    destroy: () => {},
  };
}

/**
 * A large graph: the highlight layer shows the neighbourhood or the path; a path's few
 * elements are also marked on the graph (cheap), nothing else is restyled.
 */
export function layerEmphasis(cy: Core, layer: HighlightLayer): Emphasis {
  return {
    focus: (hood) => layer.set("focus", hood),
    path(path) {
      setClass(cy, PATH, path ?? cy.collection());
      layer.set("path", path);
    },
    setStyle(stylesheet, theme) {
      layer.setStyle(stylesheet);
      layer.setVeil(veilColour(theme));
    },
    destroy: () => layer.destroy(),
  };
}

/** The emphasis a canvas of this detail uses; a large graph needs its layer's container. */
export function emphasisFor(cy: Core, detail: Detail, layerBox: HTMLElement | null): Emphasis {
  return detail === "light" && layerBox
    ? layerEmphasis(cy, createHighlightLayer(cy, layerBox))
    : classEmphasis(cy);
}
