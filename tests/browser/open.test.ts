// Opening graphs in the built app in Chromium: the file picker, drag-and-drop and ?graph=<URL>;
// a refused file leaves the graph on screen exactly as it was; the page's own
// Content-Security-Policy holds throughout.
import type { Page } from "playwright-core";
import { describe, expect, test, waitForGraph } from "./support/fixtures.ts";
import { dropFile, dropFiles, openThroughPicker } from "./support/files.ts";
import {
  allInView,
  hiddenIds,
  idsMatching,
  modelPositions,
  selectedIds,
} from "./support/graphProbe.ts";
import { expectNoProblems, runAxe, screenshot, seriousViolations } from "./support/page.ts";

/** A small Cytoscape.js graph, as Cytoscape desktop exports it (.cyjs), with positions. */
const CYJS = {
  format_version: "1.0",
  generated_by: "cytoscape-3.10.2",
  data: { name: "Trade partners", SUID: 52 },
  elements: {
    nodes: [
      {
        data: { id: "1", name: "Brazil", type: "country", SUID: 1, gdp: 2.17 },
        position: { x: 0, y: 0 },
      },
      {
        data: { id: "2", name: "Mercosur", type: "organization", SUID: 2 },
        position: { x: 200, y: 40 },
      },
      { data: { id: "3", name: "Port of Santos", SUID: 3 }, position: { x: 90, y: 180 } },
    ],
    edges: [
      { data: { id: "4", source: "1", target: "2", interaction: "member of", SUID: 4 } },
      { data: { id: "5", source: "3", target: "1", interaction: "located in", SUID: 5 } },
    ],
  },
};

/** What a reader would notice if the graph on screen changed. */
async function snapshot(page: Page) {
  return {
    title: await page.locator("h1").textContent(),
    ids: await idsMatching(page, "*"),
    selected: await selectedIds(page),
    hidden: await hiddenIds(page),
    positions: await modelPositions(page),
    url: page.url(),
    details: await page.locator(".details-panel").innerText(),
  };
}

