import type {
  BoundingBox,
  Core,
  EdgeSingular,
  NodeSingular,
  SingularElementArgument,
} from "cytoscape";
import {
  ENTITY_SPOTS,
  entityCandidates,
  LABEL_SIZE,
  labelFontSize,
  MAIN_LABEL_BOX,
  placeLabels,
  boxAt,
  relationOffset,
  relationRank,
  relationSpots,
  type Box,
  type EntitySpot,
  type LabelRequest,
} from "./labelPlacement.ts";

/** The class that keeps a label from being drawn (text-opacity 0; see stylesheet.ts). */
export const LABEL_HIDDEN = "label-hidden";
/** The class a pointer over an element gives it: its label is drawn, over the others. */
export const LABEL_HOVER = "label-hover";

/** How long the view must rest before labels are placed again (a zoom fires many events). */
const SETTLE_MS = 120;
/** At most this many entities left unnamed are worth a try at a smaller size. */
const TIGHT_TRY_UP_TO = 3;
/** Clear space between two labels, and between an entity's label and its node, in screen px. */
const GAP_PX = 2;
/** Clear space between a relation's label and the middle of its line (its stance mark), in model units. */
const RELATION_GAP = 2;

/** What the canvas emphasises now, which the placement serves first. */
export interface LabelEmphasis {
  /** Always drawn: the selection. */
  readonly forced: ReadonlySet<string>;
  /** Placed before the rest: the focused neighbourhood, the path. Null: nothing is. */
  readonly preferred: ReadonlySet<string> | null;
}

export interface LabelPlacer {
  /** Places labels again once the view has rested. */
  schedule(): void;
  /** Places labels now. */
  placeNow(): void;
  destroy(): void;
}

const BODY_BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

/** How far Cytoscape grows a label's box beyond its text (stylesheet outline and padding, and 2). */
function labelPad(ele: SingularElementArgument): number {
  const outline = Number(ele.numericStyle("text-outline-width")) || 0;
  const border = Number(ele.numericStyle("text-border-width")) || 0;
  const padding = Number(ele.numericStyle("text-background-padding")) || 0;
  return Math.max(outline, border / 2) + padding + 2;
}

const finite = (b: BoundingBox) => Number.isFinite(b.w) && b.w > 0 && b.h > 0;
const within = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;

