// @vitest-environment jsdom
// afterNextPaint: work waits for a frame and then a task, so the browser paints in between;
// it can be cancelled at either stage.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint } from "../../src/cytoscape/afterNextPaint.ts";

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
  });
});
afterEach(() => vi.useRealTimers());

describe("afterNextPaint", () => {
  it("runs the work in a task queued from the next frame, not in the frame itself", () => {
    const order: string[] = [];
    afterNextPaint(() => order.push("work"));
    requestAnimationFrame(() => order.push("same frame"));
    expect(order).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(order).toEqual(["same frame"]);
    vi.advanceTimersByTime(1); // a zero delay counts as 1 ms under fake timers
    expect(order).toEqual(["same frame", "work"]);
  });

  it("does not run once cancelled, before the frame or after it", () => {
    const early = vi.fn();
    const late = vi.fn();
    afterNextPaint(early)();
    const cancelLate = afterNextPaint(late);
    vi.advanceTimersToNextFrame();
    cancelLate();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