describe("opening a graph file", () => {
  // The article graph with NATO selected and the events hidden: a state a refused file must keep.
  test.override({ appOptions: { path: "/?node=nato&hide=type:event" } });

  test("has a Content-Security-Policy without inline script or eval", async ({ page }) => {
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  test("refuses a bad file with an alert listing what is wrong, and keeps the graph as it was", async ({
    page,
  }) => {
    await expect.poll(() => selectedIds(page)).toEqual(["nato"]);
    const before = await snapshot(page);
    await openThroughPicker(page, {
      name: "broken.json",
      buffer: Buffer.from('{"schemaVersion": 1, "id": "x", "nodes": [', "utf8"),
    });
    const alert = page.getByRole("alert").filter({ hasText: "was not opened" });
    await expect.poll(() => alert.textContent()).toContain("“broken.json” was not opened");
    expect(await alert.textContent()).toMatch(/cut off|ends too early/i);
    expect(await alert.textContent()).toContain("The graph on screen is unchanged.");
    // The alert takes room from the graph: the canvas follows its container (Cytoscape resizes
    // on a 100 ms debounce) and is never drawn over the legend below it.
    const bottomOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().bottom);
    const topOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
    await expect
      .poll(async () => (await bottomOf(".graph-canvas canvas")) <= (await topOf(".legend")) + 1)
      .toBe(true);
    await screenshot(page, "open-refused");
    expect(await snapshot(page)).toEqual(before);
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect.poll(() => alert.count()).toBe(0);
    // Focus goes back to where opening starts, not to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Open graph");
  });

  test("opens one dropped file at a time, and says so when several are dropped", async ({
    page,
  }) => {
    const before = await snapshot(page);
    await dropFiles(page, [
      { name: "a.json", text: "{}" },
      { name: "b.json", text: "{}" },
    ]);
    const alert = page.getByRole("alert").filter({ hasText: "Only one graph opens at a time" });
    await expect.poll(() => alert.textContent()).toContain("2 files were dropped");
    expect(await snapshot(page)).toEqual(before);
    await alert.getByRole("button", { name: "Dismiss" }).click();
  });

  test("lists every problem of a file that parses but fails its checks", async ({ page }) => {
    const before = await snapshot(page);
    const doc = {
      schemaVersion: 1,
      id: "bad",
      title: "Bad",
      sources: [{ id: "s", title: "S", text: "Alpha met Beta." }],
      nodes: [
        {
          id: "a",
          type: "person",
          label: "Alpha",
          evidence: [
            { source: "s", exact: "Gamma", prefix: "", suffix: " met Beta.", start: 0, end: 5 },
          ],
        },
      ],
      edges: [
        {
          id: "e",
          source: "a",
          target: "zzz",
          relation: "met",
          label: "met",
          directed: true,
          evidence: [
            { source: "s", exact: "met", prefix: "Alpha ", suffix: " Beta.", start: 6, end: 9 },
          ],
        },
      ],
    };
    await openThroughPicker(page, { name: "bad.json", buffer: Buffer.from(JSON.stringify(doc)) });
    const alert = page.getByRole("alert").filter({ hasText: "was not opened" });
    await expect.poll(() => alert.textContent()).toContain("“bad.json” was not opened");
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain('edges[0].target: "zzz" is not a node id');
    expect(text).toContain("nodes[0].evidence[0]");
    expect(await snapshot(page)).toEqual(before);
    // The refused quote is never shown as the article's words.
    expect(await page.locator("blockquote", { hasText: "Gamma" }).count()).toBe(0);
    await alert.getByRole("button", { name: "Dismiss" }).click();
  });

  test("opens Cytoscape.js JSON from the picker, says it has no quotes and shows its fields", async ({
    page,
  }) => {
    await openThroughPicker(page, {
      name: "trade.cyjs",
      buffer: Buffer.from(JSON.stringify(CYJS)),
    });
    await expect.poll(() => page.locator("h1").textContent()).toBe("Trade partners");
    await waitForGraph(page);
    await expect.poll(() => idsMatching(page, "node")).toEqual(["1", "2", "3"]);
    expect(await idsMatching(page, "edge")).toEqual(["4", "5"]);
    // Framed afresh: the article graph's pan and zoom mean nothing for this one.
    await expect.poll(() => allInView(page, "node")).toBe(true);
    expect(await modelPositions(page)).toMatchObject({
      "1": { x: 0, y: 0 },
      "2": { x: 200, y: 40 },
    });
    expect(await page.locator(".graph-notes").textContent()).toMatch(/no quotes/i);
    // The shared link no longer names the article graph or its selection.
    expect(new URL(page.url()).searchParams.get("graph")).toBeNull();
    expect(new URL(page.url()).searchParams.get("node")).toBeNull();

    await page.getByRole("combobox", { name: /search/i }).fill("Brazil");
    await page.keyboard.press("Enter");
    const details = page.locator(".details-panel");
    await expect.poll(() => details.locator("h2").textContent()).toBe("Brazil");
    expect(await details.textContent()).toContain("No quotes.");
    expect(await details.locator(".attributes").textContent()).toContain("gdp2.17");
    expect(await details.locator(".details-kind").textContent()).toContain("Country");
    await screenshot(page, "open-cyjs");
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });

  test("opens a file dropped on the window", async ({ page }) => {
    const dropped = { ...CYJS, data: { name: "Dropped partners" } };
    await dropFile(page, { name: "dropped.json", text: JSON.stringify(dropped) });
    await expect.poll(() => page.locator("h1").textContent()).toBe("Dropped partners");
    await expect.poll(() => idsMatching(page, "node")).toEqual(["1", "2", "3"]);
  });

  test("lays out a graph that comes without positions", async ({ page }) => {
    const unplaced = {
      elements: [
        { data: { id: "a", label: "A" } },
        { data: { id: "b", label: "B" } },
        { data: { id: "c", label: "C" } },
        { data: { id: "ab", source: "a", target: "b" } },
        { data: { id: "bc", source: "b", target: "c" } },
      ],
    };
    await openThroughPicker(page, {
      name: "unplaced.json",
      buffer: Buffer.from(JSON.stringify(unplaced)),
    });
    await expect.poll(() => idsMatching(page, "node")).toEqual(["a", "b", "c"]);
    const positions = Object.values(await modelPositions(page));
    const distinct = new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(3);
    await expect.poll(() => allInView(page, "node")).toBe(true);
  });

  // The `app` fixture checks every test's page after it; this one checks a page left alone.
  test("had no console errors, CSP violations or requests off the page's origin", ({ app }) => {
    expectNoProblems(app.problems);
  });
});

describe("?graph=<URL>", () => {
  test("opens a graph from an address on the same site", async ({ open }) => {
    const app = await open({
      path: "/?graph=graphs/venezuela-russia-arms-talks.json",
      waitForGraph: false,
    });
    await waitForGraph(app.page);
    await expect.poll(() => app.page.locator("h1").textContent()).toMatch(/Venezuela/);
    expect(new URL(app.page.url()).searchParams.get("graph")).toBe(
      "graphs/venezuela-russia-arms-talks.json",
    );
    expectNoProblems(app.problems);
  });

  test("refuses an address that is not http(s), saying so", async ({ open }) => {
    const app = await open({ path: "/?graph=ftp://example.org/g.json", waitForGraph: false });
    const alert = app.page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("only http and https");
    // With no graph to keep, the picker is still there to open one.
    await app.page.getByRole("button", { name: "Open graph" }).waitFor();
    expectNoProblems(app.problems);
  });

  // The only problems are the blocked request itself and Chromium's report of it.
  const BLOCKED = /127\.0\.0\.2|Content Security Policy|Failed to fetch/;

  test("refuses another site over plain http, which the policy would block, and says why", async ({
    open,
  }) => {
    const app = await open({
      path: "/?graph=http://127.0.0.2:9/graph.json",
      waitForGraph: false,
      expectedProblems: BLOCKED,
    });
    const alert = app.page.getByRole("alert");
    await expect
      .poll(() => alert.textContent())
      .toContain("graphs from other sites open over https only");
    const unexpected = app.problems.filter((p) => !BLOCKED.test(p.text));
    expectNoProblems(unexpected);
  });
});
