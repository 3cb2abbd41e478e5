import { useCallback, useEffect, useSyncExternalStore } from "react";
import type { Theme } from "../encoding/theme.ts";

export type { Theme } from "../encoding/theme.ts";

/** What the reader chose: follow the system, or one theme whatever the system says. */
export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** localStorage key of the remembered choice. */
export const THEME_STORAGE_KEY = "quotegraph-theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

const isChoice = (value: unknown): value is ThemeChoice =>
  THEME_CHOICES.includes(value as ThemeChoice);

/**
 * The choice is shared by every `useTheme` in the page (the toggle in the header and the canvas
 * both follow it) and lives in localStorage. Storage may be unavailable (private modes, blocked
 * site data, sandboxed frames) or refuse a write (quota): then the choice is kept here instead,
 * for this page only.
 */
let unsaved: ThemeChoice | null = null;
const listeners = new Set<() => void>();

function readChoice(): ThemeChoice {
  if (unsaved !== null) return unsaved;
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isChoice(stored) ? stored : "system";
  } catch {
    return "system";
  }
}

function writeChoice(choice: ThemeChoice): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, choice);
    unsaved = null;
  } catch {
    unsaved = choice;
  }
  listeners.forEach((notify) => notify());
}

function subscribeChoice(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab changed it.
  const onStorage = (e: StorageEvent) => {
    if (e.key === THEME_STORAGE_KEY || e.key === null) onChange();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

function subscribeSystem(onChange: () => void): () => void {
  const list = window.matchMedia?.(DARK_QUERY);
  list?.addEventListener("change", onChange);
  return () => list?.removeEventListener("change", onChange);
}

const systemIsDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

/** The theme in effect now, for code outside React (the canvas). */
export function themeNow(): Theme {
  const choice = readChoice();
  return choice === "system" ? (systemIsDark() ? "dark" : "light") : choice;
}

/** Calls `onChange` whenever the theme in effect may have changed; returns the unsubscribe. */
export function subscribeTheme(onChange: () => void): () => void {
  const offChoice = subscribeChoice(onChange);
  const offSystem = subscribeSystem(onChange);
  return () => {
    offChoice();
    offSystem();
  };
}

export interface ThemeState {
  /** The theme in effect: the chosen one, or the system's when the choice is "system". */
  readonly theme: Theme;
  readonly choice: ThemeChoice;
  /** Changes the choice for every `useTheme` in the page, and remembers it. */
  readonly setChoice: (choice: ThemeChoice) => void;
}

/**
 * The colour theme: follows `prefers-color-scheme` unless the reader chose one, remembers the
 * choice in localStorage ("quotegraph-theme"), and writes the theme in effect as `data-theme`
 * on `<html>`, which src/styles/tokens.css keys its palette on.
 *
 * @example
 * const { theme, setChoice } = useTheme();
 * <button onClick={() => setChoice(theme === "dark" ? "light" : "dark")}>…</button>
 */
export function useTheme(): ThemeState {
  const choice = useSyncExternalStore(subscribeChoice, readChoice, () => "system" as const);
  const systemDark = useSyncExternalStore(subscribeSystem, systemIsDark, () => false);
  const theme: Theme = choice === "system" ? (systemDark ? "dark" : "light") : choice;

  useEffect(() => {
    document.documentElement.setAttribute("data-theme", theme);
  }, [theme]);

  const setChoice = useCallback((next: ThemeChoice) => writeChoice(next), []);
  return { theme, choice, setChoice };
}
