import type { FontSpec, MeasureText } from "./exportFont.ts";

/**
 * Where the words and the legend go around the graph picture, and how big the result is. Pure:
 * the same layout serves the canvas and the SVG writer, and tests give it a fake text measure.
 * Every length here is at 1× and is multiplied by the scale, so a 2× image has 2× text.
 */
export const DECORATION_METRICS = {
  padding: 16,
  /** A narrower picture is centred in this width, so the words still have room. */
  minWidth: 360,
  title: { size: 20, weight: 700, lineHeight: 1.25 },
  /** Between the title and the picture: less than the padding, the title belongs to it. */
  titleGap: 8,
  legend: { size: 13, weight: 400, rowHeight: 20, rowGap: 6, itemGap: 18, groupGap: 30 },
  /** Between a legend symbol and its word. */
  symbolGap: 6,
  /** Between the legend and the source line. */
  sourceGap: 10,
  source: { size: 12, weight: 400, lineHeight: 1.35 },
} as const;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One line of text, `y` at its alphabetic baseline (the default in canvas and SVG alike). */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly font: FontSpec;
}

export interface PlacedLegendItem {
  /** Index into the legend items given. */
  readonly index: number;
  readonly symbol: Box;
  readonly text: PlacedText;
}

export interface LegendItemInput {
  readonly label: string;
  /** Items of another group are set further apart. */
  readonly group: string;
  /** The symbol's size at 1×. */
  readonly symbolSize: { readonly width: number; readonly height: number };
}

export interface DecorationInput {
  /** The graph picture's pixel size, at the scale below. */
  readonly graphWidth: number;
  readonly graphHeight: number;
  readonly scale: number;
  readonly title: string | null;
  readonly legend: readonly LegendItemInput[];
  readonly sourceLine: string | null;
  readonly measure: MeasureText;
}

export interface DecorationLayout {
  /** The whole image, whole pixels. */
  readonly width: number;
  readonly height: number;
  /** Where the graph picture goes, at whole pixels so it is not resampled. */
  readonly graph: Box;
  readonly title: readonly PlacedText[];
  readonly legend: readonly PlacedLegendItem[];
  readonly source: readonly PlacedText[];
}

/**
 * A baseline that centres capitals in a line box: cap height is about 0.7 of the font size in
 * the usual system fonts, so the baseline sits 0.35 of it below the box's middle.
 */
const baselineIn = (top: number, lineHeight: number, size: number) =>
  top + lineHeight / 2 + 0.35 * size;

/** User-perceived characters, so a cut never splits a flag or an accented letter in two. */
function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter !== "function") return [...text];
  return [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map(
    (s) => s.segment,
  );
}

/**
 * Splits a text into lines no wider than `maxWidth`, at spaces; a word wider than that on its own
 * (a long URL) is cut between characters (graphemes) rather than left to run off the image.
 *
 * @example wrapText("a bb ccc", 3, font, (t) => t.length) // ["a", "bb", "ccc"]
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: FontSpec,
  measure: MeasureText,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  const fits = (t: string) => measure(t, font) <= maxWidth;
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    if (fits(word)) {
      line = word;
      continue;
    }
    let piece = "";
    for (const char of graphemes(word)) {
      if (piece !== "" && !fits(piece + char)) {
        lines.push(piece);
        piece = "";
      }
      piece += char;
    }
    line = piece;
  }
  if (line !== "") lines.push(line);
  return lines;
}

const present = (text: string | null): text is string => text !== null && text.trim() !== "";

/**
 * Lays out the title band above the graph and the legend and source line below it.
 *
 * @example
 * const layout = layoutDecorations({ graphWidth: 800, graphHeight: 600, scale: 1,
 *   title: "Arms talks", legend: [], sourceLine: null, measure });
 * layout.graph // { x: 0, y: 49, width: 800, height: 600 }
 */
