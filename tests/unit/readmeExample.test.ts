// The README's annotation example must stay true: it builds against the real article.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraphDocument } from "../../src/pipeline/buildGraphDocument.ts";

describe("README's 'Add your own article' example", () => {
  it("is a valid annotation whose quotes resolve in the article", () => {
    const readme = readFileSync(resolve("README.md"), "utf8");
    const block = /## Add your own article[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const annotation: unknown = JSON.parse(block!);
    const article = readFileSync(
      resolve("data/sources/venezuela-russia-weapons-talks.txt"),
      "utf8",
    );
    const built = buildGraphDocument(
      annotation,
      new Map([["venezuela-russia-weapons-talks.txt", article]]),
    );
    expect(built.ok ? [] : built.problems).toEqual([]);
    expect(built.ok && built.value.edges[0]?.claim).toEqual({ by: "fermin" });
  });
});
