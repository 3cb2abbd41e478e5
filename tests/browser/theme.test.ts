// Dark mode in Chromium: it follows the system, the toggle switches it without a reload and is
// remembered, the canvas is redrawn in the dark stylesheet, and axe finds nothing serious on
// the graph, the article and the list in dark.
import type { Page } from "playwright-core";
import { CANVAS_THEME, type Theme } from "../../src/encoding/theme.ts";
import { onCanvas } from "./support/canvas.ts";
import { describe, expect, test } from "./support/fixtures.ts";
import {
  canvasHasInk,
  expectNoProblems,
  runAxe,
  screenshot,
  seriousViolations,
} from "./support/page.ts";
import { detailsHeading, searchFor, viewButton } from "./support/ui.ts";

/** Waits until the graph is drawn: its canvases hold some ink. */
async function waitForInk(p: Page) {
  await p.locator(".graph-canvas canvas").first().waitFor();
  for (let tries = 0; (await canvasHasInk(p, ".graph-canvas")) < 2_000; tries += 1) {
    if (tries === 50) throw new Error("the graph was not drawn");
    await p.waitForTimeout(200);
  }
}

const themeOf = (p: Page) => p.evaluate(() => document.documentElement.getAttribute("data-theme"));

/** A CSS colour as Chromium computes it, for the element matching `selector`. */
const backgroundOf = (p: Page, selector: string) =>
  p.evaluate((sel) => getComputedStyle(document.querySelector(sel)!).backgroundColor, selector);

/** The colour Cytoscape draws node labels in, read from the live instance. */
const nodeLabelColour = (p: Page) =>
  onCanvas(
    p,
    (cy) => (cy.nodes().first().style("color") as string | undefined) ?? null,
    undefined,
    {
      orElse: null,
    },
  );

/** "rgb(r, g, b)" as getComputedStyle gives it; Cytoscape's own form has no spaces. */
const rgb = (hex: string, sep = ", ") =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(sep)})`;

/** Relative luminance of "rgb(r, g, b)": below 0.05 is a dark background. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

async function expectTheme(p: Page, theme: Theme) {
  await expect.poll(() => themeOf(p)).toBe(theme);
  const page = luminance(await backgroundOf(p, "html"));
  if (theme === "dark") expect(page).toBeLessThan(0.05);
  else expect(page).toBeGreaterThan(0.8);
  // The canvas is transparent over the graph area: its colour is the one labels are outlined in.
  expect(await backgroundOf(p, ".graph-area")).toBe(rgb(CANVAS_THEME[theme].canvas));
  await expect.poll(() => nodeLabelColour(p)).toBe(rgb(CANVAS_THEME[theme].nodeLabel, ","));
}

/** Selects Vladimir Putin through the search box and waits for his details. */
async function selectPutin(page: Page) {
  await searchFor(page, "Vladimir Putin");
  await expect.poll(() => detailsHeading(page).textContent()).toBe("Vladimir Putin");
}

describe("with the system in dark mode", () => {
  test.override({ appOptions: { viewport: { width: 1280, height: 800 }, colorScheme: "dark" } });

  test("is dark, page and canvas, and the toggle says why", async ({ page }) => {
    await waitForInk(page);
    await expectTheme(page, "dark");
    const toggle = page.getByRole("button", { name: "Theme: system (dark)" });
    expect(await toggle.count()).toBe(1);
    expect(await canvasHasInk(page, ".graph-canvas")).toBeGreaterThan(5_000);
    await page.waitForTimeout(300);
    await screenshot(page, "dark-desktop");
  });

  test("passes axe on the graph with something selected", async ({ page }) => {
    await waitForInk(page);
    await page.getByRole("combobox", { name: "Search" }).fill("Vladimir Putin");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".details-panel h2").textContent()).toBe("Vladimir Putin");
    await page.waitForTimeout(500);
    await screenshot(page, "dark-desktop-selected");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });

  test("passes axe with the article open", async ({ page }) => {
    await waitForInk(page);
    // With Putin selected, as a reader would come to the article.
    await selectPutin(page);
    await page.getByRole("tab", { name: "Article" }).click();
    const reader = page.getByRole("region", { name: "Article" });
    await expect.poll(() => reader.locator("mark").count()).toBeGreaterThan(40);
    await screenshot(page, "dark-article");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await page.getByRole("tab", { name: "Details" }).click();
  });

  test("passes axe in the list view", async ({ page }) => {
    await waitForInk(page);
    await selectPutin(page);
    await viewButton(page, "List").click();
    await expect.poll(() => page.getByRole("table", { name: /^Entities/ }).count()).toBe(1);
    await screenshot(page, "dark-list");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await viewButton(page, "Graph").click();
  });

  // The `app` fixture checks every test's page after it; this one checks a page left alone.
  test("logged no problems", async ({ page, app }) => {
    await waitForInk(page);
    expectNoProblems(app.problems);
  });
});

describe("the theme toggle", () => {
  test.override({ appOptions: { colorScheme: "light" } });

  test("goes from light to dark without a reload, and remembers it", async ({ page, app }) => {
    await waitForInk(page);
    await expectTheme(page, "light");
    // Survives only if the page is not reloaded.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    const toggle = page.getByRole("button", { name: /^Theme: / });
    expect(await toggle.getAttribute("aria-label")).toBe("Theme: system (light)");
    await toggle.click();
    expect(await toggle.getAttribute("aria-label")).toBe("Theme: light");
    await toggle.click();
    expect(await toggle.getAttribute("aria-label")).toBe("Theme: dark");
    await expectTheme(page, "dark");
    expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);
    expect(await canvasHasInk(page, ".graph-canvas")).toBeGreaterThan(5_000);

    // Remembered: a new visit starts dark although the system is light.
    await page.reload();
    await waitForInk(page);
    await expectTheme(page, "dark");
    await toggle.click();
    await expectTheme(page, "light");
    expectNoProblems(app.problems);
  });
});
