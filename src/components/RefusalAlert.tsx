import { selectDismissRefusal, selectRefused } from "../store/selectors.ts";
import { LoadError } from "./LoadError.tsx";
import { OPEN_GRAPH_BUTTON_ID } from "./OpenGraph.tsx";
import { useAppState } from "./StoreContext.tsx";

/**
 * A refused file or address, above the graph that stays on screen: what is wrong, and the
 * reassurance that nothing changed.
 */
export function RefusalAlert() {
  const refused = useAppState(selectRefused);
  const dismiss = useAppState(selectDismissRefusal);
  if (!refused) return null;
  return (
    <div className="refusal">
      <LoadError title={refused.title} problems={refused.problems}>
        <p>{refused.note ?? "The graph on screen is unchanged."}</p>
        <button
          type="button"
          onClick={() => {
            dismiss();
            // The button goes with the message: focus returns to where opening starts.
            document.getElementById(OPEN_GRAPH_BUTTON_ID)?.focus();
          }}
        >
          Dismiss
        </button>
      </LoadError>
    </div>
  );
}
