import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { exportColours } from "../../../src/cytoscape/imageExport/exportColours.ts";
import {
  frameProblem,
  graphPixelSize,
  type GraphFrame,
} from "../../../src/cytoscape/imageExport/graphSize.ts";
import { exportImage, type ImageExportOptions } from "../../../src/cytoscape/imageExport/index.ts";
import {
  NOTHING_TO_EXPORT,
  NOT_ON_SCREEN,
  formatCount,
  formatScale,
} from "../../../src/cytoscape/imageExport/messages.ts";
import { checkImageExportOptions } from "../../../src/cytoscape/imageExport/options.ts";
import { CANVAS_THEME, THEMES } from "../../../src/encoding/theme.ts";

const OPTIONS: ImageExportOptions = {
  format: "png",
  extent: "full",
  scale: 2,
  background: "theme",
  title: "Arms talks",
  legend: true,
  sourceLine: null,
  theme: "light",
};

describe("checkImageExportOptions", () => {
  it("accepts the dialog's options", () => {
    expect(() => checkImageExportOptions(OPTIONS)).not.toThrow();
  });

  it.each([
    ["format", "gif", 'Image export option "format" is "gif"; it must be one of: png, jpg, svg.'],
    ["scale", 3, 'Image export option "scale" is 3; it must be one of: 1, 2, 4.'],
    [
      "extent",
      undefined,
      'Image export option "extent" is undefined; it must be one of: view, full.',
    ],
    ["title", 42, 'Image export option "title" is 42; it must be one of: a string, null.'],
    ["theme", "sepia", 'Image export option "theme" is "sepia"; it must be one of: light, dark.'],
  ])("names a bad %s and what it may be", (field, value, message) => {
    const bad = { ...OPTIONS, [field]: value } as unknown as ImageExportOptions;
    expect(() => checkImageExportOptions(bad)).toThrow(message);
  });
});

/** WCAG 2 contrast ratio of two "#rrggbb" colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("exportColours", () => {
  it.each(
    THEMES.flatMap((theme) =>
      (["transparent", "white", "theme"] as const).map((bg) => [theme, bg] as const),
    ),
  )(
    "%s theme, %s background: words contrast with what is behind them (≥ 4.5:1)",
    (theme, background) => {
      const c = exportColours(background, theme);
      expect(contrast(c.ink, c.paper)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.mutedInk, c.paper)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("fills with the theme's canvas, white, or nothing", () => {
    expect(exportColours("theme", "dark").background).toBe(CANVAS_THEME.dark.canvas);
    expect(exportColours("white", "dark")).toMatchObject({
      background: "#ffffff",
      ink: CANVAS_THEME.light.nodeLabel,
    });
    expect(exportColours("transparent", "dark")).toMatchObject({
      background: null,
      ink: CANVAS_THEME.dark.nodeLabel,
      paper: CANVAS_THEME.dark.canvas,
    });
  });
});

describe("graphPixelSize", () => {
  const frame: GraphFrame = {
    extent: "full",
    boundsWidth: 1234.2,
    boundsHeight: 800,
    viewWidth: 1000,
    viewHeight: 700,
  };
  it.each([
    // As cy.png: bounds rounded up, times the scale, truncated by the canvas; zoom plays no part.
    [{ ...frame }, 1, { width: 1235, height: 800 }],
    [{ ...frame }, 2, { width: 2470, height: 1600 }],
    [{ ...frame }, 2.6, { width: 3211, height: 2080 }],
    [{ ...frame, extent: "view" as const }, 4, { width: 4000, height: 2800 }],
  ])("%j at %s×", (f, scale, size) => {
    expect(graphPixelSize(f, scale)).toEqual(size);
  });
});

describe("frameProblem", () => {
  const frame: GraphFrame = {
    extent: "full",
    boundsWidth: 0,
    boundsHeight: 0,
    viewWidth: 800,
    viewHeight: 600,
  };
  it("says when the filters hide everything, for the whole graph only", () => {
    expect(frameProblem(frame)).toBe(NOTHING_TO_EXPORT);
    expect(frameProblem({ ...frame, extent: "view" })).toBeNull();
  });
  it("says when the graph has no room on screen, for the view only", () => {
    expect(frameProblem({ ...frame, extent: "view", viewWidth: 0 })).toBe(NOT_ON_SCREEN);
    expect(frameProblem({ ...frame, boundsWidth: 38, boundsHeight: 38, viewWidth: 0 })).toBeNull();
  });
});

describe("messages", () => {
  it.each([
    [2.6, "2.6"],
    [0.25, "0.25"],
    [4, "4"],
    [2.3000000000000003, "2.3"],
  ])("scale %s reads %s", (scale, text) => expect(formatScale(scale)).toBe(text));

  it("groups thousands whatever the locale", () => {
    expect(formatCount(16_777_216)).toBe("16,777,216");
    expect(formatCount(999)).toBe("999");
  });
});

describe("exportImage", () => {
  it("refuses a headless instance in plain words, before drawing anything", async () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: "a" } }] });
    const stages: string[] = [];
    await expect(exportImage(cy, OPTIONS, (s) => stages.push(s))).rejects.toThrow(NOT_ON_SCREEN);
    expect(stages).toEqual([]);
    cy.destroy();
  });

  it("refuses bad options by name", async () => {
    const cy = cytoscape({ headless: true });
    await expect(
      exportImage(cy, { ...OPTIONS, scale: 8 } as unknown as ImageExportOptions),
    ).rejects.toThrow('"scale" is 8');
    cy.destroy();
  });
});
