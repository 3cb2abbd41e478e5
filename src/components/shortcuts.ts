/**
 * The keyboard shortcuts, listed once: the help dialog shows this list and the handlers use
 * the same keys. None needs a modifier, and none fires while typing in a field.
 */
export const SHORTCUTS = [
  { keys: ["/"], what: "Search" },
  { keys: ["Escape"], what: "Clear the selection (or close this dialog)" },
  { keys: ["f"], what: "Fit the whole graph in view" },
  { keys: ["+", "-"], what: "Zoom in, zoom out" },
  { keys: ["g", "l"], what: "Show the graph, show the list" },
  { keys: ["d", "a", "p", "s"], what: "Details, Article, Path, Sides" },
  { keys: ["1", "2", "3"], what: "Focus on the selected entity's neighbourhood, 1–3 hops" },
  { keys: ["0"], what: "Clear the focus" },
  { keys: ["?"], what: "This list of shortcuts" },
] as const;

/** True when a key press belongs to a field or a modified chord, not to a shortcut. */
export function isTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return true;
  const target = event.target;
  // Key events can also come from the document or window themselves.
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName) ||
    target.closest("dialog[open]") !== null
  );
}
