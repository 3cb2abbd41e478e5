// "How is Iran connected to AUKUS?": the path on the canvas and in the panel, with quotes.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDocument } from "../../src/domain/schema.ts";
import { openArticle } from "./support/articleApp.ts";
import { launchChromium } from "./support/chromium.ts";
import { idsMatching } from "./support/graphProbe.ts";
import {
  expectNoProblems,
  runAxe,
  screenshot,
  seriousViolations,
  type OpenedApp,
} from "./support/page.ts";

let browser: Browser;
let app: OpenedApp & { doc: GraphDocument };
let page: Page;
let doc: GraphDocument;
let article: string;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openArticle(browser, { viewport: { width: 1280, height: 900 } });
  page = app.page;
  doc = app.doc;
  article = doc.sources[0]!.text;
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function choose(label: string, query: string) {
  const box = page.getByRole("combobox", { name: label });
  await box.fill(query);
  await box.press("Enter");
}

describe("path between two nodes", () => {
  it("lists the chain from Iran to AUKUS, each link with the article's words", async () => {
    await page.getByRole("tab", { name: "Path" }).click();
    await choose("From", "Iran");
    await choose("To", "AUKUS");
    const steps = page.locator(".path-steps > li");
    await expect.poll(() => steps.count()).toBeGreaterThan(1);
    const count = await steps.count();
    expect(await page.locator(".path-panel > [role=status]").textContent()).toContain(
      `connected in ${count} steps`,
    );
    for (const q of await page.locator(".path-steps .quote-exact").allTextContents()) {
      expect(article).toContain(q);
    }
    const onPath = await idsMatching(page, ".is-path");
    expect(onPath).toContain("iran");
    expect(onPath).toContain("aukus");
    expect(onPath.filter((id) => doc.edges.some((e) => e.id === id))).toHaveLength(count);
    await page.waitForTimeout(400);
    await screenshot(page, "path-iran-aukus");
  });

  it("a step's button selects that relation", async () => {
    await page.locator(".path-steps .relation-button").first().click();
    await expect
      .poll(() => page.getByRole("tab", { name: "Details" }).getAttribute("aria-selected"))
      .toBe("false");
    // The selection is announced whatever tab is open.
    await expect
      .poll(() => page.locator("[aria-live=polite]").textContent())
      .toMatch(/^Relation: /);
  });

  it("says so when the filters leave no path", async () => {
    await page.getByRole("checkbox", { name: /^Country \d+$/ }).uncheck();
    await choose("From", "NATO");
    await choose("To", "Iranian deputy");
    await expect
      .poll(() => page.locator(".path-none").textContent())
      .toContain("No chain of relations connects NATO and Iranian deputy defense chief");
    expect(await idsMatching(page, ".is-path")).toEqual([]);
    await page.getByRole("button", { name: "Show everything" }).click();
    await expect.poll(() => page.locator(".path-steps > li").count()).toBeGreaterThan(0);
  });

  it("passes axe and logged no problems", async () => {
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    expectNoProblems(app.problems);
  });
});
