// The phone layout in Chromium at 390×844: the graph takes the screen, the sidebar is a
// bottom sheet that starts folded (covering none of the canvas) and unfolds on a selection.
import type { Page } from "playwright-core";
import { describe, expect, test } from "./support/fixtures.ts";
import {
  canvasHasInk,
  expectNoProblems,
  runAxe,
  screenshot,
  seriousViolations,
} from "./support/page.ts";
import { elementPoint } from "./support/graphProbe.ts";
import { searchFor } from "./support/ui.ts";

const PHONE = { width: 390, height: 844 };

async function box(p: Page, selector: string) {
  const b = await p.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width, height: b.height };
}

for (const colorScheme of ["light", "dark"] as const) {
  describe(`on a phone (${colorScheme})`, () => {
    test.override({ appOptions: { viewport: PHONE, colorScheme } });
    const shot = (page: Page, name: string) =>
      screenshot(page, colorScheme === "light" ? name : `${name}-dark`);
    const sheetButton = (page: Page) => page.locator(".sheet-toggle");
    /** Selects Putin, which unfolds the sheet. */
    const unfold = async (page: Page) => {
      await searchFor(page, "putin");
      await expect.poll(() => sheetButton(page).getAttribute("aria-expanded")).toBe("true");
    };

    test("draws the graph with the panel folded below it, covering none of the canvas", async ({
      page,
    }) => {
      await expect
        .poll(() => canvasHasInk(page, ".graph-canvas"), { timeout: 10_000 })
        .toBeGreaterThan(2_000);
      const toggle = page.getByRole("button", { name: "Expand panel" });
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      const sheet = await box(page, ".sidebar");
      expect(sheet.height / PHONE.height).toBeGreaterThan(0.2);
      expect(sheet.height / PHONE.height).toBeLessThan(0.32);
      expect(sheet.bottom).toBeCloseTo(PHONE.height, 0);
      // The tab names are on the folded sheet.
      for (const name of ["Details", "Article", "Path"]) {
        const tab = await page.getByRole("tab", { name }).boundingBox();
        expect(tab!.y).toBeGreaterThanOrEqual(sheet.top);
        expect(tab!.y + tab!.height).toBeLessThanOrEqual(PHONE.height);
      }
      const canvas = await box(page, ".graph-canvas");
      expect(canvas.bottom).toBeLessThanOrEqual(sheet.top + 1);
      expect(canvas.height).toBeGreaterThan(PHONE.height * 0.4);
      // The title has room, and is read whole, not cut to "Venez…".
      const title = await page.locator("h1").evaluate((h) => ({
        cut: h.scrollHeight > h.clientHeight + 1 || h.scrollWidth > h.clientWidth + 1,
        width: h.getBoundingClientRect().width,
      }));
      expect(title.cut).toBe(false);
      expect(title.width).toBeGreaterThan(PHONE.width * 0.6);
      // The view controls are on the canvas, above the sheet, and big enough for a finger.
      for (const name of ["Zoom in", "Zoom out", "Fit"]) {
        const b = (await page.getByRole("button", { name }).boundingBox())!;
        expect(b.y + b.height).toBeLessThanOrEqual(canvas.bottom);
        expect(b.y).toBeGreaterThanOrEqual(canvas.top);
        expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
      }
      // The legend starts folded.
      expect(await page.locator(".legend").getAttribute("open")).toBeNull();
      await page.waitForTimeout(300);
      await shot(page, "phone-collapsed");
    });

    test("unfolds when something is selected, with its details readable", async ({ page }) => {
      await page.getByRole("combobox", { name: "Search" }).fill("putin");
      await page.keyboard.press("Enter");
      const toggle = page.getByRole("button", { name: "Collapse panel" });
      await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
      await page.waitForTimeout(400); // the sheet's transition
      const sheet = await box(page, ".sidebar");
      expect(sheet.height / PHONE.height).toBeGreaterThan(0.45);
      expect(sheet.height / PHONE.height).toBeLessThan(0.7);
      // The graph's controls, and the entity just selected and centred, stay in sight above it.
      const fit = (await page.getByRole("button", { name: "Fit" }).boundingBox())!;
      expect(fit.y + fit.height).toBeLessThanOrEqual(sheet.top);
      const putin = await elementPoint(page, "vladimir-putin");
      expect(putin.y).toBeLessThan(sheet.top - 20);
      expect(putin.y).toBeGreaterThan((await box(page, ".graph-canvas")).top);

      const heading = page.locator(".details-panel h2");
      expect(await heading.textContent()).toBe("Vladimir Putin");
      const h2 = await box(page, ".details-panel h2");
      expect(h2.top).toBeGreaterThanOrEqual(sheet.top);
      // His summary starts on screen; the sheet scrolls to his claims and quotes.
      const summary = await box(page, ".details-panel h2 ~ p");
      expect(summary.top).toBeLessThan(PHONE.height - 40);
      // Readable: the sheet fits the screen's width, and nothing in it is wider than it.
      expect(sheet.left).toBeGreaterThanOrEqual(0);
      expect(sheet.right).toBeLessThanOrEqual(PHONE.width);
      const overflow = await page
        .locator(".sidebar-panel:not([hidden])")
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBe(0);
      await shot(page, "phone-expanded");
      expect(seriousViolations(await runAxe(page))).toEqual([]);
    });

    test("folds again with its button, and unfolds when a tab is chosen", async ({ page }) => {
      await unfold(page);
      await sheetButton(page).click();
      expect(await sheetButton(page).getAttribute("aria-expanded")).toBe("false");
      expect(await sheetButton(page).textContent()).toBe("Expand panel");
      await page.getByRole("tab", { name: "Article" }).click();
      expect(await sheetButton(page).getAttribute("aria-expanded")).toBe("true");
      await page.getByRole("tab", { name: "Details" }).click();
    });

    test("passes axe folded, and logged no problems", async ({ page, app }) => {
      // Unfolded by a selection first, as a reader would have it before folding it.
      await unfold(page);
      await sheetButton(page).click();
      expect(await sheetButton(page).getAttribute("aria-expanded")).toBe("false");
      expect(seriousViolations(await runAxe(page))).toEqual([]);
      expectNoProblems(app.problems);
    });
  });
}
