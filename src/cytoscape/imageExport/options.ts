import { THEMES, type Theme } from "../../encoding/theme.ts";
import { badOption } from "./messages.ts";

export const IMAGE_FORMATS = ["png", "jpg", "svg"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const IMAGE_SCALES = [1, 2, 4] as const;
export const IMAGE_EXTENTS = ["view", "full"] as const;
export const IMAGE_BACKGROUNDS = ["transparent", "white", "theme"] as const;

export interface ImageExportOptions {
  readonly format: ImageFormat;
  /** What is on screen now, or the whole graph (everything the filters show). */
  readonly extent: (typeof IMAGE_EXTENTS)[number];
  /** Requested; a raster image may be made smaller to fit the browser's canvas limits. */
  readonly scale: (typeof IMAGE_SCALES)[number];
  /** JPG has no alpha: "transparent" becomes white there, and the result's notes say so. */
  readonly background: (typeof IMAGE_BACKGROUNDS)[number];
  /** Drawn above the graph when non-null; also the SVG's accessible `<title>`. */
  readonly title: string | null;
  /** A legend of what is drawn: only the node types, sourcing and stances among shown elements. */
  readonly legend: boolean;
  /** Drawn under the graph, e.g. "Source: …, Reuters, 2023-08-15"; built by the caller. */
  readonly sourceLine: string | null;
  /** Colours of the "theme" background and of the text and legend ink. */
  readonly theme: Theme;
}

export interface ImageExportResult {
  /** image/png, image/jpeg or image/svg+xml;charset=utf-8; never empty. */
  readonly blob: Blob;
  /** Pixels of the output; for SVG, its width and height attributes. */
  readonly width: number;
  readonly height: number;
  /** The scale actually used, which may be below the one asked for. */
  readonly scale: number;
  /** Plain sentences for the user, e.g. why the scale was lowered. */
  readonly notes: readonly string[];
}

const oneOf = (field: string, value: unknown, allowed: readonly (string | number)[]): void => {
  if (!allowed.includes(value as string | number))
    throw new Error(badOption(field, value, allowed));
};

const textOrNull = (field: string, value: unknown): void => {
  if (value !== null && typeof value !== "string") {
    throw new Error(badOption(field, value, ["a string", "null"]));
  }
};

/**
 * Throws an Error naming the first bad field. The dialog's types already rule these out; this
 * guards the values that reach it untyped (a restored preference, a URL parameter).
 */
export function checkImageExportOptions(options: ImageExportOptions): void {
  oneOf("format", options.format, IMAGE_FORMATS);
  oneOf("extent", options.extent, IMAGE_EXTENTS);
  oneOf("scale", options.scale, IMAGE_SCALES);
  oneOf("background", options.background, IMAGE_BACKGROUNDS);
  textOrNull("title", options.title);
  if (typeof options.legend !== "boolean") {
    throw new Error(badOption("legend", options.legend, [true, false].map(String)));
  }
  textOrNull("sourceLine", options.sourceLine);
  oneOf("theme", options.theme, THEMES);
}
