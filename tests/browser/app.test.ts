// The built app in Chromium: drawn graph, click-to-quote for nodes and edges, search, the
// error path for a tampered graph, no console errors, no request off the page's origin.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { GraphDocument } from "../../src/domain/schema.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import {
  canvasCentre,
  elementBoxCentre,
  elementPoint,
  emptyPoint,
  selectedIds,
} from "./support/graphProbe.ts";
import {
  canvasHasInk,
  expectNoProblems,
  runAxe,
  screenshot,
  seriousViolations,
} from "./support/page.ts";
import { detailsHeading, searchFor } from "./support/ui.ts";

const ARTICLE = readFileSync(
  new URL("../../data/sources/venezuela-russia-weapons-talks.txt", import.meta.url),
  "utf8",
);

/** Every blockquote on screen must be the article's own words. */
async function expectQuotesFromArticle(p: Page) {
  const quotes = await p.locator(".details-panel blockquote .quote-exact").allTextContents();
  expect(quotes.length).toBeGreaterThan(0);
  for (const q of quotes) expect(ARTICLE).toContain(q);
  return quotes;
}

/** Clicks Vladimir Putin's node on the canvas and waits for his details. */
async function clickPutin(page: Page, doc: GraphDocument) {
  const putin = doc.nodes.find((n) => n.label === "Vladimir Putin")!;
  const at = await elementPoint(page, putin.id);
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => detailsHeading(page).textContent()).toBe("Vladimir Putin");
  return putin;
}

/** Selects Putin's first relation through its button in his details' list of relations. */
async function selectPutinsFirstRelation(page: Page) {
  await page.locator(".details-panel .relations .relation-button").first().click();
  await expect
    .poll(() => page.locator(".details-panel .details-kind").textContent())
    .toMatch(/^Relation/);
}

