/**
 * Where labels go, as plain geometry (docs/ARCHITECTURE.md, "Label placement"): no Cytoscape
 * here, so the rule is tested on its own. `labelPlacer.ts` measures the canvas, asks this and
 * applies the answer.
 *
 * Every box is in model units (the graph's own coordinates), so a placement holds at any pan,
 * and the font sizes below are what make it hold at the zoom it was made for.
 */

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export type LabelKind = "entity" | "relation";

/**
 * On-screen label sizes, in px. Below `minPx` a label is hard to read, so the font grows in
 * model units as the reader zooms out (up to `maxScale` times the designed size, past which a
 * label would dwarf the graph it names); zooming in, it grows with the graph from the designed
 * size but stops at `maxPx`, so text never balloons while the nodes do.
 */
export const LABEL_SIZE: Readonly<
  Record<
    LabelKind,
    {
      designed: number;
      minPx: number;
      /** Tried when some labels of this kind find no room at minPx. */
      tightPx: number;
      maxPx: number;
      maxScale: number;
      wrapEms: number;
    }
  >
> = {
  // wrapEms: a long label wraps at this many times its font size (text-max-width).
  entity: { designed: 13, minPx: 12, tightPx: 11.2, maxPx: 16, maxScale: 2.5, wrapEms: 10 },
  relation: { designed: 11, minPx: 10.5, tightPx: 10.5, maxPx: 13, maxScale: 2.5, wrapEms: 10 },
};

/**
 * The font size, in model units, for labels of `kind` at `zoom`: on screen it is the designed
 * size times the zoom, kept between `minPx` (the kind's, unless given) and the kind's maxPx.
 *
 * @example
 * labelFontSize("entity", 0.8) * 0.8; // 12: the designed 13 would show at 10.4 px
 */
export function labelFontSize(
  kind: LabelKind,
  zoom: number,
  minPx: number = LABEL_SIZE[kind].minPx,
): number {
  const { designed, maxPx, maxScale } = LABEL_SIZE[kind];
  const px = Math.min(Math.max(designed * zoom, minPx), maxPx);
  return Math.min(px / zoom, designed * maxScale);
}

/** Where an entity's label may sit around its node, in the order they are tried. */
export const ENTITY_SPOTS = [
  "bottom",
  "top",
  "right",
  "left",
  "bottom-right",
  "bottom-left",
  "top-right",
  "top-left",
] as const;
export type EntitySpot = (typeof ENTITY_SPOTS)[number];

/**
 * The box of an entity's label of `width` × `height` at each spot, `gap` clear of its node's
 * body: below and above centred on the node, beside it centred on its middle, at a corner
 * touching the node's corner.
 */
export function entityCandidates(
  body: Box,
  width: number,
  height: number,
  gap: number,
): Record<EntitySpot, Box> {
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  const below = { y1: body.y2 + gap, y2: body.y2 + gap + height };
  const above = { y1: body.y1 - gap - height, y2: body.y1 - gap };
  const middle = { y1: cy - height / 2, y2: cy + height / 2 };
  const centred = { x1: cx - width / 2, x2: cx + width / 2 };
  const right = { x1: body.x2 + gap, x2: body.x2 + gap + width };
  const left = { x1: body.x1 - gap - width, x2: body.x1 - gap };
  return {
    bottom: { ...centred, ...below },
    top: { ...centred, ...above },
    right: { ...right, ...middle },
    left: { ...left, ...middle },
    "bottom-right": { ...right, ...below },
    "bottom-left": { ...left, ...below },
    "top-right": { ...right, ...above },
    "top-left": { ...left, ...above },
  };
}

/** Which side of its line a relation's label sits on. */
export const RELATION_SIDES = ["above", "below", "right", "left"] as const;
export type RelationSide = (typeof RELATION_SIDES)[number];

/**
 * Where a relation's label may sit: on a side of its line, at the middle or slid along the
 * line by `shift` (a fraction of the way from source to target), so a label that finds the
 * middle taken may still sit by its own line.
 */
export interface RelationSpot {
  readonly side: RelationSide;
  readonly shift: number;
}

/** How far along its line a label may slide from the middle, as fractions of the line. */
const SHIFTS = [0, -0.2, 0.2] as const;

