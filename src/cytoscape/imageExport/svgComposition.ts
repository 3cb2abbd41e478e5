import type { Box, DecorationLayout, PlacedText } from "./decorationLayout.ts";
import type { ExportColours } from "./exportColours.ts";
import { EXPORT_FONT_FAMILY } from "./exportFont.ts";
import type { LegendEntry } from "./legendEntries.ts";
import type { LegendSymbol } from "../../encoding/symbols.ts";
import { SVG_UNREADABLE } from "./messages.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The graph drawing as cytoscape-svg made it, parsed, with the size its attributes give. */
export interface GraphSvg {
  readonly root: Element;
  readonly width: number;
  readonly height: number;
}

/** Parses cytoscape-svg's output; throws a plain Error if it is not a sized SVG document. */
export function readGraphSvg(markup: string): GraphSvg {
  const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
  const root = doc.documentElement;
  const width = Number.parseFloat(root.getAttribute("width") ?? "");
  const height = Number.parseFloat(root.getAttribute("height") ?? "");
  const broken =
    doc.getElementsByTagName("parsererror").length > 0 ||
    root.namespaceURI !== SVG_NS ||
    root.localName !== "svg" ||
    !(width > 0 && height > 0);
  if (broken) throw new Error(SVG_UNREADABLE);
  return { root, width, height };
}

export interface SvgComposition {
  readonly graph: GraphSvg;
  readonly layout: DecorationLayout;
  readonly entries: readonly LegendEntry[];
  readonly colours: ExportColours;
  /** The accessible name of the image: the graph's title, or a plain description. */
  readonly name: string;
  /** A longer description, e.g. the source line; null for none. */
  readonly description: string | null;
}

/**
 * One SVG document: background, the graph drawing nested at its place, and the title, legend
 * and source line as real `<text>` and `<path>` elements, so the words stay selectable,
 * searchable and sharp. Built with DOM calls and serialised by XMLSerializer: labels and titles
 * come from users' files, and only `textContent` and `setAttribute` keep them from becoming markup.
 */
export function composeSvg(input: SvgComposition): string {
  const { layout, entries, colours } = input;
  const doc = document.implementation.createDocument(SVG_NS, "svg", null);
  const root = doc.documentElement;
  const make = (name: string, attributes: Record<string, string | number> = {}): Element => {
    const element = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  };
  const append = <T extends Element>(parent: Element, child: T): T => {
    parent.appendChild(child);
    return child;
  };

  root.setAttribute("width", String(layout.width));
  root.setAttribute("height", String(layout.height));
  root.setAttribute("viewBox", `0 0 ${layout.width} ${layout.height}`);
  root.setAttribute("role", "img");
  root.setAttribute("aria-labelledby", "graph-title");
  append(root, make("title", { id: "graph-title" })).textContent = input.name;
  if (input.description !== null) append(root, make("desc")).textContent = input.description;

  if (colours.background !== null) {
    append(root, make("rect", { width: "100%", height: "100%", fill: colours.background }));
  }

  const graph = doc.importNode(input.graph.root, true) as Element;
  // Without a viewBox a nested svg clips instead of scaling if anyone resizes it.
  if (!graph.hasAttribute("viewBox")) {
    graph.setAttribute("viewBox", `0 0 ${input.graph.width} ${input.graph.height}`);
  }
  const box = layout.graph;
  for (const [key, value] of Object.entries({
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
  })) {
    graph.setAttribute(key, String(value));
  }
  append(root, graph);

  const words = append(root, make("g", { "font-family": EXPORT_FONT_FAMILY }));
  const text = (placed: PlacedText, fill: string) => {
    append(
      words,
      make("text", {
        x: round(placed.x),
        y: round(placed.y),
        "font-size": round(placed.font.size),
        "font-weight": placed.font.weight,
        fill,
      }),
    ).textContent = placed.text;
  };
  const symbol = (drawn: LegendSymbol, at: Box) => {
    const sx = at.width / drawn.box.width;
    const sy = at.height / drawn.box.height;
    const group = append(
      words,
      make("g", {
        transform: `translate(${round(at.x)} ${round(at.y)}) scale(${round(sx)} ${round(sy)})`,
        "stroke-linejoin": "round",
      }),
    );
    for (const mark of drawn.marks) {
      const path = append(group, make("path", { d: mark.d, fill: mark.fill ?? "none" }));
      if (mark.stroke !== null) {
        path.setAttribute("stroke", mark.stroke);
        path.setAttribute("stroke-width", String(mark.strokeWidth));
        if (mark.dash.length > 0) path.setAttribute("stroke-dasharray", mark.dash.join(" "));
      }
    }
  };

  for (const line of layout.title) text(line, colours.ink);
  for (const item of layout.legend) {
    const entry = entries[item.index];
    if (!entry) continue;
    symbol(entry.symbol, item.symbol);
    text(item.text, colours.ink);
  }
  for (const line of layout.source) text(line, colours.mutedInk);

  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** Two decimals are below a hundredth of a pixel: enough, and the file stays readable. */
const round = (n: number) => String(Math.round(n * 100) / 100);
