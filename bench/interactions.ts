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

export interface InteractionResult {
  readonly interaction: Interaction;
  /** The longest task in it: how long the page was unable to answer at a stretch. */
  readonly longestTaskMs: number;
  /** All its long tasks together. */
  readonly blockedMs: number;
  /** From the input to the end of its last long task (0 when it ran none). */
  readonly settledMs: number;
}

/**
 * One interaction's account, from the long tasks that started at or after `startedAt` (the
 * moment of the input).
 */
export function summariseInteraction(
  interaction: Interaction,
  startedAt: number,
  tasks: readonly LongTask[],
): InteractionResult {
  const mine = tasks.filter((t) => t.start >= startedAt);
  const ends = mine.map((t) => t.start + t.duration - startedAt);
  return {
    interaction,
    longestTaskMs: Math.max(0, ...mine.map((t) => t.duration)),
    blockedMs: mine.reduce((sum, t) => sum + t.duration, 0),
    settledMs: Math.max(0, ...ends),
  };
}

const TASKS_GLOBAL = "__quotegraphBenchLongTasks";

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate((name) => {
    const tasks: { start: number; duration: number }[] = [];
    (globalThis as unknown as Record<string, unknown>)[name] = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask" });
  }, TASKS_GLOBAL);
}

/** Waits until the page has run no long task for QUIET_MS since `startedAt`. */
async function settle(page: Page, startedAt: number): Promise<readonly LongTask[]> {
  await page.waitForFunction(
    ({ name, startedAt, quiet }) => {
      const tasks = (globalThis as unknown as Record<string, LongTask[]>)[name] ?? [];
      const lastEnd = Math.max(startedAt, ...tasks.map((t) => t.start + t.duration));
      return performance.now() - lastEnd >= quiet;
    },
    { name: TASKS_GLOBAL, startedAt, quiet: QUIET_MS },
    { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
  );
  return page.evaluate(
    (name) => (globalThis as unknown as Record<string, LongTask[]>)[name] ?? [],
    TASKS_GLOBAL,
  );
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
    await watchLongTasks(page);
    await settle(page, await page.evaluate(() => performance.now()));
    const legend = page.locator(".legend summary");
    if (!(await page.getByRole("checkbox", { name: /^Event/ }).isVisible())) await legend.click();

    const results: InteractionResult[] = [];
    for (const interaction of INTERACTIONS) {
      const startedAt = await page.evaluate(() => performance.now());
      await perform(page, interaction);
      results.push(summariseInteraction(interaction, startedAt, await settle(page, startedAt)));
      checkErrors();
    }
    return results;
  } finally {
    await context.close();
  }
}
