// "Who says what" in Chromium: an entity's Details list what it claims (relations between
// others too) in its own words, before the quotes that mention it, and sum up its stance toward
// others; on a laptop screen and on a phone, passing axe.
import type { Page } from "playwright-core";
import type { GraphDocument } from "../../src/domain/schema.ts";
import { CANVAS_THEME } from "../../src/encoding/theme.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import { selectedIds } from "./support/graphProbe.ts";
import { runAxe, screenshot, seriousViolations } from "./support/page.ts";
import { detailsHeading, searchFor } from "./support/ui.ts";

const PUTIN = "vladimir-putin";

/** Selects a node by its label through the search box, and waits for its details. */
async function selectByName(page: Page, doc: GraphDocument, id: string) {
  const label = doc.nodes.find((n) => n.id === id)!.label;
  await searchFor(page, label);
  await expect.poll(() => detailsHeading(page).textContent()).toBe(label);
  return label;
}

/** The region of an entity's claims in the Details panel. */
const claimsOf = (page: Page, label: string) =>
  page
    .getByRole("complementary", { name: "Details" })
    .getByRole("region", { name: new RegExp(`^Claims by ${label} \\(\\d+\\)$`) });

describe("who says what", () => {
  test.override({ appOptions: { viewport: { width: 1280, height: 900 } } });

  test("lists Putin's claims in his own words, those between others too", async ({ page, doc }) => {
    const label = await selectByName(page, doc, PUTIN);
    const claims = claimsOf(page, label);
    await claims.waitFor();
    const claimed = doc.edges.filter((e) => e.claim?.by === PUTIN);
    expect(await claims.getByRole("listitem").count()).toBe(claimed.length);
    // One he is no end of, named as the article's graph names it.
    const between = claimed.find((e) => e.source !== PUTIN && e.target !== PUTIN)!;
    const name = (id: string) => doc.nodes.find((n) => n.id === id)!.label;
    const sentence = `${name(between.source)} ${between.label} ${name(between.target)}`;
    expect(await claims.getByRole("button", { name: sentence }).count()).toBe(1);
    // His words, verbatim from the article, and said to be his.
    const article = doc.sources[0]!.text;
    const quotes = await claims.locator(".quote-exact").allTextContents();
    expect(quotes.length).toBeGreaterThanOrEqual(claimed.length);
    for (const q of quotes) expect(article).toContain(q);
    expect(await claims.getByText(`Said by ${label}`).count()).toBeGreaterThan(0);
    expect(await claims.getByText(/who hedges it/).count()).toBe(
      claimed.filter((e) => e.claim?.hedged).length,
    );
    // Before the quotes that merely mention him.
    const order = await page
      .locator(".details-panel h3")
      .evaluateAll((hs) => hs.map((h) => h.textContent ?? ""));
    const at = (prefix: string) => order.findIndex((h) => h.startsWith(prefix));
    expect(at(`Claims by ${label}`)).toBeLessThan(at("Quotes"));

    await claims.getByRole("heading").scrollIntoViewIfNeeded();
    await screenshot(page, "claims-putin");
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    // A claim's button selects that relation on the canvas.
    await claims.getByRole("button", { name: sentence }).click();
    await expect.poll(() => selectedIds(page)).toEqual([between.id]);
  });

  test("sums up Russia's stance toward others; a name selects that entity", async ({
    page,
    doc,
  }) => {
    await selectByName(page, doc, "russia");
    const stance = page.getByRole("region", { name: "Stance toward others" });
    await stance.scrollIntoViewIfNeeded();
    const cooperation = stance.getByRole("list", { name: /^Cooperation with/ });
    expect(await cooperation.getByText("Reported by the article as fact").count()).toBeGreaterThan(
      0,
    );
    expect(await cooperation.getByText(/^Claimed by Vladimir Putin/).count()).toBeGreaterThan(0);
    await screenshot(page, "stance-russia");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await cooperation.getByRole("button", { name: "Venezuela", exact: true }).click();
    await expect.poll(() => selectedIds(page)).toEqual(["venezuela"]);
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Venezuela");
  });

  test("says Iran's one stance comes from a linked headline, not from the article", async ({
    page,
    doc,
  }) => {
    await selectByName(page, doc, "iran");
    const stance = page.getByRole("region", { name: "Stance toward others" });
    await stance.scrollIntoViewIfNeeded();
    const cooperation = stance.getByRole("list", { name: /^Cooperation with/ });
    expect(
      await cooperation.getByText("From a linked headline, not reported by the article").count(),
    ).toBe(1);
    expect(await stance.textContent()).not.toMatch(/as fact|Claimed by/);
    // The relations list says it too, where a reported fact goes without saying: every one of
    // Iran's relations rests on the headline.
    const own = doc.edges.filter((e) => e.source === "iran" || e.target === "iran");
    expect(own.every((e) => e.evidence.every((ev) => ev.origin === "linked-headline"))).toBe(true);
    const relations = page.locator(".details-panel .relations");
    expect(await relations.getByText(/from a linked headline/).count()).toBe(own.length);
    await screenshot(page, "stance-iran");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });

  test("passes axe in dark, its marks drawn in the dark theme's ink", async ({ open, doc }) => {
    const { page } = await open({ colorScheme: "dark", viewport: { width: 1280, height: 900 } });
    await selectByName(page, doc, PUTIN);
    await page.getByRole("region", { name: "Stance toward others" }).scrollIntoViewIfNeeded();
    const stroke = await page.locator(".stance-sourcing path").first().getAttribute("stroke");
    expect(stroke).toBe(CANVAS_THEME.dark.legendInk);
    await screenshot(page, "stance-putin-dark");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });
});

describe("who says what, on a phone", () => {
  const PHONE = { width: 390, height: 844 };
  test.override({ appOptions: { viewport: PHONE } });

  test("keeps the longer panel within the sheet's width, every section reachable", async ({
    page,
    doc,
  }) => {
    const label = await selectByName(page, doc, PUTIN);
    await expect
      .poll(() => page.locator(".sheet-toggle").getAttribute("aria-expanded"))
      .toBe("true");
    await page.waitForTimeout(400); // the sheet's transition
    const panel = page.locator(".sidebar-panel:not([hidden])");
    const claims = claimsOf(page, label);
    await claims.getByRole("heading").scrollIntoViewIfNeeded();
    await screenshot(page, "claims-phone");
    // Nothing is wider than the sheet: no sideways scrolling, no button cut at the edge.
    expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    for (const box of await page
      .locator(".details-panel button, .details-panel blockquote")
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(PHONE.width);
    }
    // The last section's heading scrolls into the sheet's view. (The section itself is taller
    // than the half-screen sheet: centred, its heading would sit above the sheet's scrollport.)
    const last = page.getByRole("region", { name: "Stance toward others" });
    const lastHeading = last.getByRole("heading", { level: 3 });
    await lastHeading.scrollIntoViewIfNeeded();
    const scrollport = (await panel.boundingBox())!;
    const lastBox = (await lastHeading.boundingBox())!;
    expect(lastBox.y).toBeGreaterThanOrEqual(scrollport.y);
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(
      Math.min(PHONE.height, scrollport.y + scrollport.height),
    );
    await screenshot(page, "stance-phone");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });
});
