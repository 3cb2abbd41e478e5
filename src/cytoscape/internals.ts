import type { CollectionReturnValue, Core, ElementDefinition } from "cytoscape";

/**
 * Every place the app reaches inside Cytoscape, beyond its public API. Cytoscape offers no seam
 * for these, so they live here and nowhere else in src/ (docs/ARCHITECTURE.md, "Cytoscape
 * internals"). On an upgrade, re-check each one; `tests/adapter/internals.test.ts` reads the
 * installed Cytoscape source and fails when one of them has moved, and the browser tests draw
 * through the real renderer.
 *
 * | what                         | used for                                   | re-check on upgrade                                  |
 * | ---------------------------- | ------------------------------------------ | ---------------------------------------------------- |
 * | `cy.renderer()`              | reaching the canvas renderer               | still a method of the core, null when headless       |
 * | `renderer.drawArrowheads`    | skipping arrowheads too small to see       | name, and that its first argument is the 2D context  |
 * | `getArrowWidth` (its rule)   | the size of an arrowhead in model units    | `max(pow(width * 13.37, 0.9), 29) * arrow-scale`      |
 * | `renderer.drawRoundPolygonPath` | a path of its own per round polygon in SVG | whether it now calls `beginPath` itself (then drop) |
 * | `collection.jsons()` typing  | copying elements into the highlight layer  | the JSON still has `group`, `data`, `position`, `classes`, `selected` |
 * | the injected style rule      | the Content-Security-Policy hash           | `tests/unit/contentSecurityPolicy.test.ts` checks it  |
 *
 * The browser tests also read the instance through the registry Cytoscape keeps on its
 * container (`_cyreg`), in one helper (tests/browser/support/canvas.ts).
 */

/** The part of Cytoscape's canvas renderer the app touches. */
interface CanvasRenderer {
  drawArrowheads?: (this: CanvasRenderer, ...args: unknown[]) => void;
  drawRoundPolygonPath?: (
    this: CanvasRenderer,
    context: { beginPath?: () => void },
    ...rest: unknown[]
  ) => void;
}

/** The canvas renderer, or null where there is none (headless). */
function rendererOf(cy: Core): CanvasRenderer | null {
  const withRenderer = cy as unknown as { renderer?: () => CanvasRenderer | null | undefined };
  return typeof withRenderer.renderer === "function" ? (withRenderer.renderer() ?? null) : null;
}

/**
 * The size of an edge's arrowheads (and mid-line marks) in model units, by Cytoscape's own rule
 * (its renderer's `getArrowWidth`): the line width × 13.37, to the power 0.9, at least 29, times
 * `arrow-scale`.
 */
export function arrowheadSize(edgeWidth: number, arrowScale: number): number {
  return Math.max((edgeWidth * 13.37) ** 0.9, 29) * arrowScale;
}

/**
 * Replaces a renderer method for as long as the returned function is not called; the method
 * may be the prototype's (then the own property is removed again) or the renderer's own.
 */
function patchRenderer<K extends keyof CanvasRenderer>(
  renderer: CanvasRenderer,
  key: K,
  replace: (original: NonNullable<CanvasRenderer[K]>) => NonNullable<CanvasRenderer[K]>,
): () => void {
  const original = renderer[key];
  if (typeof original !== "function") return () => {};
  const own = Object.hasOwn(renderer, key);
  renderer[key] = replace(original as NonNullable<CanvasRenderer[K]>);
  return () => {
    if (own) renderer[key] = original;
    else delete renderer[key];
  };
}

/**
 * Calls `shouldDraw(context)` before each arrowhead drawing and skips it when false. Cytoscape's
 * style has a zoom threshold for labels and none for arrows, so a large graph would otherwise
 * draw tens of thousands of one-pixel arrowheads. If a version lacks `drawArrowheads`, nothing
 * changes. Returns a function that puts the renderer back.
 */
export function filterArrowheads(cy: Core, shouldDraw: (context: unknown) => boolean): () => void {
  const renderer = rendererOf(cy);
  if (!renderer) return () => {};
  return patchRenderer(
    renderer,
    "drawArrowheads",
    (draw) =>
      function (this: CanvasRenderer, ...args: unknown[]) {
        if (shouldDraw(args[0])) draw.apply(this, args);
      },
  );
}

/**
 * Runs `draw` with round polygons starting a path of their own. Cytoscape's
 * drawRoundPolygonPath (3.35) never calls beginPath: on a canvas it draws into a fresh Path2D,
 * but canvas2svg has no Path2D, so the outline's commands land on the previous element (a label)
 * and countries, agreements and events vanish from the SVG (cytoscape-svg issue #8). The patch
 * lives on this one renderer only for the synchronous call, so the screen never sees it.
 */
export function withRoundPolygonPaths<T>(cy: Core, draw: () => T): T {
  const renderer = rendererOf(cy);
  if (!renderer) return draw();
  const restore = patchRenderer(
    renderer,
    "drawRoundPolygonPath",
    (original) =>
      function (this: CanvasRenderer, context, ...rest) {
        context.beginPath?.();
        original.call(this, context, ...rest);
      },
  );
  try {
    return draw();
  } finally {
    restore();
  }
}

/**
 * Elements as definitions another instance can be made from: their JSON carries group, data,
 * position, classes and selection. Cytoscape's types give `jsons()` a looser type than the
 * definitions it returns.
 */
export function elementDefinitions(elements: CollectionReturnValue): ElementDefinition[] {
  return elements.jsons() as unknown as ElementDefinition[];
}
