import { describe, expect, it } from "vitest";
import { median, ratio, summarise } from "../../../bench/stats.ts";
import { runResult } from "./fixtures.ts";

describe("median", () => {
  it.each([
    [[3], 3],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5, 5, 1], 5],
    [[-1, 1], 0],
  ])("of %j is %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("is NaN for no values, and leaves its input alone", () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("ratio", () => {
  it.each([
    [2, 1, 2],
    [1, 4, 0.25],
    [0, 5, 0],
  ])("%d / %d is %d", (p, r, expected) => {
    expect(ratio(p, r)).toBe(expected);
  });

  it("is NaN when the reference measured zero", () => {
    expect(ratio(1, 0)).toBeNaN();
  });
});

describe("summarise", () => {
  it("takes the medians of one size's runs per page, and their ratios", () => {
    const runs = [
      runResult("product", 1000, { drawnMs: 1000, fps: 30, heapMB: 20, initialJsGzipBytes: 300 }),
      runResult("product", 1000, { drawnMs: 3000, fps: 40, heapMB: 22, initialJsGzipBytes: 300 }),
      runResult("product", 1000, { drawnMs: 2000, fps: 50, heapMB: 21, initialJsGzipBytes: 300 }),
      runResult("reference", 1000, { drawnMs: 4000, fps: 20, heapMB: 10, initialJsGzipBytes: 200 }),
      runResult("reference", 1000, { drawnMs: 4000, fps: 25, heapMB: 14, initialJsGzipBytes: 200 }),
      // Another size: ignored.
      runResult("product", 5000, { drawnMs: 9, fps: 9, heapMB: 9, initialJsGzipBytes: 9 }),
    ];
    expect(summarise(1000, runs)).toEqual({
      nodes: 1000,
      product: { drawnMs: 2000, fps: 40, heapMB: 21, initialJsGzipBytes: 300 },
      reference: { drawnMs: 4000, fps: 22.5, heapMB: 12, initialJsGzipBytes: 200 },
      ratios: { drawnMs: 0.5, fps: 40 / 22.5, heapMB: 1.75, initialJsGzipBytes: 1.5 },
    });
  });
});
