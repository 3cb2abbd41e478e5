// The stylesheet per theme, applied by headless Cytoscape: valid in both, the same encoding in
// both, light ink on a dark canvas in dark, and built once per theme.
import cytoscape, { type Core } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { toElements } from "../../src/cytoscape/elements.ts";
import { NODE_ENCODING } from "../../src/encoding/encoding.ts";
import { STYLESHEET, stylesheetFor } from "../../src/cytoscape/stylesheet.ts";
import { CANVAS_THEME, THEMES, veilColour, type Theme } from "../../src/encoding/theme.ts";
import { NODE_TYPES } from "../../src/domain/vocabulary.ts";
import { articleInputs, buildOrThrow } from "../fixtures/fixtures.ts";

const ARTICLE = buildOrThrow(articleInputs());

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.destroy()));

function styled(theme: Theme): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(ARTICLE),
    style: stylesheetFor(theme),
  });
  cores.push(cy);
  return cy;
}

/** "rgb(r,g,b)" as Cytoscape reports a colour, from "#rrggbb". */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;

/** WCAG contrast ratio of two "rgb(r,g,b)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/\d+/g) ?? []).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("stylesheetFor", () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, "warn");
  });
  afterEach(() => warn.mockRestore());

  it.each(THEMES)("%s applies to the article without a style warning", (theme) => {
    expect(() => styled(theme)).not.toThrow();
    expect(warn.mock.calls).toEqual([]);
  });

  it("gives the same object for the same theme, and keeps STYLESHEET as the light one", () => {
    // react-cytoscapejs re-applies the whole style whenever the prop's identity changes.
    expect(stylesheetFor("dark")).toBe(stylesheetFor("dark"));
    expect(stylesheetFor("light")).toBe(STYLESHEET);
    expect(stylesheetFor("dark")).not.toBe(stylesheetFor("light"));
  });

  it("draws node and edge labels in a different colour in each theme", () => {
    const [light, dark] = [styled("light"), styled("dark")];
    expect(dark.nodes().first().style("color")).not.toBe(light.nodes().first().style("color"));
    expect(dark.edges().first().style("color")).not.toBe(light.edges().first().style("color"));
  });

  it.each(THEMES)("%s: labels are AA on the canvas and outlined with its colour", (theme) => {
    const cy = styled(theme);
    const canvas = rgb(CANVAS_THEME[theme].canvas);
    for (const el of [cy.nodes().first(), cy.edges().first()]) {
      expect(el.style("text-outline-color")).toBe(canvas);
      expect(contrast(el.style("color"), canvas)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(THEMES)("%s: the selection ring stands out from the canvas (≥ 3:1)", (theme) => {
    const node = styled(theme).nodes().first();
    const before = node.style("border-color");
    node.select();
    expect(node.style("border-color")).not.toBe(before);
    expect(
      contrast(node.style("border-color"), rgb(CANVAS_THEME[theme].canvas)),
    ).toBeGreaterThanOrEqual(3);
  });

  it.each(THEMES)("%s: faded and path elements still look different", (theme) => {
    const cy = styled(theme);
    const [a, b] = [cy.nodes()[0]!, cy.nodes()[1]!];
    a.addClass("is-faded");
    b.addClass("is-path");
    expect(Number(a.style("opacity"))).toBeLessThan(0.5);
    expect(Number(b.style("opacity"))).toBe(1);
    expect(b.style("border-color")).not.toBe(cy.nodes()[2]!.style("border-color"));
  });

  it.each(THEMES)("%s: every node type keeps its own shape and colour", (theme) => {
    const cy = styled(theme);
    const looks = NODE_TYPES.map((type) => {
      const node = cy.nodes(`[type = "${type}"]`).first();
      expect(node.nonempty(), type).toBe(true);
      expect(node.style("shape")).toBe(NODE_ENCODING[type].shape);
      expect(node.style("background-color")).toBe(rgb(NODE_ENCODING[type].colour));
      return { shape: node.style("shape"), colour: node.style("background-color") };
    });
    expect(new Set(looks.map((l) => l.shape)).size).toBe(NODE_TYPES.length);
    expect(new Set(looks.map((l) => l.colour)).size).toBe(NODE_TYPES.length);
  });

  it.each(THEMES)("%s: the node and stance colours keep ≥ 3:1 against the canvas", (theme) => {
    const cy = styled(theme);
    const canvas = rgb(CANVAS_THEME[theme].canvas);
    // Orange on white is the one Okabe–Ito pair below 3:1; its shape and label carry it.
    const exempt = theme === "light" ? new Set(["organisation"]) : new Set<string>();
    for (const type of NODE_TYPES.filter((t) => !exempt.has(t))) {
      const colour = cy.nodes(`[type = "${type}"]`).first().style("background-color");
      expect(contrast(colour, canvas), type).toBeGreaterThanOrEqual(3);
    }
    for (const edge of cy.edges()) {
      expect(contrast(edge.style("line-color"), canvas), edge.id()).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("the veil over a large graph's focus or path", () => {
  it("is the canvas colour at 1 − the theme's faded opacity, so it fades as a small graph does", () => {
    expect(veilColour("light")).toBe("rgb(255 255 255 / 0.86)");
    expect(veilColour("dark")).toBe("rgb(13 17 23 / 0.8)");
    for (const theme of THEMES) {
      expect(veilColour(theme)).toContain(`/ ${1 - CANVAS_THEME[theme].fadedOpacity}`);
    }
  });
});
