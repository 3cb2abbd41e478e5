import { describe, expect, it } from "vitest";
import {
  EVENTS_FROM_MS,
  FROZEN_FROM_MS,
  INTERACTIONS,
  summariseInteraction,
  type InteractionResult,
} from "../../../bench/interactions.ts";
import { formatInteractionTable } from "../../../bench/table.ts";

describe("summariseInteraction", () => {
  it("counts only the long tasks and input events from the input on", () => {
    const tasks = [
      { start: 50, duration: 900 }, // before the input: another interaction's
      { start: 1000, duration: 120 },
      { start: 1300, duration: 450 },
      { start: 2000, duration: 60 },
    ];
    const events = [
      { start: 40, duration: 960 },
      { start: 1001, duration: 24 },
      { start: 1003, duration: 136 },
    ];
    expect(summariseInteraction("filter", 1000, tasks, events)).toEqual({
      interaction: "filter",
      answeredMs: 136,
      longestTaskMs: 450,
      blockedMs: 630,
      settledMs: 1060,
    });
  });

  it("is all zeros when the interaction ran no long task and answered at once", () => {
    expect(
      summariseInteraction(
        "select",
        500,
        [{ start: 100, duration: 80 }],
        [{ start: 90, duration: 40 }],
      ),
    ).toEqual({
      interaction: "select",
      answeredMs: 0,
      longestTaskMs: 0,
      blockedMs: 0,
      settledMs: 0,
    });
  });
});

describe("formatInteractionTable", () => {
  const result = (
    interaction: InteractionResult["interaction"],
    longest: number,
  ): InteractionResult => ({
    interaction,
    answeredMs: longest === 100 ? 0 : 48,
    longestTaskMs: longest,
    blockedMs: longest,
    settledMs: longest * 2,
  });

  it("shows, per size and interaction, when it answered, its longest task and settled", () => {
    const quick = INTERACTIONS.map((i) => result(i, 100));
    const slow = quick.map((r) => (r.interaction === "focus" ? result("focus", 4321) : r));
    const lines = formatInteractionTable([
      { nodes: 1000, results: quick },
      { nodes: 20000, results: slow },
    ]).split("\n");
    expect(lines[0]).toMatch(/answered\s+longest task\s+settled$/);
    expect(lines).toHaveLength(1 + 2 * INTERACTIONS.length);
    expect(lines[1]).toMatch(
      new RegExp(`^1,000 nodes\\s+filter\\s+< ${EVENTS_FROM_MS} ms\\s+0\\.10 s\\s+0\\.20 s$`),
    );
    const focus = lines.find((l) => l.startsWith("20,000 nodes") && l.includes("focus "));
    expect(focus).toMatch(/0\.05 s\s+4\.32 s\s+8\.64 s\s+froze$/);
    expect(lines.filter((l) => l.endsWith("froze"))).toHaveLength(1);
    expect(FROZEN_FROM_MS).toBe(200);
  });

  it("says n/a for an interaction it has no result for", () => {
    const table = formatInteractionTable([{ nodes: 5000, results: [result("filter", 10)] }]);
    expect(table.split("\n").filter((l) => l.includes("n/a"))).toHaveLength(
      INTERACTIONS.length - 1,
    );
  });
});
