import { useEffect } from "react";
import { FOCUS_HOPS, type SidebarTab } from "../store/transitions.ts";
import { useCanvasHandle, ZOOM_STEP } from "./CanvasHandle.tsx";
import { useAppStoreApi } from "./StoreContext.tsx";
import { isTyping } from "./shortcuts.ts";

/**
 * Every keyboard shortcut of the app (listed in shortcuts.ts), in one handler; fit and zoom go
 * to the canvas through its handle. `openHelp` opens the shortcuts dialog.
 */
export function useShortcuts(openHelp: () => void): void {
  const store = useAppStoreApi();
  const canvas = useCanvasHandle();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event)) return;
      const s = store.getState();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      const selectedNode = s.selection?.kind === "node" ? s.selection.id : null;
      // A tab's shortcut takes focus there too, so the next Tab goes into what it showed. The
      // tabs are always in the page; on a wide screen the article has no tab, but its region.
      const showTab = (tab: SidebarTab) => {
        s.showSidebar(tab);
        const target = document.getElementById(`sidebar-tab-${tab}`);
        (target ?? document.getElementById(`${tab}-region`))?.focus();
      };
      const view = canvas.current;
      switch (event.key) {
        case "f":
          if (view) run(() => view.fit());
          return;
        case "+":
        case "=":
          if (view) run(() => view.zoomBy(ZOOM_STEP));
          return;
        case "-":
          if (view) run(() => view.zoomBy(1 / ZOOM_STEP));
          return;
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
          return run(() => showTab("details"));
        case "a":
          return run(() => showTab("article"));
        case "p":
          return run(() => showTab("path"));
        case "s":
          return run(() => showTab("sides"));
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
  }, [store, canvas, openHelp]);
}
