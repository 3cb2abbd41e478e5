/**
 * The page-side probe, injected by the harness (`context.addInitScript`) into the product and
 * the reference page alike, before any of the page's own scripts run. It never touches the
 * page's code: it finds Cytoscape through the registry Cytoscape keeps on its container
 * (`container._cyreg.cy`) and listens to its `render` events.
 *
 * Built into a classic script (an IIFE) by bench/build/probeScript.ts, not shipped as the
 * harness's own functions: tsx would wrap them in helpers the page does not have.
 */
import type { Core } from "cytoscape";
import {
  CONFIG_GLOBAL,
  PROBE_GLOBAL,
  type BenchProbe,
  type DrawnReport,
  type PanZoomReport,
  type ProbeConfig,
} from "./probeContract.ts";

/** The class Cytoscape's renderer adds to its container (renderer/base/index.mjs). */
const CONTAINER_CLASS = "__________cytoscape_container";
/** The scripted pan/zoom: zoom ±40 % around the fitted zoom, one cycle a second, plus a drift. */
const ZOOM_AMPLITUDE = 0.4;
const ZOOM_CYCLE_MS = 1000;
const DRIFT_PX_PER_S = { x: 40, y: 20 } as const;

interface RegisteredContainer extends Element {
  _cyreg?: { cy?: Core };
}

/** The canvas renderer counts the frames it draws (renderer/base/redraw.mjs); untyped. */
function redrawCount(cy: Core): number {
  const withRenderer = cy as unknown as { renderer(): { redrawCount?: number } | undefined };
  return withRenderer.renderer()?.redrawCount ?? 0;
}

function readConfig(): ProbeConfig {
  const config: unknown = Reflect.get(globalThis, CONFIG_GLOBAL);
  const expectedNodes: unknown =
    typeof config === "object" && config !== null ? Reflect.get(config, "expectedNodes") : null;
  if (typeof expectedNodes !== "number" || !Number.isInteger(expectedNodes)) {
    throw new Error(`bench probe: ${CONFIG_GLOBAL}.expectedNodes must be set before the probe`);
  }
  return { expectedNodes };
}

function install({ expectedNodes }: ProbeConfig): BenchProbe {
  const attached = new WeakSet<Core>();
  let instances = 0;
  let drawnCy: Core | null = null;
  let lastSeen: Core | null = null;
  let resolveDrawn: (report: DrawnReport) => void = () => {};
  const drawn = new Promise<DrawnReport>((resolve) => (resolveDrawn = resolve));

  const attach = (cy: Core) => {
    attached.add(cy);
    instances++;
    lastSeen = cy;
    const attachedMs = performance.now();
    const redrawsBeforeAttach = redrawCount(cy);
    let rendersSeen = 0;
    let firstRenderMs = Number.NaN;
    cy.on("render", () => {
      if (rendersSeen++ === 0) firstRenderMs = performance.now();
      if (drawnCy !== null || cy.destroyed() || cy.nodes().length !== expectedNodes) return;
      drawnCy = cy;
      observer.disconnect();
      // The render event fires after drawing into the canvas; one more frame lets it be shown.
      requestAnimationFrame(() =>
        resolveDrawn({
          drawnMs: performance.now(),
          attachedMs,
          firstRenderMs,
          rendersSeen,
          redrawsBeforeAttach,
          redrawsAtDrawn: redrawCount(cy),
          instances,
          canvas: { width: cy.width(), height: cy.height() },
          zoom: cy.zoom(),
          minZoom: cy.minZoom(),
        }),
      );
    });
  };

  const scan = () => {
    for (const container of document.getElementsByClassName(CONTAINER_CLASS)) {
      const cy = (container as RegisteredContainer)._cyreg?.cy;
      if (cy && !attached.has(cy) && !cy.destroyed()) attach(cy);
    }
  };
  // Cytoscape registers the instance on its container before its renderer adds the class, in
  // one synchronous constructor; the observer's callback runs right after it, before the first
  // animation frame, so before the first render.
  const observer = new MutationObserver(scan);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["class"],
  });
  // A backstop for a new instance on a container that already has the class (a remount): no
  // mutation then. `redrawsBeforeAttach` in the report says whether it came too late.
  const poll = () => {
    if (drawnCy !== null) return;
    scan();
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  const panZoom = async (durationMs: number): Promise<PanZoomReport> => {
    await drawn;
    const cy = drawnCy;
    if (cy === null) throw new Error("bench probe: drawn without an instance");
    const zoom0 = cy.zoom();
    const pan0 = cy.pan();
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    let renders = 0;
    let frames = 0;
    const onRender = () => renders++;
    cy.on("render", onRender);
    const start = performance.now();
    await new Promise<void>((done) => {
      const step = () => {
        const elapsed = performance.now() - start;
        if (elapsed >= durationMs) return done();
        frames++;
        const wave = Math.sin((2 * Math.PI * elapsed) / ZOOM_CYCLE_MS);
        const wanted = zoom0 * (1 + ZOOM_AMPLITUDE * wave);
        const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), wanted));
        const scale = zoom / zoom0;
        const seconds = elapsed / 1000;
        cy.viewport({
          zoom,
          // Zoom about the canvas centre, then drift.
          pan: {
            x: centre.x - (centre.x - pan0.x) * scale + DRIFT_PX_PER_S.x * seconds,
            y: centre.y - (centre.y - pan0.y) * scale + DRIFT_PX_PER_S.y * seconds,
          },
        });
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    const seconds = (performance.now() - start) / 1000;
    cy.off("render", onRender);
    return { renders, frames, seconds, fps: renders / seconds };
  };

  const status = () => {
    const containers = document.getElementsByClassName(CONTAINER_CLASS).length;
    const nodes = lastSeen && !lastSeen.destroyed() ? lastSeen.nodes().length : 0;
    return (
      `${containers} Cytoscape container(s), ${instances} instance(s), ` +
      `${nodes} of ${expectedNodes} nodes in the last one, drawn: ${drawnCy !== null}`
    );
  };

  return { drawn, panZoom, status };
}

Object.defineProperty(globalThis, PROBE_GLOBAL, { value: install(readConfig()) });
