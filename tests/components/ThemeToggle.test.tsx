import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ThemeToggle } from "../../src/components/ThemeToggle.tsx";
import { THEME_STORAGE_KEY, useTheme } from "../../src/components/useTheme.ts";

/** A stand-in for `prefers-color-scheme: dark` that the test can flip. */
function mockSystemTheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const state = { dark };
  vi.stubGlobal(
    "matchMedia",
    vi.fn((query: string) => ({
      media: query,
      get matches() {
        return query === "(prefers-color-scheme: dark)" && state.dark;
      },
      addEventListener: (_: string, fn: () => void) => listeners.add(fn),
      removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    })),
  );
  return {
    set(next: boolean) {
      state.dark = next;
      act(() => listeners.forEach((fn) => fn()));
    },
  };
}

const html = document.documentElement;
const toggle = () => screen.getByRole("button", { name: /^Theme: / });

/** What another part of the page (the canvas) sees of the same theme. */
function CanvasProbe() {
  const { theme } = useTheme();
  return <output aria-label="Canvas theme">{theme}</output>;
}

beforeEach(() => {
  localStorage.clear();
  html.removeAttribute("data-theme");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("ThemeToggle", () => {
  it("follows the system by default, and says so in its name", () => {
    mockSystemTheme(true);
    render(<ThemeToggle />);
    expect(toggle().getAttribute("aria-label")).toBe("Theme: system (dark)");
    expect(html.getAttribute("data-theme")).toBe("dark");
  });

  it("cycles System → Light → Dark → System, writing data-theme each time", () => {
    mockSystemTheme(true);
    render(<ThemeToggle />);
    const seen: [string | null, string | null][] = [];
    for (let i = 0; i < 3; i += 1) {
      fireEvent.click(toggle());
      seen.push([toggle().getAttribute("aria-label"), html.getAttribute("data-theme")]);
    }
    expect(seen).toEqual([
      ["Theme: light", "light"],
      ["Theme: dark", "dark"],
      ["Theme: system (dark)", "dark"],
    ]);
  });

  it("remembers the choice in localStorage and starts from it", () => {
    mockSystemTheme(false);
    const { unmount } = render(<ThemeToggle />);
    fireEvent.click(toggle()); // light
    fireEvent.click(toggle()); // dark
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
    unmount();
    html.removeAttribute("data-theme");
    render(<ThemeToggle />);
    expect(toggle().getAttribute("aria-label")).toBe("Theme: dark");
    expect(html.getAttribute("data-theme")).toBe("dark");
  });

  it("ignores a stored value it does not know", () => {
    mockSystemTheme(false);
    localStorage.setItem(THEME_STORAGE_KEY, "sepia");
    render(<ThemeToggle />);
    expect(toggle().getAttribute("aria-label")).toBe("Theme: system (light)");
  });

  it("follows the system as it changes while the choice is 'system', and only then", () => {
    const system = mockSystemTheme(false);
    render(<ThemeToggle />);
    expect(html.getAttribute("data-theme")).toBe("light");
    system.set(true);
    expect(html.getAttribute("data-theme")).toBe("dark");
    expect(toggle().getAttribute("aria-label")).toBe("Theme: system (dark)");

    fireEvent.click(toggle()); // light, whatever the system says
    system.set(false);
    system.set(true);
    expect(html.getAttribute("data-theme")).toBe("light");
  });

  it("changes the theme everywhere in the page at once", () => {
    mockSystemTheme(false);
    render(
      <>
        <ThemeToggle />
        <CanvasProbe />
      </>,
    );
    const probe = screen.getByRole("status", { name: "Canvas theme" });
    expect(probe.textContent).toBe("light");
    fireEvent.click(toggle()); // light
    fireEvent.click(toggle()); // dark
    expect(probe.textContent).toBe("dark");
  });

  it("is light without matchMedia (and says the system is light)", () => {
    vi.stubGlobal("matchMedia", undefined);
    render(<ThemeToggle />);
    expect(toggle().getAttribute("aria-label")).toBe("Theme: system (light)");
    expect(html.getAttribute("data-theme")).toBe("light");
  });

  it("still works when storage is unavailable, for this page", () => {
    mockSystemTheme(false);
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    render(<ThemeToggle />);
    expect(toggle().getAttribute("aria-label")).toBe("Theme: system (light)");
    fireEvent.click(toggle()); // light
    fireEvent.click(toggle()); // dark
    expect(toggle().getAttribute("aria-label")).toBe("Theme: dark");
    expect(html.getAttribute("data-theme")).toBe("dark");

    // Storage is back: the next choice is saved, and what is saved wins again.
    vi.restoreAllMocks();
    fireEvent.click(toggle()); // system
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("system");
  });
});
