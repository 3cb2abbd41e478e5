// Self-test of the browser harness on a page of its own (independent of the app's UI).
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onCanvas } from "./support/canvas.ts";
import { describe, expect, test } from "./support/fixtures.ts";
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

/** The self-test's own site (not the app), served from a temporary folder for the file. */
const harnessTest = test.extend(
  "site",
  { scope: "file" },
  // eslint-disable-next-line no-empty-pattern -- vitest reads fixture dependencies from it
  async ({}, { onCleanup }): Promise<StaticServer> => {
    const dir = await mkdtemp(join(tmpdir(), "quotegraph-harness-"));
    const site = join(dir, "site");
    await mkdir(site);
    await writeFile(join(dir, "secret.txt"), "outside the root");
    await writeFile(join(site, "index.html"), INDEX_HTML);
    await writeFile(join(site, "a11y.html"), A11Y_HTML);
    await writeFile(join(site, "data.json"), "{}");
    const server = await serveStatic(site);
    onCleanup(async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    });
    return server;
  },
);

describe("browser harness", () => {
  harnessTest(
    "serves files with their content types, index.html for / and 404 when missing",
    async ({ site }) => {
      const root = await fetch(site.url);
      expect(root.status).toBe(200);
      expect(root.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await root.text()).toContain("Harness self-test");

      const json = await fetch(new URL("data.json", site.url));
      expect(json.headers.get("content-type")).toMatch(/^application\/json/);

      expect((await fetch(new URL("missing.txt", site.url))).status).toBe(404);
    },
  );

  harnessTest("refuses path traversal", async ({ site }) => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/../package.json",
    ]) {
      const { status, body } = await rawGet(site.url, path);
      expect([400, 404], path).toContain(status);
      expect(body, path).not.toContain("outside the root");
    }
  });

  harnessTest(
    "sees ink on a drawn canvas, none on a blank one, and no problems on a clean page",
    async ({ browser, site }) => {
      const { page, problems, close } = await openApp(browser, site.url);
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
    },
  );

  harnessTest("records console errors", async ({ browser, site }) => {
    const { problems, close } = await openApp(browser, site.url, { path: "/?boom" });
    await close();
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: "console-error", text: expect.stringContaining("boom") }),
    );
  });

  harnessTest("records uncaught page errors", async ({ browser, site }) => {
    const { problems, close } = await openApp(browser, site.url, { path: "/?throw" });
    await close();
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: "page-error", text: expect.stringContaining("deliberate") }),
    );
  });

  harnessTest("records an off-origin request even though it fails", async ({ browser, site }) => {
    const { problems, close } = await openApp(browser, site.url, { path: "/?leak" });
    await close();
    expect(problems).toContainEqual({
      kind: "off-origin-request",
      text: "http://example.invalid/x.png",
    });
  });

  harnessTest("expectNoProblems throws listing every problem, and passes on none", () => {
    expect(() => expectNoProblems([])).not.toThrow();
    const problems = [
      { kind: "console-error", text: "first" },
      { kind: "off-origin-request", text: "http://example.invalid/x.png" },
    ] as const;
    expect(() => expectNoProblems([...problems])).toThrow(/2 problem.*first.*example\.invalid/s);
  });

  harnessTest(
    "runs axe and reports serious violations as `id: help (targets)`",
    async ({ browser, site }) => {
      const { page, close } = await openApp(browser, site.url, { path: "/a11y.html" });
      let violations: AxeViolation[];
      try {
        violations = await runAxe(page);
      } finally {
        await close();
      }
      const serious = seriousViolations(violations);
      expect(serious).toContainEqual(expect.stringMatching(/^image-alt: .+ \(img\)$/));
    },
  );

  harnessTest("the app's globalSetup provides a baseUrl that serves HTML", async ({ baseUrl }) => {
    const response = await fetch(baseUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  });

  harnessTest(
    "onCanvas throws where there is no Cytoscape, or gives what it was told to",
    async ({ browser, site }) => {
      const { page, close } = await openApp(browser, site.url);
      try {
        await expect(onCanvas(page, (cy) => cy.nodes().length, undefined)).rejects.toThrow(
          /Cytoscape \(graph layer, .*\) is not on the page/,
        );
        expect(
          await onCanvas(page, (cy) => cy.nodes().length, undefined, {
            layer: "highlight",
            orElse: -1,
          }),
        ).toBe(-1);
      } finally {
        await close();
      }
    },
  );
});

describe("the test fixtures", () => {
  test("onCanvas runs a function with its argument against the app's graph", async ({
    page,
    doc,
  }) => {
    const ids = doc.nodes.map((n) => n.id);
    expect(await onCanvas(page, (cy) => cy.nodes().length, undefined)).toBe(ids.length);
    expect(
      await onCanvas(page, (cy, ids) => ids.filter((id) => cy.getElementById(id).nonempty()), ids),
    ).toEqual(ids);
  });

  // Passes only because the page's problem fails it, after its body has passed.
  test.fails("`app` fails a test whose page logged a console error", async ({ page }) => {
    await page.evaluate(() => console.error("a deliberate console error"));
  });

  describe("told to expect a problem", () => {
    test.override({ appOptions: { expectedProblems: /a deliberate console error/ } });

    test("`app` lets a test through with the problem it expects", async ({ page, app }) => {
      await page.evaluate(() => console.error("a deliberate console error"));
      await expect.poll(() => app.problems.length).toBe(1);
    });
  });
});
