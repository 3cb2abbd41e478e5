// The list view in Chromium: every node and relation in tables, in sync with the canvas.
import { describe, expect, test } from "./support/fixtures.ts";
import { elementPoint, selectedIds } from "./support/graphProbe.ts";
import { expectNoProblems, runAxe, screenshot, seriousViolations } from "./support/page.ts";
import { detailsHeading, showAs } from "./support/ui.ts";

describe("list view", () => {
  test.override({ appOptions: { viewport: { width: 1280, height: 900 } } });

  test("lists every entity and every relation", async ({ page, doc }) => {
    await showAs(page, "List");
    const entities = page.getByRole("table", { name: /^Entities/ });
    const relations = page.getByRole("table", { name: /^Relations/ });
    await expect.poll(() => entities.locator("tbody tr").count()).toBe(doc.nodes.length);
    expect(await relations.locator("tbody tr").count()).toBe(doc.edges.length);
    await screenshot(page, "list-view");
  });

  test("a row's button selects it on the canvas too", async ({ page }) => {
    await showAs(page, "List");
    const entities = page.getByRole("table", { name: /^Entities/ });
    await entities.getByRole("button", { name: "NATO", exact: true }).click();
    await expect.poll(() => selectedIds(page)).toEqual(["nato"]);
    expect(await detailsHeading(page).textContent()).toBe("NATO");
  });

  test("a selection on the canvas marks its row", async ({ page }) => {
    await showAs(page, "Graph");
    const at = await elementPoint(page, "russia");
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => selectedIds(page)).toEqual(["russia"]);
    await showAs(page, "List");
    const row = page.getByRole("table", { name: /^Entities/ }).locator("tr[aria-selected=true]");
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByRole("button").textContent()).toBe("Russia");
  });

  test("shows only what the filters leave, and says how many", async ({ page, doc }) => {
    await showAs(page, "List");
    await page.getByRole("checkbox", { name: /^Person \d+( of \d+)?$/ }).uncheck();
    const persons = doc.nodes.filter((n) => n.type === "person").length;
    const caption = page.getByRole("table", { name: /^Entities/ }).locator("caption");
    await expect
      .poll(() => caption.textContent())
      .toContain(`${doc.nodes.length - persons} of ${doc.nodes.length}`);
    await page.getByRole("button", { name: "Show everything" }).click();
  });

  // The page's problems are checked after every test, by the `app` fixture.
  test("passes axe with the list open, and logged no problems", async ({ page, app }) => {
    await showAs(page, "List");
    await page.getByRole("table", { name: /^Entities/ }).waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await showAs(page, "Graph");
    expectNoProblems(app.problems);
  });
});
