/**
 * Room for labels in a build-time layout (docs/ARCHITECTURE.md, "Label placement"): fcose
 * spaces nodes by their links, not by their names, so a hub with long-named neighbours (the
 * conference, the talks, Russia) ends up with more text than room. This pushes apart the
 * nodes whose node-and-label boxes overlap, as they would be drawn once the layout is fitted
 * to a desktop graph pane, and leaves the rest where fcose put them. Plain geometry, no
 * Cytoscape; deterministic (a fixed order of sweeps, no randomness).
 */
import { LABEL_SIZE, labelFontSize } from "./labelPlacement.ts";
import { NODE_SIZE } from "./stylesheet.ts";

type Point = { readonly x: number; readonly y: number };

/** The graph pane a layout is made to read in, in px: the pane at 1280×800 with the legend open. */
export const DESIGN_PANE = { width: 860, height: 510 } as const;
/**
 * The zoom the layout is made for in that pane: well above the first view's readable fit
 * (viewport.ts READABLE_FIT_ZOOM, 0.45), so a desktop shows the whole graph at once, since
 * the layout grows past the pane where names need room. (At 0.55–0.6 the article graph grew
 * too far and 1280×800 framed only Russia's neighbours; 0.7 fits it whole at 0.64.)
 */
export const DESIGN_ZOOM = 0.7;
const PANE_ASPECT = DESIGN_PANE.width / DESIGN_PANE.height;
/** The padding a fit leaves on each side (PRESET_LAYOUT's), in px. */
const FIT_PADDING = 48;
/**
 * Width of an average character of a label, in ems: the bold sans labels average a little
 * over half an em; this errs wide, as a label measured too narrow would collide.
 */
const CHAR_EMS = 0.64;
/** A wrapped label's line height, in ems. */
const LINE_EMS = 1.25;
/**
 * Clear space kept around each node-and-label box, in px: room for the relation labels that
 * sit by the lines between nodes, and for an entity label to move beside its node.
 */
const MARGIN_PX = 6;
/** Passes over every pair of boxes, at most; they end once none overlap. */
const SWEEPS = 200;
/** Above this many nodes the pairwise sweeps cost too much, and a label is not every node's. */
export const ROOM_UP_TO_NODES = 600;

/**
 * The size in px of `label` drawn at `fontPx`, wrapped as Cytoscape wraps it (at words, at
 * `wrapEms` times the font size), estimated from its length: the build has no fonts to measure.
 */
export function estimateLabelSize(
  label: string,
  fontPx: number,
): { width: number; height: number } {
  const char = fontPx * CHAR_EMS;
  const max = fontPx * LABEL_SIZE.entity.wrapEms;
  const lines: number[] = [];
  let line = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const w = word.length * char;
    const joined = line === 0 ? w : line + char + w;
    if (line > 0 && joined > max) {
      lines.push(line);
      line = w;
    } else line = joined;
  }
  lines.push(line);
  return { width: Math.max(...lines), height: lines.length * fontPx * LINE_EMS };
}

interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A node's box with its label drawn below it, relative to the node's centre, in px. */
export interface RelBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The box of a node and its label drawn below it at `zoom`, around the node's centre, in px. */
export function nodeAndLabelBox(label: string, zoom: number): RelBox {
  const fontPx = labelFontSize("entity", zoom) * zoom;
  const text = estimateLabelSize(label, fontPx);
  const node = NODE_SIZE * zoom;
  const half = Math.max(node, text.width) / 2 + MARGIN_PX;
  return {
    left: -half,
    right: half,
    top: -node / 2 - MARGIN_PX,
    bottom: node / 2 + 2 + text.height + MARGIN_PX,
  };
}

/** The zoom at which the boxes (px) around `points` (model units) fill the pane, less padding. */
function fitZoom(points: readonly Point[], boxes: readonly RelBox[], zoom: number): number {
  const e: Extent = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  points.forEach((p, i) => {
    const b = boxes[i]!;
    e.x1 = Math.min(e.x1, p.x + b.left / zoom);
    e.x2 = Math.max(e.x2, p.x + b.right / zoom);
    e.y1 = Math.min(e.y1, p.y + b.top / zoom);
    e.y2 = Math.max(e.y2, p.y + b.bottom / zoom);
  });
  const w = Math.max(1, e.x2 - e.x1);
  const h = Math.max(1, e.y2 - e.y1);
  return Math.min(
    (DESIGN_PANE.width - 2 * FIT_PADDING) / w,
    (DESIGN_PANE.height - 2 * FIT_PADDING) / h,
  );
}

/**
 * One pass over every pair: two boxes that overlap are pushed apart, each by half the overlap,
 * along the axis where it is smaller (the shorter move). Returns whether any overlapped.
 */
function separate(
  points: { x: number; y: number }[],
  boxes: readonly RelBox[],
  zoom: number,
): boolean {
  let any = false;
  for (let i = 0; i < points.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < points.length; j++) {
      const b = boxes[j]!;
      const [p, q] = [points[i]!, points[j]!];
      // Box centres and half sizes, in model units.
      const dx = q.x + (b.left + b.right) / 2 / zoom - (p.x + (a.left + a.right) / 2 / zoom);
      const dy = q.y + (b.top + b.bottom) / 2 / zoom - (p.y + (a.top + a.bottom) / 2 / zoom);
      const ox = (a.right - a.left + b.right - b.left) / 2 / zoom - Math.abs(dx);
      const oy = (a.bottom - a.top + b.bottom - b.top) / 2 / zoom - Math.abs(dy);
      if (ox <= 0 || oy <= 0) continue;
      any = true;
      // Past the overlap by more than rounding to 0.1 can take back. Sideways
      // moves are cheaper by the pane's aspect: it has more room across than down.
      if (ox <= oy * PANE_ASPECT) {
        const s = (dx === 0 ? 1 : Math.sign(dx)) * (ox / 2 + 0.2);
        p.x -= s;
        q.x += s;
      } else {
        const s = (dy === 0 ? 1 : Math.sign(dy)) * (oy / 2 + 0.2);
        p.y -= s;
        q.y += s;
      }
    }
  }
  return any;
}

/**
 * The layout scaled so that it fits `DESIGN_PANE` at `DESIGN_ZOOM`, then with nodes moved apart
 * until no two node-and-label boxes overlap at that zoom (labels sized as they will be drawn
 * there). Nodes whose boxes do not overlap keep their places relative to each other; the
 * layout grows only where names need the room, so a fit stays near the design zoom.
 */
export function makeRoomForLabels(
  points: readonly Point[],
  labels: readonly string[],
): { x: number; y: number }[] {
  if (points.length < 2 || points.length > ROOM_UP_TO_NODES) return points.map((p) => ({ ...p }));
  const bare = points.map(() => ({ left: 0, right: 0, top: 0, bottom: 0 }));
  const scale = fitZoom(points, bare, 1) / DESIGN_ZOOM;
  const out = points.map((p) => ({ x: p.x * scale, y: p.y * scale }));
  const boxes = labels.map((l) => nodeAndLabelBox(l, DESIGN_ZOOM));
  for (let sweep = 0; sweep < SWEEPS && separate(out, boxes, DESIGN_ZOOM); sweep++);
  return out;
}
