// The design tokens in src/styles/tokens.css: the canvas colours match the canvas theme, and the
// other stylesheets use tokens, not raw values, for what the tokens cover.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CANVAS_THEME } from "../../src/encoding/theme.ts";

const ROOT = join(import.meta.dirname, "../..");
const TOKENS = "src/styles/tokens.css";
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

const STYLESHEETS = readdirSync(join(ROOT, "src"), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".css"))
  .map((e) => relative(ROOT, join(e.parentPath, e.name)))
  .sort();

/** The value of a custom property in the tokens, as written. */
function token(name: string): string {
  const value = new RegExp(`${name}:\\s*([^;]+);`).exec(read(TOKENS))?.[1];
  if (value === undefined) throw new Error(`no ${name} in ${TOKENS}`);
  return value.trim();
}

/** The two sides of light-dark(a, b). */
function lightDark(value: string): [string, string] {
  const sides = /^light-dark\((.+),\s*((?:rgb\([^)]*\)|[^,()])+)\)$/.exec(value);
  if (!sides) throw new Error(`not light-dark(): ${value}`);
  return [sides[1]!.trim(), sides[2]!.trim()];
}

/** Every declaration outside the tokens file, comments removed: where, property and value. */
const declarations = STYLESHEETS.filter((f) => f !== TOKENS).flatMap((file) =>
  [
    ...read(file)
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g),
  ].map((m) => ({ file, property: m[1]!, value: m[2]!.trim().replace(/\s+/g, " ") })),
);

/** The space-separated parts of a value, a function call with its arguments being one part. */
function parts(value: string): string[] {
  const found = [""];
  let depth = 0;
  for (const c of value) {
    depth += c === "(" ? 1 : c === ")" ? -1 : 0;
    if (c === " " && depth === 0) found.push("");
    else found[found.length - 1] += c;
  }
  return found;
}

/** The declarations of these properties with a part that `allowed` does not admit. */
function rawValues(properties: RegExp, allowed: RegExp) {
  return declarations.filter(
    (d) => properties.test(d.property) && !parts(d.value).every((part) => allowed.test(part)),
  );
}

describe("the design tokens", () => {
  it("give the graph area the canvas theme's colours", () => {
    expect(lightDark(token("--canvas"))).toEqual([
      CANVAS_THEME.light.canvas,
      CANVAS_THEME.dark.canvas,
    ]);
  });

  it("hold every colour: no colour is written in another stylesheet", () => {
    const colours = declarations.filter((d) =>
      /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i.test(d.value),
    );
    expect(colours).toEqual([]);
  });

  it("hold the type sizes, corners, shadows and layers", () => {
    const TOKEN = /^var\(--[\w-]+\)$/;
    expect(rawValues(/^font-size$/, /^(?:var\(--font-size-[\w-]+\)|[\d.]+em|inherit)$/)).toEqual(
      [],
    );
    expect(rawValues(/^border(?:-[a-z]+)*-radius$/, /^(?:var\(--radius-[\w-]+\)|0)$/)).toEqual([]);
    expect(
      rawValues(/^box-shadow$/, /^(?:var\(--shadow-[\w-]+\)|inset|0|-?\d+px|var\(--accent\))$/),
    ).toEqual([]);
    expect(rawValues(/^z-index$/, TOKEN)).toEqual([]);
  });

  it("hold the spacing: padding, margins, gaps and offsets are steps of the scale", () => {
    const STEP =
      /^(?:0|auto|-?1px|\d+%|var\(--(?:space-\d+|sheet-folded)\)|calc\((?:-1 \*|100% \+) var\(--space-\d+\)\))$/;
    expect(
      rawValues(
        /^(?:padding|margin|gap|row-gap|column-gap|inset|top|right|bottom|left)(?:-[a-z]+)?$/,
        STEP,
      ),
    ).toEqual([]);
  });

  it("give every button and field its look from one rule in controls.css, repeated nowhere", () => {
    const controls = read("src/styles/controls.css").replace(/\/\*[\s\S]*?\*\//g, "");
    const base = [...controls.matchAll(/([^{}]+)\{([^}]*)\}/g)].find((m) =>
      m[1]!.split(",").some((selector) => selector.trim() === "button"),
    );
    expect(base?.[1]!.split(",").map((s) => s.trim())).toEqual([
      "button",
      'input[type="text"]',
      'input[type="date"]',
      'input[type="url"]',
      "textarea",
      "select",
    ]);
    for (const property of ["font", "color", "background", "border", "border-radius"]) {
      expect(base?.[2], property).toMatch(new RegExp(`(^|[;\\s])${property}:`));
    }
    const repeated = declarations.filter((d) => d.property === "font" && d.value === "inherit");
    expect(repeated.filter((d) => d.file !== "src/styles/controls.css")).toEqual([]);
  });
});
