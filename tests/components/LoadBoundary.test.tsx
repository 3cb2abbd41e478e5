import { cleanup, render, screen } from "@testing-library/react";
import { lazy, Suspense } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LoadBoundary } from "../../src/components/LoadBoundary.tsx";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("LoadBoundary", () => {
  it("says which part could not load, in an alert, and leaves the rest of the page", async () => {
    // React logs the caught error; it is expected here.
    vi.spyOn(console, "error").mockImplementation(() => {});
    const Broken = lazy(() =>
      Promise.reject(new Error("Failed to fetch dynamically imported module")),
    );
    render(
      <div>
        <p>The rest of the page</p>
        <LoadBoundary what="The list view">
          <Suspense fallback={<p>Loading…</p>}>
            <Broken />
          </Suspense>
        </LoadBoundary>
      </div>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "The list view could not be loaded (Failed to fetch dynamically imported module). Reload the page to try again.",
    );
    expect(screen.getByText("The rest of the page")).toBeTruthy();
  });

  it("shows its children when nothing fails", () => {
    render(
      <LoadBoundary what="The list view">
        <p>Rows</p>
      </LoadBoundary>,
    );
    expect(screen.getByText("Rows")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
