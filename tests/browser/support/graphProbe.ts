import type { EdgeSingular } from "cytoscape";
import type { Page } from "playwright-core";
import { layerContainer, onCanvas } from "./canvas.ts";

/**
 * Reads the drawn graph from the page through `onCanvas` (support/canvas.ts), so tests can click
 * where a node really is without the app exposing a testing hook of its own.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Page coordinates of a node's centre or an edge's midpoint. */
export function elementPoint(page: Page, id: string): Promise<Point> {
  return onCanvas(
    page,
    (cy, id) => {
      const el = cy.getElementById(id);
      if (el.empty()) throw new Error(`no element ${id}`);
      const p = el.isNode()
        ? el.renderedPosition()
        : (el as unknown as EdgeSingular).renderedMidpoint();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    id,
  );
}

/** Page coordinates of the centre of an element's drawn box (a node with its label). */
export function elementBoxCentre(page: Page, id: string): Promise<Point> {
  return onCanvas(
    page,
    (cy, id) => {
      const bb = cy.getElementById(id).renderedBoundingBox();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + (bb.x1 + bb.x2) / 2, y: box.top + (bb.y1 + bb.y2) / 2 };
    },
    id,
  );
}

/** A point on the canvas, in page coordinates, clear of every node, edge and label. */
export function emptyPoint(page: Page): Promise<Point> {
  return onCanvas(
    page,
    (cy) => {
      const boxes = cy.elements().map((el) => el.renderedBoundingBox());
      const margin = 12;
      for (let y = 20; y < cy.height() - 20; y += 15) {
        for (let x = 20; x < cy.width() - 80; x += 15) {
          const hit = boxes.some(
            (b) => x > b.x1 - margin && x < b.x2 + margin && y > b.y1 - margin && y < b.y2 + margin,
          );
          if (!hit) {
            const box = cy.container()!.getBoundingClientRect();
            return { x: box.left + x, y: box.top + y };
          }
        }
      }
      throw new Error("no empty point on the canvas");
    },
    undefined,
  );
}

/** Ids of the elements Cytoscape has selected. */
export function selectedIds(page: Page): Promise<string[]> {
  return onCanvas(page, (cy) => cy.$(":selected").map((e) => e.id()), undefined, { orElse: [] });
}

/** The canvas area's centre in page coordinates. */
export async function canvasCentre(page: Page): Promise<Point> {
  const box = await page.locator(layerContainer("graph")).boundingBox();
  if (!box) throw new Error("no canvas");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Ids of elements matching a Cytoscape selector, e.g. ".is-faded" or "node[display = 'none']". */
export function idsMatching(page: Page, cySelector: string): Promise<string[]> {
  return onCanvas(page, (cy, sel) => cy.elements(sel).map((e) => e.id()), cySelector, {
    orElse: [],
  });
}

/** Ids of the elements Cytoscape does not draw (display: none). */
export function hiddenIds(page: Page): Promise<string[]> {
  return onCanvas(
    page,
    (cy) =>
      cy
        .elements()
        .filter((e) => e.style("display") === "none")
        .map((e) => e.id()),
    undefined,
    { orElse: [] },
  );
}

/** Model positions of every node, to prove that nothing moved. */
export function modelPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return onCanvas(
    page,
    (cy) => {
      const out: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        out[n.id()] = { ...n.position() };
      });
      return out;
    },
    undefined,
    { orElse: {} },
  );
}

/**
 * True when every element matching `cySelector`, less those matching `except`, is drawn inside
 * the canvas. (Cytoscape selectors have no :not(), hence the second selector.)
 */
export function allInView(page: Page, cySelector: string, except = ""): Promise<boolean> {
  return onCanvas(
    page,
    (cy, { cySelector, except }) => {
      const eles = cy.elements(cySelector);
      const bb = (except ? eles.not(except) : eles).renderedBoundingBox({ includeLabels: false });
      return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y2 <= cy.height() + 1;
    },
    { cySelector, except },
    { orElse: false },
  );
}
