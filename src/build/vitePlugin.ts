import { resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { buildGraphs, type GraphsBuild } from "./buildGraphs.ts";

const CONTENT_TYPE = "application/json; charset=utf-8";

/**
 * Publishes the graphs built from data/ into the static output (`graphs/index.json`,
 * `graphs/<id>.json`, `schema/graph-v1.schema.json`). `vite build` fails, listing every
 * problem, when an annotation has a quote that is not the source's own words; `vite` (dev)
 * serves the same files from memory and rebuilds them when anything under data/ changes.
 */
export function quotegraphData(options: { dataDir?: string } = {}): Plugin {
  let dataDir = "";
  let cached: GraphsBuild | null = null;
  const current = () => (cached ??= buildGraphs(dataDir));
  const report = (build: GraphsBuild) =>
    `Quotegraph could not build the graphs from ${dataDir}:\n  ${build.errors.join("\n  ")}`;

  return {
    name: "quotegraph-data",
    configResolved(config) {
      dataDir = resolve(config.root, options.dataDir ?? "data");
    },
    buildStart() {
      if (this.environment.mode !== "build") return;
      cached = null;
      const build = current();
      if (build.errors.length > 0) this.error(report(build));
      this.addWatchFile(dataDir);
    },
    generateBundle() {
      for (const [fileName, source] of current().files) {
        this.emitFile({ type: "asset", fileName, source });
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(dataDir);
      // Problems go to the terminal and to Vite's error overlay in the browser.
      const showErrors = (build: GraphsBuild) => {
        server.config.logger.error(report(build));
        server.ws.send({ type: "error", err: { message: report(build), stack: "" } });
      };
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(dataDir)) return;
        cached = null;
        server.ws.send({ type: "full-reload" });
      };
      server.watcher.on("change", onChange);
      server.watcher.on("add", onChange);
      server.watcher.on("unlink", onChange);

      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? "").split("?")[0] ?? "").replace(/^\/+/, "");
        const build = current();
        const file = build.files.get(path);
        if (file === undefined) return next();
        if (path === "graphs/index.json" && build.errors.length > 0) showErrors(build);
        res.setHeader("Content-Type", CONTENT_TYPE);
        res.end(file);
      });
    },
  };
}
