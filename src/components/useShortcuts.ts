import { useEffect } from "react";
import { FOCUS_HOPS } from "../store/transitions.ts";
import { useAppStoreApi } from "./StoreContext.tsx";
import { isTyping } from "./shortcuts.ts";

/**
 * The app-wide shortcuts (see shortcuts.ts); the canvas's own (fit, zoom) live with the canvas.
 * `openHelp` opens the shortcuts dialog.
 */
export function useShortcuts(openHelp: () => void): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event)) return;
      const s = store.getState();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      const selectedNode = s.selection?.kind === "node" ? s.selection.id : null;
      switch (event.key) {
        case "/":
          return run(() =>
            document.querySelector<HTMLInputElement>('[aria-label="Search"]')?.focus(),
          );
        case "?":
          return run(openHelp);
        case "Escape":
          return run(() => s.select(null));
        case "g":
          return run(() => s.showView("graph"));
        case "l":
          return run(() => s.showView("list"));
        case "d":
          return run(() => s.showSidebar("details"));
        case "a":
          return run(() => s.showSidebar("article"));
        case "p":
          return run(() => s.showSidebar("path"));
        case "1":
        case "2":
        case "3": {
          const hops = FOCUS_HOPS.find((h) => String(h) === event.key);
          if (selectedNode && hops) run(() => s.focusOn(selectedNode, hops));
          return;
        }
        case "0":
          return run(() => s.clearFocus());
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [store, openHelp]);
}