/** Where `covering` lies over the canvas, in model units; null when it is not over it. */
function coveredBox(cy: Core, covering: HTMLElement | null): Box | null {
  const container = cy.container();
  if (!covering || !container || covering.hidden) return null;
  const c = container.getBoundingClientRect();
  const r = covering.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const model = (x: number, y: number) => ({
    x: (x - c.left - pan.x) / zoom,
    y: (y - c.top - pan.y) / zoom,
  });
  const [a, b] = [model(r.left, r.top), model(r.right, r.bottom)];
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

/** A placement made, not yet applied: each label's spot (or null) and the style for each spot. */
interface Placement {
  readonly placed: Map<string, number | null>;
  readonly styleOf: ReadonlyMap<string, (index: number) => Record<string, string | number>>;
  /** The entities whose node is in view. */
  readonly inView: readonly string[];
}

/** Cytoscape's alignment and margins that put an entity's label at a spot (see entityCandidates). */
function entityStyle(spot: EntitySpot, offset: number) {
  const [v, h] = spot.includes("-") ? spot.split("-") : [spot, "center"];
  const valign = v === "right" || v === "left" ? "center" : v!;
  const halign = v === "right" || v === "left" ? v : h!;
  return {
    "text-valign": valign,
    "text-halign": halign,
    "text-margin-y": valign === "bottom" ? offset : valign === "top" ? -offset : 0,
    "text-margin-x": halign === "right" ? offset : halign === "left" ? -offset : 0,
  };
}

/**
 * The Cytoscape glue of the label placement (docs/ARCHITECTURE.md, "Label placement"): after
 * the view rests, it sizes labels for the zoom, measures them with Cytoscape's own label boxes,
 * asks `placeLabels` where each goes, and applies the answer as per-element style (alignment,
 * margins) and the `label-hidden` class. Only a "full" graph has one.
 */
export function createLabelPlacer(
  cy: Core,
  emphasis: () => LabelEmphasis,
  covering: HTMLElement | null = null,
): LabelPlacer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let fonts: { entity: number; relation: number } | null = null;
  /** What each element was last given, so only what changes is restyled. */
  const applied = new Map<string, string>();

  function sizeFonts(zoom: number, entityPx: number): void {
    const next = {
      entity: labelFontSize("entity", zoom, entityPx),
      relation: labelFontSize("relation", zoom),
    };
    if (fonts && fonts.entity === next.entity && fonts.relation === next.relation) return;
    fonts = next;
    const style = (kind: "entity" | "relation") => ({
      "font-size": next[kind],
      "text-max-width": `${next[kind] * LABEL_SIZE[kind].wrapEms}px`,
    });
    cy.batch(() => {
      cy.nodes().style(style("entity"));
      cy.edges().style(style("relation"));
    });
  }

  /** Entity labels in view that a placement left out. */
  const missed = (p: Placement) => p.inView.filter((id) => p.placed.get(id) === null).length;

  function placeNow(): void {
    timer = null;
    if (cy.destroyed() || cy.elements().empty()) return;
    const zoom = cy.zoom();
    const { minPx, tightPx } = LABEL_SIZE.entity;
    let best = measureAndPlace(zoom, minPx);
    // A few entities left unnamed: a slightly smaller size may give each room. (With many, it
    // would not, and each try costs a restyle and a measure of every label.)
    const unnamed = missed(best);
    if (unnamed > 0 && unnamed <= TIGHT_TRY_UP_TO) {
      const tight = measureAndPlace(zoom, tightPx);
      if (missed(tight) < unnamed) best = tight;
      // The sizes the first try measured; its places hold for them.
      else sizeFonts(zoom, minPx);
    }
    apply(best);
  }

  /** Sizes labels for the zoom, measures them and places them, without applying the places. */
  function measureAndPlace(zoom: number, entityPx: number): Placement {
    sizeFonts(zoom, entityPx);
    const gap = GAP_PX / zoom;
    const extent = cy.extent();
    const view: Box = { x1: extent.x1, y1: extent.y1, x2: extent.x2, y2: extent.y2 };
    const { forced, preferred } = emphasis();
    const isPreferred = (id: string) => preferred === null || preferred.has(id);

    const nodes = cy.nodes().filter((n) => n.visible());
    const bodies = nodes.map((n) => ({ id: n.id(), box: n.boundingBox(BODY_BOX) as Box }));
    const covered = coveredBox(cy, covering);
    if (covered) bodies.push({ id: "", box: covered });
    const styleOf = new Map<string, (index: number) => Record<string, string | number>>();
    const entityLabels: (LabelRequest & { order: number })[] = [];
    nodes.forEach((node: NodeSingular) => {
      const label = node.boundingBox(MAIN_LABEL_BOX);
      if (!finite(label)) return;
      const p = node.position();
      const [w, h] = [node.width(), node.height()];
      const geometry = { x1: p.x - w / 2, y1: p.y - h / 2, x2: p.x + w / 2, y2: p.y + h / 2 };
      const candidates = entityCandidates(geometry, label.w, label.h, gap);
      const offset = gap + labelPad(node);
      styleOf.set(node.id(), (i) => entityStyle(ENTITY_SPOTS[i]!, offset));
      const inView = within(p, view);
      entityLabels.push({
        id: node.id(),
        candidates: ENTITY_SPOTS.map((spot) => candidates[spot]),
        ownBody: node.id(),
        forced: forced.has(node.id()),
        required: true,
        // In view first, then what is emphasised, then the best connected.
        order: (inView ? 0 : 2) + (isPreferred(node.id()) ? 0 : 1) - node.degree(false) / 1e4,
      });
    });

    const relationLabels: (LabelRequest & { order: number })[] = [];
    cy.edges()
      .filter((e) => e.visible())
      .forEach((edge: EdgeSingular, index) => {
        const label = edge.boundingBox(MAIN_LABEL_BOX);
        if (!finite(label)) return;
        // The anchor Cytoscape draws the label from: the box's centre less its margins.
        const mid = {
          x: (label.x1 + label.x2) / 2 - (Number(edge.numericStyle("text-margin-x")) || 0),
          y: (label.y1 + label.y2) / 2 - (Number(edge.numericStyle("text-margin-y")) || 0),
        };
        const [source, target] = [edge.source().position(), edge.target().position()];
        const offsets = relationSpots(source, target).map((spot) =>
          relationOffset(spot, source, target, label.w, label.h, RELATION_GAP),
        );
        styleOf.set(edge.id(), (i) => ({
          "text-margin-x": offsets[i]!.x,
          "text-margin-y": offsets[i]!.y,
        }));
        const inView = within(mid, view);
        const rank = relationRank({
          emphasised: preferred !== null && preferred.has(edge.id()),
          stanced: edge.data("stance") !== "none",
          claimed: edge.data("attribution") !== "fact",
        });
        relationLabels.push({
          id: edge.id(),
          candidates: offsets.map((offset) => boxAt(mid, offset, label.w, label.h)),
          ownBody: null,
          forced: forced.has(edge.id()),
          required: false,
          order: (inView ? 0 : 100) + rank * 10 + index / 1e5,
        });
      });

    const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
    const labels = [...entityLabels.sort(byOrder), ...relationLabels.sort(byOrder)];
    const placed = placeLabels({ bodies, labels, gap, view });
    const inView = entityLabels.filter((l) => within(cy.getElementById(l.id).position(), view));
    return { placed, styleOf, inView: inView.map((l) => l.id) };
  }

  function apply({ placed, styleOf }: Placement): void {
    cy.batch(() => {
      for (const [id, index] of placed) {
        const ele = cy.getElementById(id);
        // A label left out keeps its first spot, where hover or selection shows it.
        const style = styleOf.get(id)!(index ?? 0);
        const key = JSON.stringify(style);
        if (applied.get(id) !== key) {
          ele.style(style);
          applied.set(id, key);
        }
        if (index === null) ele.addClass(LABEL_HIDDEN);
        else ele.removeClass(LABEL_HIDDEN);
      }
    });
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(placeNow, SETTLE_MS);
  }

  const hover = (on: boolean) => (event: { target: SingularElementArgument }) => {
    if (on) event.target.addClass(LABEL_HOVER);
    else event.target.removeClass(LABEL_HOVER);
  };
  const over = hover(true);
  const out = hover(false);
  cy.on("viewport resize dragfree", schedule);
  cy.on("mouseover", "node, edge", over);
  cy.on("mouseout", "node, edge", out);

  return {
    schedule,
    placeNow,
    destroy() {
      if (timer !== null) clearTimeout(timer);
      if (cy.destroyed()) return;
      cy.off("viewport resize dragfree", schedule);
      cy.off("mouseover", "node, edge", over);
      cy.off("mouseout", "node, edge", out);
    },
  };
}