type Point = { readonly x: number; readonly y: number };

/**
 * The spots of a relation's label, in the order they are tried: at the middle first, then slid
 * along the line; along a steep line beside it before above or below it, where the label would
 * sit on the line itself.
 */
export function relationSpots(source: Point, target: Point): readonly RelationSpot[] {
  const steep = Math.abs(target.y - source.y) > Math.abs(target.x - source.x);
  const sides: readonly RelationSide[] = steep
    ? ["right", "left", "above", "below"]
    : ["above", "below", "right", "left"];
  return SHIFTS.flatMap((shift) => sides.map((side) => ({ side, shift })));
}

/**
 * How far a label of `width` × `height` at `spot` is moved from the middle of its line `mid`
 * (Cytoscape's text margins), `gap` clear of the point it is beside, so it never covers the
 * stance mark at the middle.
 */
export function relationOffset(
  spot: RelationSpot,
  source: Point,
  target: Point,
  width: number,
  height: number,
  gap: number,
): Point {
  const along = { x: (target.x - source.x) * spot.shift, y: (target.y - source.y) * spot.shift };
  const dx = gap + width / 2;
  const dy = gap + height / 2;
  const side = {
    above: { x: 0, y: -dy },
    below: { x: 0, y: dy },
    right: { x: dx, y: 0 },
    left: { x: -dx, y: 0 },
  }[spot.side];
  return { x: along.x + side.x, y: along.y + side.y };
}

/** The box a label of `width` × `height` takes when drawn `offset` from `mid`. */
export function boxAt(mid: Point, offset: Point, width: number, height: number): Box {
  const x = mid.x + offset.x;
  const y = mid.y + offset.y;
  return { x1: x - width / 2, y1: y - height / 2, x2: x + width / 2, y2: y + height / 2 };
}

/** What makes a relation's label worth its room, most first. */
export interface RelationWeight {
  /** Selected, on the path, or in the focused neighbourhood. */
  readonly emphasised: boolean;
  /** A stance (cooperation, opposition, neutral) is marked on it. */
  readonly stanced: boolean;
  /** The article reports it as someone's claim. */
  readonly claimed: boolean;
}

/** Lower goes first: emphasised, then stanced and claimed, then stanced, then claimed. */
export function relationRank(weight: RelationWeight): number {
  return (weight.emphasised ? 0 : 4) + (weight.stanced ? 0 : 2) + (weight.claimed ? 0 : 1);
}

export interface LabelRequest {
  readonly id: string;
  /** Boxes the label may take, in the order they are tried. */
  readonly candidates: readonly Box[];
  /** The entity the label belongs to: its own body never blocks it. */
  readonly ownBody: string | null;
  /** Drawn whatever it covers (the selection): placed first, at its first free spot or else its first. */
  readonly forced: boolean;
  /**
   * An entity's label: every one should be drawn, so when some find no room the placement is
   * tried again with those first (see placeLabels).
   */
  readonly required: boolean;
}

export interface PlacementInput {
  /** Entities' bodies, which no label but their own may cover. */
  readonly bodies: readonly { readonly id: string; readonly box: Box }[];
  /** In the order they should get room: entities first, the most important first. */
  readonly labels: readonly LabelRequest[];
  /** Clear space kept between two labels, in model units. */
  readonly gap: number;
  /** The view, in model units: a label is wholly inside it or wholly outside, never cut by its edge. */
  readonly view: Box | null;
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x1 >= bounds.x1 && box.y1 >= bounds.y1 && box.x2 <= bounds.x2 && box.y2 <= bounds.y2;
}

/**
 * Boxes in a grid of square cells, so finding what a box may collide with looks at the few
 * cells it covers, not at every label of a graph of a thousand.
 */
class BoxGrid {
  private readonly cells = new Map<number, { box: Box; owner: string }[]>();
  constructor(private readonly cell: number) {}

  /** The cells a box covers, grown by `pad`, as numbers (a string key per cell costs more). */
  private keys(box: Box, pad: number): number[] {
    const keys: number[] = [];
    const i1 = Math.floor((box.x1 - pad) / this.cell);
    const i2 = Math.floor((box.x2 + pad) / this.cell);
    const j1 = Math.floor((box.y1 - pad) / this.cell);
    const j2 = Math.floor((box.y2 + pad) / this.cell);
    for (let i = i1; i <= i2; i++) for (let j = j1; j <= j2; j++) keys.push(i * 1_000_003 + j);
    return keys;
  }

