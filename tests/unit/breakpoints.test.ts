// The breakpoints are written once, in src/components/breakpoints.ts: components read them from
// there, and stylesheets name them as custom media that the build resolves.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { preprocessCSS, resolveConfig, type ResolvedConfig } from "vite";
import { beforeAll, describe, expect, it } from "vitest";
import { BREAKPOINTS, customMediaRules } from "../../src/components/breakpoints.ts";
import { breakpoints } from "../../vite.config.ts";

const ROOT = join(import.meta.dirname, "../..");
const DEFINITION = "src/components/breakpoints.ts";

/** Every file below `dir` (relative to the repository) whose name ends with one of `endings`. */
function filesIn(dir: string, endings: readonly string[]): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && endings.some((end) => e.name.endsWith(end)))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const STYLESHEETS = filesIn("src", [".css"]);

/** A width or height media feature written out: `(max-width: 760px)`, `(width <= 47.5rem)`. */
const RAW_QUERY =
  /\(\s*(?:(?:min|max)-(?:device-)?(?:width|height)\s*:|(?:width|height)\s*[<>]=?)\s*[\d.]+\s*(?:px|r?em|vw|vh)?\s*\)/;

describe("the breakpoints", () => {
  it("are written nowhere in src/ or index.html but in their one definition", () => {
    const files = [...filesIn("src", [".css", ".ts", ".tsx"]), "index.html"];
    expect(files).toContain(DEFINITION);
    const offenders = files
      .filter((f) => f !== DEFINITION)
      .flatMap((f) =>
        read(f)
          .split("\n")
          .map((line, i) => ({ where: `${f}:${i + 1}`, line: line.trim() }))
          .filter(({ line }) => RAW_QUERY.test(line)),
      );
    expect(offenders).toEqual([]);
  });

  it("are queries this test recognises, so the check above would catch a copy", () => {
    for (const query of Object.values(BREAKPOINTS)) expect(query).toMatch(RAW_QUERY);
  });

  it("are named in the stylesheets by defined names only", () => {
    const defined = new Set(Object.keys(BREAKPOINTS).map((name) => `--${name}`));
    const used = STYLESHEETS.flatMap((f) =>
      [...read(f).matchAll(/@media[^{]*\((--[\w-]+)\)/g)].map((m) => m[1]),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !defined.has(name!))).toEqual([]);
  });

  it("become one line of @custom-media rules", () => {
    const rules = customMediaRules();
    expect(rules).not.toContain("\n");
    expect(rules).toBe(
      "@custom-media --phone (max-width: 760px);@custom-media --wide (min-width: 1500px);" +
        "@custom-media --narrowerThanWide (max-width: 1499px);",
    );
  });
});

/** A custom media rule, or a query that still names one. */
const UNRESOLVED = /@custom-media|@media[^{]*\(--/;

describe("the build's stylesheets", () => {
  let config: ResolvedConfig;
  beforeAll(async () => {
    config = await resolveConfig(
      { configFile: join(ROOT, "vite.config.ts"), logLevel: "silent" },
      "build",
    );
  });

  /** A stylesheet as the build compiles it: the breakpoints plugin, then Vite's CSS step. */
  async function compiled(code: string, file: string): Promise<string> {
    const transform = breakpoints().transform;
    if (typeof transform !== "function") throw new Error("the plugin has no transform");
    const given = (await transform.call({} as never, code, file)) as { code: string } | null;
    if (!given) throw new Error(`the plugin left ${file} alone`);
    return (await preprocessCSS(given.code, file, config)).code;
  }

  it("get the breakpoints from the plugin in vite.config.ts", () => {
    expect(config.plugins.some((p) => p.name === "quotegraph-breakpoints")).toBe(true);
  });

  it("have each name replaced by its query, and no @custom-media left", async () => {
    const css = await compiled(
      Object.keys(BREAKPOINTS)
        .map((name) => `@media (--${name}) { .${name} { color: red } }`)
        .join("\n"),
      join(ROOT, "src/probe.css"),
    );
    // Lightning CSS may write a query in range syntax, (width <= 760px); the minifier writes
    // it for the build's target browsers.
    for (const query of Object.values(BREAKPOINTS)) {
      const width = /[\d.]+px/.exec(query)![0];
      expect(css).toMatch(new RegExp(`@media \\([^)]*\\b${width}\\)`));
    }
    expect(css).not.toMatch(UNRESOLVED);
  });

  it("all compile, with every name resolved", async () => {
    for (const file of STYLESHEETS) {
      const css = await compiled(read(file), join(ROOT, file));
      expect(css, file).not.toMatch(UNRESOLVED);
    }
  });

  it("leave a stylesheet imported as a string or an address alone", () => {
    const transform = breakpoints().transform;
    if (typeof transform !== "function") throw new Error("the plugin has no transform");
    for (const id of ["/x/a.css?raw", "/x/a.css?url", "/x/a.ts"]) {
      expect(transform.call({} as never, "x", id), id).toBeNull();
    }
  });
});
