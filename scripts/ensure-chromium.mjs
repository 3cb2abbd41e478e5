#!/usr/bin/env node
// Makes sure Debian's Chromium is available for the browser tests.
//
// Lookup: $CHROMIUM_PATH if set (must be an executable file), else /usr/bin/chromium.
// If it is missing and we are root on a Debian-like machine, installs Debian's `chromium`
// package with apt-get. It never downloads a browser any other way.
// On success prints one line: the path and `chromium --version`.
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";

const DEFAULT_PATH = "/usr/bin/chromium";
const NOT_FOUND =
  "Chromium not found. Install Debian's package: sudo apt-get install -y chromium, " +
  "or set CHROMIUM_PATH=/path/to/chromium";

/** @param {string} path */
function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/etc/debian_version")) return false;
  const probe = spawnSync("apt-get", ["--version"], { stdio: "ignore" });
  return probe.status === 0;
}

/** @param {string[]} args */
function aptGet(args) {
  console.log(`$ apt-get ${args.join(" ")}`);
  const result = spawnSync("apt-get", args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.error) fail(`apt-get could not be started: ${result.error.message}\n${NOT_FOUND}`);
  if (result.status !== 0) {
    fail(`apt-get ${args[0]} failed (exit ${String(result.status)}).\n${NOT_FOUND}`);
  }
}

/** @param {string} path */
function report(path) {
  // Debian's wrapper script may print shell noise on stderr; only stdout is the version.
  const result = spawnSync(path, ["--version"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const version = (result.stdout ?? "").trim();
  if (result.error || result.status !== 0 || version === "") {
    const why = result.error ? result.error.message : (result.stderr ?? "").trim();
    fail(`Chromium at ${path} does not run (\`${path} --version\` failed): ${why}`);
  }
  console.log(`Chromium: ${path} (${version})`);
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv !== undefined && fromEnv !== "") {
  if (!isExecutableFile(fromEnv)) {
    fail(`CHROMIUM_PATH=${fromEnv} does not exist or is not an executable file.`);
  }
  report(fromEnv);
} else if (isExecutableFile(DEFAULT_PATH)) {
  report(DEFAULT_PATH);
} else if (canInstallWithApt()) {
  console.log(`${DEFAULT_PATH} is missing: installing Debian's chromium package.`);
  aptGet(["update"]);
  aptGet(["install", "-y", "chromium"]);
  if (!isExecutableFile(DEFAULT_PATH)) {
    fail(`apt-get installed chromium but ${DEFAULT_PATH} is still missing.\n${NOT_FOUND}`);
  }
  report(DEFAULT_PATH);
} else {
  fail(NOT_FOUND);
}
