// Graphs kept in this browser, in the built app in Chromium with its real IndexedDB: a graph
// opened from a file is named by the address (?local=) and shown again after a reload; My
// graphs lists, renames, duplicates and deletes (with Undo); a ?local= link from elsewhere, and
// a browser that keeps nothing, are told plainly while the graph stays on screen.
import type { Page, Request as PwRequest } from "playwright-core";
import type { GraphDocument } from "../../src/domain/schema.ts";
import { describe, expect, test, waitForGraph } from "./support/fixtures.ts";
import { openThroughPicker } from "./support/files.ts";
import { idsMatching, selectedIds } from "./support/graphProbe.ts";
import { runAxe, screenshot, seriousViolations } from "./support/page.ts";

const TITLE = "Arms talks, from a file";

/** The article graph under another id and title, as a file someone saved and opens again. */
function fileOf(doc: GraphDocument) {
  const text = JSON.stringify({ ...doc, id: "arms-talks-file", title: TITLE });
  return { name: "arms-talks.json", buffer: Buffer.from(text, "utf8") };
}

/** Opens the file and waits until it is on screen and kept (the address names it). */
async function openAndKeep(page: Page, doc: GraphDocument): Promise<string> {
  await openThroughPicker(page, fileOf(doc));
  await expect.poll(() => page.locator("h1").textContent()).toBe(TITLE);
  await expect.poll(() => new URL(page.url()).searchParams.get("local")).toMatch(/^[a-z0-9]+$/);
  return new URL(page.url()).searchParams.get("local")!;
}

/**
 * Reloads once nothing is in flight: a reload aborts what the page is still fetching (Chromium
 * asks for the icon again each time the address changes), which the fixtures rightly count as
 * a failed request. Call it first to start counting; it answers the reload.
 */
function reloader(page: Page): () => Promise<void> {
  const inFlight = new Set<PwRequest>();
  let lastStarted = Date.now();
  page.on("request", (r) => {
    inFlight.add(r);
    lastStarted = Date.now();
  });
  page.on("requestfinished", (r) => inFlight.delete(r));
  page.on("requestfailed", (r) => inFlight.delete(r));
  return async () => {
    // The icon is asked for a moment after the address changes: quiet for half a second too.
    await expect.poll(() => inFlight.size === 0 && Date.now() - lastStarted > 500).toBe(true);
    await page.reload();
    await waitForGraph(page);
  };
}

const dialogOf = (page: Page) => page.getByRole("dialog", { name: "My graphs" });
const itemOf = (page: Page, title: string) =>
  dialogOf(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: title, exact: false }) });
const actionsOf = (page: Page, title: string) =>
  dialogOf(page).getByRole("group", { name: `“${title}”`, exact: true });

async function openMyGraphs(page: Page) {
  await page.getByRole("button", { name: "My graphs" }).click();
  await dialogOf(page).waitFor();
  await expect.poll(() => dialogOf(page).getByRole("listitem").count()).toBeGreaterThan(0);
}

