// Labels on the article graph, judged from Cytoscape's own label boxes of what it draws
// (support/labels.ts): none collides with another or covers another entity, every entity is
// named at a readable size, and a label left out for want of room shows when it is wanted.
import type { EdgeSingular } from "cytoscape";
import type { Page } from "playwright-core";
import { describe, expect, test } from "./support/fixtures.ts";
import { downloadFrom } from "./support/files.ts";
import { allInView, elementPoint, selectedIds } from "./support/graphProbe.ts";
import { describeLabels, settledLabels, type LabelReport } from "./support/labels.ts";
import { screenshot } from "./support/page.ts";
import { onCanvas } from "./support/canvas.ts";

const DESKTOPS = [
  { name: "1440x900", viewport: { width: 1440, height: 900 } },
  { name: "1280x800", viewport: { width: 1280, height: 800 } },
] as const;
const PHONE = { width: 390, height: 844 };

/** Fails naming what collides, so a red run says which labels to look at. */
function expectClear(report: LabelReport): void {
  expect(report.collisions, "drawn labels that collide").toEqual([]);
  expect(report.overEntity, "drawn labels over another entity").toEqual([]);
}

/** Relation labels left out by the placement whose line's middle is clear of every node. */
function hiddenRelationsClearOfNodes(page: Page, drawn: readonly string[]): Promise<string[]> {
  return onCanvas(
    page,
    (cy, drawn) => {
      const shown = new Set(drawn);
      const bodies = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
      return cy
        .edges()
        .filter((e) => !shown.has(e.id()))
        .filter((e) => {
          const m = (e as EdgeSingular).renderedMidpoint();
          const margin = 14;
          return bodies.every(
            (b) =>
              m.x < b.x1 - margin ||
              m.x > b.x2 + margin ||
              m.y < b.y1 - margin ||
              m.y > b.y2 + margin,
          );
        })
        .map((e) => e.id());
    },
    [...drawn],
  );
}

for (const size of DESKTOPS) {
  describe(`labels at ${size.name}`, () => {
    test.override({ appOptions: { viewport: size.viewport } });

    test("none collides or covers an entity, and every entity is named at 11 px or more", async ({
      page,
      doc,
    }) => {
      const report = await settledLabels(page);
      console.log(describeLabels(size.name, report));
      await screenshot(page, `labels-${size.name}`);
      expectClear(report);
      expect(report.entity.drawn).toBe(doc.nodes.length);
      expect(report.entity.minPx).toBeGreaterThanOrEqual(11);
      // Relation labels that find room are drawn at a readable size; at least some do.
      expect(report.relation.drawn).toBeGreaterThan(0);
      expect(report.relation.minPx).toBeGreaterThanOrEqual(10);
    });
  });
}

