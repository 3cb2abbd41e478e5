// A large graph in the built app in Chromium: one without positions is laid out in a worker
// while the page stays responsive (no long task over 200 ms while the layout runs), the
// layout can be cancelled, and a large graph is drawn in the light level of detail.
import type { Page } from "playwright-core";
import { syntheticGraph } from "../../bench/syntheticGraph.ts";
import { onCanvas } from "./support/canvas.ts";
import { describe, expect, test, waitForGraph } from "./support/fixtures.ts";
import { openThroughPicker } from "./support/files.ts";
import { elementPoint, idsMatching } from "./support/graphProbe.ts";
import { expectNoProblems, openApp, screenshot, type OpenedApp } from "./support/page.ts";
import { openTab } from "./support/ui.ts";

const UNPLACED = syntheticGraph(5000, false);
const UNPLACED_FILE = { name: "unplaced-5000.json", buffer: Buffer.from(JSON.stringify(UNPLACED)) };

/**
 * Starts watching, in the page, for long tasks and for the layout's progress bar: when it
 * appears and when it goes. Read the record with `layoutRecord`.
 */
async function watchLayout(p: Page) {
  await p.evaluate(() => {
    const record = {
      longTasks: [] as { start: number; duration: number }[],
      shown: null as number | null,
      gone: null as number | null,
    };
    (window as unknown as { layoutRecord: typeof record }).layoutRecord = record;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        record.longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: "longtask" });
    new MutationObserver(() => {
      const bar = document.querySelector('progress[aria-label="Layout under way"]');
      if (bar && record.shown === null) record.shown = performance.now();
      if (!bar && record.shown !== null && record.gone === null) record.gone = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

type LayoutRecord = {
  longTasks: { start: number; duration: number }[];
  shown: number | null;
  gone: number | null;
};
const layoutRecord = (p: Page) =>
  p.evaluate(() => (window as unknown as { layoutRecord: LayoutRecord }).layoutRecord);

/**
 * Draws one edge's arrowheads through the page's renderer at `zoom`, on a canvas of its own,
 * and returns how many fills and strokes that took. `hideTinyArrowheads` must show as none
 * when zoomed out on a large graph.
 */
function arrowheadStrokesAt(p: Page, zoom: number): Promise<{ strokes: number; wrapped: boolean }> {
  return onCanvas(
    p,
    (cy, zoom) => {
      const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      const edge = cy
        .edges()
        .filter((e) => e.style("target-arrow-shape") !== "none")
        .first();
      const context = document.createElement("canvas").getContext("2d")!;
      let strokes = 0;
      for (const name of ["fill", "stroke"] as const) {
        const real = context[name].bind(context) as (...a: unknown[]) => void;
        (context as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => {
          strokes += 1;
          real(...a);
        };
      }
      // As Cytoscape draws the graph at this zoom.
      context.setTransform(zoom, 0, 0, zoom, 0, 0);
      (renderer["drawArrowheads"] as (...a: unknown[]) => void).call(renderer, context, edge, 1);
      return { strokes, wrapped: Object.hasOwn(renderer, "drawArrowheads") };
    },
    zoom,
  );
}

/** Waits for the 5,000 nodes' layout to end: the graph's title replaces the article's. */
async function laidOut(p: Page) {
  await expect.poll(() => p.locator("h1").textContent(), { timeout: 60_000 }).toBe(UNPLACED.title);
}

/**
 * One page, shared by the tests below, where the 5,000-node graph is being laid out: laying it
 * out takes tens of seconds on a loaded 2-core machine, too long to repeat for every test.
 * `largeGraph` (file-scoped) opens the article graph, starts watching (`watchLayout`), opens the
 * unplaced graph and returns as soon as the layout is under way. The first test that asks for it
 * makes it, so any one of them still runs alone with -t; each waits for the layout itself
 * (`laidOut`), and leaves the graph as it found it (filters back on, focus cleared).
 * `large` is that page for one test, which fails if the page had a problem during it.
 */
interface SharedApp extends OpenedApp {
  /** How many of `problems` a test has already been failed for. */
  checked: number;
}

const onLargeGraph = test
  .extend("largeGraph", { scope: "file" }, async ({ browser, baseUrl }, { onCleanup }) => {
    const app: SharedApp = { ...(await openApp(browser, baseUrl)), checked: 0 };
    onCleanup(async () => {
      const rest = app.problems.slice(app.checked);
      await app.close();
      expectNoProblems(rest);
    });
    await waitForGraph(app.page);
    await watchLayout(app.page);
    await openThroughPicker(app.page, UNPLACED_FILE);
    await app.page.locator('progress[aria-label="Layout under way"]').waitFor();
    return app;
  })
  .extend("large", ({ largeGraph }, { onCleanup }) => {
    onCleanup(() => {
      const fresh = largeGraph.problems.slice(largeGraph.checked);
      largeGraph.checked = largeGraph.problems.length;
      expectNoProblems(fresh);
    });
    return largeGraph.page;
  });

describe("arrowheads", () => {
  test("are all drawn on the article graph, at any zoom", async ({ page }) => {
    const drawn = await arrowheadStrokesAt(page, 0.05);
    expect(drawn.wrapped).toBe(false);
    expect(drawn.strokes).toBeGreaterThan(0);
  });
});

describe("a graph of 5,000 nodes without positions", () => {
  test("can be cancelled while it is laid out, leaving the graph on screen as it was", async ({
    page,
  }) => {
    const title = await page.locator("h1").textContent();
    await openThroughPicker(page, UNPLACED_FILE);
    const cancel = page.getByRole("button", { name: "Cancel" });
    await cancel.waitFor();
    expect(await page.locator(".opening-status").textContent()).toContain(
      "Laying out 5,000 nodes of unplaced-5000.json",
    );
    await cancel.click();
    await expect.poll(() => page.locator(".opening-status progress").count()).toBe(0);
    expect(await page.locator("h1").textContent()).toBe(title);
    expect(await page.getByRole("alert").filter({ hasText: "was not opened" }).count()).toBe(0);
  });
});

// One page for these tests, in this order (see `largeGraph` above); each can also run alone.
describe.sequential(
  "a graph of 5,000 nodes without positions, on one page",
  { timeout: 120_000 },
  () => {
    onLargeGraph(
      "is laid out in a worker: no long task over 200 ms while the layout runs",
      async ({ large: page }) => {
        // `largeGraph` opened the file with the watch on; the layout is under way.
        await screenshot(page, "large-laying-out");
        // The page answers while the layout runs: the search box still searches the old graph.
        await page.getByRole("combobox", { name: "Search" }).fill("Putin");
        await expect.poll(() => page.getByRole("option").count()).toBeGreaterThan(0);
        await page.getByRole("combobox", { name: "Search" }).fill("");

        await expect
          .poll(() => page.locator("h1").textContent(), { timeout: 60_000 })
          .toBe(UNPLACED.title);
        const record = await layoutRecord(page);
        expect(record.shown).not.toBeNull();
        expect(record.gone).not.toBeNull();
        // The task that drew the bar ends where `shown` is read (a MutationObserver runs at the
        // end of its task), so it is the opening's work, not the layout's: count from the tasks
        // that begin once the bar is on screen. Opening is issue 14's measure, not this one.
        const during = record.longTasks.filter(
          (t) => t.start >= record.shown! && t.start < record.gone!,
        );
        expect(during.filter((t) => t.duration > 200)).toEqual([]);
        // It took long enough to matter: this is not a layout that finished before it was watched.
        expect(record.gone! - record.shown!).toBeGreaterThan(300);
      },
    );

    onLargeGraph(
      "is drawn, whole and spread out, in the light level of detail",
      async ({ large: page }) => {
        await laidOut(page);
        await waitForGraph(page);
        await expect.poll(async () => (await idsMatching(page, "node")).length).toBe(5000);
        const spread = await onCanvas(
          page,
          (cy) => {
            const bb = cy.nodes().boundingBox();
            return {
              width: bb.w,
              height: bb.h,
              curve: cy.edges().first().style("curve-style") as string,
            };
          },
          undefined,
        );
        // fcose's draft alone would pile 5,000 nodes into ~1,000 units square; spread, each has room.
        expect(spread.width * spread.height).toBeGreaterThan(5000 * 95 * 58);
        expect(spread.curve).toBe("straight");
        await screenshot(page, "large-laid-out");
      },
    );

    onLargeGraph(
      "draws arrowheads only once they are large enough to see",
      async ({ large: page }) => {
        await laidOut(page);
        // Cytoscape's drawArrowheads is internal: if an upgrade renames it, this says so.
        expect(await arrowheadStrokesAt(page, 0.05)).toEqual({ strokes: 0, wrapped: true });
        expect((await arrowheadStrokesAt(page, 1)).strokes).toBeGreaterThan(0);
      },
    );

    onLargeGraph(
      "answers a filter at once, says it is updating, then hides what was filtered",
      async ({ large: page }) => {
        await laidOut(page);
        // Watched in the page: what the canvas held when the status appeared and when it went.
        await onCanvas(
          page,
          (cy) => {
            const record: { shownWith?: number; goneWith?: number } = {};
            (window as unknown as { updating: typeof record }).updating = record;
            new MutationObserver(() => {
              const status = document.querySelector(".canvas-updating");
              if (status && record.shownWith === undefined) {
                record.shownWith = cy.$(".is-hidden").length;
              }
              if (!status && record.shownWith !== undefined && record.goneWith === undefined) {
                record.goneWith = cy.$(".is-hidden").length;
              }
            }).observe(document.body, { childList: true, subtree: true });
          },
          undefined,
        );
        const events = page.getByRole("checkbox", { name: /^Event/ });
        await events.uncheck();
        const record = () =>
          page.evaluate(
            () =>
              (window as unknown as { updating: { shownWith?: number; goneWith?: number } })
                .updating,
          );
        await expect.poll(async () => (await record()).goneWith, { timeout: 30_000 }).toBeDefined();
        const { shownWith, goneWith } = await record();
        // The status came with the unticked box, before the canvas changed; it went once the
        // canvas had hidden the 1,000 events and their relations.
        expect(shownWith).toBe(0);
        expect(goneWith).toBe((await idsMatching(page, ".is-hidden")).length);
        expect(goneWith).toBeGreaterThan(1000);
        expect(await page.getByRole("status").filter({ hasText: "Updating" }).count()).toBe(0);
        await events.check();
        await expect.poll(async () => (await idsMatching(page, ".is-hidden")).length).toBe(0);
      },
    );

    onLargeGraph(
      "shows a focus above a veil, restyling nothing, and clicks go through to the graph",
      async ({ large: page }) => {
        await laidOut(page);
        const search = page.getByRole("combobox", { name: "Search" });
        await search.fill("Entity 2");
        await search.press("Enter");
        await page.getByRole("heading", { name: "Entity 2", exact: true }).waitFor();
        await page.getByRole("button", { name: "1 hop" }).click();
        const layer = page.locator(".canvas-highlight");
        await expect.poll(() => layer.isVisible()).toBe(true);

        // The graph and its highlight layer, read at one moment.
        const drawn = () =>
          onCanvas(
            page,
            (main, _arg, layerOf) => {
              const top = layerOf("highlight");
              const hood = main.getElementById("n2").closedNeighborhood();
              return {
                layerNodes: top
                  ? top
                      .nodes()
                      .map((n) => n.id())
                      .sort()
                  : [],
                hoodNodes: hood
                  .nodes()
                  .map((n) => n.id())
                  .sort(),
                layerHasHoodEdges: hood
                  .edges()
                  .map((e) => e.id())
                  .every((id) => top?.getElementById(id).nonempty() === true),
                faded: main.$(".is-faded").length,
                samePlaces: (top
                  ? top.nodes().map((n) => [n.id(), n.renderedPosition()] as const)
                  : []
                )
                  .map(([id, here]) => {
                    const there = main.getElementById(id).renderedPosition();
                    return Math.hypot(here.x - there.x, here.y - there.y);
                  })
                  .every((distance) => distance < 0.5),
                samePan: JSON.stringify(top?.pan()) === JSON.stringify(main.pan()),
                sameZoom: top?.zoom() === main.zoom(),
              };
            },
            undefined,
          );
        await expect.poll(async () => (await drawn()).layerNodes.length).toBeGreaterThan(1);
        const focused = await drawn();
        expect(focused.layerNodes).toEqual(focused.hoodNodes);
        expect(focused.layerHasHoodEdges).toBe(true);
        expect(focused.faded).toBe(0);
        expect(focused.samePan && focused.sameZoom && focused.samePlaces).toBe(true);
        await screenshot(page, "large-focus");

        // The layer follows the graph's pan, and takes no clicks: they select on the graph.
        await page.mouse.move(300, 400);
        await page.mouse.down();
        await page.mouse.move(360, 430, { steps: 4 });
        await page.mouse.up();
        await expect.poll(async () => (await drawn()).samePan).toBe(true);
        expect((await drawn()).samePlaces).toBe(true);
        // A neighbour with no other node under it (the draft layout leaves some piled up), seen
        // close up.
        const neighbour = await onCanvas(
          page,
          (main, candidates) => {
            const clear = candidates.find((id) => {
              const p = main.getElementById(id).position();
              return main
                .nodes()
                .map((n) => [n.id(), n.position()] as const)
                .every(([other, q]) => other === id || Math.hypot(q.x - p.x, q.y - p.y) > 40);
            });
            if (clear === undefined) throw new Error("every neighbour has another node under it");
            main.zoom({ level: 2, position: main.getElementById(clear).position() });
            return clear;
          },
          focused.layerNodes.filter((id) => id !== "n2"),
        );
        await expect.poll(async () => (await drawn()).sameZoom).toBe(true);
        const at = await elementPoint(page, neighbour);
        await page.mouse.click(at.x, at.y);
        await expect
          .poll(() => page.locator(".details-panel h2").first().textContent())
          .toBe(`Entity ${neighbour.slice(1)}`);

        await page.getByRole("button", { name: "Clear focus" }).click();
        await expect.poll(() => layer.isHidden()).toBe(true);
      },
    );

    onLargeGraph(
      "finds the sides in a worker: the page answers while they are found, then lists them",
      async ({ large: page }) => {
        await laidOut(page);
        await waitForGraph(page); // the graph's own first draw is not the Sides tab's work
        await page.waitForTimeout(1000);
        await page.evaluate(() => {
          const w = window as unknown as { sidesTasks: number[] };
          w.sidesTasks = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.sidesTasks.push(e.duration);
          }).observe({ type: "longtask" });
        });
        await openTab(page, "Sides");
        const panel = page.getByRole("region", { name: "Sides" });
        await panel.waitFor();
        await expect
          .poll(() => panel.getByRole("status").first().textContent(), { timeout: 60_000 })
          .toMatch(/sides? from [\d,]+ relations?/);
        // A large graph's sides are many: the first are drawn, the rest on request.
        expect(await panel.locator("section.side").count()).toBeLessThanOrEqual(50);
        expect(await panel.getByRole("button", { name: /^Show all [\d,]+ sides/ }).count()).toBe(1);
        // The finding was the worker's (seconds at this size, in the bench); the page only drew the
        // first sides, in well under half a second (160 ms here; 3.7 s before each quote stopped
        // counting the whole source text's length again).
        const tasks = await page.evaluate(
          () => (window as unknown as { sidesTasks: number[] }).sidesTasks,
        );
        expect(tasks.filter((d) => d > 500)).toEqual([]);
        await openTab(page, "Details");
      },
    );

    // `large` fails each test for the problems during it; this one reads them all, from the start.
    onLargeGraph(
      "had no console errors or requests off the page's origin",
      async ({ large: page, largeGraph }) => {
        await laidOut(page);
        expectNoProblems(largeGraph.problems);
      },
    );
  },
);
