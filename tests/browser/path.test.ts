// "How is Iran connected to AUKUS?": the path on the canvas and in the panel, with quotes.
import type { Page } from "playwright-core";
import { describe, expect, test } from "./support/fixtures.ts";
import { idsMatching } from "./support/graphProbe.ts";
import { expectNoProblems, runAxe, screenshot, seriousViolations } from "./support/page.ts";
import { openTab } from "./support/ui.ts";

async function choose(page: Page, label: string, query: string) {
  const box = page.getByRole("combobox", { name: label });
  await box.fill(query);
  await box.press("Enter");
}

/** Opens the Path tab and asks for the chain from one node to another. */
async function askForPath(page: Page, from: string, to: string) {
  await openTab(page, "Path");
  await choose(page, "From", from);
  await choose(page, "To", to);
}

describe("path between two nodes", () => {
  test.override({ appOptions: { viewport: { width: 1280, height: 900 } } });

  test("lists the chain from Iran to AUKUS, each link with the article's words", async ({
    page,
    doc,
  }) => {
    const article = doc.sources[0]!.text;
    await page.getByRole("tab", { name: "Path" }).click();
    await choose(page, "From", "Iran");
    await choose(page, "To", "AUKUS");
    const steps = page.locator(".path-steps > li");
    await expect.poll(() => steps.count()).toBeGreaterThan(1);
    const count = await steps.count();
    expect(await page.locator(".path-result > [role=status]").textContent()).toContain(
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

  test("a step's button selects that relation", async ({ page }) => {
    await askForPath(page, "Iran", "AUKUS");
    await page.locator(".path-steps .relation-button").first().waitFor();
    await page.locator(".path-steps .relation-button").first().click();
    await expect
      .poll(() => page.getByRole("tab", { name: "Details" }).getAttribute("aria-selected"))
      .toBe("false");
    // The selection is announced whatever tab is open.
    await expect
      .poll(() => page.locator("[aria-live=polite]").textContent())
      .toMatch(/^Relation: /);
  });

  test("says so when the filters leave no path", async ({ page }) => {
    // From the Path tab showing a chain, one of its steps selected.
    await askForPath(page, "Iran", "AUKUS");
    await page.locator(".path-steps .relation-button").first().click();
    await page.getByRole("checkbox", { name: /^Country \d+( of \d+)?$/ }).uncheck();
    await choose(page, "From", "NATO");
    await choose(page, "To", "Iranian deputy");
    await expect
      .poll(() => page.locator(".path-none").textContent())
      .toContain("No chain of relations connects NATO and Iranian deputy defense chief");
    expect(await idsMatching(page, ".is-path")).toEqual([]);
    await page.getByRole("button", { name: "Show everything" }).click();
    await expect.poll(() => page.locator(".path-steps > li").count()).toBeGreaterThan(0);
  });

  test("passes axe and logged no problems", async ({ page, app }) => {
    // Scanned with a chain on screen.
    await askForPath(page, "NATO", "Iranian deputy");
    await page.locator(".path-steps > li").first().waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    expectNoProblems(app.problems);
  });
});
