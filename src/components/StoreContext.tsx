import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "zustand";
import type { AppActions, AppStore } from "../store/createAppStore.ts";
import type { AppState } from "../store/transitions.ts";

const StoreContext = createContext<AppStore | null>(null);

/** Provides one store to the tree: the app's, or a fresh one per test. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for actions and for subscriptions outside rendering. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStoreApi must be used inside <StoreProvider>");
  return store;
}

/** One value from the store; pass a module-level selector so it is stable between renders. */
export function useAppState<T>(selector: (state: AppState & AppActions) => T): T {
  return useStore(useAppStoreApi(), selector);
}
