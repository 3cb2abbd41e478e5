// The list view in Chromium: every node and relation in tables, in sync with the canvas.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDocument } from "../../src/domain/schema.ts";
import { openArticle } from "./support/articleApp.ts";
import { launchChromium } from "./support/chromium.ts";
import { elementPoint, selectedIds } from "./support/graphProbe.ts";
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

beforeAll(async () => {
  browser = await launchChromium();
  app = await openArticle(browser, { viewport: { width: 1280, height: 900 } });
  page = app.page;
  doc = app.doc;
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const view = (name: string) =>
  page.getByRole("group", { name: "Show the graph as" }).getByRole("button", { name });

describe("list view", () => {
  it("lists every entity and every relation", async () => {
    await view("List").click();
    const entities = page.getByRole("table", { name: /^Entities/ });
    const relations = page.getByRole("table", { name: /^Relations/ });
    await expect.poll(() => entities.locator("tbody tr").count()).toBe(doc.nodes.length);
    expect(await relations.locator("tbody tr").count()).toBe(doc.edges.length);
    await screenshot(page, "list-view");
  });

  it("a row's button selects it on the canvas too", async () => {
    const entities = page.getByRole("table", { name: /^Entities/ });
    await entities.getByRole("button", { name: "NATO", exact: true }).click();
    await expect.poll(() => selectedIds(page)).toEqual(["nato"]);
    expect(await page.locator(".details-panel h2").textContent()).toBe("NATO");
  });

  it("a selection on the canvas marks its row", async () => {
    await view("Graph").click();
    const at = await elementPoint(page, "russia");
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => selectedIds(page)).toEqual(["russia"]);
    await view("List").click();
    const row = page.getByRole("table", { name: /^Entities/ }).locator("tr[aria-selected=true]");
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByRole("button").textContent()).toBe("Russia");
  });

  it("shows only what the filters leave, and says how many", async () => {
    await page.getByRole("checkbox", { name: /^Person \d+$/ }).uncheck();
    const persons = doc.nodes.filter((n) => n.type === "person").length;
    const caption = page.getByRole("table", { name: /^Entities/ }).locator("caption");
    await expect
      .poll(() => caption.textContent())
      .toContain(`${doc.nodes.length - persons} of ${doc.nodes.length}`);
    await page.getByRole("button", { name: "Show everything" }).click();
  });

  it("passes axe with the list open, and logged no problems", async () => {
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await view("Graph").click();
    expectNoProblems(app.problems);
  });
});
