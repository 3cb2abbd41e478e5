import { useCallback, useState } from "react";
import { afterNextPaint } from "./afterNextPaint.ts";

/**
 * Runs canvas updates: at once on a small graph; on a large one after the next paint (see
 * `useCanvasController`), in the order asked, each cancelled if its effect is cleaned up first
 * (a newer one then carries the whole current state). `updating` is true while any has not
 * been drawn yet. Generic over the canvas (Cytoscape's Core in the app) so it can be tested
 * without one.
 */
export function useCanvasMirror<Canvas extends { destroyed(): boolean }>(
  cy: Canvas | null,
  large: boolean,
) {
  const [waiting, setWaiting] = useState(0);
  const run = useCallback(
    (work: (cy: Canvas) => void): (() => void) | undefined => {
      if (!cy) return undefined;
      if (!large) {
        work(cy);
        return undefined;
      }
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        setWaiting((n) => n - 1);
      };
      setWaiting((n) => n + 1);
      let drawn: number | undefined;
      const cancel = afterNextPaint(() => {
        if (cy.destroyed()) return settle();
        try {
          work(cy);
        } finally {
          // Cytoscape draws in its own frame callback, queued before this one.
          drawn = requestAnimationFrame(settle);
        }
      });
      return () => {
        cancel();
        if (drawn !== undefined) cancelAnimationFrame(drawn);
        settle();
      };
    },
    [cy, large],
  );
  return { run, updating: waiting > 0 };
}
