import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { GraphModel } from "../domain/schema.ts";
import { NODE_SIZE } from "./stylesheet.ts";
import { seededRandom } from "../domain/seededRandom.ts";
import { makeRoomForLabels } from "./labelRoom.ts";

let registered = false;
function registerFcose(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** A string's FNV-1a hash, used to seed a graph's layout from its id. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The room a node and the label under it take, in model units (headless cannot measure text). */
export const LAYOUT_BOX = { width: NODE_SIZE * 2.8, height: NODE_SIZE * 1.7 };

const FCOSE_OPTIONS = {
  name: "fcose",
  quality: "proof",
  randomize: true,
  animate: false,
  fit: false,
  // Needs cytoscape-layout-utilities; disconnected parts are tiled by fcose instead.
  packComponents: false,
  nodeDimensionsIncludeLabels: false,
  // Room for the labels drawn under nodes, which headless Cytoscape cannot measure.
  nodeSeparation: 90,
  idealEdgeLength: 50,
  nodeRepulsion: 4500,
  edgeElasticity: 0.3,
  gravity: 0.2,
  numIter: 4000,
  tile: true,
} as const;

/**
 * What a layout needs of a graph: its id (the seed), node ids and edge ends. Small enough to
 * post to a worker cheaply, unlike the document with its texts and quotes.
 */
export interface GraphSkeleton {
  readonly id: string;
  readonly nodes: readonly string[];
  readonly edges: readonly (readonly [source: string, target: string])[];
}

export function skeletonOf(doc: GraphModel): GraphSkeleton {
  return {
    id: doc.id,
    nodes: doc.nodes.map((n) => n.id),
    edges: doc.edges.map((e) => [e.source, e.target] as const),
  };
}

/**
 * fcose's three qualities: "proof" refines longest (the build's choice), "default" is its own
 * default, "draft" stops after the spectral phase — about 0.7 s at 1,000 nodes and 2 s at 5,000
 * here, where "default" takes 20 s at 1,000.
 */
export type FcoseQuality = "proof" | "default" | "draft";

/**
 * Node positions by cytoscape-fcose in headless Cytoscape, in the skeleton's node order,
 * turned to fill a landscape view and rounded to 0.1. Deterministic: fcose's spectral phase
 * calls `Math.random`, which is replaced by a generator seeded from the graph id while it runs.
 */
export function fcosePositions(
  skeleton: GraphSkeleton,
  quality: FcoseQuality,
): { x: number; y: number }[] {
  if (skeleton.nodes.length === 0) return [];
  registerFcose();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...skeleton.nodes.map((id) => ({ group: "nodes" as const, data: { id } })),
      ...skeleton.edges.map(([source, target], i) => ({
        group: "edges" as const,
        data: { id: `layout-edge-${i}`, source, target },
      })),
    ],
    // Each node is laid out as a box that also holds its label, so labels do not collide.
    style: [{ selector: "node", style: { width: LAYOUT_BOX.width, height: LAYOUT_BOX.height } }],
  });
  const realRandom = Math.random;
  Math.random = seededRandom(hash(skeleton.id));
  try {
    const options = { ...FCOSE_OPTIONS, quality, ...(quality !== "proof" && { numIter: 2500 }) };
    cy.layout(options as unknown as cytoscape.LayoutOptions).run();
  } finally {
    Math.random = realRandom;
  }
  const raw = skeleton.nodes.map((id) => cy.getElementById(id).position());
  const positions = landscape(quality === "draft" ? spreadToRoom(raw) : raw);
  cy.destroy();
  return rounded(positions);
}

function rounded(points: readonly { x: number; y: number }[]): { x: number; y: number }[] {
  const round = (v: number) => Math.round(v * 10) / 10 + 0; // + 0 turns -0 into 0
  return points.map((p) => ({ x: round(p.x), y: round(p.y) }));
}

/**
 * fcose's draft (its spectral phase alone) puts any number of nodes in about the same square,
 * some 1,000 units wide, so thousands of nodes pile up. Scaled about its centre until there is
 * a label-sized box of room per node on average; never shrunk.
 */
