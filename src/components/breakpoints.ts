/**
 * The screen widths at which the layout changes, written here and nowhere else (a test fails
 * on a width query anywhere else in src/). Components read the queries through matchMedia;
 * stylesheets name them as custom media, `@media (--phone)`, which the build defines from this
 * module (the breakpoints plugin in vite.config.ts) and Lightning CSS replaces with the query.
 */
export const BREAKPOINTS = {
  /** A phone: the graph takes the screen and the sidebar becomes a sheet over its foot. */
  phone: "(max-width: 760px)",
  /** Wide enough to show the details and the article side by side next to the graph. */
  wide: "(min-width: 1500px)",
  /**
   * Below wide: the header has less room than its title and buttons want, so the brand and the
   * theme button's word give way (the title wrapped to four lines at 1280, shrinking the graph).
   */
  narrowerThanWide: "(max-width: 1499px)",
} as const;

export const PHONE_SCREEN = BREAKPOINTS.phone;
export const WIDE_SCREEN = BREAKPOINTS.wide;

/**
 * The breakpoints as CSS custom media rules, `@custom-media --phone (max-width: 760px);`, all
 * on one line, so that a stylesheet they are put in front of keeps its line numbers.
 */
export function customMediaRules(): string {
  return Object.entries(BREAKPOINTS)
    .map(([name, query]) => `@custom-media --${name} ${query};`)
    .join("");
}
