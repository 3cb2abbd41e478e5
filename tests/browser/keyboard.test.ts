// Keyboard only, in Chromium: the shortcuts and their help dialog, search, focus, views.
import type { Page } from "playwright-core";
import { describe, expect, test } from "./support/fixtures.ts";
import { idsMatching, selectedIds } from "./support/graphProbe.ts";
import { expectNoProblems, runAxe, screenshot, seriousViolations } from "./support/page.ts";

/** Gives the page the keyboard, the way a reader's first click on it would. */
const clickThePage = (page: Page) => page.locator("body").click({ position: { x: 5, y: 5 } });

describe("keyboard", () => {
  test("? opens the list of shortcuts in a dialog; Escape closes it", async ({ page }) => {
    await clickThePage(page);
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator("kbd").count()).toBeGreaterThan(10);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await screenshot(page, "help-dialog");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  test("/ goes to search; Enter selects; 2 focuses on two hops; 0 clears; Escape deselects", async ({
    page,
  }) => {
    await clickThePage(page);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Search",
    );
    await page.keyboard.type("rostec");
    await page.keyboard.press("Enter");
    await expect.poll(() => selectedIds(page)).toEqual(["rostec"]);
    await page.locator("body").focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("2");
    await expect.poll(async () => (await idsMatching(page, ".is-faded")).length).toBeGreaterThan(0);
    await page.keyboard.press("0");
    await expect.poll(() => idsMatching(page, ".is-faded")).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => selectedIds(page)).toEqual([]);
  });

  test("l and g switch between the list and the graph; a and d switch tabs", async ({ page }) => {
    await clickThePage(page);
    await page.keyboard.press("l");
    await expect.poll(() => page.getByRole("table", { name: /^Entities/ }).count()).toBe(1);
    await page.keyboard.press("g");
    await expect.poll(() => page.getByRole("table", { name: /^Entities/ }).count()).toBe(0);
    await page.keyboard.press("a");
    await expect
      .poll(() => page.getByRole("tab", { name: "Article" }).getAttribute("aria-selected"))
      .toBe("true");
    // The shortcut takes focus to its tab, so the next Tab goes into what it showed.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sidebar-tab-article");
    await page.keyboard.press("p");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("sidebar-tab-path");
    // The Path pane's code loads when first shown; Tab once it is there.
    await page.getByRole("combobox", { name: "From" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "From",
    );
    await page.locator("h1").click(); // out of the box, so the next key is a shortcut again
    await page.keyboard.press("d");
    await expect
      .poll(() => page.getByRole("tab", { name: "Details" }).getAttribute("aria-selected"))
      .toBe("true");
  });

  test("the first Tab stops are skip links, to the graph and to the panel", async ({ page }) => {
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return { id: el?.id, role: el?.getAttribute("role"), text: el?.textContent?.trim() };
      });
    await page.keyboard.press("Tab");
    expect((await active()).text).toBe("Skip to the graph");
    // Out of sight until reached, then on screen.
    const box = (await page.getByRole("button", { name: "Skip to the graph" }).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Tab");
    expect((await active()).text).toBe("Skip to the panel");
    await page.keyboard.press("Enter");
    expect((await active()).role).toBe("tab");
    await page.getByRole("button", { name: "Skip to the graph" }).focus();
    await page.keyboard.press("Enter");
    expect((await active()).id).toBe("graph-region");
    // Focus moved; the address (which names the graph and the selection) did not.
    expect(page.url()).not.toContain("#");
  });

  test("every control can be reached with Tab and shows where the focus is", async ({
    page,
    app,
  }) => {
    const seen = new Set<string>();
    await page.locator("body").focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30) ?? el.tagName,
          outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        };
      });
      if (!info) continue;
      expect(info.outlined, `focus ring on ${info.name}`).toBe(true);
      seen.add(info.name);
    }
    for (const name of ["Search", "Zoom in", "Zoom out", "Fit", "Keyboard shortcuts"]) {
      expect(seen.has(name), `${name} reachable`).toBe(true);
    }
    expectNoProblems(app.problems);
  });
});