  add(box: Box, owner: string): void {
    for (const key of this.keys(box, 0)) {
      const cell = this.cells.get(key);
      if (cell) cell.push({ box, owner });
      else this.cells.set(key, [{ box, owner }]);
    }
  }

  /** True when `box`, grown by `gap`, meets a box that does not belong to `except`. */
  hits(box: Box, gap: number, except: string | null): boolean {
    for (const key of this.keys(box, gap)) {
      for (const entry of this.cells.get(key) ?? []) {
        if (entry.owner !== except && overlaps(box, entry.box, gap)) return true;
      }
    }
    return false;
  }
}

/** How many times the placement is tried again with the required labels that found no room first. */
const RETRIES = 4;
/**
 * Past this many required labels left out, no reordering gives them all room (the view is too
 * crowded for them), so the placement is not tried again: each try is a pass over every label.
 */
const RETRY_UP_TO_MISSED = 12;

/**
 * Gives each label, in the order given, the first of its spots that covers no label already
 * placed and no other entity's body, and is not cut by the edge of the view; a label with no
 * such spot is left out (null), to be shown on hover, on selection or closer in. A forced label
 * is placed first and always drawn. When a few required labels (entities') are left out, the
 * placement is tried again with them first, since those that were placed before them had other
 * spots to go to; the try that leaves out the fewest required labels, then the fewest labels,
 * wins, and the tries stop when one does no better.
 *
 * @returns for each label id, the index of the candidate it takes, or null.
 */
export function placeLabels(input: PlacementInput): Map<string, number | null> {
  const forced = input.labels.filter((l) => l.forced);
  let order = input.labels.filter((l) => !l.forced);
  // Cells twice the size of the larger labels: a box then covers one to four of them.
  const sizes = input.labels
    .slice(0, 200)
    .flatMap((l) => l.candidates.map((c) => Math.max(c.x2 - c.x1, c.y2 - c.y1)));
  const cell = Math.max(1, ...sizes) * 2;
  let best: { result: Map<string, number | null>; score: [number, number] } | null = null;
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    const result = placeInOrder(input, [...forced, ...order], cell);
    const missed = order.filter((l) => result.get(l.id) === null);
    const missedRequired = missed.filter((l) => l.required);
    const score: [number, number] = [missedRequired.length, missed.length];
    const better =
      !best || score[0] < best.score[0] || (score[0] === best.score[0] && score[1] < best.score[1]);
    if (!better) break;
    best = { result, score };
    if (missedRequired.length === 0 || missedRequired.length > RETRY_UP_TO_MISSED) break;
    const first = new Set(missedRequired);
    order = [...missedRequired, ...order.filter((l) => !first.has(l))];
  }
  return best!.result;
}

/** One greedy pass over the labels in this order. */
function placeInOrder(
  input: PlacementInput,
  ordered: readonly LabelRequest[],
  cell: number,
): Map<string, number | null> {
  const bodies = new BoxGrid(cell);
  for (const body of input.bodies) bodies.add(body.box, body.id);
  const placed = new BoxGrid(cell);
  const result = new Map<string, number | null>();
  const { view } = input;
  const free = (label: LabelRequest, box: Box) =>
    !placed.hits(box, input.gap, null) &&
    !bodies.hits(box, 0, label.ownBody) &&
    (view === null || inside(box, view) || !overlaps(box, view, 0));
  for (const label of ordered) {
    let chosen: number | null = label.candidates.findIndex((box) => free(label, box));
    if (chosen < 0) chosen = label.forced && label.candidates.length > 0 ? 0 : null;
    result.set(label.id, chosen);
    if (chosen !== null) placed.add(label.candidates[chosen]!, label.id);
  }
  return result;
}

/**
 * Cytoscape's bounding-box options for an element's main label alone: what the placement
 * measures, and what centring a selection reads. (Plain options, no Cytoscape import.)
 */
export const MAIN_LABEL_BOX = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;
