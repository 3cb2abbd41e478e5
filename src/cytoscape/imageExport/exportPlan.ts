import type { Core } from "cytoscape";
import type { Size } from "./canvasLimits.ts";
import { layoutDecorations, type DecorationLayout } from "./decorationLayout.ts";
import type { ExportColours } from "./exportColours.ts";
import type { MeasureText } from "./exportFont.ts";
import { legendEntries, type LegendEntry } from "./legendEntries.ts";
import type { ImageExportOptions } from "./options.ts";
import { presentKinds } from "./presentKinds.ts";

/** What both writers need before drawing: the legend, and the layout at any picture size. */
export interface ExportPlan {
  readonly entries: readonly LegendEntry[];
  readonly layoutAt: (graph: Size, scale: number) => DecorationLayout;
}

export function planExport(
  cy: Core,
  options: ImageExportOptions,
  colours: ExportColours,
  measure: MeasureText,
): ExportPlan {
  const entries = options.legend ? legendEntries(presentKinds(cy, options.extent), colours) : [];
  const legend = entries.map((e) => ({
    label: e.label,
    group: e.group,
    symbolSize: e.symbol.size,
  }));
  return {
    entries,
    layoutAt: (graph, scale) =>
      layoutDecorations({
        graphWidth: graph.width,
        graphHeight: graph.height,
        scale,
        title: options.title,
        legend,
        sourceLine: options.sourceLine,
        measure,
      }),
  };
}

/** Fonts still loading would be measured and drawn in a fallback face. */
export async function fontsReady(): Promise<void> {
  if (typeof document !== "undefined" && "fonts" in document) await document.fonts.ready;
}
