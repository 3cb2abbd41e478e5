import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type * as Axe from "axe-core";
import type { Browser, Page } from "playwright-core";

export type AxeViolation = Axe.Result;

export interface Problem {
  kind:
    "console-error" | "console-warning" | "page-error" | "request-failed" | "off-origin-request";
  text: string;
}

export interface OpenAppOptions {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark" | "no-preference";
  /** Appended to baseUrl (resolved as a URL), e.g. "/?article=x" or "#/graph". Default "/". */
  path?: string;
  /** Runs on the new page before it goes to the app, e.g. to route its requests. */
  prepare?: (page: Page) => Promise<unknown>;
}

export interface OpenedApp {
  page: Page;
  /** Filled as they happen, from the moment the page is created. */
  problems: Problem[];
  /** Closes the page's own browser context. */
  close(): Promise<void>;
}

const ALLOWED_SCHEMES = new Set(["data:", "blob:", "about:"]);

/** True when `url` leaves `origin` (data:, blob: and about: stay). */
function isOffOrigin(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    return !ALLOWED_SCHEMES.has(parsed.protocol) && parsed.origin !== origin;
  } catch {
    return true;
  }
}

/**
 * Opens `baseUrl + path` in a fresh browser context and waits for `load`. Off-origin requests
 * are recorded as problems and aborted, so nothing leaves the machine.
 */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  opts: OpenAppOptions = {},
): Promise<OpenedApp> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    colorScheme: opts.colorScheme ?? "light",
  });
  const problems: Problem[] = [];
  const offOrigin = new Set<string>();

  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isOffOrigin(url, origin)) await route.abort("blockedbyclient");
    else await route.continue();
  });
  context.on("request", (request) => {
    const url = request.url();
    if (isOffOrigin(url, origin)) {
      offOrigin.add(url);
      problems.push({ kind: "off-origin-request", text: url });
    }
  });
  context.on("requestfailed", (request) => {
    const url = request.url();
    if (offOrigin.has(url)) return; // already recorded, and we aborted it ourselves
    problems.push({
      kind: "request-failed",
      text: `${request.method()} ${url}: ${request.failure()?.errorText ?? "failed"}`,
    });
  });

  const page = await context.newPage();
  page.on("console", (message) => {
    // Warnings count too: Cytoscape reports an invalid style property only as a warning.
    const type = message.type();
    if (type !== "error" && type !== "warning") return;
    const { url, lineNumber } = message.location();
    const where = url ? ` (${url}:${lineNumber})` : "";
    problems.push({
      kind: type === "error" ? "console-error" : "console-warning",
      text: `${message.text()}${where}`,
    });
  });
  page.on("pageerror", (error) => {
    problems.push({ kind: "page-error", text: error.stack ?? `${error.name}: ${error.message}` });
  });

  await opts.prepare?.(page);
  await page.goto(new URL(opts.path ?? "/", baseUrl).href, { waitUntil: "load" });
  return { page, problems, close: () => context.close() };
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `- [${p.kind}] ${p.text}`).join("\n");
}

/** Throws one Error listing every problem, if there is any. */
export function expectNoProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  throw new Error(`The page had ${problems.length} problem(s):\n${formatProblems(problems)}`);
}

/**
 * Counts drawn pixels (alpha > 0 and not near-white) summed over every <canvas> in or matching
 * `selector` (default: the whole document). Reads the backing store, so HiDPI canvases count
 * device pixels.
 */
export function canvasHasInk(page: Page, selector?: string): Promise<number> {
  return page.evaluate((sel) => {
    const roots: ParentNode[] =
      sel === null ? [document] : Array.from(document.querySelectorAll(sel));
    const canvases = new Set<HTMLCanvasElement>();
    for (const root of roots) {
      if (root instanceof HTMLCanvasElement) canvases.add(root);
      root.querySelectorAll("canvas").forEach((c) => canvases.add(c));
    }
    let ink = 0;
    for (const canvas of canvases) {
      const { width, height } = canvas;
      if (width === 0 || height === 0) continue;
      // Read a copy, never the page's own canvas: repeated reads of a canvas made without
      // willReadFrequently make Chromium log a warning, which would count as a problem.
      const copy = document.createElement("canvas");
      copy.width = width;
      copy.height = height;
      const ctx = copy.getContext("2d", { willReadFrequently: true });
      if (ctx === null) continue;
      ctx.drawImage(canvas, 0, 0);
      const data = ctx.getImageData(0, 0, width, height).data;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        const a = data[i + 3] ?? 0;
        if (a > 0 && !(r >= 240 && g >= 240 && b >= 240)) ink += 1;
      }
    }
    return ink;
  }, selector ?? null);
}

const SCREENSHOT_DIR = fileURLToPath(new URL("../screenshots/", import.meta.url));

/** Saves a viewport screenshot to tests/browser/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Bad screenshot name: ${JSON.stringify(name)}`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * Runs axe-core in the page and returns the violations for the whole document. The source is
 * evaluated through the DevTools protocol, not added as a <script>: the app's
 * Content-Security-Policy rightly refuses inline scripts, and the test must not weaken it.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const options: Axe.RunOptions = { resultTypes: ["violations"] };
  return page.evaluate(async (runOptions) => {
    const axe = (window as unknown as { axe?: typeof Axe }).axe;
    if (axe === undefined) throw new Error("axe-core did not load (a Content-Security-Policy?)");
    const results = await axe.run(document, runOptions);
    return results.violations;
  }, options);
}

/** Violations of impact serious or critical, each as `id: help (targets)`. */
export function seriousViolations(violations: readonly AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => {
      const targets = v.nodes
        .map((node) => node.target.map((s) => (Array.isArray(s) ? s.join(" >>> ") : s)).join(" "))
        .join(", ");
      return `${v.id}: ${v.help} (${targets})`;
    });
}
