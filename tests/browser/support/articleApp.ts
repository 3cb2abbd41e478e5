import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";
import type { GraphDocument } from "../../../src/domain/schema.ts";
import { openApp, type OpenAppOptions, type OpenedApp } from "./page.ts";

/** Waits until Cytoscape has put its canvases on the page. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.locator(".graph-canvas canvas").first().waitFor();
}

/** The default graph document, fetched the way the app fetches it. */
export async function fetchDefaultGraph(page: Page): Promise<GraphDocument> {
  return (await page.evaluate(async () => {
    const manifest = (await (await fetch("graphs/index.json")).json()) as { id: string }[];
    return (await fetch(`graphs/${manifest[0]!.id}.json`)).json();
  })) as GraphDocument;
}

/** The built app open on the article graph, drawn, with the document the test reasons about. */
export async function openArticle(
  browser: Browser,
  opts: OpenAppOptions = {},
): Promise<OpenedApp & { doc: GraphDocument }> {
  const app = await openApp(browser, inject("baseUrl"), opts);
  await waitForGraph(app.page);
  return { ...app, doc: await fetchDefaultGraph(app.page) };
}
