import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  gzipBytes,
  GzipSizes,
  isJavaScript,
  scriptsInIndexHtml,
} from "../../../bench/initialJs.ts";

describe("scriptsInIndexHtml", () => {
  it("finds a Vite build's entry and modulepreloads, nothing else", () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-def.js">
      <link rel=modulepreload href='./assets/zod.js'>
      <link rel="stylesheet" crossorigin href="./assets/index-xyz.css">
    </head><body><div id="root"></div></body></html>`;
    expect(scriptsInIndexHtml(html)).toEqual([
      "./assets/index-abc.js",
      "./assets/react-def.js",
      "./assets/zod.js",
    ]);
  });
});

describe("isJavaScript", () => {
  it.each([
    ["http://127.0.0.1:1/assets/index-abc.js", undefined, true],
    ["http://127.0.0.1:1/assets/worker.mjs?x=1", undefined, true],
    ["http://127.0.0.1:1/blob-ish", "text/javascript; charset=utf-8", true],
    ["http://127.0.0.1:1/graphs/index.json", "application/json", false],
    ["http://127.0.0.1:1/assets/index.css", "text/css", false],
  ])("%s (%s): %s", (url, type, expected) => {
    expect(isJavaScript(url, type)).toBe(expected);
  });
});

describe("gzipBytes", () => {
  it("is the gzip -9 size: small for repetitive text, stable", () => {
    const text = "const x = 1;\n".repeat(1000);
    expect(gzipBytes(text)).toBeLessThan(200);
    expect(gzipBytes(text)).toBe(gzipBytes(Buffer.from(text)));
  });
});

describe("GzipSizes", () => {
  it("sizes a served file by its URL path, and refuses paths outside the folder", async () => {
    const root = await mkdtemp(join(tmpdir(), "bench-gzip-"));
    await writeFile(join(root, "a b.js"), "let a = 1;");
    const sizes = new GzipSizes(root);
    expect(await sizes.of("/a%20b.js")).toBe(gzipBytes("let a = 1;"));
    await expect(sizes.of("/../etc/passwd")).rejects.toThrow(/outside/);
  });
});
