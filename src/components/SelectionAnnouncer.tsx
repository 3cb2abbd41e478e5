import { selectGraph, selectSelection } from "../store/selectors.ts";
import { announceSelection } from "./describe.ts";
import { useAppState } from "./StoreContext.tsx";

/** Announces each new selection to screen readers, wherever it came from. */
export function SelectionAnnouncer() {
  const graph = useAppState(selectGraph);
  const selection = useAppState(selectSelection);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {graph ? announceSelection(graph, selection) : ""}
    </p>
  );
}