describe("labels left out for want of room", () => {
  test.override({ appOptions: { viewport: DESKTOPS[1].viewport } });

  test("a hidden relation label shows on hover and when its relation is selected", async ({
    page,
  }) => {
    const before = await settledLabels(page);
    const [id] = await hiddenRelationsClearOfNodes(page, before.drawnIds);
    expect(id, "a relation whose label the placement left out").toBeDefined();
    const point = await elementPoint(page, id!);
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await settledLabels(page)).drawnIds).toContain(id);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => selectedIds(page)).toEqual([id]);
    // The pointer leaves; the selection keeps the label, and the rest make room for it.
    await page.mouse.move(5, 5);
    const selected = await settledLabels(page);
    expect(selected.drawnIds).toContain(id);
    expectClear(selected);
    await screenshot(page, "labels-selected-relation");
  });

  test("closer in, more labels find room, and text does not grow past its size", async ({
    page,
  }) => {
    const fitted = await settledLabels(page);
    let closer = fitted;
    for (let i = 0; i < 3; i++) {
      await page.getByRole("button", { name: "Zoom in" }).click();
      closer = await settledLabels(page);
    }
    console.log(describeLabels("1280x800 zoomed in", closer));
    expect(closer.zoom).toBeGreaterThan(fitted.zoom * 1.6);
    expectClear(closer);
    expect(closer.relation.drawn).toBeGreaterThan(fitted.relation.drawn);
    // The graph grew by 60 % or more; the entity labels by far less, and never past 16 px.
    // (Measured as a share of the zoom's growth: the fitted size is 12 px, or 11.2 px when a
    // few names need the smaller size to find room, which a fixed ratio would mistake.)
    expect(closer.entity.minPx!).toBeLessThanOrEqual(16);
    const textGrowth = closer.entity.minPx! / fitted.entity.minPx!;
    const zoomGrowth = closer.zoom / fitted.zoom;
    expect(textGrowth).toBeLessThan(1 + (zoomGrowth - 1) * 0.35);
    expect(closer.relation.minPx).toBeGreaterThanOrEqual(10);
    await screenshot(page, "labels-1280x800-zoomed-in");
  });

  test("a change of theme keeps the labels' sizes and places", async ({ page }) => {
    const light = await settledLabels(page);
    const toggle = page.getByRole("button", { name: /^Theme:/ });
    for (let i = 0; i < 3 && !/dark/.test((await toggle.getAttribute("aria-label")) ?? ""); i++) {
      await toggle.click();
    }
    expect(await toggle.getAttribute("aria-label")).toMatch(/dark/);
    const dark = await settledLabels(page);
    expect(dark.entity.minPx).toBe(light.entity.minPx);
    expect(dark.drawnIds).toEqual(light.drawnIds);
    expectClear(dark);
    await screenshot(page, "labels-1280x800-dark");
  });

  test("the SVG export draws the labels that are drawn on screen, and not the others", async ({
    page,
    doc,
  }) => {
    const report = await settledLabels(page);
    const drawn = new Set(report.drawnIds);
    const labelOf = new Map(
      [...doc.nodes, ...doc.edges].map((e) => [e.id, e.label.replace(/\s+/g, " ")]),
    );
    const shownText = new Set([...drawn].map((id) => labelOf.get(id)!));
    const dialog = page.getByRole("dialog", { name: "Export" });
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await dialog.getByRole("group", { name: "Format" }).first().getByLabel("SVG").check();
    const file = await downloadFrom(page, () =>
      dialog.getByRole("button", { name: "Export image" }).click(),
    );
    const texts = await page.evaluate((text) => {
      const svg = new DOMParser().parseFromString(text, "image/svg+xml");
      return Array.from(svg.getElementsByTagNameNS("*", "text")).map((t) => t.textContent ?? "");
    }, file.bytes.toString("utf8"));
    const inSvg = new Set(texts.map((t) => t.replace(/\s+/g, " ").trim()));
    // Short labels draw on one line, so each is one text of the picture.
    const short = (id: string) => labelOf.get(id)!.length <= 12;
    const drawnShort = doc.edges.filter((e) => drawn.has(e.id) && short(e.id));
    expect(drawnShort.length).toBeGreaterThan(0);
    for (const edge of drawnShort) expect(inSvg).toContain(labelOf.get(edge.id));
    const hiddenShort = doc.edges.filter(
      (e) => !drawn.has(e.id) && short(e.id) && !shownText.has(labelOf.get(e.id)!),
    );
    expect(hiddenShort.length).toBeGreaterThan(0);
    for (const edge of hiddenShort) expect(inSvg).not.toContain(labelOf.get(edge.id));
  });
});

describe("labels on a phone", () => {
  test.override({ appOptions: { viewport: PHONE } });

  test("the first view reads: eight entities or more named at 9 px or more, none colliding", async ({
    page,
  }) => {
    const report = await settledLabels(page);
    console.log(describeLabels("phone 390x844", report));
    await screenshot(page, "labels-phone-390x844");
    expectClear(report);
    expect(report.entity.drawn).toBeGreaterThanOrEqual(8);
    expect(report.entity.minPx).toBeGreaterThanOrEqual(9);
  });

  test("Fit still shows the whole graph, its labels still clear of each other", async ({
    page,
  }) => {
    await settledLabels(page);
    expect(await allInView(page, "node")).toBe(false);
    await page.getByRole("button", { name: "Fit" }).click();
    await expect.poll(() => allInView(page, "node")).toBe(true);
    const fitted = await settledLabels(page);
    console.log(describeLabels("phone 390x844 after Fit", fitted));
    expectClear(fitted);
    await screenshot(page, "labels-phone-390x844-fit");
  });
});
