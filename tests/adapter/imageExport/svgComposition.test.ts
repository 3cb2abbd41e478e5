// @vitest-environment jsdom
// DOMParser and XMLSerializer are the browser's; jsdom has both (and no canvas, which the
// composition does not need).
import { describe, expect, it } from "vitest";
import { layoutDecorations } from "../../../src/cytoscape/imageExport/decorationLayout.ts";
import { exportColours } from "../../../src/cytoscape/imageExport/exportColours.ts";
import { legendEntries } from "../../../src/cytoscape/imageExport/legendEntries.ts";
import { SVG_UNREADABLE } from "../../../src/cytoscape/imageExport/messages.ts";
import { composeSvg, readGraphSvg } from "../../../src/cytoscape/imageExport/svgComposition.ts";
import { CANVAS_THEME } from "../../../src/encoding/theme.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const NASTY = `<script>alert("x")</script> & "Ltd" <b>`;

/** What cytoscape-svg (canvas2svg) returns, in miniature: a sized SVG, labels as text. */
const GRAPH_SVG =
  `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="300">` +
  `<defs/><g><path d="M10 10 L390 290" stroke="#1B7F3B"/>` +
  `<text x="20" y="40">&lt;script&gt;alert("x")&lt;/script&gt; &amp; "Ltd" &lt;b&gt;</text></g></svg>`;

const measure = (text: string, font: { size: number }) => text.length * font.size * 0.55;

function compose(
  over: {
    title?: string | null;
    sourceLine?: string | null;
    background?: "transparent" | "white" | "theme";
  } = {},
) {
  const colours = exportColours(over.background ?? "theme", "dark");
  const entries = legendEntries(
    {
      nodeTypes: new Set(["country", "person"]),
      attributions: new Set(["fact", "claim"] as const),
      stances: new Set(["cooperation"] as const),
      directed: true,
    },
    colours,
  );
  const graph = readGraphSvg(GRAPH_SVG);
  const title = over.title === undefined ? NASTY : over.title;
  const sourceLine =
    over.sourceLine === undefined
      ? "Source: Venezuela discusses arms…, Reuters, 2023-08-15"
      : over.sourceLine;
  const layout = layoutDecorations({
    graphWidth: graph.width,
    graphHeight: graph.height,
    scale: 1,
    title,
    legend: entries.map((e) => ({ label: e.label, group: e.group, symbolSize: e.symbol.size })),
    sourceLine,
    measure,
  });
  const markup = composeSvg({
    graph,
    layout,
    entries,
    colours,
    name: title ?? "Knowledge graph",
    description: sourceLine,
  });
  const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
  return { markup, doc, layout, root: doc.documentElement };
}

const texts = (doc: Document) =>
  [...doc.getElementsByTagNameNS(SVG_NS, "text")].map((t) => t.textContent);

describe("composeSvg", () => {
  it("makes one well-formed SVG document of the layout's size", () => {
    const { markup, doc, root, layout } = compose();
    expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute("width")).toBe(String(layout.width));
    expect(root.getAttribute("height")).toBe(String(layout.height));
    expect(root.getAttribute("viewBox")).toBe(`0 0 ${layout.width} ${layout.height}`);
  });

  it("names the image with a <title> first, for screen readers", () => {
    const { root } = compose({ title: "Arms talks" });
    expect(root.getAttribute("role")).toBe("img");
    const first = root.firstElementChild;
    expect(first?.localName).toBe("title");
    expect(first?.textContent).toBe("Arms talks");
    expect(root.getAttribute("aria-labelledby")).toBe(first?.getAttribute("id"));
  });

  it("nests the graph drawing at its place, unchanged", () => {
    const { root, layout } = compose();
    const inner = [...root.children].find((c) => c.localName === "svg");
    expect(inner).toBeDefined();
    expect(inner?.getAttribute("x")).toBe(String(layout.graph.x));
    expect(inner?.getAttribute("y")).toBe(String(layout.graph.y));
    expect(inner?.getAttribute("width")).toBe("400");
    expect(inner?.getAttribute("viewBox")).toBe("0 0 400 300");
    expect(inner?.getElementsByTagNameNS(SVG_NS, "path")[0]?.getAttribute("stroke")).toBe(
      "#1B7F3B",
    );
  });

  it("writes the title, the legend and the source line as text, in ink that suits the paper", () => {
    const { doc } = compose({ title: "Arms talks" });
    expect(texts(doc)).toEqual(
      expect.arrayContaining([
        "Arms talks",
        "Country",
        "Person",
        "Reported as fact",
        "Claimed by a speaker",
        "Direction",
        "Cooperation",
        "Source: Venezuela discusses arms…, Reuters, 2023-08-15",
      ]),
    );
    const title = [...doc.getElementsByTagNameNS(SVG_NS, "text")].find(
      (t) => t.textContent === "Arms talks",
    );
    expect(title?.getAttribute("fill")).toBe(CANVAS_THEME.dark.nodeLabel);
    expect(title?.getAttribute("font-weight")).toBe("700");
  });

  it("draws the legend symbols as paths in the encoding's colours", () => {
    const { doc } = compose();
    const paths = [...doc.getElementsByTagNameNS(SVG_NS, "path")];
    const fills = paths.map((p) => p.getAttribute("fill"));
    expect(fills).toContain("#0072B2");
    expect(paths.some((p) => p.getAttribute("stroke-dasharray") === "7 4")).toBe(true);
  });

  it("keeps script-like titles and labels as text: nothing becomes markup", () => {
    const { doc, markup } = compose({ sourceLine: NASTY });
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.getElementsByTagName("b")).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(SVG_NS, "title")[0]?.textContent).toBe(NASTY);
    // Title (wrapped at its spaces), the graph's own label and the source line: the same words
    // three times, as words.
    expect(texts(doc).join(" ").split(NASTY)).toHaveLength(4);
    expect(markup).not.toContain("<script");
  });

  it.each([
    ["theme", CANVAS_THEME.dark.canvas],
    ["white", "#ffffff"],
  ] as const)("fills a %s background", (background, fill) => {
    const { root } = compose({ background });
    const rect = [...root.children].find((c) => c.localName === "rect");
    expect(rect?.getAttribute("fill")).toBe(fill);
  });

  it("leaves a transparent background unfilled", () => {
    const { root } = compose({ background: "transparent" });
    expect([...root.children].some((c) => c.localName === "rect")).toBe(false);
  });

  it("has no text elements of its own when there are no words to add", () => {
    const { doc } = compose({ title: null, sourceLine: null });
    // Only the legend's words remain besides the graph's own label.
    expect(texts(doc)).not.toContain(NASTY.slice(0, 3));
    expect(doc.getElementsByTagNameNS(SVG_NS, "desc")).toHaveLength(0);
  });
});

describe("readGraphSvg", () => {
  it("reads the size from the drawing's attributes", () => {
    expect(readGraphSvg(GRAPH_SVG)).toMatchObject({ width: 400, height: 300 });
  });

  it.each([
    ["not XML", "<svg"],
    ["HTML", "<html><body></body></html>"],
    ["unsized", `<svg xmlns="${SVG_NS}"></svg>`],
    ["empty", `<svg xmlns="${SVG_NS}" width="0" height="0"></svg>`],
  ])("refuses %s with a plain message", (_what, markup) => {
    expect(() => readGraphSvg(markup)).toThrow(SVG_UNREADABLE);
  });
});
