import { describe, expect, it } from "vitest";
import {
  FROZEN_FROM_MS,
  summariseInteraction,
  type InteractionResult,
} from "../../../bench/interactions.ts";
import { formatInteractionTable } from "../../../bench/table.ts";

describe("summariseInteraction", () => {
  it("counts only the long tasks from the input on", () => {
    const tasks = [
      { start: 50, duration: 900 }, // before the input: another interaction's
      { start: 1000, duration: 120 },
      { start: 1300, duration: 450 },
      { start: 2000, duration: 60 },
    ];
    expect(summariseInteraction("filter", 1000, tasks)).toEqual({
      interaction: "filter",
      longestTaskMs: 450,
      blockedMs: 630,
      settledMs: 1060,
    });
  });

  it("is all zeros when the interaction ran no long task", () => {
    expect(summariseInteraction("select", 500, [{ start: 100, duration: 80 }])).toEqual({
      interaction: "select",
      longestTaskMs: 0,
      blockedMs: 0,
      settledMs: 0,
    });
  });
});

describe("formatInteractionTable", () => {
  const result = (interaction: InteractionResult["interaction"], longest: number) => ({
    interaction,
    longestTaskMs: longest,
    blockedMs: longest,
    settledMs: longest * 2,
  });

  it("shows the longest task and the time to settle, and whether the page froze", () => {
    const quick = (["filter", "unfilter", "select", "focus", "unfocus"] as const).map((i) =>
      result(i, 100),
    );
    const slow = quick.map((r) => (r.interaction === "focus" ? result("focus", 4321) : r));
    const lines = formatInteractionTable([
      { nodes: 1000, results: quick },
      { nodes: 20000, results: slow },
    ]).split("\n");
    expect(lines[0]).toMatch(/filter\s+unfilter\s+select\s+focus\s+unfocus/);
    expect(lines[0]).toContain(`no task ≥ ${FROZEN_FROM_MS} ms`);
    expect(lines[1]).toMatch(/^1,000 nodes\s+0\.10 s \/ 0\.20 s .* met$/);
    expect(lines[2]).toContain("4.32 s / 8.64 s");
    expect(lines[2]).toMatch(/^20,000 nodes .* NOT MET$/);
  });

  it("says n/a for an interaction it has no result for", () => {
    const table = formatInteractionTable([{ nodes: 5000, results: [result("filter", 10)] }]);
    expect(table.split("\n")[1]).toContain("n/a");
  });
});
