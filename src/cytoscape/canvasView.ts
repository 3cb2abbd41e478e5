import type { CollectionReturnValue, Core } from "cytoscape";
import type { Visible } from "../domain/filters.ts";
import type { GraphIndex, PathResult } from "../domain/graphIndex.ts";
import { neighbourhood } from "../domain/queries/neighbourhood.ts";
import type { GraphModel } from "../domain/schema.ts";
import type { LayoutName } from "../domain/vocabulary.ts";
import { hideTinyArrowheads } from "./arrowheadDetail.ts";
import { detailOf, type Detail } from "./detail.ts";
import { toElements } from "./elements.ts";
import { emphasisFor } from "./emphasis.ts";
import { createLabelPlacer, type LabelPlacer } from "./labelPlacer.ts";
import type { ImageExportOptions, ImageExportResult } from "./imageExport/options.ts";
import { runLayout } from "./layouts.ts";
import { stylesheetFor } from "./stylesheet.ts";
import type { Theme } from "../encoding/theme.ts";
import { createUpdateScheduler } from "./updateScheduler.ts";
import {
  fitAll,
  frameFirstView,
  moveView,
  onElementTap,
  showSelection,
  zoomBy,
  type ElementRef,
} from "./viewport.ts";
import { collectionOf, showOnly } from "./visibility.ts";

/** The Cytoscape instance a canvas view owns, named for the UI, which must not import Cytoscape. */
export type CanvasInstance = Core;

/**
 * Everything the canvas shows, as plain data: the UI hands the whole of it to `apply` whenever
 * any of it changes, and the view works out what changed since it last drew. Objects are
 * compared by identity (the store makes a new one on every change), so selecting the same
 * element again from search brings it into view again.
 */
export interface CanvasState {
  /** The graph on screen, with its index (the queries walk it, not the canvas). */
  readonly graph: GraphIndex | null;
  readonly theme: Theme;
  readonly layout: LayoutName;
  /** What the filters leave on screen; null: everything. */
  readonly visible: Visible | null;
  readonly focus: { readonly nodeId: string; readonly hops: number } | null;
  readonly path: PathResult | null;
  /** `origin: "canvas"` was a tap on the canvas, already in view; any other is brought there. */
  readonly selection: { readonly id: string; readonly origin: string } | null;
}

export interface CanvasViewOptions {
  /** The detail this canvas was made for (its renderer options depend on it). */
  readonly detail: Detail;
  /** Where a large graph's highlight layer draws, over the graph. */
  readonly layerBox: HTMLElement | null;
  /** What lies over the canvas (its view controls): no label is placed beneath it. */
  readonly covering?: HTMLElement | null;
  /** A tap on a node or an edge, or on the background (null). */
  readonly onTap: (element: ElementRef | null) => void;
  /** True while a large graph's canvas has not yet drawn what it was last asked. */
  readonly onUpdating?: (updating: boolean) => void;
}

/**
 * The one object that owns a Cytoscape canvas (docs/ARCHITECTURE.md, "Canvas"): it puts the
 * graph's elements on it, styles it for the theme and the detail, shows filters, focus, path
 * and selection, runs layouts and frames the view afterwards, draws a large graph's arrowheads
 * and highlights its way, and answers the view buttons and the image export. It is handed the
 * whole state and applies only what changed, in one fixed order, so nothing depends on the
 * order in which React runs effects.
 */
export interface CanvasView {
  readonly detail: Detail;
  apply(state: CanvasState): void;
  /** Fits the whole graph in the view. */
  fit(): void;
  /** Zooms by `factor` around the middle of the view. */
  zoomBy(factor: number): void;
  exportImage(
    options: ImageExportOptions,
    onProgress?: (stage: "drawing" | "encoding") => void,
  ): Promise<ImageExportResult>;
  /** Unbinds everything it bound; the canvas itself belongs to its component. */
  destroy(): void;
}

const STATE_KEYS = [
  "graph",
  "theme",
  "layout",
  "visible",
  "focus",
  "path",
  "selection",
] as const satisfies readonly (keyof CanvasState)[];

/** True when nothing the canvas shows differs (each part compared by identity). */
function sameState(a: CanvasState, b: CanvasState): boolean {
  return STATE_KEYS.every((key) => a[key] === b[key]);
}

/** How far around a focus or a path the view is framed, in px. */
const FOCUS_PADDING = 60;
const PATH_PADDING = 70;

/** What has been drawn: the last state applied, and the layout the nodes stand in. */
interface Drawn {
  readonly state: CanvasState | null;
  /** "none": a layout was cancelled or failed, so asking for it again runs it. */
  readonly layout: LayoutName | "none";
}

