// New graph from an article, in the built app in Chromium: paste a news paragraph, draft it,
// reject the co-occurrence guesses, create the graph; the viewer shows it with quotes that are
// the pasted text's own words, and a reload shows it again (kept). A web page opened through
// the picker is read as text, its scripts never run. The drafter loads only when drafting.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test, waitForGraph } from "./support/fixtures.ts";
import { openThroughPicker } from "./support/files.ts";
import { runAxe, screenshot, seriousViolations } from "./support/page.ts";
import { searchFor } from "./support/ui.ts";

const ARTICLE = readFileSync("tests/fixtures/curation/news-paragraph.txt", "utf8");
const TITLE = "Japan and Australia sign defence pact";

const dialogOf = (page: Page) => page.getByRole("dialog", { name: "New graph" });
const proposals = (page: Page) => dialogOf(page).getByRole("region", { name: "Proposals" });
const loaded = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));

async function openNewGraph(page: Page) {
  await page.getByRole("button", { name: "New graph" }).click();
  await dialogOf(page).waitFor();
}

async function pasteAndDraft(page: Page) {
  await openNewGraph(page);
  await dialogOf(page).getByRole("textbox", { name: "Article text" }).fill(ARTICLE);
  await dialogOf(page).getByRole("textbox", { name: "Publisher" }).fill("Example Wire");
  await dialogOf(page).getByRole("button", { name: "Draft" }).click();
  await proposals(page).waitFor();
}

/** The quotes the Details panel shows for what is selected. */
const detailsQuotes = (page: Page) => page.locator(".details-panel .quote-exact").allTextContents();

describe("a new graph from an article", () => {
  test("pasted, drafted, reviewed and created: shown with its own words, and kept", async ({
    page,
  }) => {
    expect((await loaded(page)).filter((s) => /curate|NewGraphDialog/.test(s))).toEqual([]);
    await pasteAndDraft(page);
    // The drafter came in its own chunk, on demand.
    expect((await loaded(page)).filter((s) => /curate-[\w-]+\.js$/.test(s))).toHaveLength(1);

    const items = proposals(page).getByRole("listitem");
    expect(await items.count()).toBeGreaterThan(6);
    const guess = items.filter({ hasText: "mentioned with" }).first();
    await guess.getByRole("button", { name: "Accept" }).click();
    expect(await guess.getByRole("button", { name: "Accept" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await proposals(page).getByRole("button", { name: "Reject co-occurrence" }).click();
    expect(await guess.getByRole("button", { name: "Reject" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await page.setViewportSize({ width: 1280, height: 1000 });
    // The picture shows the last entities and the first relations, a rejected guess among them.
    await guess.evaluate((li) => li.scrollIntoView({ block: "center" }));
    await screenshot(page, "curation");
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    await proposals(page).getByRole("button", { name: "Create graph" }).click();
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 20_000 }).toBe(TITLE);
    await expect.poll(() => dialogOf(page).count()).toBe(0);

    // The title has room beside the header's five buttons and the search.
    expect((await page.locator("h1").boundingBox())!.width).toBeGreaterThan(200);
    for (const name of ["Japan", "Australia", "China", "Fumio Kishida"]) {
      await searchFor(page, name);
      await expect.poll(() => page.locator(".details-panel h2").textContent()).toContain(name);
      const quotes = await detailsQuotes(page);
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(ARTICLE).toContain(q);
    }
    await screenshot(page, "curation-created");
    // Kept: the address names it, a reload shows it again, and My graphs lists it.
    await expect.poll(() => new URL(page.url()).searchParams.get("local")).toMatch(/^[a-z0-9]+$/);
    await page.waitForTimeout(800);
    await page.reload();
    await waitForGraph(page);
    await expect.poll(() => page.locator("h1").textContent()).toBe(TITLE);
    await page.getByRole("button", { name: "My graphs" }).click();
    const mine = page.getByRole("dialog", { name: "My graphs" });
    await expect.poll(() => mine.getByRole("listitem").first().textContent()).toContain(TITLE);
    expect(await mine.textContent()).toContain("New graph from pasted text");
  });

  // The fixture fails the test on any request off the app's origin: the page's image is never
  // fetched, as DOMParser's document is inert.
  test("a web page is read as text through the picker: its script never runs", async ({ page }) => {
    await openNewGraph(page);
    const html =
      "<!doctype html><html><head><title>Talks page</title><script>window.pwned = 1</script>" +
      "<style>p { color: red }</style></head><body><p>Russia and Venezuela met in Moscow.</p>" +
      '<img src="https://tracker.example/pixel.png" onerror="window.pwned = 2"><p>Putin said Russia backs Venezuela.</p></body></html>';
    await openThroughPicker(
      page,
      { name: "talks.html", mimeType: "text/html", buffer: Buffer.from(html, "utf8") },
      "Open a file…",
    );
    const text = dialogOf(page).getByRole("textbox", { name: "Article text" });
    await expect
      .poll(() => text.inputValue())
      .toBe("Russia and Venezuela met in Moscow.\n\nPutin said Russia backs Venezuela.");
    expect(await dialogOf(page).textContent()).toContain("1 script and 1 style sheet");
    expect(await dialogOf(page).getByRole("textbox", { name: "Title" }).inputValue()).toBe(
      "Talks page",
    );
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    await dialogOf(page).getByRole("button", { name: "Draft" }).click();
    await proposals(page).waitFor();
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
  });

  test("refuses an empty text plainly, and keeps the graph on screen", async ({ page }) => {
    const title = await page.locator("h1").textContent();
    await openNewGraph(page);
    await dialogOf(page).getByRole("button", { name: "Draft" }).click();
    await expect
      .poll(() => dialogOf(page).getByRole("alert").textContent())
      .toContain("The article text is empty");
    expect(await page.locator("h1").textContent()).toBe(title);
  });
});

describe("on a phone", () => {
  test.override({ appOptions: { viewport: { width: 390, height: 844 } } });

  test("the header's buttons share one row, and the curation view passes axe", async ({ page }) => {
    const tops = await page
      .locator(".app-header .header-button")
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    await screenshot(page, "phone-header");
    expect(tops.length).toBe(4);
    expect(new Set(tops).size).toBe(1);
    const right = await page
      .locator(".app-header .header-button")
      .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(390);
    await pasteAndDraft(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await screenshot(page, "curation-phone");
  });
});
