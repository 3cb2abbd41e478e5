import type { Page } from "playwright-core";
import { test as base, inject } from "vitest";
import type { GraphDocument } from "../../../src/domain/schema.ts";
import { launchChromium } from "./chromium.ts";
import {
  expectNoProblems,
  openApp,
  type OpenAppOptions,
  type OpenedApp,
  type Problem,
} from "./page.ts";

/** How a test wants the app opened: `OpenAppOptions` and two more. */
export interface AppOptions extends OpenAppOptions {
  /** Wait until Cytoscape has put its canvases on the page (default true). */
  waitForGraph?: boolean;
  /**
   * Problems the test expects, matched against their text. Any other problem still fails the
   * test; by default none is expected.
   */
  expectedProblems?: RegExp;
}

/** Opens the app in a fresh context; the test fails afterwards if the page had problems. */
export type OpenFn = (opts?: AppOptions) => Promise<OpenedApp>;

/** Waits until Cytoscape has put its canvases on the page. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.locator(".graph-canvas canvas").first().waitFor();
}

/** The default graph document, fetched from the served app the way the app fetches it. */
export async function fetchDefaultGraph(baseUrl: string): Promise<GraphDocument> {
  const manifest = (await (await fetch(new URL("graphs/index.json", baseUrl))).json()) as {
    id: string;
  }[];
  const response = await fetch(new URL(`graphs/${manifest[0]!.id}.json`, baseUrl));
  return (await response.json()) as GraphDocument;
}

/** Problems a test did not say it expects. */
function unexpected(app: OpenedApp, expected: RegExp | undefined): Problem[] {
  return expected === undefined
    ? [...app.problems]
    : app.problems.filter((p) => !expected.test(p.text));
}

/**
 * The browser tier's `test`:
 *
 * - `baseUrl` (file): where globalSetup serves the built app.
 * - `browser` (file): one Chromium per test file, launched on first use, closed after the file.
 * - `doc` (file): the article graph's document, as served.
 * - `appOptions` (test): how `app` opens; `test.override({ appOptions: {...} })` in a describe.
 * - `open` (test): opens the app in a fresh context (`open({ path, viewport, ... })`), as
 *   often as a test needs. After the test every page it opened is closed, and the test fails
 *   if any of them had a problem it did not expect (console errors and warnings, page errors,
 *   failed requests, requests off the app's origin).
 * - `app` (test): `open(appOptions)`, by default the article graph, drawn, at 1280×800 light.
 * - `page` (test): `app.page`.
 *
 * Test-scoped fixtures are made for each test that names them, so every test starts on a page
 * of its own and can run alone (`-t "<name>"`).
 */
export const test = base
  .extend("baseUrl", { scope: "file" }, () => inject("baseUrl"))
  // eslint-disable-next-line no-empty-pattern -- vitest reads fixture dependencies from it
  .extend("browser", { scope: "file" }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend("doc", { scope: "file" }, ({ baseUrl }) => fetchDefaultGraph(baseUrl))
  .extend("appOptions", {} as AppOptions)
  .extend("open", ({ browser, baseUrl }, { onCleanup }): OpenFn => {
    const opened: { app: OpenedApp; expected: RegExp | undefined }[] = [];
    onCleanup(async () => {
      // Read before closing: closing a context aborts what is still in flight.
      const problems = opened.flatMap(({ app, expected }) => unexpected(app, expected));
      await Promise.all(opened.map(({ app }) => app.close()));
      expectNoProblems(problems);
    });
    return async (opts = {}) => {
      const { waitForGraph: wait = true, expectedProblems, ...openOptions } = opts;
      const app = await openApp(browser, baseUrl, openOptions);
      opened.push({ app, expected: expectedProblems });
      if (wait) await waitForGraph(app.page);
      return app;
    };
  })
  .extend("app", ({ open, appOptions }) => open(appOptions))
  .extend("page", ({ app }) => app.page);

export { describe, expect } from "vitest";
