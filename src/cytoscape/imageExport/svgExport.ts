import type { Core } from "cytoscape";
import { canvasMeasure } from "./canvasDecorations.ts";
import type { ExportColours } from "./exportColours.ts";
import type { MeasureText } from "./exportFont.ts";
import { fontsReady, planExport } from "./exportPlan.ts";
import { frameProblem, graphFrameOf, graphPixelSize } from "./graphSize.ts";
import { SVG_UNREADABLE } from "./messages.ts";
import type { ImageExportOptions, ImageExportResult } from "./options.ts";
import { composeSvg, readGraphSvg } from "./svgComposition.ts";
import { withRoundPolygonPaths } from "../internals.ts";

/** The options cytoscape-svg 0.4.0 reads (src/convert-to-svg.js), the same as cy.png's. */
interface SvgOptions {
  readonly full: boolean;
  readonly scale: number;
  readonly maxWidth: number;
  readonly maxHeight: number;
}
type SvgCore = Core & { svg(options: SvgOptions): string };

let svgRegistered: Promise<void> | null = null;

/**
 * cytoscape-svg (and canvas2svg inside it) is loaded the first time someone exports an SVG, not
 * with the app. Registering twice would make Cytoscape complain, so it happens once, and not at
 * all if something else already did it; a failed download may be retried.
 */
function registerSvgExport(cy: Core): Promise<void> {
  if (typeof (cy as Partial<SvgCore>).svg === "function") return Promise.resolve();
  svgRegistered ??= Promise.all([import("cytoscape"), import("cytoscape-svg")]).then(
    ([{ default: cytoscape }, { default: svg }]) => {
      cytoscape.use(svg);
    },
    (error: unknown) => {
      svgRegistered = null;
      throw error;
    },
  );
  return svgRegistered;
}

/** Without a 2D context (never in a real browser) widths are estimated, not measured. */
const roughMeasure: MeasureText = (text, font) => text.length * font.size * 0.6;

/**
 * An SVG: the graph drawn by Cytoscape's own code through canvas2svg (so it matches the
 * screen), nested in an SVG of ours with the title, legend and source line as text. A vector
 * image has no canvas limit, so the scale is never lowered; it sets the size attributes.
 */
export async function exportSvg(
  cy: Core,
  options: ImageExportOptions,
  colours: ExportColours,
  onProgress: ((stage: "drawing" | "encoding") => void) | undefined,
): Promise<ImageExportResult> {
  await registerSvgExport(cy);
  await fontsReady();
  const ctx = document.createElement("canvas").getContext("2d");
  const plan = planExport(cy, options, colours, ctx ? canvasMeasure(ctx) : roughMeasure);

  const frame = graphFrameOf(cy, options.extent);
  const problem = frameProblem(frame);
  if (problem !== null) throw new Error(problem);
  const { scale } = options;
  const expected = graphPixelSize(frame, scale);

  onProgress?.("drawing");
  let markup: string;
  try {
    markup = withRoundPolygonPaths(cy, () =>
      (cy as SvgCore).svg({
        full: options.extent === "full",
        scale,
        // As for cy.png: with a scale given, these only turn off the device pixel ratio.
        maxWidth: expected.width,
        maxHeight: expected.height,
      }),
    );
  } catch {
    throw new Error(SVG_UNREADABLE);
  }
  const graph = readGraphSvg(markup);
  const layout = plan.layoutAt({ width: graph.width, height: graph.height }, scale);

  onProgress?.("encoding");
  const title = options.title?.trim() ?? "";
  const svg = composeSvg({
    graph,
    layout,
    entries: plan.entries,
    colours,
    name: title !== "" ? title : "Knowledge graph",
    description: options.sourceLine,
  });
  const blob = new Blob([svg], { type: "image/svg+xml;charset=utf-8" });
  return { blob, width: layout.width, height: layout.height, scale, notes: [] };
}
