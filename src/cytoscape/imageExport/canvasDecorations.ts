import type { Box, DecorationLayout, PlacedText } from "./decorationLayout.ts";
import type { ExportColours } from "./exportColours.ts";
import { cssFont, type MeasureText } from "./exportFont.ts";
import type { LegendEntry } from "./legendEntries.ts";
import type { LegendSymbol } from "../../encoding/symbols.ts";

/** Measures with the canvas the words will be drawn on, so layout and drawing agree. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): MeasureText {
  return (text, font) => {
    ctx.font = cssFont(font);
    return ctx.measureText(text).width;
  };
}

function drawText(ctx: CanvasRenderingContext2D, placed: PlacedText, colour: string): void {
  ctx.font = cssFont(placed.font);
  ctx.fillStyle = colour;
  ctx.fillText(placed.text, placed.x, placed.y);
}

function drawSymbol(ctx: CanvasRenderingContext2D, symbol: LegendSymbol, at: Box): void {
  ctx.save();
  ctx.translate(at.x, at.y);
  // The symbol's marks are in its own box (24×24 for a node, as in the encoding's svgPath).
  ctx.scale(at.width / symbol.box.width, at.height / symbol.box.height);
  ctx.lineJoin = "round";
  for (const mark of symbol.marks) {
    const path = new Path2D(mark.d);
    if (mark.fill !== null) {
      ctx.fillStyle = mark.fill;
      ctx.fill(path);
    }
    if (mark.stroke !== null) {
      ctx.strokeStyle = mark.stroke;
      ctx.lineWidth = mark.strokeWidth;
      ctx.setLineDash([...mark.dash]);
      ctx.stroke(path);
    }
  }
  ctx.restore();
}

/**
 * Draws the background, the graph picture and the words around it. The background goes under
 * the picture, not into it, so the bands and the graph are one colour.
 */
export function drawComposition(
  ctx: CanvasRenderingContext2D,
  layout: DecorationLayout,
  graph: CanvasImageSource,
  entries: readonly LegendEntry[],
  colours: ExportColours,
): void {
  if (colours.background !== null) {
    ctx.fillStyle = colours.background;
    ctx.fillRect(0, 0, layout.width, layout.height);
  }
  ctx.drawImage(graph, layout.graph.x, layout.graph.y, layout.graph.width, layout.graph.height);
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  for (const line of layout.title) drawText(ctx, line, colours.ink);
  for (const item of layout.legend) {
    const entry = entries[item.index];
    if (!entry) continue;
    drawSymbol(ctx, entry.symbol, item.symbol);
    drawText(ctx, item.text, colours.ink);
  }
  for (const line of layout.source) drawText(ctx, line, colours.mutedInk);
}
