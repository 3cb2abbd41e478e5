/**
 * The bare page the product is measured against: React, react-cytoscapejs and Cytoscape drawing
 * the same document with its preset positions and labels — and nothing else. No validation, no
 * store, no level of detail: what anyone would write first. `?graph=<file>.json` names the
 * document, which sits next to this page.
 */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import CytoscapeComponent from "react-cytoscapejs";
import type { ElementDefinition, LayoutOptions, StylesheetJson } from "cytoscape";

/** The few fields of a schema-v1 document this page draws. */
interface DrawnDocument {
  nodes: { id: string; type: string; label: string; position: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string; label: string }[];
}

/** The product's node colours (Okabe–Ito), so both pages paint comparable pixels. */
const TYPE_COLOURS: Readonly<Record<string, string>> = {
  country: "#0072B2",
  organisation: "#E69F00",
  person: "#009E73",
  agreement: "#CC79A7",
  event: "#D55E00",
};

const STYLESHEET: StylesheetJson = [
  { selector: "node", style: { label: "data(label)" } },
  ...Object.entries(TYPE_COLOURS).map(([type, colour]) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": colour },
  })),
  {
    selector: "edge",
    style: {
      label: "data(label)",
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
    },
  },
];
const LAYOUT: LayoutOptions = { name: "preset" };
/**
 * The canvas size: the product's canvas size when the bench passes it (`&w=&h=`, CSS pixels),
 * so both pages draw the same number of pixels; else the whole window.
 */
function canvasStyle(params: URLSearchParams): { width: string; height: string } {
  const w = Number(params.get("w"));
  const h = Number(params.get("h"));
  return w > 0 && h > 0 ? { width: `${w}px`, height: `${h}px` } : { width: "100%", height: "100%" };
}
const CANVAS_STYLE = canvasStyle(new URLSearchParams(location.search));

function toElements(doc: DrawnDocument): ElementDefinition[] {
  return [
    ...doc.nodes.map((n) => ({
      data: { id: n.id, label: n.label, type: n.type },
      position: { x: n.position.x, y: n.position.y },
    })),
    ...doc.edges.map((e) => ({
      data: { id: e.id, source: e.source, target: e.target, label: e.label },
    })),
  ];
}

function Graph({ file }: { file: string }) {
  const [elements, setElements] = useState<ElementDefinition[] | null>(null);
  useEffect(() => {
    fetch(`./${file}`)
      .then((response) => {
        if (!response.ok) throw new Error(`${file}: ${response.status}`);
        return response.json();
      })
      // Deliberately unchecked: the bench generates the file, and a check is work the bare
      // page must not pay for.
      .then((doc) => setElements(toElements(doc as DrawnDocument)))
      .catch((error: unknown) => console.error("reference page:", error));
  }, [file]);
  if (elements === null) return null;
  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={STYLESHEET}
      layout={LAYOUT}
      style={CANVAS_STYLE}
    />
  );
}

const file = new URLSearchParams(location.search).get("graph") ?? "";
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
if (!/^[a-z0-9-]+\.json$/.test(file)) {
  console.error(`reference page: ?graph=<file>.json is required, got "${file}"`);
} else {
  createRoot(root).render(<Graph file={file} />);
}