export function createCanvasView(cy: Core, options: CanvasViewOptions): CanvasView {
  const { detail } = options;
  const emphasis = emphasisFor(cy, detail, options.layerBox);
  const restoreArrowheads = detail === "light" ? hideTinyArrowheads(cy) : () => {};
  const untap = onElementTap(cy, options.onTap);
  let wanted: CanvasState | null = null;
  let drawn: Drawn = { state: null, layout: "preset" };
  let layoutRun: AbortController | null = null;
  let hood: CollectionReturnValue | null = null;
  let pathShown: CollectionReturnValue | null = null;
  const idSet = (eles: CollectionReturnValue | null) =>
    eles ? new Set(eles.map((e) => e.id())) : null;
  // Labels are placed to fit on a "full" graph; a large one keeps its zoom threshold alone.
  const labels: LabelPlacer | null =
    detail === "full"
      ? createLabelPlacer(
          cy,
          () => ({
            forced: new Set(cy.elements(":selected").map((e) => e.id())),
            preferred: idSet(hood) ?? idSet(pathShown),
          }),
          options.covering ?? null,
        )
      : null;

  const idsOnCanvas = (found: { nodes: Iterable<string>; edges: Iterable<string> }) =>
    collectionOf(cy, [...found.nodes, ...found.edges]);

  const frame = (eles: CollectionReturnValue, padding: number) => {
    if (eles.nonempty()) moveView(cy, { fit: { eles, padding } }, detail);
  };

  /** Brings into view what the reader looks at: a focus, a path, a selection, or everything. */
  function reframe(state: CanvasState): void {
    if (state.focus && hood) frame(hood, FOCUS_PADDING);
    else if (pathShown) frame(pathShown, PATH_PADDING);
    else if (state.selection) showSelection(cy, state.selection.id, true, detail);
    else fitAll(cy, detail);
  }

  function startLayout(state: CanvasState, doc: GraphModel): void {
    layoutRun?.abort();
    const run = new AbortController();
    layoutRun = run;
    const name = state.layout;
    drawn = { ...drawn, layout: name };
    runLayout(cy, name, doc, detail, run.signal).then(
      () => {
        // The nodes moved: frame again whatever the reader is looking at now.
        if (!run.signal.aborted && drawn.state) reframe(drawn.state);
        labels?.schedule();
      },
      // Cancelled by a newer layout, or failed: this layout simply did not happen.
      () => {
        if (drawn.layout === name) drawn = { ...drawn, layout: "none" };
      },
    );
  }

  /** Applies `wanted`, step by step in this order, each only if what it depends on changed. */
  function draw(): void {
    const next = wanted;
    if (!next || cy.destroyed()) return;
    const doc = next.graph?.doc ?? null;
    // A graph of the other detail gets a canvas of its own; this one is about to go.
    if (doc && detailOf(doc) !== detail) return;
    const last = drawn.state;
    const newDoc = next.graph !== last?.graph;
    if (newDoc) {
      layoutRun?.abort();
      cy.batch(() => {
        cy.elements().remove();
        if (doc) cy.add(toElements(doc));
      });
      // A graph arrives with its own positions, as laid out when it was made.
      drawn = { state: drawn.state, layout: "preset" };
      frameFirstView(cy, detail);
    }
    if (next.theme !== last?.theme) {
      const stylesheet = stylesheetFor(next.theme, detail);
      cy.style(stylesheet);
      emphasis.setStyle(stylesheet, next.theme);
    }
    const newFilters = newDoc || next.visible !== last?.visible;
    if (newFilters) showOnly(cy, next.visible);
    // After the filters, so the neighbourhood walks only what is shown.
    if (newFilters || next.focus !== last?.focus) {
      const { graph, focus, visible } = next;
      hood =
        graph && focus
          ? idsOnCanvas(neighbourhood(graph, focus.nodeId, focus.hops, visible))
          : null;
      emphasis.focus(hood);
      if (hood) frame(hood, FOCUS_PADDING);
    }
    if (newDoc || next.path !== last?.path) {
      const path = next.path?.found ? [...next.path.nodes, ...next.path.edges] : null;
      pathShown = path ? collectionOf(cy, path) : null;
      emphasis.path(pathShown);
      if (pathShown) frame(pathShown, PATH_PADDING);
    }
    if (newDoc || next.selection !== last?.selection) {
      const selection = next.selection;
      showSelection(cy, selection?.id ?? null, selection?.origin !== "canvas", detail);
    }
    drawn = { ...drawn, state: next };
    // Whatever changed (elements, filters, focus, path, selection) changes what needs room.
    labels?.schedule();
    if (doc && drawn.layout !== next.layout) startLayout(next, doc);
  }

  const scheduler = createUpdateScheduler(detail === "light", draw, options.onUpdating);

  return {
    detail,
    apply(state) {
      // The store changes for many reasons the canvas does not show (a tab, a dialog).
      if (wanted && sameState(wanted, state)) return;
      wanted = state;
      // A highlight that ends goes at once (it costs nothing): it must not stay over a graph
      // that changes under it while the rest waits for the next paint.
      if (detail === "light" && !state.focus && hood) {
        hood = null;
        emphasis.focus(null);
      }
      if (detail === "light" && !state.path?.found && pathShown) {
        pathShown = null;
        emphasis.path(null);
      }
      scheduler.request();
    },
    fit: () => fitAll(cy, detail),
    zoomBy: (factor) => zoomBy(cy, factor, detail),
    async exportImage(exportOptions, onProgress) {
      // Loaded the first time someone exports.
      const { exportImage } = await import("./imageExport/index.ts");
      return exportImage(cy, exportOptions, onProgress);
    },
    destroy() {
      scheduler.cancel();
      layoutRun?.abort();
      untap();
      labels?.destroy();
      restoreArrowheads();
      emphasis.destroy();
    },
  };
}
