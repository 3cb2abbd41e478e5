import type { Browser, Page } from "playwright-core";
import { CONFIG_GLOBAL, PROBE_GLOBAL, type ProbeConfig } from "./page/probeContract.ts";
import { readDrawnReport } from "./page/readReports.ts";
import { VIEWPORT } from "./measure.ts";

/**
 * What the reader does, in order, on the product once a synthetic graph is drawn. The bare
 * page has no filters, search or focus, so these are the product's alone, with no ratio.
 */
export const INTERACTIONS = ["filter", "unfilter", "select", "focus", "unfocus"] as const;
export type Interaction = (typeof INTERACTIONS)[number];

/** The synthetic graph's node that is searched for, selected and focused on. */
const SEARCHED = "Entity 123";

/**
 * A page is frozen while it runs a task this long: the same line the tests draw for a layout
 * (no long task over 200 ms), since the reader's next click or key waits that long.
 */
export const FROZEN_FROM_MS = 200;

/** The interaction is over once no long task has run for this long. */
const QUIET_MS = 1_000;
const SETTLE_TIMEOUT_MS = 120_000;

/** A long task the page ran (PerformanceObserver "longtask"), in ms since navigation start. */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** An input event the page handled (PerformanceObserver "event"), ms since navigation start. */
export interface InputEvent {
  readonly start: number;
  /** From the input to the next paint after its handlers ran (the Event Timing API's). */
  readonly duration: number;
}

export interface InteractionResult {
  readonly interaction: Interaction;
  /**
   * From the input to the next paint that showed its answer (the ticked box, the details):
   * the longest of its input events, as Chrome's Interaction to Next Paint counts. The Event
   * Timing API reports events from EVENTS_FROM_MS, so 0 means quicker than that.
   */
  readonly answeredMs: number;
  /** The longest task in it: how long the page was unable to answer at a stretch. */
  readonly longestTaskMs: number;
  /** All its long tasks together. */
  readonly blockedMs: number;
  /** From the input to the end of its last long task (0 when it ran none). */
  readonly settledMs: number;
}

/** The shortest input event the page is asked to report (the Event Timing API's minimum). */
export const EVENTS_FROM_MS = 16;

/**
 * One interaction's account, from the long tasks and input events that started at or after
 * `startedAt` (the moment of the input).
 */
export function summariseInteraction(
  interaction: Interaction,
  startedAt: number,
  tasks: readonly LongTask[],
  events: readonly InputEvent[],
): InteractionResult {
  const mine = tasks.filter((t) => t.start >= startedAt);
  const ends = mine.map((t) => t.start + t.duration - startedAt);
  return {
    interaction,
    answeredMs: Math.max(0, ...events.filter((e) => e.start >= startedAt).map((e) => e.duration)),
    longestTaskMs: Math.max(0, ...mine.map((t) => t.duration)),
    blockedMs: mine.reduce((sum, t) => sum + t.duration, 0),
    settledMs: Math.max(0, ...ends),
  };
}

const TASKS_GLOBAL = "__quotegraphBenchLongTasks";
const EVENTS_GLOBAL = "__quotegraphBenchInputEvents";

/** Starts recording, in the page, its long tasks and its input events. */
async function watchPage(page: Page): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.evaluate(
    ({ tasksName, eventsName, threshold }) => {
      const specs = [
        { name: tasksName, options: { type: "longtask" } },
        { name: eventsName, options: { type: "event", durationThreshold: threshold } },
      ];
      for (const { name, options } of specs) {
        const entries: { start: number; duration: number }[] = [];
        (globalThis as unknown as Record<string, unknown>)[name] = entries;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            entries.push({ start: e.startTime, duration: e.duration });
          }
        }).observe(options);
      }
    },
    { tasksName: TASKS_GLOBAL, eventsName: EVENTS_GLOBAL, threshold: EVENTS_FROM_MS },
  );
}

const recorded = <T>(page: Page, name: string) =>
  page.evaluate((n) => (globalThis as unknown as Record<string, T[]>)[n] ?? [], name);

/**
 * Waits until the page has run no long task for QUIET_MS since `startedAt`, and no longer says
 * it is updating the graph. A long task's entry reaches the observer a moment after the task
 * ends, so the count is taken again after a pause, and the wait starts over if it grew.
 */
async function settle(page: Page, startedAt: number): Promise<void> {
  for (;;) {
    await page.waitForFunction(
      ({ name, startedAt, quiet }) => {
        const tasks = (globalThis as unknown as Record<string, LongTask[]>)[name] ?? [];
        const lastEnd = Math.max(startedAt, ...tasks.map((t) => t.start + t.duration));
        return performance.now() - lastEnd >= quiet && !document.querySelector(".canvas-updating");
      },
      { name: TASKS_GLOBAL, startedAt, quiet: QUIET_MS },
      { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
    );
    const seen = (await recorded<LongTask>(page, TASKS_GLOBAL)).length;
    await page.waitForTimeout(250);
    if ((await recorded<LongTask>(page, TASKS_GLOBAL)).length === seen) return;
  }
}

/** Does one interaction through the UI, as a reader would, and returns once it is visible. */
async function perform(page: Page, interaction: Interaction): Promise<void> {
  const events = page.getByRole("checkbox", { name: /^Event/ });
  switch (interaction) {
    case "filter":
      return events.uncheck();
    case "unfilter":
      return events.check();
    case "select": {
      const search = page.getByRole("combobox", { name: "Search" });
      await search.fill(SEARCHED);
      await search.press("Enter");
      return page.getByRole("heading", { name: SEARCHED, exact: true }).waitFor();
    }
    case "focus":
      await page.getByRole("button", { name: "1 hop" }).click();
      return page.getByRole("button", { name: "Clear focus" }).waitFor();
    case "unfocus":
      await page.getByRole("button", { name: "Clear focus" }).click();
      return page.getByRole("button", { name: "Clear focus" }).waitFor({ state: "detached" });
  }
}

/**
 * Opens the product on a synthetic graph in a fresh context and, once it is drawn and quiet,
 * does each of INTERACTIONS through the UI, waiting for the page to settle after each, and
 * reports the long tasks each caused.
 */
export async function measureInteractions(
  browser: Browser,
  url: string,
  expectedNodes: number,
  probeScript: string,
): Promise<InteractionResult[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const config: ProbeConfig = { expectedNodes };
    await context.addInitScript({
      content: `globalThis.${CONFIG_GLOBAL} = ${JSON.stringify(config)};\n${probeScript}`,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const checkErrors = () => {
      if (errors.length > 0) {
        throw new Error(`interactions at ${expectedNodes} nodes: ${errors.join("; ")}`);
      }
    };
    await page.goto(url, { waitUntil: "commit", timeout: 0 });
    readDrawnReport(await page.evaluate(`window.${PROBE_GLOBAL}.drawn`));
    await watchPage(page);
    await settle(page, await page.evaluate(() => performance.now()));
    const legend = page.locator(".legend summary");
    if (!(await page.getByRole("checkbox", { name: /^Event/ }).isVisible())) await legend.click();

    const results: InteractionResult[] = [];
    for (const interaction of INTERACTIONS) {
      const startedAt = await page.evaluate(() => performance.now());
      await perform(page, interaction);
      await settle(page, startedAt);
      results.push(
        summariseInteraction(
          interaction,
          startedAt,
          await recorded<LongTask>(page, TASKS_GLOBAL),
          await recorded<InputEvent>(page, EVENTS_GLOBAL),
        ),
      );
      checkErrors();
    }
    return results;
  } finally {
    await context.close();
  }
}
