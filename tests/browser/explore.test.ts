// Filters (the legend doubles as the filter) and neighbourhood focus, in Chromium.
import { describe, expect, test } from "./support/fixtures.ts";
import {
  elementPoint,
  hiddenIds,
  idsMatching,
  modelPositions,
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

test.override({ appOptions: { viewport: { width: 1280, height: 900 } } });

describe("filters", () => {
  test("each legend entry shows its count", async ({ page, doc }) => {
    const persons = doc.nodes.filter((n) => n.type === "person").length;
    await expect
      .poll(() => page.getByRole("checkbox", { name: `Person ${persons}` }).count())
      .toBe(1);
    const hedged = doc.edges.filter((e) => e.claim?.hedged).length;
    expect(await page.getByRole("checkbox", { name: `Claimed, hedged ${hedged}` }).count()).toBe(1);
  });

  test("unchecking a type hides its nodes and their relations, and nothing moves", async ({
    page,
    doc,
  }) => {
    const before = await modelPositions(page);
    await page.getByRole("checkbox", { name: /^Person \d+( of \d+)?$/ }).uncheck();
    const persons = doc.nodes.filter((n) => n.type === "person").map((n) => n.id);
    const touching = doc.edges
      .filter((e) => persons.includes(e.source) || persons.includes(e.target))
      .map((e) => e.id);
    await expect
      .poll(async () => (await hiddenIds(page)).sort())
      .toEqual([...persons, ...touching].sort());
    expect(await modelPositions(page)).toEqual(before);
    // The legend and the canvas's text alternative say what is left on screen.
    expect(
      await page.getByRole("checkbox", { name: `Person 0 of ${persons.length}` }).count(),
    ).toBe(1);
    const shownNodes = doc.nodes.length - persons.length;
    const shownEdges = doc.edges.length - touching.length;
    expect(await page.locator(".graph-canvas").getAttribute("aria-label")).toContain(
      `Graph showing ${shownNodes} of ${doc.nodes.length} entities and ${shownEdges} of ${doc.edges.length} relations`,
    );
    await screenshot(page, "filter-no-persons");
  });

  test("searching an entity the filters hide says so, and shows it on request", async ({
    page,
  }) => {
    await page.getByRole("checkbox", { name: /^Person \d+( of \d+)?$/ }).uncheck();
    await page.getByRole("combobox", { name: "Search" }).fill("Putin");
    await page.keyboard.press("Enter");
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect
      .poll(() => panel.locator(".hidden-notice").textContent())
      .toContain("Vladimir Putin is hidden by the filters");
    await panel.getByRole("button", { name: "Show person entities" }).click();
    await expect.poll(() => panel.locator(".hidden-notice").count()).toBe(0);
    await expect.poll(async () => (await hiddenIds(page)).includes("vladimir-putin")).toBe(false);
    // Chosen again once shown: the canvas centres on it.
    await expect
      .poll(async () => {
        const p = await elementPoint(page, "vladimir-putin");
        const box = (await page.locator(".graph-canvas").boundingBox())!;
        return Math.hypot(p.x - (box.x + box.width / 2), p.y - (box.y + box.height / 2)) < 60;
      })
      .toBe(true);
  });

  test("claims can be hidden to leave only reported facts; 'Show everything' restores", async ({
    page,
    doc,
  }) => {
    // Persons are hidden already, so 'Show everything' has more than the claims to restore.
    await page.getByRole("checkbox", { name: /^Person \d+( of \d+)?$/ }).uncheck();
    await page.getByRole("checkbox", { name: /^Claimed by a speaker \d+( of \d+)?$/ }).uncheck();
    await page.getByRole("checkbox", { name: /^Claimed, hedged \d+( of \d+)?$/ }).uncheck();
    const claims = doc.edges.filter((e) => e.claim).map((e) => e.id);
    const hidden = await hiddenIds(page);
    for (const id of claims) expect(hidden).toContain(id);
    await page.getByRole("button", { name: "Show everything" }).click();
    await expect.poll(() => hiddenIds(page)).toEqual([]);
  });
});

describe("neighbourhood focus", () => {
  test("fades all but the 1-hop neighbourhood, and one action clears it", async ({ page, doc }) => {
    await page.getByRole("combobox", { name: "Search" }).fill("Vladimir Putin");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "1 hop" }).click();
    const neighbours = new Set(["vladimir-putin"]);
    for (const e of doc.edges) {
      if (e.source === "vladimir-putin") neighbours.add(e.target);
      if (e.target === "vladimir-putin") neighbours.add(e.source);
    }
    const faded = await idsMatching(page, "node.is-faded");
    expect(faded.sort()).toEqual(
      doc.nodes
        .map((n) => n.id)
        .filter((id) => !neighbours.has(id))
        .sort(),
    );
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Focused on" }).textContent())
      .toContain("Vladimir Putin, 1 hop");
    expect(await canvasHasInk(page, ".graph-canvas")).toBeGreaterThan(1000);
    await page.waitForTimeout(400);
    await screenshot(page, "focus-putin-1-hop");

    await page.getByRole("button", { name: "2 hops" }).click();
    await expect
      .poll(async () => (await idsMatching(page, "node.is-faded")).length)
      .toBeLessThan(faded.length);

    await page.getByRole("button", { name: "Clear focus" }).click();
    await expect.poll(() => idsMatching(page, ".is-faded")).toEqual([]);
    expect(await selectedIds(page)).toEqual(["vladimir-putin"]);
  });

  test("passes axe and logged no problems", async ({ page, app }) => {
    // Scanned as the focus test leaves it: Putin selected, his focus cleared.
    await searchFor(page, "Vladimir Putin");
    await expect.poll(() => detailsHeading(page).textContent()).toBe("Vladimir Putin");
    await page.getByRole("button", { name: "1 hop" }).click();
    await page.getByRole("button", { name: "Clear focus" }).click();
    await expect.poll(async () => (await idsMatching(page, ".is-faded")).length).toBe(0);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    expectNoProblems(app.problems);
  });
});
