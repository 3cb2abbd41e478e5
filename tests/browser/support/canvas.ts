import type { Core } from "cytoscape";
import type { Page } from "playwright-core";

/**
 * The one place that knows how to reach the app's Cytoscape instances: through Cytoscape's own
 * (private) registry on its container element, `container._cyreg.cy`, so tests need no testing
 * hook in the app. Everything else goes through `onCanvas`.
 */

/** The main graph, or a large graph's focus/path highlight layer (a second instance above it). */
export type CanvasLayer = "graph" | "highlight";

const LAYER_CONTAINERS: Readonly<Record<CanvasLayer, string>> = {
  // The first child: the highlight layer of a large graph is a div beside it.
  graph: ".graph-canvas > div:first-child",
  highlight: ".canvas-highlight",
};

/** CSS selector of a layer's container element (where the instance draws). */
export function layerContainer(layer: CanvasLayer = "graph"): string {
  return LAYER_CONTAINERS[layer];
}

/**
 * Runs in the page. `cy` is the instance of the chosen layer; `layerOf` looks up another layer
 * (undefined when it is not on the page), for a probe that compares two of them at one moment.
 */
export type CanvasFn<A, R> = (
  cy: Core,
  arg: A,
  layerOf: (layer: CanvasLayer) => Core | undefined,
) => R;

export interface OnCanvasOptions<R> {
  /** Which instance `fn` gets (default "graph"). */
  layer?: CanvasLayer;
  /** Returned when that instance is not on the page; without it, onCanvas throws. */
  orElse?: R;
}

type Found<R> = { found: false } | { found: true; value: R };

/** In the page: finds the instance and calls `fn` on it. Sent as source, like `fn`. */
async function runOnLayer<A, R>(
  containers: Readonly<Record<CanvasLayer, string>>,
  layer: CanvasLayer,
  arg: A,
  fn: CanvasFn<A, R>,
): Promise<Found<R>> {
  const layerOf = (name: CanvasLayer): Core | undefined => {
    const container = document.querySelector(containers[name]) as
      (Element & { _cyreg?: { cy?: Core } }) | null;
    return container?._cyreg?.cy;
  };
  const cy = layerOf(layer);
  if (cy === undefined) return { found: false };
  return { found: true, value: await fn(cy, arg, layerOf) };
}

/**
 * Runs `fn(cy, arg, layerOf)` in the page against the graph's Cytoscape instance and returns
 * what it returns (which must be serialisable, as with `page.evaluate`).
 *
 * `fn` must be a self-contained arrow or function expression: it is sent to the page as its
 * source text, so it sees nothing of the test's scope; pass what it needs as `arg` (JSON).
 * The call is one expression evaluated through the DevTools protocol, which the app's
 * Content-Security-Policy allows; nothing is eval'd inside the page.
 */
export async function onCanvas<A, R>(
  page: Page,
  fn: CanvasFn<A, R>,
  arg: A,
  options: OnCanvasOptions<Awaited<R>> = {},
): Promise<Awaited<R>> {
  const layer = options.layer ?? "graph";
  const argSource = arg === undefined ? "undefined" : JSON.stringify(arg);
  const expression =
    `(${runOnLayer.toString()})(${JSON.stringify(LAYER_CONTAINERS)}, ` +
    `${JSON.stringify(layer)}, ${argSource}, (${fn.toString()}))`;
  const result = (await page.evaluate(expression)) as Found<Awaited<R>>;
  if (result.found) return result.value;
  if ("orElse" in options) return options.orElse as Awaited<R>;
  throw new Error(`Cytoscape (${layer} layer, ${LAYER_CONTAINERS[layer]}) is not on the page`);
}