describe("graphs kept in this browser", () => {
  test("the first view of the published graph loads none of the storage code", async ({ page }) => {
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name),
    );
    expect(scripts.filter((s) => /localGraphs|graphStore|MyGraphsDialog/.test(s))).toEqual([]);
    expect(new URL(page.url()).searchParams.get("local")).toBeNull();
  });

  test("a graph opened from a file is named by the address, and a reload shows it again", async ({
    page,
    doc,
  }) => {
    const reload = reloader(page);
    const id = await openAndKeep(page, doc);
    const ids = await idsMatching(page, "*");
    await page.getByRole("combobox", { name: "Search" }).fill("Putin");
    await page.getByRole("combobox", { name: "Search" }).press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe("vladimir-putin");

    await reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe(TITLE);
    expect(new URL(page.url()).searchParams.get("local")).toBe(id);
    expect(await idsMatching(page, "*")).toEqual(ids);
    await expect.poll(() => selectedIds(page)).toEqual(["vladimir-putin"]);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  test("My graphs lists it; rename, duplicate, delete and Undo delete", async ({ page, doc }) => {
    const reload = reloader(page);
    await openAndKeep(page, doc);
    await openMyGraphs(page);
    const item = itemOf(page, TITLE);
    expect(await item.innerText()).toMatch(
      /\(on screen\)[\s\S]*From the file arms-talks\.json · kept today at \d\d:\d\d · \d+\.\d KB/,
    );
    expect(await dialogOf(page).innerText()).toMatch(
      /Storage used: 1 graph, \d+\.\d KB; this site uses/,
    );
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await screenshot(page, "my-graphs");

    // Rename: the graph on screen takes the new name, and keeps it after a reload.
    await actionsOf(page, TITLE).getByRole("button", { name: "Rename" }).click();
    const name = dialogOf(page).getByRole("textbox", { name: "New name" });
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.fill("Venezuela's arms talks");
    await name.press("Enter");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Venezuela's arms talks");
    await expect
      .poll(() => dialogOf(page).getByRole("status").last().textContent())
      .toBe("Renamed to “Venezuela's arms talks”.");

    // Duplicate: a copy, listed first (newest), the graph on screen unchanged.
    await actionsOf(page, "Venezuela's arms talks")
      .getByRole("button", { name: "Duplicate" })
      .click();
    const copy = "Copy of Venezuela's arms talks";
    await expect.poll(() => actionsOf(page, copy).count()).toBe(1);
    const titles = () => dialogOf(page).getByRole("listitem").locator("h3").allInnerTexts();
    expect(await titles()).toEqual([copy, "Venezuela's arms talks (on screen)"]);

    // Delete the copy, then Undo: it comes back; focus goes to Undo, then back to the copy.
    await actionsOf(page, copy).getByRole("button", { name: "Delete" }).click();
    const undo = dialogOf(page).getByRole("button", { name: "Undo delete" });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await titles()).toEqual(["Venezuela's arms talks (on screen)"]);
    expect(await dialogOf(page).innerText()).toContain(`“${copy}” deleted.`);
    await undo.click();
    await expect.poll(titles).toEqual([copy, "Venezuela's arms talks (on screen)"]);
    await expect
      .poll(() =>
        actionsOf(page, copy)
          .getByRole("button", { name: "Delete" })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);

    // Delete it again and close: it is gone for good; open the other from the list.
    await actionsOf(page, copy).getByRole("button", { name: "Delete" }).click();
    await expect.poll(titles).toEqual(["Venezuela's arms talks (on screen)"]);
    await dialogOf(page).getByRole("button", { name: "Close" }).click();
    await openMyGraphs(page);
    expect(await titles()).toEqual(["Venezuela's arms talks (on screen)"]);
    await actionsOf(page, "Venezuela's arms talks").getByRole("button", { name: "Open" }).click();
    await expect.poll(() => dialogOf(page).count()).toBe(0);

    await reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Venezuela's arms talks");
  });

  test("deleting the graph on screen leaves it on screen, no longer named by the address", async ({
    page,
    doc,
  }) => {
    await openAndKeep(page, doc);
    await openMyGraphs(page);
    await actionsOf(page, TITLE).getByRole("button", { name: "Delete" }).click();
    await dialogOf(page).getByRole("button", { name: "Undo delete" }).waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => new URL(page.url()).searchParams.get("local")).toBeNull();
    expect(await page.locator("h1").textContent()).toBe(TITLE);
    await page.getByRole("button", { name: "My graphs" }).click();
    await expect.poll(() => dialogOf(page).innerText()).toContain("No graphs are kept here yet.");
  });

  test("a ?local= link from another browser says where the graph lives, and shows the graphs here", async ({
    open,
    doc,
  }) => {
    const { page } = await open({ path: "/?local=k3x9q2m7pa" });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("This graph is kept in another browser");
    const text = await alert.innerText();
    expect(text).toContain("kept only in the browser where it was opened");
    expect(text).toContain("Shown instead: the graph published with this app.");
    expect(await page.locator("h1").textContent()).toBe(doc.title);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
  });

  test("when this browser keeps nothing, it says so plainly and the graph opened stays on screen", async ({
    open,
    doc,
  }) => {
    const { page } = await open({
      // As in a private window of a browser that refuses storage: open() throws.
      prepare: (p) =>
        p.addInitScript(() => {
          IDBFactory.prototype.open = () => {
            throw new DOMException("The operation is insecure.", "SecurityError");
          };
        }),
    });
    await openThroughPicker(page, fileOf(doc));
    const alert = page.getByRole("alert").filter({ hasText: "is not kept in this browser" });
    await expect.poll(() => alert.count()).toBe(1);
    const text = await alert.innerText();
    expect(text).toContain("“arms-talks.json” is not kept in this browser");
    expect(text).toContain("does not let this site keep data");
    expect(text).toContain("It stays on screen until you reload or close this tab");
    expect(await page.locator("h1").textContent()).toBe(TITLE);
    expect(new URL(page.url()).searchParams.get("local")).toBeNull();
    await page.getByRole("button", { name: "My graphs" }).click();
    await expect
      .poll(() => dialogOf(page).getByRole("alert").textContent())
      .toContain("Graphs you open are shown, but not kept.");
    await screenshot(page, "my-graphs-refused");
  });

  test("when storage is full, it says so; the graph opened stays and nothing kept is lost", async ({
    page,
    doc,
  }) => {
    await openAndKeep(page, doc);
    // Full from now on, as the browser reports it: Chromium's quota cannot be lowered from
    // the DevTools protocol for a test's (off-the-record) context, so writes fail as it fails.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    const another = { ...doc, id: "another", title: "Another graph" };
    await openThroughPicker(page, {
      name: "another.json",
      buffer: Buffer.from(JSON.stringify(another), "utf8"),
    });
    const alert = page.getByRole("alert").filter({ hasText: "is not kept in this browser" });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toContain("storage for this site is full");
    expect(await page.locator("h1").textContent()).toBe("Another graph");
    expect(new URL(page.url()).searchParams.get("local")).toBeNull();
    await openMyGraphs(page);
    expect(await dialogOf(page).getByRole("listitem").locator("h3").allInnerTexts()).toEqual([
      TITLE,
    ]);
  });

  test("My graphs on a 390×844 phone: axe finds nothing serious", async ({ open, doc }) => {
    const { page } = await open({ viewport: { width: 390, height: 844 } });
    await openAndKeep(page, doc);
    await openMyGraphs(page);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await screenshot(page, "my-graphs-phone");
  });
});
