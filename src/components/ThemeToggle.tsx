import { THEME_CHOICES, useTheme, type ThemeChoice } from "./useTheme.ts";

const CHOICE_NAME: Readonly<Record<ThemeChoice, string>> = {
  system: "System",
  light: "Light",
  dark: "Dark",
};

/** Half a disc for "as the system", a sun, a crescent: 20×20, drawn in the text colour. */
const ICON: Readonly<Record<ThemeChoice, string>> = {
  system: "M10 2.5a7.5 7.5 0 1 0 0 15a7.5 7.5 0 0 0 0-15Zm0 1.6v11.8a5.9 5.9 0 0 1 0-11.8Z",
  light:
    "M10 6.2a3.8 3.8 0 1 0 0 7.6a3.8 3.8 0 0 0 0-7.6ZM9.2 1h1.6v3h-1.6ZM9.2 16h1.6v3h-1.6Z" +
    "M1 9.2h3v1.6h-3ZM16 9.2h3v1.6h-3ZM3.1 4.2l1.1-1.1l2.1 2.1l-1.1 1.1ZM13.7 14.8l1.1-1.1" +
    "l2.1 2.1l-1.1 1.1ZM3.1 15.8l2.1-2.1l1.1 1.1l-2.1 2.1ZM13.7 5.2l2.1-2.1l1.1 1.1l-2.1 2.1Z",
  dark: "M12.6 2.3a7.8 7.8 0 1 0 5.1 10.9a6.3 6.3 0 0 1-5.1-10.9Z",
};

/**
 * The colour theme as one button that cycles System → Light → Dark. Its name says what it is
 * and where it stands ("Theme: system (dark)"); the visible word is part of that name.
 */
export function ThemeToggle() {
  const { theme, choice, setChoice } = useTheme();
  const next = THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length]!;
  const state = choice === "system" ? `system (${theme})` : choice;
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Theme: ${state}`}
      title={`Theme: ${state}. Click for ${CHOICE_NAME[next].toLowerCase()}.`}
      onClick={() => setChoice(next)}
    >
      <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d={ICON[choice]} fill="currentColor" fillRule="evenodd" />
      </svg>
      <span className="theme-toggle-text" aria-hidden="true">
        {CHOICE_NAME[choice]}
      </span>
    </button>
  );
}
