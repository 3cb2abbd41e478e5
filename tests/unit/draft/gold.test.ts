import { describe, expect, it } from "vitest";
import { draftAnnotation } from "../../../src/pipeline/draft/draft.ts";
import { GOLD_NAMES, goldText, readGold, score, type Score } from "./goldScore.ts";

/**
 * The drafter against hand-written gold lists (tests/fixtures/draft/). The texts were split
 * into a tuning set and a held-out set before the drafter was tuned; the thresholds below are
 * what it achieves on the tuning set (each text at least this), and the held-out figures are
 * printed, not asserted, so that they stay an honest measure (README, "Drafting a new
 * article", reports them).
 */
const TUNE_AT_LEAST = { coreTyped: 1, all: 0.84, real: 1, joined: 0.85 } as const;
/** The targets the drafter is held to on texts it was not tuned to (issue 12). */
const TARGETS = { coreTyped: 0.85, all: 0.7, real: 0.65, joined: 0.5 } as const;

const golds = GOLD_NAMES.map(readGold);
const scored = golds.map((g) => {
  const text = goldText(g);
  const draft = draftAnnotation(text, { file: "article.txt" });
  return { gold: g, score: score(draft.annotation, g) };
});

const pct = (x: number) => `${Math.round(x * 100)}%`;
const line = (name: string, s: Score) =>
  `${name.padEnd(18)} core named, right type ${pct(s.coreTyped).padStart(4)} · all ${pct(s.all).padStart(4)} · proposed real ${pct(s.real).padStart(4)} · key relations joined ${pct(s.joined).padStart(4)}`;
const mean = (xs: readonly Score[], k: keyof typeof TARGETS) =>
  xs.reduce((sum, s) => sum + s[k], 0) / xs.length;

describe("drafter recall and precision on the gold lists", () => {
  it("has both a tuning and a held-out set", () => {
    expect(golds.filter((g) => g.set === "tune").length).toBeGreaterThanOrEqual(3);
    expect(golds.filter((g) => g.set === "held-out").length).toBeGreaterThanOrEqual(3);
  });

  for (const { gold, score: s } of scored.filter((x) => x.gold.set === "tune")) {
    it(`tune: ${gold.name}`, () => {
      const report = { missed: s.missed, unreal: s.unreal, unjoined: s.unjoined };
      expect(s.coreTyped, JSON.stringify(report)).toBeGreaterThanOrEqual(TUNE_AT_LEAST.coreTyped);
      expect(s.all, JSON.stringify(report)).toBeGreaterThanOrEqual(TUNE_AT_LEAST.all);
      expect(s.real, JSON.stringify(report)).toBeGreaterThanOrEqual(TUNE_AT_LEAST.real);
      expect(s.joined, JSON.stringify(report)).toBeGreaterThanOrEqual(TUNE_AT_LEAST.joined);
    });
  }

  it("reports the held-out figures", () => {
    const held = scored.filter((x) => x.gold.set === "held-out");
    const lines = held.map(({ gold, score: s }) => line(gold.name, s));
    const all = held.map((x) => x.score);
    const means = Object.fromEntries(
      (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).map((k) => [k, mean(all, k)]),
    );
    console.log(
      [
        "Drafter on held-out texts (not tuned to):",
        ...lines,
        `mean: ${Object.entries(means)
          .map(([k, v]) => `${k} ${pct(v)} (target ${pct(TARGETS[k as keyof typeof TARGETS])})`)
          .join(", ")}`,
        ...held.flatMap(({ gold, score: s }) => [
          `  ${gold.name} missed: ${s.missed.join("; ") || "none"}`,
          `  ${gold.name} not real: ${s.unreal.join("; ") || "none"}`,
          `  ${gold.name} not joined: ${s.unjoined.join("; ") || "none"}`,
        ]),
      ].join("\n"),
    );
    expect(lines).toHaveLength(held.length);
  });
});
