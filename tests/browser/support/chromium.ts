import { accessSync, constants, statSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Same message as scripts/ensure-chromium.mjs. */
export const CHROMIUM_NOT_FOUND =
  "Chromium not found. Install Debian's package: sudo apt-get install -y chromium, " +
  "or set CHROMIUM_PATH=/path/to/chromium";

const DEFAULT_PATH = "/usr/bin/chromium";

/**
 * Flags this machine needs: it runs as root (no sandbox), has no GPU, and a closed network
 * (background networking would try to reach Google's hosts at every start).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** $CHROMIUM_PATH if set (must be executable), else /usr/bin/chromium. Never installs. */
export function chromiumPath(): string {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv !== undefined && fromEnv !== "") {
    if (!isExecutableFile(fromEnv)) {
      throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist or is not an executable file.`);
    }
    return fromEnv;
  }
  if (!isExecutableFile(DEFAULT_PATH)) throw new Error(CHROMIUM_NOT_FOUND);
  return DEFAULT_PATH;
}

/** Headless Debian Chromium via playwright-core (which adds its own temporary user-data-dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
