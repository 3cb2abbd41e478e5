import { fileURLToPath } from "node:url";

/** Where everything the bench reads and writes lives, whatever the working directory. */
export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Builds and generated graphs; git-ignored and rebuilt on every run. */
export const WORK_DIR = fileURLToPath(new URL(".work/", import.meta.url));
export const PRODUCT_DIR = fileURLToPath(new URL(".work/product/", import.meta.url));
export const REFERENCE_DIR = fileURLToPath(new URL(".work/reference/", import.meta.url));
export const PROBE_DIR = fileURLToPath(new URL(".work/probe/", import.meta.url));
export const REFERENCE_SOURCE_DIR = fileURLToPath(new URL("reference/", import.meta.url));
export const PROBE_ENTRY = fileURLToPath(new URL("page/probe.ts", import.meta.url));
/** Committed results. */
export const RESULTS_DIR = fileURLToPath(new URL("results/", import.meta.url));