export function spreadToRoom(
  points: readonly { x: number; y: number }[],
): { x: number; y: number }[] {
  if (points.length < 2) return points.map((p) => ({ x: p.x, y: p.y }));
  // A loop, not Math.min(...xs): tens of thousands of arguments can overflow the stack.
  let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y1 = Math.min(y1, p.y);
    y2 = Math.max(y2, p.y);
  }
  const area = Math.max(1, (x2 - x1) * (y2 - y1));
  const wanted = points.length * LAYOUT_BOX.width * LAYOUT_BOX.height * ROOM_PER_NODE;
  const scale = Math.max(1, Math.sqrt(wanted / area));
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  return points.map((p) => ({ x: cx + (p.x - cx) * scale, y: cy + (p.y - cy) * scale }));
}

/** Boxes of room per node a spread draft aims at: more than one, as nodes never tile evenly. */
const ROOM_PER_NODE = 2;

/** The document with a position for every node, in the skeleton's (the document's) order. */
export function withPositions<T extends GraphModel>(
  doc: T,
  positions: readonly { x: number; y: number }[],
): T {
  const nodes = doc.nodes.map((node, i) => ({ ...node, position: positions[i] ?? { x: 0, y: 0 } }));
  return { ...doc, nodes };
}

/**
 * Computes node positions at build time with cytoscape-fcose at its best quality, so the
 * browser runs no layout on first load, then moves apart the nodes whose names would overlap
 * (labelRoom.ts: fcose knows links, not names); byte-identical from run to run.
 */
export function precomputeLayout<T extends GraphModel>(doc: T): T {
  if (doc.nodes.length === 0) return doc;
  const positions = fcosePositions(skeletonOf(doc), "proof");
  const labels = doc.nodes.map((n) => n.label);
  return withPositions(doc, rounded(makeRoomForLabels(positions, labels)));
}

/** The shape of the view a layout is fitted to: a typical graph pane, wider than tall. */
const TARGET_ASPECT = 1.45;

/**
 * Rotates a layout about its centroid to the angle (in 5° steps) at which it best fills a
 * landscape view, since screens are wider than tall; a rotation keeps every distance, so the
 * layout's quality is unchanged while its fitted zoom, and so its label size, goes up.
 */
export function landscape(points: readonly { x: number; y: number }[]): { x: number; y: number }[] {
  const n = points.length;
  if (n < 2) return points.map((p) => ({ x: p.x, y: p.y }));
  const cx = points.reduce((s, p) => s + p.x, 0) / n;
  const cy = points.reduce((s, p) => s + p.y, 0) / n;
  const rotate = (degrees: number) => {
    const a = (degrees * Math.PI) / 180;
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    return points.map((p) => ({
      x: (p.x - cx) * cos - (p.y - cy) * sin,
      y: (p.x - cx) * sin + (p.y - cy) * cos,
    }));
  };
  // The extent to fit: the larger of the width (scaled to the aspect) and the height.
  const extent = (ps: readonly { x: number; y: number }[]) => {
    let x1 = Infinity,
      x2 = -Infinity,
      y1 = Infinity,
      y2 = -Infinity;
    for (const p of ps) {
      x1 = Math.min(x1, p.x);
      x2 = Math.max(x2, p.x);
      y1 = Math.min(y1, p.y);
      y2 = Math.max(y2, p.y);
    }
    return Math.max((x2 - x1) / TARGET_ASPECT, y2 - y1);
  };
  let best = 0;
  let bestExtent = extent(points);
  for (let degrees = 5; degrees < 180; degrees += 5) {
    const e = extent(rotate(degrees));
    // Strictly better by a margin, so near-ties keep the unrotated layout.
    if (e < bestExtent * 0.98) {
      best = degrees;
      bestExtent = e;
    }
  }
  return best === 0 ? points.map((p) => ({ x: p.x - cx, y: p.y - cy })) : rotate(best);
}
