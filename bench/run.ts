/**
 * `npm run bench`: the product against a bare Cytoscape page, on synthetic graphs, in Debian's
 * Chromium. See bench/README.md for what it measures and how to read the table.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
// Plain Node modules (no vitest): the same browser and static server the browser tests use.
import { chromiumPath, launchChromium } from "../tests/browser/support/chromium.ts";
import { serveStatic, type StaticServer } from "../tests/browser/support/server.ts";
import { parseBenchArgs, USAGE, type BenchOptions } from "./args.ts";
import { buildProbeScript } from "./build/probeScript.ts";
import { buildProduct } from "./build/product.ts";
import { buildReference } from "./build/reference.ts";
import { writeSyntheticFiles, type SyntheticFile } from "./build/syntheticFiles.ts";
import { GzipSizes, scriptsInIndexHtml } from "./initialJs.ts";
import { measureInteractions, type InteractionResult } from "./interactions.ts";
import {
  measureRun,
  PAN_ZOOM_MS,
  RUN_TIMEOUT_MS,
  VIEWPORT,
  type PageUnderTest,
} from "./measure.ts";
import { PRODUCT_DIR, REFERENCE_DIR, RESULTS_DIR } from "./paths.ts";
import { describeCommit, describeMachine, fileStamp } from "./provenance.ts";
import { PAGES, type PageName, type RunResult } from "./results.ts";
import { formatDraftTiming, measureDraftTiming } from "./draftTimings.ts";
import { formatSidesTimings, measureSidesTimings } from "./sidesTimings.ts";
import { summarise } from "./stats.ts";
import { formatCount, formatInteractionTable, formatTable } from "./table.ts";
import { checkTargets, describeChecks } from "./targets.ts";

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** The product's own index.html JavaScript (entry and modulepreloads), for information. */
async function productIndexJs(gzipSizes: GzipSizes) {
  const html = await readFile(join(PRODUCT_DIR, "index.html"), "utf8");
  const scripts = await Promise.all(
    scriptsInIndexHtml(html).map(async (src) => {
      const path = new URL(src, "http://bench.invalid/").pathname;
      return { path, gzipBytes: await gzipSizes.of(path) };
    }),
  );
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

/**
 * The page's address. The reference draws on a canvas of the size the product's canvas had in
 * its run just before (the product shares the window with its panels), so both pages paint the
 * same number of pixels.
 */
function pageUrl(
  page: PageName,
  server: StaticServer,
  file: SyntheticFile,
  canvas: { width: number; height: number } | null,
): string {
  if (page === "product") return `${server.url}?graph=${file.id}`;
  const size = canvas ? `&w=${Math.round(canvas.width)}&h=${Math.round(canvas.height)}` : "";
  return `${server.url}?graph=${encodeURIComponent(file.fileName)}${size}`;
}

async function measureAll(
  browser: Browser,
  options: BenchOptions,
  files: readonly SyntheticFile[],
  servers: Readonly<Record<PageName, { server: StaticServer; gzipSizes: GzipSizes }>>,
  probeScript: string,
): Promise<RunResult[]> {
  const runs: RunResult[] = [];
  let productCanvas: { width: number; height: number } | null = null;
  for (const file of files) {
    for (let run = 1; run <= options.runs; run++) {
      // Alternating P R P R…, so a drift in the machine's speed touches both pages alike.
      for (const page of PAGES) {
        const name = `${page} at ${formatCount(file.nodes)} nodes, run ${run}/${options.runs}`;
        const { server, gzipSizes } = servers[page];
        const target: PageUnderTest = {
          page,
          url: pageUrl(page, server, file, productCanvas),
          gzipSizes,
          expectedNodes: file.nodes,
        };
        const loadAverage = loadavg()[0] ?? 0;
        const result = await measureRun(browser, target, probeScript, name);
        runs.push({ ...result, nodes: file.nodes, run, loadAverage });
        if (page === "product") productCanvas = result.probe.canvas;
        console.log(
          `  ${name.padEnd(40)} drawn ${(result.drawnMs / 1000).toFixed(2)} s, ` +
            `${result.fps.toFixed(1)} fps, heap ${result.heapMB.toFixed(1)} MB, ` +
            `JS ${(result.initialJsGzipBytes / 1024).toFixed(1)} KiB gzip (load ${loadAverage.toFixed(1)})`,
        );
      }
    }
  }
  return runs;
}

/** The reader's interactions on the product, once per size, after the timed runs. */
async function measureAllInteractions(
  browser: Browser,
  files: readonly SyntheticFile[],
  server: StaticServer,
  probeScript: string,
): Promise<{ nodes: number; results: InteractionResult[] }[]> {
  const sizes: { nodes: number; results: InteractionResult[] }[] = [];
  for (const file of files) {
    const url = pageUrl("product", server, file, null);
    const results = await measureInteractions(browser, url, file.nodes, probeScript);
    sizes.push({ nodes: file.nodes, results });
    console.log(
      `  interactions at ${formatCount(file.nodes)} nodes: ` +
        results
          .map(
            (r) =>
              `${r.interaction} ${(r.answeredMs / 1000).toFixed(2)} s / ` +
              `${(r.longestTaskMs / 1000).toFixed(2)} s`,
          )
          .join(", ") +
        " (answered / longest task)",
    );
  }
  return sizes;
}

async function main(): Promise<void> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (parsed === "help") {
    console.log(USAGE);
    return;
  }
  const options = parsed;
  const started = performance.now();
  const executablePath = chromiumPath();

  console.log("Building the product, the reference page and the probe…");
  let t = performance.now();
  await buildProduct();
  await buildReference();
  const probeScript = await buildProbeScript();
  const files = await writeSyntheticFiles(options.sizes, PRODUCT_DIR, REFERENCE_DIR);
  console.log(
    `  built in ${seconds(t)} s; graphs: ` +
      files.map((f) => `${f.id} (${(f.bytes / 1e6).toFixed(1)} MB)`).join(", "),
  );

  const productServer = await serveStatic(PRODUCT_DIR);
  const referenceServer = await serveStatic(REFERENCE_DIR);
  const servers = {
    product: { server: productServer, gzipSizes: new GzipSizes(PRODUCT_DIR) },
    reference: { server: referenceServer, gzipSizes: new GzipSizes(REFERENCE_DIR) },
  } as const;
  const browser = await launchChromium();
  try {
    const chromium = `${browser.version()} (${executablePath})`;
    const machine = describeMachine();
    console.log(`Measuring in Chromium ${chromium}, ${VIEWPORT.width}×${VIEWPORT.height}…`);
    t = performance.now();
    const runs = await measureAll(browser, options, files, servers, probeScript);
    console.log("Interacting with the product: filter, select, focus…");
    const interactions = await measureAllInteractions(
      browser,
      files,
      servers.product.server,
      probeScript,
    );
    const measuredSeconds = seconds(t);
    console.log("Timing the side computation and the drafter…");
    const sidesTimings = measureSidesTimings(options.sizes, options.runs);
    const draftTiming = await measureDraftTiming(browser, options.runs * 5);

    const summaries = options.sizes.map((nodes) => summarise(nodes, runs));
    const busiest = Math.max(...runs.map((r) => r.loadAverage));
    const targets = checkTargets(summaries);
    const indexJs = await productIndexJs(servers.product.gzipSizes);
    const date = new Date();
    const { commit, dirty } = describeCommit();

    console.log(
      `\nQuotegraph bench, ${date.toISOString()}, commit ${commit}${dirty ? " + local changes" : ""}`,
    );
    console.log(`Chromium ${chromium}`);
    console.log(
      `Machine: ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`,
    );
    console.log(
      `Medians of ${options.runs} run(s) per page per size; ratio = product / reference\n`,
    );
    console.log(formatTable(summaries));
    console.log(
      "\nInteractions on the product, one run per size: answered = input to the next paint; " +
        "a task of 200 ms or more froze the page\n",
    );
    console.log(formatInteractionTable(interactions));
    console.log(
      `\nThe side computation (findSides, then findBrokers, under "everything"), in Node, ` +
        `median of ${options.runs} run(s) after a warm-up: times, there being no bare page to compare\n`,
    );
    console.log(formatSidesTimings(sidesTimings));
    console.log(`\n${formatDraftTiming(draftTiming)}`);
    if (busiest > cpus().length) {
      console.log(
        `\nCaution: the load average reached ${busiest.toFixed(1)} on ${cpus().length} cores ` +
          "during the runs: other work competed for the CPU, so times are noisy.",
      );
    }
    console.log(
      `\nFor information: the product's index.html alone loads ` +
        `${(indexJs.gzipBytes / 1024).toFixed(1)} KiB gzip (${indexJs.scripts.length} file(s)).`,
    );
    console.log(describeChecks(targets));

    const results = {
      date: date.toISOString(),
      commit,
      dirty,
      chromium,
      machine,
      options: {
        ...options,
        viewport: VIEWPORT,
        runTimeoutMs: RUN_TIMEOUT_MS,
        panZoomMs: PAN_ZOOM_MS,
      },
      graphs: files,
      productIndexHtmlJs: indexJs,
      summaries,
      targets,
      interactions,
      sidesTimings,
      draftTiming,
      runs,
      seconds: { measuring: Number(measuredSeconds), total: Number(seconds(started)) },
    };
    await mkdir(RESULTS_DIR, { recursive: true });
    const text = `${JSON.stringify(results, null, 2)}\n`;
    const stamped = join(RESULTS_DIR, `${fileStamp(date)}.json`);
    await writeFile(stamped, text);
    await writeFile(join(RESULTS_DIR, "latest.json"), text);
    console.log(`\nWrote ${stamped} and latest.json; the bench took ${seconds(started)} s.`);
  } finally {
    await browser.close();
    await productServer.close();
    await referenceServer.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
