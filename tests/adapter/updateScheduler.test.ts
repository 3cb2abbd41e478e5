// @vitest-environment jsdom
// The canvas's update scheduler: on a small graph work runs at once; on a large one after the
// next paint, the latest request only, cancellable, with `updating` true until it is drawn.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createUpdateScheduler } from "../../src/cytoscape/updateScheduler.ts";

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
  });
});
afterEach(() => vi.useRealTimers());

/** One frame, then the task queued from it (a zero delay counts as 1 ms under fake timers). */
function paintAndRun() {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
}

describe("createUpdateScheduler", () => {
  it("runs at once on a small graph, and is never updating", () => {
    const work = vi.fn();
    const updating = vi.fn();
    createUpdateScheduler(false, work, updating).request();
    expect(work).toHaveBeenCalledTimes(1);
    expect(updating).not.toHaveBeenCalled();
  });

  it("on a large graph runs after the next paint, once for many requests, updating until drawn", () => {
    const work = vi.fn();
    const updating: boolean[] = [];
    const scheduler = createUpdateScheduler(true, work, (u) => updating.push(u));
    scheduler.request();
    scheduler.request();
    expect(work).not.toHaveBeenCalled();
    expect(updating).toEqual([true]);
    paintAndRun();
    expect(work).toHaveBeenCalledTimes(1);
    expect(updating).toEqual([true]);
    // The frame in which Cytoscape draws the change.
    vi.advanceTimersToNextFrame();
    expect(updating).toEqual([true, false]);
  });

  it("a request after the frame but before the work waits for the next paint", () => {
    const work = vi.fn();
    const scheduler = createUpdateScheduler(true, work);
    scheduler.request();
    vi.advanceTimersToNextFrame();
    scheduler.request();
    vi.advanceTimersByTime(1);
    expect(work).not.toHaveBeenCalled();
    paintAndRun();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("never runs cancelled work, and stops updating", () => {
    const work = vi.fn();
    const updating: boolean[] = [];
    const scheduler = createUpdateScheduler(true, work, (u) => updating.push(u));
    scheduler.request();
    scheduler.cancel();
    paintAndRun();
    expect(work).not.toHaveBeenCalled();
    expect(updating).toEqual([true, false]);
    // Cancelling twice, or after the end, changes nothing.
    scheduler.cancel();
    expect(updating).toEqual([true, false]);
  });

  it("stops updating even when the work throws", () => {
    const updating: boolean[] = [];
    const scheduler = createUpdateScheduler(
      true,
      () => {
        throw new Error("Cytoscape failed");
      },
      (u) => updating.push(u),
    );
    scheduler.request();
    expect(() => paintAndRun()).toThrow("Cytoscape failed");
    vi.advanceTimersToNextFrame();
    expect(updating).toEqual([true, false]);
  });
});
