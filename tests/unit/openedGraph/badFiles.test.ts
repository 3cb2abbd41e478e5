import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readGraphBytes } from "../../../src/domain/openedGraph/readGraphFile.ts";
import type { Problem } from "../../../src/domain/problems.ts";
import { expectSound } from "./support.ts";

/**
 * The corpus of files a reader might open (tests/fixtures/bad-files/): each must give exactly
 * the problems expected.json lists for it, or be accepted.
 */
const DIR = resolve(import.meta.dirname, "../../fixtures/bad-files");
const NOT_CORPUS = new Set(["expected.json", "README.md"]);

const expected = JSON.parse(readFileSync(resolve(DIR, "expected.json"), "utf8")) as Record<
  string,
  "accepted" | Problem[]
>;
const files = readdirSync(DIR)
  .filter((f) => !NOT_CORPUS.has(f))
  .sort();

describe("the bad-file corpus", () => {
  it("has an expectation for every file, and a file for every expectation", () => {
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it("keeps its files small", () => {
    for (const f of files) expect(readFileSync(resolve(DIR, f)).length, f).toBeLessThan(32_000);
  });

  it.each(files)("%s", (file) => {
    const result = readGraphBytes(new Uint8Array(readFileSync(resolve(DIR, file))), file);
    expectSound(result);
    const want = expected[file];
    if (want === "accepted") {
      expect(result.ok ? "accepted" : result.problems).toBe("accepted");
    } else {
      expect(result.ok ? "accepted" : result.problems).toEqual(want);
    }
  });
});
