import { lazy, Suspense, useState } from "react";
import { LoadBoundary } from "./LoadBoundary.tsx";

// The curation view loads the first time someone opens it; the drafter only when they draft.
const NewGraphDialog = lazy(() => import("./NewGraphDialog.tsx"));

/** "New graph": an article pasted or opened, drafted, reviewed and made into a graph. */
export function NewGraphButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="header-button"
        title="Make a graph from an article: paste it or open a file, draft, review, create"
        aria-label="New graph"
        onClick={() => setOpen(true)}
      >
        {/* "New" on a phone, where the header's buttons share one row. */}
        New<span className="header-button-more"> graph</span>
      </button>
      {open && (
        <LoadBoundary what="New graph">
          <Suspense fallback={<span role="status">Loading…</span>}>
            <NewGraphDialog onClose={() => setOpen(false)} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
