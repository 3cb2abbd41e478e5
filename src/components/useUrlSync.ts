import { useEffect } from "react";
import { paramsToView, viewToParams } from "../store/urlState.ts";
import { useAppStoreApi } from "./StoreContext.tsx";

/**
 * Keeps the address bar in step with the view, so a link reopens exactly this view: a new
 * selection adds a history entry (Back and Forward step through selections), any other change
 * replaces the current one. Opening a link, or going Back, puts its view on the store.
 */
export function useUrlSync(): void {
  const store = useAppStoreApi();

  useEffect(() => {
    let applied = false;
    const apply = () =>
      store.getState().applyUrlView(paramsToView(new URLSearchParams(location.search)));

    const write = () => {
      const state = store.getState();
      if (state.load.status !== "ready") return;
      if (!applied) {
        // The first time the graph is ready, the link decides the view.
        applied = true;
        apply();
        return;
      }
      const params = viewToParams(state);
      // No "?" for an empty view: location.search is "" then, and the two must compare equal.
      const search = params.toString() === "" ? "" : `?${params.toString()}`;
      if (search === location.search) return;
      const current = new URLSearchParams(location.search);
      const selectionChanged =
        current.get("node") !== params.get("node") || current.get("edge") !== params.get("edge");
      const url = `${location.pathname}${search}${location.hash}`;
      if (selectionChanged) history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    };

    write();
    const unsubscribe = store.subscribe(write);
    window.addEventListener("popstate", apply);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", apply);
    };
  }, [store]);
}
