import { describe, expect, it } from "vitest";
import {
  checkTargets,
  describeBound,
  describeChecks,
  isMet,
  targetFor,
  TARGETS,
} from "../../../bench/targets.ts";
import { summary } from "./fixtures.ts";

describe("targetFor", () => {
  it.each([
    ["initialJsGzipBytes", 1000, "≤ 1.10×"],
    ["drawnMs", 1000, null],
    ["drawnMs", 5000, "≤ 1.00×"],
    ["drawnMs", 20000, "≤ 0.75×"],
    ["fps", 1000, "≥ 1.00×"],
    ["fps", 20000, "≥ 1.00×"],
    ["heapMB", 5000, null],
  ] as const)("%s at %i nodes: %s", (metric, nodes, bound) => {
    const target = targetFor(metric, nodes);
    expect(target ? describeBound(target) : null).toBe(bound);
  });
});

describe("isMet", () => {
  const atMost = TARGETS.find((t) => t.metric === "drawnMs" && t.nodes === 20000)!;
  const atLeast = TARGETS.find((t) => t.metric === "fps")!;
  it.each([
    [atMost, 0.5, true],
    [atMost, 0.75, true],
    [atMost, 0.76, false],
    [atLeast, 1, true],
    [atLeast, 1.3, true],
    [atLeast, 0.99, false],
    [atMost, Number.NaN, false],
    [atLeast, Number.NaN, false],
  ])("%o with ratio %d: %s", (target, ratio, met) => {
    expect(isMet(target, ratio)).toBe(met);
  });
});

describe("checkTargets", () => {
  it("checks every target that applies to each size measured", () => {
    const checks = checkTargets([
      summary(1000, { drawnMs: 2, fps: 1.2, heapMB: 3, initialJsGzipBytes: 1.05 }),
      summary(5000, { drawnMs: 0.9, fps: 0.8, heapMB: 3, initialJsGzipBytes: 1.05 }),
    ]);
    expect(checks.map((c) => [c.metric, c.nodes, c.met])).toEqual([
      ["initialJsGzipBytes", 1000, true],
      ["fps", 1000, true],
      ["initialJsGzipBytes", 5000, true],
      ["drawnMs", 5000, true],
      ["fps", 5000, false],
    ]);
  });
});

describe("describeChecks", () => {
  it("counts the targets met", () => {
    const all = checkTargets([
      summary(5000, { drawnMs: 1, fps: 1, heapMB: 1, initialJsGzipBytes: 1 }),
    ]);
    expect(describeChecks(all)).toBe("All 3 targets met.");
    const some = checkTargets([
      summary(5000, { drawnMs: 2, fps: 1, heapMB: 1, initialJsGzipBytes: 1 }),
    ]);
    expect(describeChecks(some)).toBe("2 of 3 targets met (by size; see NOT MET above).");
    expect(describeChecks([])).toBe("No target applies to the sizes measured.");
  });
});
