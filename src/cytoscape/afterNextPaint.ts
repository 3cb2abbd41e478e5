/**
 * Runs `work` once the browser has painted what is on screen now: a frame callback comes
 * just before the next paint, and a task queued from it runs just after. Returns a function
 * that cancels it if it has not run yet.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
