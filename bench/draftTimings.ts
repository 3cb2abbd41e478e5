/**
 * Times the drafter in Chromium, as the curation view runs it: one bundle of the drafter alone
 * (its gzip size reported too), loaded into a blank page, drafting a 1,500-word article: the
 * first call (which builds the gazetteer's index) and the median of the next ones.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { draftArticle } from "./draftArticle.ts";
import { median } from "./stats.ts";
import { WORK_DIR } from "./paths.ts";

const DRAFT_DIR = join(WORK_DIR, "draft");
const ENTRY = new URL("page/draftProbe.ts", import.meta.url).pathname;

export interface DraftTiming {
  readonly words: number;
  readonly firstMs: number;
  readonly medianMs: number;
  readonly runs: number;
  /** The drafter's bundle, minified, gzip. */
  readonly gzipBytes: number;
}

async function buildDrafter(): Promise<string> {
  await build({
    configFile: false,
    logLevel: "warn",
    publicDir: false,
    build: {
      outDir: DRAFT_DIR,
      emptyOutDir: true,
      lib: {
        entry: ENTRY,
        formats: ["iife"],
        name: "quotegraphDraftProbe",
        fileName: () => "draft.js",
      },
    },
  });
  return readFile(join(DRAFT_DIR, "draft.js"), "utf8");
}

export async function measureDraftTiming(browser: Browser, runs: number): Promise<DraftTiming> {
  const script = await buildDrafter();
  const { text, words } = draftArticle();
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: script });
    // A string, not a function: tsx would wrap a function's inner closures in a helper that
    // the page does not have.
    const times = (await page.evaluate(`(() => {
      const draft = window.quotegraphDraft;
      const text = ${JSON.stringify(text)};
      const once = () => {
        const t0 = performance.now();
        draft(text, { file: "bench.txt" });
        return performance.now() - t0;
      };
      const first = once();
      return { first, rest: Array.from({ length: ${Math.max(runs, 5)} }, once) };
    })()`)) as { first: number; rest: number[] };
    return {
      words,
      firstMs: times.first,
      medianMs: median(times.rest),
      runs: times.rest.length,
      gzipBytes: gzipSync(script).length,
    };
  } finally {
    await page.close();
  }
}

export function formatDraftTiming(t: DraftTiming): string {
  return (
    `Drafting a ${t.words.toLocaleString("en")}-word article in Chromium: first ${t.firstMs.toFixed(0)} ms, ` +
    `median of ${t.runs} ${t.medianMs.toFixed(0)} ms (target under 200 ms); the drafter's code ` +
    `${(t.gzipBytes / 1024).toFixed(1)} KiB gzip (built alone; not part of the first view).`
  );
}
