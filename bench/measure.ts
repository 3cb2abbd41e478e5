import type { Browser, BrowserContext, Page } from "playwright-core";
import { isJavaScript, type GzipSizes } from "./initialJs.ts";
import { CONFIG_GLOBAL, PROBE_GLOBAL, type ProbeConfig } from "./page/probeContract.ts";
import { missedRenders, readDrawnReport, readPanZoomReport } from "./page/readReports.ts";
import type { PageName, RunResult } from "./results.ts";

export const VIEWPORT = { width: 1280, height: 800 } as const;
/** A run that has not finished by then fails the bench, saying what the probe saw. */
export const RUN_TIMEOUT_MS = 180_000;
export const PAN_ZOOM_MS = 2_000;

/** One page to measure: where it is served, and the folder it is served from. */
export interface PageUnderTest {
  readonly page: PageName;
  readonly url: string;
  readonly gzipSizes: GzipSizes;
  readonly expectedNodes: number;
}

async function heapAfterGcMB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize / 1e6;
  } finally {
    await cdp.detach();
  }
}

/** The probe's own account of what it saw, or why it could not give one. */
async function probeStatus(page: Page): Promise<string> {
  const answer = page.evaluate(`window.${PROBE_GLOBAL}?.status() ?? "the probe is not installed"`);
  const quiet = new Promise<string>((resolve) =>
    setTimeout(() => resolve("the page did not answer (busy?)"), 5_000),
  );
  try {
    return String(await Promise.race([answer, quiet]));
  } catch (error) {
    return `the page could not be asked (${(error as Error).message})`;
  }
}

/**
 * Loads one page in a fresh browser context and measures it: time to fully drawn, heap after
 * a forced GC, frames per second during the scripted pan/zoom, and the JavaScript it loaded
 * until drawn. Throws — failing the bench — if the page logs an error, a request fails, the
 * probe may have missed a frame, or the run takes longer than RUN_TIMEOUT_MS.
 */
export async function measureRun(
  browser: Browser,
  target: PageUnderTest,
  probeScript: string,
  name: string,
): Promise<Omit<RunResult, "nodes" | "run" | "loadAverage">> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  let reject: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, r) => (reject = r));
  failed.catch(() => {});
  let firstFailure: Error | null = null;
  const fail = (error: Error) => {
    firstFailure ??= error;
    reject(error);
  };
  const race = <T>(work: Promise<T>) => Promise.race([work, failed]);
  let stage = "loading";
  let timer: NodeJS.Timeout | undefined;

  try {
    const config: ProbeConfig = { expectedNodes: target.expectedNodes };
    await context.addInitScript({
      content: `globalThis.${CONFIG_GLOBAL} = ${JSON.stringify(config)};\n${probeScript}`,
    });
    const page = await context.newPage();
    timer = setTimeout(() => {
      void probeStatus(page).then((status) =>
        fail(
          new Error(
            `${name}: not finished within ${RUN_TIMEOUT_MS / 1000} s (while ${stage}); ${status}`,
          ),
        ),
      );
    }, RUN_TIMEOUT_MS);

    const warnings: string[] = [];
    page.on("pageerror", (error) => fail(new Error(`${name}: uncaught error: ${error.message}`)));
    page.on("console", (message) => {
      if (message.type() === "error") fail(new Error(`${name}: console error: ${message.text()}`));
      else if (message.type() === "warning") warnings.push(message.text());
    });
    page.on("requestfailed", (request) =>
      fail(new Error(`${name}: ${request.url()} failed (${request.failure()?.errorText ?? "?"})`)),
    );
    const scripts = new Set<string>();
    let drawn = false;
    page.on("response", (response) => {
      if (response.status() >= 400) {
        fail(new Error(`${name}: ${response.url()} answered ${response.status()}`));
      }
      if (!drawn && isJavaScript(response.url(), response.headers()["content-type"])) {
        scripts.add(new URL(response.url()).pathname);
      }
    });

    await race(page.goto(target.url, { waitUntil: "commit", timeout: 0 }));
    stage = "drawing";
    const probe = readDrawnReport(await race(page.evaluate(`window.${PROBE_GLOBAL}.drawn`)));
    drawn = true;
    const missed = missedRenders(probe);
    if (missed !== null) throw new Error(`${name}: the probe may have missed a frame: ${missed}`);

    stage = "measuring the heap";
    const heapMB = await race(heapAfterGcMB(context, page));
    stage = "panning and zooming";
    const panZoom = readPanZoomReport(
      await race(page.evaluate(`window.${PROBE_GLOBAL}.panZoom(${PAN_ZOOM_MS})`)),
    );

    // Anything the page logged after the last awaited step still fails the run.
    if (firstFailure !== null) throw firstFailure;

    const sized = await Promise.all(
      [...scripts].map(async (path) => ({ path, gzipBytes: await target.gzipSizes.of(path) })),
    );
    return {
      page: target.page,
      drawnMs: probe.drawnMs,
      fps: panZoom.fps,
      heapMB,
      initialJsGzipBytes: sized.reduce((sum, s) => sum + s.gzipBytes, 0),
      scripts: sized,
      probe,
      panZoom,
      warnings,
    };
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}
