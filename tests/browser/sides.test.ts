// The Sides tab in Chromium: who is aligned with whom on the article graph, with the article's
// own words behind every relation, in light and dark, passing axe.
import { describe, expect, test } from "./support/fixtures.ts";
import { selectedIds } from "./support/graphProbe.ts";
import { runAxe, screenshot, seriousViolations } from "./support/page.ts";
import { openTab } from "./support/ui.ts";

describe("sides", () => {
  test.override({ appOptions: { viewport: { width: 1280, height: 900 } } });

  test("puts Venezuela and Russia on one side, each relation with its quote", async ({
    page,
    doc,
  }) => {
    await openTab(page, "Sides");
    const sides = page.getByRole("region", { name: "Sides", exact: true });
    await sides.waitFor();
    const venezuela = sides
      .getByRole("list", { name: /^Members of / })
      .filter({ has: page.getByRole("button", { name: "Venezuela", exact: true }) });
    await expect.poll(() => venezuela.count()).toBe(1);
    expect(await venezuela.getByRole("button", { name: "Russia", exact: true }).count()).toBe(1);
    const article = doc.sources[0]!.text;
    const quotes = await sides.locator(".quote-exact").allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(article).toContain(q);
    await screenshot(page, "sides");
    // A member's button selects it on the canvas.
    await venezuela.getByRole("button", { name: "Russia", exact: true }).click();
    await expect.poll(() => selectedIds(page)).toEqual(["russia"]);
  });

  test("puts the United States, NATO and AUKUS on a side apart from Venezuela and Russia", async ({
    page,
  }) => {
    await openTab(page, "Sides");
    const sides = page.getByRole("region", { name: "Sides", exact: true });
    await sides.waitFor();
    const members = sides.getByRole("list", { name: /^Members of / });
    const sideOf = (name: string) =>
      members.filter({ has: page.getByRole("button", { name, exact: true }) });
    await expect.poll(() => sideOf("United States").count()).toBe(1);
    const west = sideOf("United States");
    for (const name of ["NATO", "AUKUS"]) {
      expect(await west.getByRole("button", { name, exact: true }).count()).toBe(1);
    }
    for (const name of ["Venezuela", "Russia"]) {
      expect(await west.getByRole("button", { name, exact: true }).count()).toBe(0);
    }
    // None of the three is left unplaced.
    const unplaced = page.getByRole("region", { name: "Not placed by the article" });
    for (const name of ["United States", "NATO", "AUKUS"]) {
      expect(await unplaced.getByRole("button", { name, exact: true }).count()).toBe(0);
    }
    await west.scrollIntoViewIfNeeded();
    await screenshot(page, "sides-west");
  });

  test("reads the sides as Putin describes them", async ({ page }) => {
    await openTab(page, "Sides");
    const chooser = page.getByRole("combobox", { name: /According to/ });
    const putin = await chooser
      .locator("option", { hasText: "Vladimir Putin" })
      .getAttribute("value");
    await chooser.selectOption(putin!);
    await expect
      .poll(() =>
        page
          .getByRole("region", { name: "Not placed by the article" })
          .getByRole("button", { name: "Venezuela", exact: true })
          .count(),
      )
      .toBe(1);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`passes axe in ${colorScheme}`, async ({ open }) => {
      const { page } = await open({ colorScheme, viewport: { width: 1280, height: 900 } });
      await openTab(page, "Sides");
      await page.getByRole("region", { name: "Sides", exact: true }).waitFor();
      expect(seriousViolations(await runAxe(page))).toEqual([]);
      await screenshot(page, `sides-${colorScheme}`);
    });
  }
});