describe("the article graph in Chromium", () => {
  test("shows the graph title as the page's h1 and draws the graph", async ({ page, doc }) => {
    await expect.poll(() => page.locator("h1").textContent()).toBe(doc.title);
    await expect
      .poll(() => canvasHasInk(page, ".graph-canvas"), { timeout: 10_000 })
      .toBeGreaterThan(5_000);
    await screenshot(page, "desktop-initial");
  });

  test("has a legend naming every node type and every kind of line", async ({ page }) => {
    const legend = page.locator(".legend");
    for (const word of [
      "Country",
      "Organisation",
      "Person",
      "Agreement",
      "Event",
      "Reported as fact",
      "Claimed by a speaker",
      "Claimed, hedged",
      "Cooperation",
      "Opposition",
    ]) {
      // Each entry is also a filter: a checkbox named by the word and its count.
      const name = new RegExp(`^${word} \\d+$`);
      await expect.poll(() => legend.getByRole("checkbox", { name }).count()).toBe(1);
    }
    expect(await legend.getByText("Direction", { exact: true }).count()).toBe(1);
  });

  test("clicking a node shows its details and the article's words", async ({ page, doc }) => {
    const putin = doc.nodes.find((n) => n.label === "Vladimir Putin")!;
    const at = await elementPoint(page, putin.id);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Vladimir Putin");
    expect(await selectedIds(page)).toEqual([putin.id]);
    await expectQuotesFromArticle(page);
    // The quotes that mention him (his claims' quotes are in their own section, claims.test.ts).
    const quotes = await page.locator(".details-panel .quotes .quote-exact").allTextContents();
    expect(quotes).toEqual(putin.evidence.map((e) => e.exact));
    const relations = page.locator(".details-panel .relations .relation-button");
    expect(await relations.count()).toBe(
      doc.edges.filter((e) => e.source === putin.id || e.target === putin.id).length,
    );
    await screenshot(page, "desktop-node-selected");
  });

  test("a relation button selects that relation", async ({ page, doc }) => {
    await clickPutin(page, doc);
    await page.locator(".details-panel .relations .relation-button").first().click();
    await expect
      .poll(() => page.locator(".details-panel .details-kind").textContent())
      .toMatch(/^Relation/);
    const [id] = await selectedIds(page);
    const edge = doc.edges.find((e) => e.id === id)!;
    expect(edge.source === "vladimir-putin" || edge.target === "vladimir-putin").toBe(true);
    await expectQuotesFromArticle(page);
  });

  test("clicking an edge shows the relation and its quotes", async ({ page, doc }) => {
    // Starts where a relation is selected and the canvas zoomed to it.
    await clickPutin(page, doc);
    await selectPutinsFirstRelation(page);
    // Fit brings the whole graph back into view after the zoom to the relation.
    await page.getByRole("button", { name: "Fit" }).click();
    await page.waitForTimeout(500);
    // A click on the empty canvas clears the selection.
    const empty = await emptyPoint(page);
    await page.mouse.click(empty.x, empty.y);
    await expect.poll(() => detailsHeading(page).textContent()).toBe("About this graph");
    expect(await selectedIds(page)).toEqual([]);

    const edge = doc.edges.find((e) => e.claim?.hedged && e.evidence.some((ev) => ev.speaker))!;
    const at = await elementPoint(page, edge.id);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => selectedIds(page)).toEqual([edge.id]);
    const heading = await detailsHeading(page).textContent();
    expect(heading).toContain(edge.label);
    await expect
      .poll(() => page.locator(".details-panel .facts").textContent())
      .toContain("hedges");
    const quotes = await expectQuotesFromArticle(page);
    expect(quotes).toEqual(edge.evidence.map((e) => e.exact));
    const speakers = await page.locator(".details-panel figcaption").allTextContents();
    expect(speakers.some((s) => s.includes("Said by Vladimir Putin"))).toBe(true);
    await screenshot(page, "desktop-edge-selected");
  });

  test("search finds a node by alias with the keyboard, selects it and centres it", async ({
    page,
  }) => {
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("carac");
    const option = page.getByRole("option").first();
    await expect.poll(() => option.textContent()).toContain("Venezuela");
    await search.press("Enter");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Venezuela");
    expect(await selectedIds(page)).toEqual(["venezuela"]);
    const centre = await canvasCentre(page);
    await expect
      .poll(async () => {
        const p = await elementBoxCentre(page, "venezuela");
        return Math.hypot(p.x - centre.x, p.y - centre.y);
      })
      .toBeLessThan(3);
    await screenshot(page, "desktop-search");
  });

  test("search says so when nothing matches", async ({ page }) => {
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("zzzz");
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "No entity" }).textContent())
      .toContain("zzzz");
    await search.press("Escape");
  });

  test("passes an axe-core scan without serious or critical findings", async ({ page }) => {
    // Scanned with a node selected and its details shown, after a search that found nothing.
    await searchFor(page, "carac");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Venezuela");
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("zzzz");
    await page.getByRole("status").filter({ hasText: "No entity" }).waitFor();
    await search.press("Escape");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });

  // The `app` fixture checks every test's page after it; this one checks a page left alone.
  test("logged no console errors and sent no request off its origin", ({ app }) => {
    expectNoProblems(app.problems);
  });
});

describe("a graph whose quote does not match its source", () => {
  test("is refused with a message, and no quote is shown", async ({ open }) => {
    // Opened with the graph tampered in flight: one quote no longer matches its offsets.
    const { page: p } = await open({
      waitForGraph: false,
      prepare: (page) =>
        page.route("**/graphs/*.json", async (route) => {
          if (route.request().url().endsWith("index.json")) return route.continue();
          const response = await route.fetch();
          const tampered = (await response.json()) as GraphDocument;
          tampered.nodes[0]!.evidence[0]!.exact = "Venezuela refused all talks with Russia";
          await route.fulfill({ response, json: tampered });
        }),
    });
    const alert = p.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("does not match the source text");
    expect(await alert.textContent()).toContain("nodes[0].evidence[0].exact");
    expect(await p.locator("blockquote").count()).toBe(0);
    await screenshot(p, "tampered-graph-refused");
  });
});

describe("on a phone-sized screen", () => {
  test.override({ appOptions: { viewport: { width: 390, height: 844 } } });

  test("draws the graph and the panel below it", async ({ app }) => {
    await expect
      .poll(() => canvasHasInk(app.page, ".graph-canvas"), { timeout: 10_000 })
      .toBeGreaterThan(2_000);
    await screenshot(app.page, "phone-initial");
    expectNoProblems(app.problems);
  });
});