export function layoutDecorations(input: DecorationInput): DecorationLayout {
  const { graphWidth, graphHeight, scale: s, legend } = input;
  // Text is measured at its 1× size and scaled: a font's widths are not exactly proportional
  // to its size (hinting), so measured at 2× a line could wrap where at 1× it did not, and a
  // 2× image would not be twice the 1× one (seen: 2.07 times as tall).
  const measure = (text: string, font: FontSpec) =>
    input.measure(text, { ...font, size: font.size / s }) * s;
  const M = DECORATION_METRICS;
  const hasTitle = present(input.title);
  const hasSource = present(input.sourceLine);
  const hasLegend = legend.length > 0;
  if (!hasTitle && !hasSource && !hasLegend) {
    return {
      width: graphWidth,
      height: graphHeight,
      graph: { x: 0, y: 0, width: graphWidth, height: graphHeight },
      title: [],
      legend: [],
      source: [],
    };
  }

  const pad = M.padding * s;
  const legendFont: FontSpec = { size: M.legend.size * s, weight: M.legend.weight };
  const itemWidths = legend.map(
    (item) => item.symbolSize.width * s + M.symbolGap * s + measure(item.label, legendFont),
  );
  // Every legend item must fit on a row of its own; a long title or source line wraps instead.
  const width = Math.ceil(
    Math.max(graphWidth, M.minWidth * s, ...itemWidths.map((w) => w + 2 * pad)),
  );
  const inner = width - 2 * pad;
  // Lines break at the inner width plus one 1× pixel: Cytoscape's picture of the graph is a
  // pixel wider or narrower at 2× than twice its 1× width (rounding), and a title that just
  // fits at 1× would otherwise break at 2×, making the 2× image a line taller than twice 1×.
  // The padding takes the pixel.
  const fits = inner + s;

  let y = 0;
  const title: PlacedText[] = [];
  if (hasTitle) {
    const font: FontSpec = { size: M.title.size * s, weight: M.title.weight };
    const lineHeight = font.size * M.title.lineHeight;
    y += pad;
    for (const text of wrapText(input.title, fits, font, measure)) {
      title.push({ text, x: pad, y: baselineIn(y, lineHeight, font.size), font });
      y += lineHeight;
    }
    y += M.titleGap * s;
  }

  const graph: Box = {
    x: Math.floor((width - graphWidth) / 2),
    y: Math.ceil(y),
    width: graphWidth,
    height: graphHeight,
  };
  y = graph.y + graphHeight;

  if (hasLegend || hasSource) y += pad;

  const placed: PlacedLegendItem[] = [];
  if (hasLegend) {
    const rowHeight = M.legend.rowHeight * s;
    let x = pad;
    let rowTop = y;
    legend.forEach((item, index) => {
      const itemWidth = itemWidths[index] ?? 0;
      const previous = legend[index - 1];
      if (previous) {
        const gap = (previous.group === item.group ? M.legend.itemGap : M.legend.groupGap) * s;
        if (x + gap + itemWidth > pad + fits) {
          x = pad;
          rowTop += rowHeight + M.legend.rowGap * s;
        } else {
          x += gap;
        }
      }
      const symbolWidth = item.symbolSize.width * s;
      const symbolHeight = item.symbolSize.height * s;
      placed.push({
        index,
        symbol: {
          x,
          y: rowTop + (rowHeight - symbolHeight) / 2,
          width: symbolWidth,
          height: symbolHeight,
        },
        text: {
          text: item.label,
          x: x + symbolWidth + M.symbolGap * s,
          y: baselineIn(rowTop, rowHeight, legendFont.size),
          font: legendFont,
        },
      });
      x += itemWidth;
    });
    y = rowTop + rowHeight;
  }

  const source: PlacedText[] = [];
  if (hasSource) {
    if (hasLegend) y += M.sourceGap * s;
    const font: FontSpec = { size: M.source.size * s, weight: M.source.weight };
    const lineHeight = font.size * M.source.lineHeight;
    for (const text of wrapText(input.sourceLine, fits, font, measure)) {
      source.push({ text, x: pad, y: baselineIn(y, lineHeight, font.size), font });
      y += lineHeight;
    }
  }
  if (hasLegend || hasSource) y += pad;

  return { width, height: Math.ceil(y), graph, title, legend: placed, source };
}
