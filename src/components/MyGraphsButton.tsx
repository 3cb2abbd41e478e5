import { lazy, Suspense, useState } from "react";
import { LoadBoundary } from "./LoadBoundary.tsx";

// The dialog and the storage code behind it load the first time someone opens it.
const MyGraphsDialog = lazy(() => import("./MyGraphsDialog.tsx"));

/** "My graphs": the graphs kept in this browser, in a dialog loaded the first time it opens. */
export function MyGraphsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="header-button"
        title="The graphs you opened, kept in this browser"
        onClick={() => setOpen(true)}
      >
        My graphs
      </button>
      {open && (
        <LoadBoundary what="My graphs">
          <Suspense fallback={<span role="status">Loading your graphs…</span>}>
            <MyGraphsDialog onClose={() => setOpen(false)} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
