// Self-test of the browser harness on a page of its own (independent of the app's UI).
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./support/chromium.ts";
import {
  canvasHasInk,
  expectNoProblems,
  openApp,
  runAxe,
  screenshot,
  seriousViolations,
  type AxeViolation,
} from "./support/page.ts";
import { serveStatic, type StaticServer } from "./support/server.ts";

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Harness self-test</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>
      <h1>Harness self-test</h1>
      <canvas id="square" width="100" height="100"></canvas>
      <div id="blank"><canvas width="100" height="100"></canvas></div>
    </main>
    <script>
      const ctx = document.getElementById("square").getContext("2d");
      ctx.fillStyle = "#d00";
      ctx.fillRect(10, 10, 50, 50);
      const query = new URLSearchParams(location.search);
      if (query.has("boom")) console.error("boom: a deliberate console error");
      if (query.has("leak")) {
        const img = document.createElement("img");
        img.alt = "";
        img.src = "http://example.invalid/x.png";
        document.body.append(img);
      }
    </script>
    <script>
      if (location.search.includes("throw")) throw new Error("a deliberate uncaught error");
    </script>
  </body>
</html>
`;

const A11Y_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Axe self-test</title><link rel="icon" href="data:," /></head>
  <body><main><h1>Axe</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></main></body>
</html>
`;

/** A raw GET, so the path is sent as written (fetch would normalise "/../"). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("browser harness", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "quotegraph-harness-"));
    const site = join(dir, "site");
    await mkdir(site);
    await writeFile(join(dir, "secret.txt"), "outside the root");
    await writeFile(join(site, "index.html"), INDEX_HTML);
    await writeFile(join(site, "a11y.html"), A11Y_HTML);
    await writeFile(join(site, "data.json"), "{}");
    server = await serveStatic(site);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("serves files with their content types, index.html for / and 404 when missing", async () => {
    const root = await fetch(server.url);
    expect(root.status).toBe(200);
    expect(root.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await root.text()).toContain("Harness self-test");

    const json = await fetch(new URL("data.json", server.url));
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);

    expect((await fetch(new URL("missing.txt", server.url))).status).toBe(404);
  });

  it("refuses path traversal", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/../package.json",
    ]) {
      const { status, body } = await rawGet(server.url, path);
      expect([400, 404], path).toContain(status);
      expect(body, path).not.toContain("outside the root");
    }
  });

  it("sees ink on a drawn canvas, none on a blank one, and no problems on a clean page", async () => {
    const { page, problems, close } = await openApp(browser, server.url);
    try {
      expect(await canvasHasInk(page)).toBeGreaterThanOrEqual(50 * 50);
      expect(await canvasHasInk(page, "#square")).toBeGreaterThanOrEqual(50 * 50);
      expect(await canvasHasInk(page, "#blank")).toBe(0);
      const path = await screenshot(page, "harness-self-test");
      expect(existsSync(path)).toBe(true);
      expect(() => expectNoProblems(problems)).not.toThrow();
    } finally {
      await close();
    }
  });

  it("records console errors", async () => {
    const { problems, close } = await openApp(browser, server.url, { path: "/?boom" });
    await close();
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: "console-error", text: expect.stringContaining("boom") }),
    );
  });

  it("records uncaught page errors", async () => {
    const { problems, close } = await openApp(browser, server.url, { path: "/?throw" });
    await close();
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: "page-error", text: expect.stringContaining("deliberate") }),
    );
  });

  it("records an off-origin request even though it fails", async () => {
    const { problems, close } = await openApp(browser, server.url, { path: "/?leak" });
    await close();
    expect(problems).toContainEqual({
      kind: "off-origin-request",
      text: "http://example.invalid/x.png",
    });
  });

  it("expectNoProblems throws listing every problem, and passes on none", () => {
    expect(() => expectNoProblems([])).not.toThrow();
    const problems = [
      { kind: "console-error", text: "first" },
      { kind: "off-origin-request", text: "http://example.invalid/x.png" },
    ] as const;
    expect(() => expectNoProblems([...problems])).toThrow(/2 problem.*first.*example\.invalid/s);
  });

  it("runs axe and reports serious violations as `id: help (targets)`", async () => {
    const { page, close } = await openApp(browser, server.url, { path: "/a11y.html" });
    let violations: AxeViolation[];
    try {
      violations = await runAxe(page);
    } finally {
      await close();
    }
    const serious = seriousViolations(violations);
    expect(serious).toContainEqual(expect.stringMatching(/^image-alt: .+ \(img\)$/));
  });

  it("the app's globalSetup provides a baseUrl that serves HTML", async () => {
    const response = await fetch(inject("baseUrl"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  });
});
