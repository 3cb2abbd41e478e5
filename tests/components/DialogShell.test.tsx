import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DialogShell } from "../../src/components/DialogShell.tsx";
import { standInForDialogMethods } from "./dialogStandIn.ts";

standInForDialogMethods();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dialog = () => document.querySelector<HTMLDialogElement>("dialog")!;

function Shell({
  onClose = () => {},
  ...rest
}: {
  open?: boolean;
  primaryClose?: boolean;
  onClose?: () => void;
}) {
  return (
    <DialogShell title="Things" className="things-dialog" onClose={onClose} {...rest}>
      <button type="button">First</button>
    </DialogShell>
  );
}

describe("DialogShell", () => {
  it("opens as a modal at once when no `open` is given, named by its title", () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, "showModal");
    render(<Shell />);
    expect(showModal).toHaveBeenCalledTimes(1);
    const shown = screen.getByRole("dialog", { name: "Things" });
    expect(shown).toBe(dialog());
    expect(shown.className).toBe("dialog things-dialog");
    expect(within(shown).getByRole("heading", { level: 2 }).textContent).toBe("Things");
  });

  it("follows `open`, and reports every close", () => {
    const onClose = vi.fn();
    const { rerender } = render(<Shell open={false} onClose={onClose} />);
    expect(dialog().open).toBe(false);
    expect(screen.queryByRole("dialog")).toBeNull();
    rerender(<Shell open onClose={onClose} />);
    expect(dialog().open).toBe(true);
    rerender(<Shell open={false} onClose={onClose} />);
    expect(dialog().open).toBe(false);
    expect(onClose).toHaveBeenCalledTimes(1);
    // Closed by the browser: Escape, or the Close button's form.
    rerender(<Shell open onClose={onClose} />);
    fireEvent(dialog(), new Event("close"));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("ends with a Close button that closes natively (form method=dialog)", () => {
    render(<Shell />);
    const close = within(screen.getByRole("dialog")).getByRole("button", { name: "Close" });
    expect(close.getAttribute("type")).toBe("submit");
    expect(close.closest("form")?.getAttribute("method")).toBe("dialog");
    expect(dialog().lastElementChild).toBe(close.closest("form"));
  });

  it("makes Close the primary button, where the focus starts, when it is the only action", () => {
    render(<Shell primaryClose />);
    const close = screen.getByRole("button", { name: "Close" });
    expect(close.className).toBe("btn-primary");
    expect(document.activeElement).toBe(close);
  });

  it("otherwise leaves Close a plain button and the focus to the dialog", () => {
    render(<Shell />);
    const close = screen.getByRole("button", { name: "Close" });
    expect(close.className).toBe("btn-tint");
    expect(document.activeElement).not.toBe(close);
  });
});
