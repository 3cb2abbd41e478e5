import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "./chromium.ts";
import { serveStatic } from "./server.ts";

// The type-only import above makes "vitest" resolvable for this augmentation.
declare module "vitest" {
  export interface ProvidedContext {
    /** Where the built app is served, with a trailing slash: http://127.0.0.1:PORT/ */
    baseUrl: string;
  }
}

/** Builds the app once with Vite (unless $QUOTEGRAPH_DIST is given), and serves it on loopback. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail before a long build if the browser is not there (throws the install hint).
  chromiumPath();

  let root: string;
  let tempDir: string | undefined;
  const given = process.env["QUOTEGRAPH_DIST"];
  if (given !== undefined && given !== "") {
    root = resolve(given);
    if (!existsSync(join(root, "index.html")) || !statSync(root).isDirectory()) {
      throw new Error(`QUOTEGRAPH_DIST=${given} is not a built app folder (no index.html in it).`);
    }
  } else {
    tempDir = await mkdtemp(join(tmpdir(), "quotegraph-dist-"));
    root = tempDir;
    // Vitest sets NODE_ENV=test, which would give a development build of React.
    const nodeEnv = process.env["NODE_ENV"];
    process.env["NODE_ENV"] = "production";
    try {
      await build({
        root: process.cwd(),
        mode: "production",
        logLevel: "warn",
        build: { outDir: tempDir, emptyOutDir: true },
      });
    } catch (error) {
      await rm(tempDir, { recursive: true, force: true });
      throw error;
    } finally {
      if (nodeEnv === undefined) delete process.env["NODE_ENV"];
      else process.env["NODE_ENV"] = nodeEnv;
    }
  }

  const server = await serveStatic(root);
  project.provide("baseUrl", server.url);

  return async () => {
    await server.close();
    if (tempDir !== undefined) await rm(tempDir, { recursive: true, force: true });
  };
}
