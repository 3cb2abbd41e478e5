// The article reader in Chromium: marks link to the graph and back, "Show in article", the
// announcement of each selection, and the reader beside the graph on a wide screen.
import type { Page } from "playwright-core";
import { describe, expect, test } from "./support/fixtures.ts";
import { selectedIds } from "./support/graphProbe.ts";
import { expectNoProblems, runAxe, screenshot, seriousViolations } from "./support/page.ts";
import { openTab, searchFor } from "./support/ui.ts";

/** True when the element is inside its scrolling container's visible area. */
function inView(p: Page, selector: string) {
  return p
    .locator(selector)
    .first()
    .evaluate((el) => {
      const scroller = el.closest(".sidebar-panel, .sidebar-article") as HTMLElement;
      const a = el.getBoundingClientRect();
      const b = scroller.getBoundingClientRect();
      return a.top >= b.top && a.bottom <= b.bottom;
    });
}

/** Opens the Article tab and waits for its marks. */
async function openArticleTab(page: Page) {
  await openTab(page, "Article");
  await page.getByRole("region", { name: "Article" }).locator("mark").first().waitFor();
}

/** Selects AUKUS and asks its details to show the first quote in the article. */
async function showAukusInArticle(page: Page) {
  await page.getByRole("combobox", { name: "Search" }).fill("AUKUS");
  await page.keyboard.press("Enter");
  await openTab(page, "Details");
  await page.getByRole("button", { name: "Show in article" }).first().click();
}

describe("the article reader, on a laptop screen (tabs)", () => {
  test.override({ appOptions: { viewport: { width: 1280, height: 800 } } });

  test("shows the article with every quote marked", async ({ page }) => {
    await page.getByRole("tab", { name: "Article" }).click();
    const reader = page.getByRole("region", { name: "Article" });
    await expect.poll(() => reader.locator("mark").count()).toBeGreaterThan(40);
    expect(await reader.locator("h3").textContent()).toBe(
      "Venezuela launches talks with Russia for new weapons systems",
    );
    await screenshot(page, "reader-tab");
  });

  test("clicking a mark selects what it supports on the canvas and announces it", async ({
    page,
  }) => {
    await openArticleTab(page);
    await page.locator("mark", { hasText: "Everything is almost ready" }).click();
    await expect.poll(() => selectedIds(page)).toHaveLength(1);
    const [id] = await selectedIds(page);
    expect(id).toContain("fermin");
    await expect
      .poll(() => page.locator("[aria-live=polite]").textContent())
      .toMatch(/^Relation: Renier Urbaez Fermin .*, claimed by Renier Urbaez Fermin, \d+ quotes?$/);
  });

  test("a passage that supports several things offers a choice, by keyboard too", async ({
    page,
  }) => {
    await openArticleTab(page);
    const mark = page.locator("mark", { hasText: /^Russia's President Vladimir Putin$/ });
    await mark.focus();
    await page.keyboard.press("Enter");
    const choice = page.getByRole("group", { name: "This passage is a quote for" });
    await expect.poll(() => choice.getByRole("button").count()).toBeGreaterThan(2);
    await screenshot(page, "reader-choice");
    await page.keyboard.press("Enter"); // the first option has the focus
    await expect.poll(() => choice.count()).toBe(0);
    expect(await selectedIds(page)).toHaveLength(1);
    // Focus is back on the passage, and the arrow keys go on to the next quote.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Russia's President Vladimir Putin",
    );
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("MARK");
    expect(await page.evaluate(() => document.activeElement?.textContent)).not.toBe(
      "Russia's President Vladimir Putin",
    );
  });

  test("the article is one tab stop, and each mark is named by what it supports", async ({
    page,
  }) => {
    await openArticleTab(page);
    const reader = page.getByRole("region", { name: "Article" });
    expect(await reader.locator('mark[tabindex="0"]').count()).toBe(1);
    const names = await reader
      .locator("mark")
      .evaluateAll((marks) => marks.map((m) => m.getAttribute("aria-label") ?? ""));
    expect(names.filter((n) => !/quote for /i.test(n))).toEqual([]);
  });

  test("'Show in article' opens the article at that very quote", async ({ page }) => {
    await page.getByRole("combobox", { name: "Search" }).fill("AUKUS");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "Details" }).click();
    const buttons = page.getByRole("button", { name: "Show in article" });
    await buttons.first().click();
    await expect
      .poll(() => page.getByRole("tab", { name: "Article" }).getAttribute("aria-selected"))
      .toBe("true");
    await expect.poll(() => inView(page, "mark.is-target")).toBe(true);
    const target = await page.locator("mark.is-target").first().textContent();
    expect(
      "AUKUS, a trilateral security pact between Australia, the United Kingdom, and the United States",
    ).toContain(target!.trim());
    // Focus went with the pressed button's tab: it is now on the quote the button led to.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains("is-target")))
      .toBe(true);
    await screenshot(page, "reader-show-in-article");
  });

  test("passes axe without serious findings and logged no problems", async ({ page, app }) => {
    // Scanned with the article open at a quote.
    await showAukusInArticle(page);
    await page.locator("mark.is-target").first().waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    expectNoProblems(app.problems);
  });
});

describe("on a wide screen", () => {
  test.override({ appOptions: { viewport: { width: 1680, height: 950 } } });

  test("shows the graph, the details and the article side by side", async ({ page, app }) => {
    await searchFor(page, "putin");
    const details = await page.getByRole("complementary", { name: "Details" }).boundingBox();
    const article = await page.getByRole("region", { name: "Article" }).boundingBox();
    const graph = await page.locator(".graph-canvas").boundingBox();
    expect(details && article && graph).toBeTruthy();
    expect(graph!.x + graph!.width).toBeLessThanOrEqual(details!.x + 1);
    expect(details!.x + details!.width).toBeLessThanOrEqual(article!.x + 1);
    await expect.poll(() => inView(page, "mark.is-target")).toBe(true);
    await page.waitForTimeout(600);
    await screenshot(page, "wide-reader-beside-graph");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    expectNoProblems(app.problems);
  });
});
