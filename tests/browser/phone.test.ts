// The phone layout in Chromium at 390×844: the graph takes the screen, the sidebar is a
// bottom sheet that starts folded (covering none of the canvas) and unfolds on a selection.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./support/chromium.ts";
import {
  canvasHasInk,
  expectNoProblems,
  openApp,
  runAxe,
  screenshot,
  seriousViolations,
  type OpenedApp,
} from "./support/page.ts";

const PHONE = { width: 390, height: 844 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function box(p: Page, selector: string) {
  const b = await p.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width, height: b.height };
}

for (const colorScheme of ["light", "dark"] as const) {
  describe(`on a phone (${colorScheme})`, () => {
    let app: OpenedApp;
    let page: Page;
    const shot = (name: string) =>
      screenshot(page, colorScheme === "light" ? name : `${name}-dark`);
    const sheetButton = () => page.locator(".sheet-toggle");

    beforeAll(async () => {
      app = await openApp(browser, inject("baseUrl"), { viewport: PHONE, colorScheme });
      page = app.page;
      await page.locator(".graph-canvas canvas").first().waitFor();
    });
    afterAll(() => app?.close());

    it("draws the graph with the panel folded below it, covering none of the canvas", async () => {
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
      await shot("phone-collapsed");
    });

    it("unfolds when something is selected, with its details readable", async () => {
      await page.getByRole("combobox", { name: "Search" }).fill("putin");
      await page.keyboard.press("Enter");
      const toggle = page.getByRole("button", { name: "Collapse panel" });
      await expect.poll(() => toggle.getAttribute("aria-expanded")).toBe("true");
      await page.waitForTimeout(400); // the sheet's transition
      const sheet = await box(page, ".sidebar");
      expect(sheet.height / PHONE.height).toBeGreaterThan(0.7);
      expect(sheet.height / PHONE.height).toBeLessThan(0.9);
      // A strip of the graph and its controls stays in sight above the sheet.
      const fit = (await page.getByRole("button", { name: "Fit" }).boundingBox())!;
      expect(fit.y + fit.height).toBeLessThanOrEqual(sheet.top);

      const heading = page.locator(".details-panel h2");
      expect(await heading.textContent()).toBe("Vladimir Putin");
      const h2 = await box(page, ".details-panel h2");
      const quote = await box(page, ".details-panel blockquote");
      expect(h2.top).toBeGreaterThanOrEqual(sheet.top);
      expect(quote.bottom).toBeLessThanOrEqual(PHONE.height);
      // Readable: the sheet fits the screen's width, and nothing in it is wider than it.
      expect(sheet.left).toBeGreaterThanOrEqual(0);
      expect(sheet.right).toBeLessThanOrEqual(PHONE.width);
      const overflow = await page
        .locator(".sidebar-panel:not([hidden])")
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBe(0);
      await shot("phone-expanded");
      expect(seriousViolations(await runAxe(page))).toEqual([]);
    });

    it("folds again with its button, and unfolds when a tab is chosen", async () => {
      await sheetButton().click();
      expect(await sheetButton().getAttribute("aria-expanded")).toBe("false");
      expect(await sheetButton().textContent()).toBe("Expand panel");
      await page.getByRole("tab", { name: "Article" }).click();
      expect(await sheetButton().getAttribute("aria-expanded")).toBe("true");
      await page.getByRole("tab", { name: "Details" }).click();
    });

    it("passes axe folded, and logged no problems", async () => {
      await sheetButton().click();
      expect(await sheetButton().getAttribute("aria-expanded")).toBe("false");
      expect(seriousViolations(await runAxe(page))).toEqual([]);
      expectNoProblems(app.problems);
    });
  });
}
