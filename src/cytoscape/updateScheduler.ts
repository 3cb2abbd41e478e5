import { afterNextPaint } from "./afterNextPaint.ts";

/**
 * When the canvas applies what it was asked. On a small graph at once. On a large one
 * Cytoscape may hold the page for seconds to restyle and redraw, and the reader must first see
 * that the click was taken (the box ticked, the details shown): the work runs after the
 * browser has painted, and a newer request replaces a pending one, since the work always
 * applies the whole latest state. `onUpdating(true)` is called when work is pending and
 * `onUpdating(false)` once it has been drawn.
 */
export interface UpdateScheduler {
  request(): void;
  /** Drops pending work (the canvas is going). */
  cancel(): void;
}

export function createUpdateScheduler(
  deferred: boolean,
  work: () => void,
  onUpdating: (updating: boolean) => void = () => {},
): UpdateScheduler {
  let cancelPending: (() => void) | null = null;
  let drawn: number | undefined;
  let updating = false;
  const setUpdating = (next: boolean) => {
    if (next === updating) return;
    updating = next;
    onUpdating(next);
  };
  const cancel = () => {
    cancelPending?.();
    cancelPending = null;
    if (drawn !== undefined) cancelAnimationFrame(drawn);
    drawn = undefined;
  };
  return {
    request() {
      if (!deferred) return work();
      cancel();
      setUpdating(true);
      cancelPending = afterNextPaint(() => {
        cancelPending = null;
        try {
          work();
        } finally {
          // Cytoscape draws in its own frame callback, queued before this one.
          drawn = requestAnimationFrame(() => {
            drawn = undefined;
            setUpdating(false);
          });
        }
      });
    },
    cancel() {
      cancel();
      setUpdating(false);
    },
  };
}
