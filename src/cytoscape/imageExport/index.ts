/**
 * Image export of the graph as drawn: PNG, JPG or SVG, with an optional title, legend and source
 * line. The one entry point, loaded on demand (`await import(...)`) so neither this code nor
 * cytoscape-svg weighs on the first view.
 *
 * @example
 * const { exportImage } = await import("../cytoscape/imageExport/index.ts");
 * const { blob, notes } = await exportImage(cy, {
 *   format: "png", extent: "full", scale: 2, background: "theme", title: "Arms talks",
 *   legend: true, sourceLine: "Source: …, Reuters, 2023-08-15", theme: "light",
 * });
 */
import type { Core } from "cytoscape";
import { exportColours } from "./exportColours.ts";
import { JPG_HAS_NO_TRANSPARENCY, NOT_ON_SCREEN } from "./messages.ts";
import {
  checkImageExportOptions,
  type ImageExportOptions,
  type ImageExportResult,
} from "./options.ts";
import { exportRaster } from "./rasterExport.ts";
import { exportSvg } from "./svgExport.ts";

export type { ImageExportOptions, ImageExportResult, ImageFormat } from "./options.ts";

/**
 * Draws the graph as the chosen image. Resolves with a non-empty file, or rejects with an Error
 * whose message can be shown to the user as it is (the canvas limit, nothing to export, …).
 * `onProgress` hears "drawing" before Cytoscape draws and "encoding" before the file is made.
 */
export async function exportImage(
  cy: Core,
  options: ImageExportOptions,
  onProgress?: (stage: "drawing" | "encoding") => void,
): Promise<ImageExportResult> {
  checkImageExportOptions(options);
  // A headless or destroyed instance has no renderer to draw with.
  if (cy.destroyed() || cy.container() === null) throw new Error(NOT_ON_SCREEN);
  const jpgWithoutAlpha = options.format === "jpg" && options.background === "transparent";
  const colours = exportColours(jpgWithoutAlpha ? "white" : options.background, options.theme);
  const result =
    options.format === "svg"
      ? await exportSvg(cy, options, colours, onProgress)
      : await exportRaster(cy, options, colours, onProgress);
  return jpgWithoutAlpha
    ? { ...result, notes: [JPG_HAS_NO_TRANSPARENCY, ...result.notes] }
    : result;
}
