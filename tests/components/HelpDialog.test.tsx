import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HelpDialog } from "../../src/components/HelpDialog.tsx";
import { isTyping, SHORTCUTS } from "../../src/components/shortcuts.ts";

import { standInForDialogMethods } from "./dialogStandIn.ts";

const proto = HTMLDialogElement.prototype;
standInForDialogMethods();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const helpDialog = () => document.querySelector<HTMLDialogElement>("dialog.help-dialog")!;

describe("HelpDialog", () => {
  it("is closed, and out of the accessibility tree, until asked for", () => {
    render(<HelpDialog open={false} onClose={() => {}} />);
    expect(helpDialog().open).toBe(false);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("opens as a modal when open, named by its title", () => {
    const showModal = vi.spyOn(proto, "showModal");
    render(<HelpDialog open onClose={() => {}} />);
    expect(showModal).toHaveBeenCalledTimes(1);
    const dialog = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    expect(dialog).toBe(helpDialog());
    expect(helpDialog().open).toBe(true);
  });

  it("lists every shortcut, each key in a <kbd>, with what it does", () => {
    render(<HelpDialog open onClose={() => {}} />);
    const dialog = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    const rows = within(dialog).getAllByRole("row");
    expect(rows).toHaveLength(SHORTCUTS.length);
    rows.forEach((row, i) => {
      const shortcut = SHORTCUTS[i]!;
      const header = within(row).getByRole("rowheader");
      expect([...header.querySelectorAll("kbd")].map((k) => k.textContent)).toEqual([
        ...shortcut.keys,
      ]);
      expect(within(row).getByRole("cell").textContent).toBe(shortcut.what);
    });
  });

  it("has a Close button that closes the dialog natively (form method=dialog)", () => {
    render(<HelpDialog open onClose={() => {}} />);
    const close = within(screen.getByRole("dialog")).getByRole("button", { name: "Close" });
    expect(close.getAttribute("type")).toBe("submit");
    expect(close.closest("form")?.getAttribute("method")).toBe("dialog");
    expect(close.closest("dialog")).toBe(helpDialog());
    // It is where the focus starts.
    expect(document.activeElement).toBe(close);
  });

  it("closes when open turns false, and reports a close however it happens", () => {
    const onClose = vi.fn();
    const { rerender } = render(<HelpDialog open onClose={onClose} />);
    rerender(<HelpDialog open={false} onClose={onClose} />);
    expect(helpDialog().open).toBe(false);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);

    // Closed by the browser (Escape, or the Close button's form).
    rerender(<HelpDialog open onClose={onClose} />);
    expect(helpDialog().open).toBe(true);
    fireEvent(helpDialog(), new Event("close"));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

/** The verdict of isTyping for a key press dispatched on `target`. */
function typingOn(target: Element, init: KeyboardEventInit = {}): boolean {
  let verdict: boolean | undefined;
  const listener = (e: KeyboardEvent) => {
    verdict = isTyping(e);
  };
  document.addEventListener("keydown", listener);
  target.dispatchEvent(new KeyboardEvent("keydown", { key: "g", bubbles: true, ...init }));
  document.removeEventListener("keydown", listener);
  if (verdict === undefined) throw new Error("the key press did not reach the document");
  return verdict;
}

function place(html: string): HTMLElement {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  document.body.append(holder);
  return holder;
}

describe("isTyping", () => {
  it("is true in fields: inputs, selects and textareas", () => {
    const holder = place(
      '<input type="text"><input type="checkbox"><select><option>a</option></select><textarea></textarea>',
    );
    for (const field of holder.querySelectorAll("input, select, textarea")) {
      expect(typingOn(field), field.outerHTML).toBe(true);
    }
  });

  it("is false elsewhere: the page, a button, a link", () => {
    const holder = place('<button type="button">b</button><a href="#x">a</a><p>text</p>');
    expect(typingOn(document.body)).toBe(false);
    for (const el of holder.children) expect(typingOn(el), el.outerHTML).toBe(false);
  });

  it("is true for chords with Ctrl, Meta or Alt, but not Shift", () => {
    const button = place("<button>b</button>").firstElementChild!;
    expect(typingOn(button, { ctrlKey: true })).toBe(true);
    expect(typingOn(button, { metaKey: true })).toBe(true);
    expect(typingOn(button, { altKey: true })).toBe(true);
    expect(typingOn(button, { shiftKey: true, key: "?" })).toBe(false);
  });

  it("is true inside an open dialog, not a closed one", () => {
    const holder = place("<dialog><p><button>b</button></p></dialog>");
    const button = holder.querySelector("button")!;
    expect(typingOn(button)).toBe(false);
    holder.querySelector("dialog")!.setAttribute("open", "");
    expect(typingOn(button)).toBe(true);
  });

  it("is true for a key press something else has already handled", () => {
    const button = place("<button>b</button>").firstElementChild!;
    button.addEventListener("keydown", (e) => e.preventDefault());
    expect(typingOn(button, { cancelable: true })).toBe(true);
  });
});
