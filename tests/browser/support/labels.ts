import type { Page } from "playwright-core";
import { onCanvas } from "./canvas.ts";

/**
 * What the graph's labels look like on screen, measured from Cytoscape's own label bounding
 * boxes of the labels it actually draws, so a test judges what the reader sees and not what the
 * app meant to draw.
 *
 * A label counts as drawn when its element is visible and not transparent, the label is not
 * empty, its text-opacity is above 0, it is not culled by min-zoomed-font-size, and its box
 * reaches into the view. Culling follows Cytoscape 3.35's rule (`eleTextBiggerThanMin`): it
 * compares font-size × 2^ceil(log2(zoom × devicePixelRatio)), the zoom rounded up to its texture
 * level, with min-zoomed-font-size. The size a reader sees is font-size × zoom.
 */
export interface LabelSizes {
  /** How many labels of this kind are drawn. */
  readonly drawn: number;
  /** How many of this kind have a label that is not drawn (hidden, culled or out of view). */
  readonly notDrawn: number;
  /** On-screen font size of the drawn ones, in px (null when none is drawn). */
  readonly minPx: number | null;
  readonly medianPx: number | null;
}

export interface LabelReport {
  readonly zoom: number;
  /** Pairs of drawn labels whose boxes overlap (ids, in either order). */
  readonly collisions: readonly (readonly [string, string])[];
  /** Drawn labels over the body of an entity other than their own: [label's element, entity]. */
  readonly overEntity: readonly (readonly [string, string])[];
  readonly entity: LabelSizes;
  readonly relation: LabelSizes;
  /** Ids of the elements whose label is drawn. */
  readonly drawnIds: readonly string[];
}

/** Overlaps smaller than this, in px, are boxes touching (outlines meeting), not collisions. */
const TOLERANCE_PX = 0.5;

/** Measures the labels of the graph layer as it is drawn now. */
export function measureLabels(page: Page): Promise<LabelReport> {
  return onCanvas(
    page,
    (cy, tolerance) => {
      type Box = { x1: number; y1: number; x2: number; y2: number };
      const zoom = cy.zoom();
      const ratio = window.devicePixelRatio || 1;
      const textureScale = Math.pow(2, Math.ceil(Math.log2(zoom * ratio)));
      const view = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
      const overlaps = (a: Box, b: Box) =>
        Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > tolerance &&
        Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > tolerance;
      const labelOptions = {
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeMainLabels: true,
        includeSourceLabels: false,
        includeTargetLabels: false,
        includeOverlays: false,
        includeUnderlays: false,
      };
      const bodyOptions = { includeLabels: false, includeOverlays: false, includeUnderlays: false };

      const drawn: { id: string; node: boolean; box: Box; px: number }[] = [];
      const counts = { entity: 0, relation: 0 };
      cy.elements().forEach((ele) => {
        const label = String(ele.style("label") ?? "");
        if (label === "") return;
        counts[ele.isNode() ? "entity" : "relation"] += 1;
        if (!ele.visible() || ele.effectiveOpacity() === 0) return;
        if (Number(ele.style("text-opacity")) === 0) return;
        const font = parseFloat(String(ele.style("font-size")));
        const minZoomed = parseFloat(String(ele.style("min-zoomed-font-size")));
        if (font * textureScale < minZoomed) return;
        const box = ele.renderedBoundingBox(labelOptions as never);
        if (!(box.w > 0 && box.h > 0) || !overlaps(box, view)) return;
        drawn.push({ id: ele.id(), node: ele.isNode(), box, px: font * zoom });
      });

      const collisions: [string, string][] = [];
      for (let i = 0; i < drawn.length; i++) {
        for (let j = i + 1; j < drawn.length; j++) {
          if (overlaps(drawn[i]!.box, drawn[j]!.box)) collisions.push([drawn[i]!.id, drawn[j]!.id]);
        }
      }
      const bodies = cy
        .nodes()
        .filter((n) => n.visible() && n.effectiveOpacity() > 0)
        .map((n) => ({ id: n.id(), box: n.renderedBoundingBox(bodyOptions as never) }));
      const overEntity: [string, string][] = [];
      for (const label of drawn) {
        for (const body of bodies) {
          if (body.id !== label.id && overlaps(label.box, body.box)) {
            overEntity.push([label.id, body.id]);
          }
        }
      }
      const sizes = (node: boolean, total: number) => {
        const px = drawn
          .filter((d) => d.node === node)
          .map((d) => d.px)
          .sort((a, b) => a - b);
        const mid = Math.floor(px.length / 2);
        return {
          drawn: px.length,
          notDrawn: total - px.length,
          minPx: px.length ? px[0]! : null,
          medianPx: px.length ? (px.length % 2 ? px[mid]! : (px[mid - 1]! + px[mid]!) / 2) : null,
        };
      };
      return {
        zoom,
        collisions,
        overEntity,
        entity: sizes(true, counts.entity),
        relation: sizes(false, counts.relation),
        drawnIds: drawn.map((d) => d.id),
      };
    },
    TOLERANCE_PX,
  );
}

/** One line for a test's output: the figures the issue asks for. */
export function describeLabels(where: string, r: LabelReport): string {
  const px = (s: LabelSizes) =>
    s.minPx === null
      ? "none drawn"
      : `min ${s.minPx.toFixed(1)} px, median ${s.medianPx!.toFixed(1)} px`;
  return (
    `${where}: zoom ${r.zoom.toFixed(2)}; ${r.collisions.length} colliding pairs, ` +
    `${new Set(r.overEntity.map(([label]) => label)).size} labels over another entity ` +
    `(${r.overEntity.length} pairs); entity labels drawn ${r.entity.drawn}` +
    ` (not ${r.entity.notDrawn}), ${px(r.entity)}; relation labels drawn ${r.relation.drawn}` +
    ` (not ${r.relation.notDrawn}), ${px(r.relation)}`
  );
}

/**
 * Measures once the labels have settled: the view's animation and the placement that follows
 * it (debounced) leave the same labels, at the same zoom, on two measurements in a row.
 */
export async function settledLabels(page: Page, timeoutMs = 8_000): Promise<LabelReport> {
  const same = (a: LabelReport, b: LabelReport) =>
    a.zoom === b.zoom &&
    a.drawnIds.join() === b.drawnIds.join() &&
    a.entity.minPx === b.entity.minPx &&
    a.relation.minPx === b.relation.minPx;
  const end = Date.now() + timeoutMs;
  let last = await measureLabels(page);
  for (;;) {
    await page.waitForTimeout(400);
    const next = await measureLabels(page);
    if (same(last, next) || Date.now() > end) return next;
    last = next;
  }
}
