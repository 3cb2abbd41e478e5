// The article reader in Chromium: marks link to the graph and back, "Show in article", the
// announcement of each selection, and the reader beside the graph on a wide screen.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { waitForGraph } from "./support/articleApp.ts";
import { launchChromium } from "./support/chromium.ts";
import { selectedIds } from "./support/graphProbe.ts";
import {
  expectNoProblems,
  openApp,
  runAxe,
  screenshot,
  seriousViolations,
  type OpenedApp,
} from "./support/page.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

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

describe("the article reader, on a laptop screen (tabs)", () => {
  let app: OpenedApp;
  let page: Page;
  beforeAll(async () => {
    app = await openApp(browser, inject("baseUrl"), { viewport: { width: 1280, height: 800 } });
    page = app.page;
    await waitForGraph(page);
  });
  afterAll(() => app?.close());

  it("shows the article with every quote marked", async () => {
    await page.getByRole("tab", { name: "Article" }).click();
    const reader = page.getByRole("region", { name: "Article" });
    await expect.poll(() => reader.locator("mark").count()).toBeGreaterThan(40);
    expect(await reader.locator("h3").textContent()).toBe(
      "Venezuela launches talks with Russia for new weapons systems",
    );
    await screenshot(page, "reader-tab");
  });

  it("clicking a mark selects what it supports on the canvas and announces it", async () => {
    await page.locator("mark", { hasText: "Everything is almost ready" }).click();
    await expect.poll(() => selectedIds(page)).toHaveLength(1);
    const [id] = await selectedIds(page);
    expect(id).toContain("fermin");
    await expect
      .poll(() => page.locator("[aria-live=polite]").textContent())
      .toMatch(/^Relation: Renier Urbaez Fermin .*, claimed by Renier Urbaez Fermin, \d+ quotes?$/);
  });

  it("a passage that supports several things offers a choice, by keyboard too", async () => {
    const mark = page.locator("mark", { hasText: /^Russia's President Vladimir Putin$/ });
    await mark.focus();
    await page.keyboard.press("Enter");
    const choice = page.getByRole("group", { name: "This passage is a quote for" });
    await expect.poll(() => choice.getByRole("button").count()).toBeGreaterThan(2);
    await screenshot(page, "reader-choice");
    await page.keyboard.press("Enter"); // the first option has the focus
    await expect.poll(() => choice.count()).toBe(0);
    expect(await selectedIds(page)).toHaveLength(1);
  });

  it("'Show in article' opens the article at that very quote", async () => {
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
    await screenshot(page, "reader-show-in-article");
  });

  it("passes axe without serious findings and logged no problems", async () => {
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    expectNoProblems(app.problems);
  });
});

describe("on a wide screen", () => {
  it("shows the graph, the details and the article side by side", async () => {
    const app = await openApp(browser, inject("baseUrl"), {
      viewport: { width: 1680, height: 950 },
    });
    const page = app.page;
    await waitForGraph(page);
    await page.getByRole("combobox", { name: "Search" }).fill("putin");
    await page.keyboard.press("Enter");
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
    await app.close();
  });
});
