import { build } from "vite";
import { PRODUCT_DIR, REPO_ROOT } from "../paths.ts";
import { withProductionEnv } from "./productionEnv.ts";

/** Builds the app exactly as `npm run build` does (its own vite.config.ts), into PRODUCT_DIR. */
export async function buildProduct(): Promise<string> {
  await withProductionEnv(() =>
    build({
      root: REPO_ROOT,
      mode: "production",
      logLevel: "warn",
      build: { outDir: PRODUCT_DIR, emptyOutDir: true },
    }),
  );
  return PRODUCT_DIR;
}
