// The alliance matrix in Chromium: opened from the Sides tab (its code fetched only then), a
// real table named "Alliance matrix" whose Russia × Venezuela cell says cooperation and shows
// the relations' quotes, arrow keys between the cells, a CSV download, and axe clean in light,
// dark and on a phone.
import type { Page } from "playwright-core";
import { describe, expect, test } from "./support/fixtures.ts";
import { downloadFrom } from "./support/files.ts";
import { selectedIds } from "./support/graphProbe.ts";
import { runAxe, screenshot, seriousViolations } from "./support/page.ts";
import { openTab } from "./support/ui.ts";

/** Opens the Sides tab, presses Matrix, and returns the table once it is there. */
async function openMatrix(page: Page) {
  await openTab(page, "Sides");
  await page.getByRole("button", { name: "Matrix", exact: true }).click();
  const table = page.getByRole("table", { name: "Alliance matrix" });
  await table.waitFor();
  return table;
}

/** The cell button of a pair, found by the words it says to a screen reader. */
const pairCell = (page: Page, pair: RegExp) =>
  page.getByRole("table", { name: "Alliance matrix" }).getByRole("button", { name: pair });

describe("alliance matrix", () => {
  test.override({ appOptions: { viewport: { width: 1280, height: 900 } } });

  test("loads its code only when opened", async ({ open }) => {
    const requested: string[] = [];
    const { page } = await open({
      viewport: { width: 1280, height: 900 },
      prepare: async (p) => {
        p.on("request", (r) => requested.push(new URL(r.url()).pathname));
      },
    });
    await openTab(page, "Sides");
    await page.getByRole("button", { name: "Matrix", exact: true }).waitFor();
    const matrixChunk = (path: string) => /\/AllianceMatrix-[\w-]+\.js$/.test(path);
    expect(requested.filter(matrixChunk)).toEqual([]);
    await openMatrix(page);
    expect(requested.filter(matrixChunk)).toHaveLength(1);
  });

  test("says Russia and Venezuela cooperate, and shows the relations and their quotes", async ({
    page,
    doc,
  }) => {
    const table = await openMatrix(page);
    // Actors head the rows and the columns; sides head groups of them.
    expect(await table.getByRole("rowheader", { name: "Russia", exact: true }).count()).toBe(1);
    expect(await table.getByRole("columnheader", { name: "Venezuela", exact: true }).count()).toBe(
      1,
    );
    expect(await table.locator('th[scope="colgroup"]').count()).toBeGreaterThan(1);
    const cell = pairCell(page, /^Russia and Venezuela: cooperation, reported as fact/);
    expect(await cell.count()).toBe(1);
    // The same pair the other way round is the same cell, seen from Venezuela's row.
    expect(
      await pairCell(page, /^Venezuela and Russia: cooperation, reported as fact/).count(),
    ).toBe(1);
    await cell.click();
    const relations = page.getByRole("region", { name: "Relations between Russia and Venezuela" });
    await relations.waitFor();
    const between = doc.edges.filter(
      (e) =>
        [e.source, e.target].sort().join() === "russia,venezuela" &&
        e.stance === "cooperation" &&
        !e.claim,
    );
    expect(between.length).toBeGreaterThan(1);
    const article = doc.sources[0]!.text;
    const quotes = await relations.locator(".quote-exact").allTextContents();
    expect(quotes).toHaveLength(between.reduce((n, e) => n + e.evidence.length, 0));
    for (const q of quotes) expect(article).toContain(q);
    await screenshot(page, "matrix");

    // Several relations: the reader chooses one, which is selected on the graph.
    const first = between.map((e) => e.id).sort()[0]!;
    await relations
      .getByRole("button", { name: /^Show .* on graph$/ })
      .first()
      .click();
    await expect.poll(() => selectedIds(page)).toEqual([first]);
    expect(await page.getByRole("dialog", { name: "Alliance matrix" }).count()).toBe(0);
    // Closing gives the focus back to the Matrix button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Matrix");
  });

  test("selects the relation of a pair that has one", async ({ page, doc }) => {
    await openMatrix(page);
    const cell = pairCell(page, /^Russia and Western states: opposition/);
    await cell.click();
    const edge = doc.edges.find((e) => e.source === "russia" && e.target === "western-states");
    await page
      .getByRole("dialog", { name: "Alliance matrix" })
      .getByRole("button", { name: "Close" })
      .click();
    await expect.poll(() => selectedIds(page)).toEqual([edge!.id]);
    // Opened again, it is where the reader left it.
    await page.getByRole("button", { name: "Matrix", exact: true }).click();
    await page.getByRole("table", { name: "Alliance matrix" }).waitFor();
    expect(await cell.getAttribute("aria-current")).toBe("true");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog", { name: "Alliance matrix" }).count()).toBe(0);
  });

  test("moves between cells with the arrow keys, one tab stop for the table", async ({ page }) => {
    const table = await openMatrix(page);
    const stops = await table.locator('button[tabindex="0"]').count();
    expect(stops).toBe(1);
    const cell = pairCell(page, /^Russia and Venezuela:/);
    await cell.focus();
    const focused = () =>
      page.evaluate(() => document.activeElement?.querySelector(".visually-hidden")?.textContent);
    // Up and down stay in Venezuela's column, left and right in Russia's row, each skipping
    // the pairs with no relation and the diagonal. Russia heads the first side, so its row
    // starts with the diagonal: nothing lies left of Venezuela, and the focus stays.
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatch(/^Venezuelan delegation and Venezuela:/);
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toMatch(/^Russia and Venezuela:/);
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toMatch(/^Russia and Venezuela:/);
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatch(/^Russia and Rosoboronexport:/);
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toMatch(/^Russia and Venezuela:/);
    // The one tab stop follows the focus.
    expect(await table.locator('button[tabindex="0"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("tabindex"))).toBe("0");
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "Relations between Russia and Venezuela" }).waitFor();
  });

  test("says a pair known only from a linked headline is from it", async ({ page }) => {
    await openMatrix(page);
    const cell = pairCell(page, /^Russia and Iranian deputy defense chief:/);
    expect(await cell.getAttribute("title")).toBe(
      "Russia and Iranian deputy defense chief: no stance shown, from a linked headline, 1 relation",
    );
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    const relations = page.getByRole("region", {
      name: "Relations between Iranian deputy defense chief and Russia",
    });
    await relations.waitFor();
    const said = await relations.textContent();
    expect(said).toContain("No stance shown, from a linked headline, not reported by the article");
    expect(said).not.toMatch(/as fact|claimed/i);
    await screenshot(page, "matrix-linked-headline");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });

  test("exports the matrix as CSV", async ({ page }) => {
    await openMatrix(page);
    const file = await downloadFrom(page, () =>
      page.getByRole("button", { name: "Export CSV" }).click(),
    );
    expect(file.name).toMatch(/^venezuela-russia-arms-talks-.*-alliance-matrix\.csv$/);
    const rows = file.bytes.toString("utf8").split("\r\n");
    const header = rows[0]!.split(",");
    expect(header.slice(0, 2)).toEqual(["actor", "side"]);
    const russia = rows.find((r) => r.startsWith("Russia,"))!.split(",");
    expect(russia[header.indexOf("Venezuela")]).toBe("cooperation; fact");
    expect(russia[header.indexOf("Iranian deputy defense chief")]).toBe(
      "no stance; linked-headline",
    );
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`passes axe in ${colorScheme}`, async ({ open }) => {
      const { page } = await open({ colorScheme, viewport: { width: 1280, height: 900 } });
      await openMatrix(page);
      await pairCell(page, /^Russia and Venezuela:/).click();
      expect(seriousViolations(await runAxe(page))).toEqual([]);
      await screenshot(page, `matrix-${colorScheme}`);
    });
  }

  test("scrolls both ways on a phone, its headers in view, and passes axe", async ({ open }) => {
    const { page } = await open({ viewport: { width: 390, height: 844 } });
    const table = await openMatrix(page);
    const scroller = page.locator(".matrix-scroll");
    const fits = await scroller.evaluate((el) => ({
      wide: el.scrollWidth > el.clientWidth,
      tall: el.scrollHeight > el.clientHeight,
    }));
    expect(fits).toEqual({ wide: true, tall: true });
    // Scrolled to the far corner, the row and column headers are still where they were.
    const rowHeader = table.getByRole("rowheader").last();
    const columnHeader = table.getByRole("columnheader").last();
    const before = { row: await rowHeader.boundingBox(), column: await columnHeader.boundingBox() };
    await scroller.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
    const after = { row: await rowHeader.boundingBox(), column: await columnHeader.boundingBox() };
    expect(Math.abs(after.row!.x - before.row!.x)).toBeLessThan(1);
    expect(Math.abs(after.column!.y - before.column!.y)).toBeLessThan(1);
    // …and what scrolled under them did move.
    expect(after.row!.y).toBeLessThan(before.row!.y);
    expect(after.column!.x).toBeLessThan(before.column!.x);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await screenshot(page, "matrix-phone");
  });
});
