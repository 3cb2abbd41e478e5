import { execFileSync } from "node:child_process";
import { cpus, release, totalmem, type as osType } from "node:os";
import { REPO_ROOT } from "./paths.ts";

/** The machine the numbers come from: they mean little without it. */
export interface Machine {
  readonly cpus: string;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpus: `${list.length} × ${list[0]?.model.trim() ?? "unknown CPU"}`,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()} ${process.arch}`,
    node: process.version,
  };
}

/** The commit measured, and whether the working tree had changes on top of it. */
export function describeCommit(): { readonly commit: string; readonly dirty: boolean } {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  try {
    return {
      commit: git("rev-parse", "--short", "HEAD"),
      dirty: git("status", "--porcelain") !== "",
    };
  } catch {
    return { commit: "unknown", dirty: true };
  }
}

/** An ISO date-time usable as a file name everywhere (no colons). */
export function fileStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
}
