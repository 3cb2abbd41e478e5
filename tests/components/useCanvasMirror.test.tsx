// useCanvasMirror: on a small graph canvas updates run at once; on a large one after the next
// paint, in order, cancellable, with `updating` true until each has been drawn.
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useCanvasMirror } from "../../src/components/useCanvasMirror.ts";

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"],
  });
});
afterEach(() => vi.useRealTimers());

const canvas = { destroyed: () => false };

/** One frame, then the task queued from it (a zero delay counts as 1 ms under fake timers). */
function paintAndRun() {
  act(() => {
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
  });
}

describe("useCanvasMirror", () => {
  it("runs at once on a small graph, and is never updating", () => {
    const { result } = renderHook(() => useCanvasMirror(canvas, false));
    const work = vi.fn();
    act(() => void result.current.run(work));
    expect(work).toHaveBeenCalledWith(canvas);
    expect(result.current.updating).toBe(false);
  });

  it("does nothing without a canvas", () => {
    const { result } = renderHook(() => useCanvasMirror(null, true));
    const work = vi.fn();
    act(() => void result.current.run(work));
    paintAndRun();
    expect(work).not.toHaveBeenCalled();
    expect(result.current.updating).toBe(false);
  });

  it("on a large graph runs after the next paint, in order, updating until drawn", () => {
    const { result } = renderHook(() => useCanvasMirror(canvas, true));
    const order: string[] = [];
    act(() => {
      result.current.run(() => order.push("filters"));
      result.current.run(() => order.push("focus"));
    });
    expect(order).toEqual([]);
    expect(result.current.updating).toBe(true);
    paintAndRun();
    expect(order).toEqual(["filters", "focus"]);
    expect(result.current.updating).toBe(true);
    // The frame in which Cytoscape draws the change.
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current.updating).toBe(false);
  });

  it("never runs a cancelled update, and stops updating", () => {
    const { result } = renderHook(() => useCanvasMirror(canvas, true));
    const work = vi.fn();
    let cancel: (() => void) | undefined;
    act(() => {
      cancel = result.current.run(work);
    });
    act(() => cancel?.());
    paintAndRun();
    expect(work).not.toHaveBeenCalled();
    expect(result.current.updating).toBe(false);
    // Cancelling twice, or after the end, changes nothing.
    act(() => cancel?.());
    expect(result.current.updating).toBe(false);
  });

  it("stops updating even when an update throws", () => {
    const { result } = renderHook(() => useCanvasMirror(canvas, true));
    act(() => {
      result.current.run(() => {
        throw new Error("Cytoscape failed");
      });
    });
    expect(() => paintAndRun()).toThrow("Cytoscape failed");
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current.updating).toBe(false);
  });

  it("skips the work on a canvas destroyed in the meantime", () => {
    let destroyed = false;
    const going = { destroyed: () => destroyed };
    const { result } = renderHook(() => useCanvasMirror(going, true));
    const work = vi.fn();
    act(() => void result.current.run(work));
    destroyed = true;
    paintAndRun();
    expect(work).not.toHaveBeenCalled();
    expect(result.current.updating).toBe(false);
  });
});
