import type { Locator, Page } from "playwright-core";

/**
 * Page objects for the parts of the app that many tests drive. Each returns when the action is
 * done, not when the app has answered: tests poll for what they expect.
 */

/** Types `query` in the search box and presses Enter, which selects the first match. */
export async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByRole("combobox", { name: "Search" });
  await box.fill(query);
  await box.press("Enter");
}

/** The "Show the graph as" button for a view. */
export function viewButton(page: Page, view: "Graph" | "List"): Locator {
  return page.getByRole("group", { name: "Show the graph as" }).getByRole("button", { name: view });
}

/** Shows the graph as a list (the Entities and Relations tables) or as the graph. */
export function showAs(page: Page, view: "Graph" | "List"): Promise<void> {
  return viewButton(page, view).click();
}

/** A sidebar tab. */
export function openTab(page: Page, name: "Details" | "Article" | "Path" | "Sides"): Promise<void> {
  return page.getByRole("tab", { name }).click();
}

/** The details panel's heading: what is selected, or "About this graph". */
export function detailsHeading(page: Page): Locator {
  return page.locator(".details-panel h2");
}
