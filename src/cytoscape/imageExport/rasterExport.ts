import type { Core } from "cytoscape";
import { drawComposition, canvasMeasure } from "./canvasDecorations.ts";
import { chooseScale } from "./canvasLimits.ts";
import type { ExportColours } from "./exportColours.ts";
import { fontsReady, planExport } from "./exportPlan.ts";
import { frameProblem, graphFrameOf, graphPixelSize } from "./graphSize.ts";
import { DRAW_FAILED } from "./messages.ts";
import type { ImageExportOptions, ImageExportResult } from "./options.ts";

/** High enough that label edges show no ringing; a JPG is still about 30 % smaller than the PNG. */
const JPEG_QUALITY = 0.92;

const fail = (message: string) => new Error(message);

/**
 * A PNG or JPG: Cytoscape draws the graph picture (its only non-blocking output is a PNG blob),
 * which is drawn into a larger canvas with the title, legend and source line, then encoded once.
 * The picture is always a PNG, even for a JPG: encoding the graph as JPEG first would blur its
 * labels twice.
 */
export async function exportRaster(
  cy: Core,
  options: ImageExportOptions,
  colours: ExportColours,
  onProgress: ((stage: "drawing" | "encoding") => void) | undefined,
): Promise<ImageExportResult> {
  await fontsReady();
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) throw fail(DRAW_FAILED);
  const plan = planExport(cy, options, colours, canvasMeasure(ctx));

  const frame = graphFrameOf(cy, options.extent);
  const problem = frameProblem(frame);
  if (problem !== null) throw fail(problem);
  const choice = chooseScale(options.scale, (s) => plan.layoutAt(graphPixelSize(frame, s), s));
  if (!choice.ok) throw fail(choice.message);
  const { scale } = choice;
  const picture = graphPixelSize(frame, scale);
  const layout = plan.layoutAt(picture, scale);

  onProgress?.("drawing");
  let graphBlob: Blob;
  try {
    graphBlob = await cy.png({
      output: "blob-promise",
      full: options.extent === "full",
      scale,
      // With a scale given these change nothing but one thing: Cytoscape then leaves out the
      // device pixel ratio, so the picture is the size computed above on every screen.
      maxWidth: picture.width,
      maxHeight: picture.height,
    });
  } catch {
    throw fail(DRAW_FAILED);
  }
  if (graphBlob.size === 0) throw fail(DRAW_FAILED);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(graphBlob);
  } catch {
    throw fail(DRAW_FAILED);
  }

  try {
    canvas.width = layout.width;
    canvas.height = layout.height;
    drawComposition(ctx, layout, bitmap, plan.entries, colours);
  } finally {
    bitmap.close();
  }

  onProgress?.("encoding");
  const type = options.format === "jpg" ? "image/jpeg" : "image/png";
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, type, options.format === "jpg" ? JPEG_QUALITY : undefined);
  });
  // Frees the pixels now rather than at garbage collection; iOS counts them against a budget.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob || blob.size === 0) throw fail(DRAW_FAILED);
  return {
    blob,
    width: layout.width,
    height: layout.height,
    scale,
    notes: choice.note === null ? [] : [choice.note],
  };
}
