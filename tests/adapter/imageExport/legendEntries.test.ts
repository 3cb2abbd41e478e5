import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { NODE_ENCODING, STANCE_COLOUR } from "../../../src/encoding/encoding.ts";
import { exportColours } from "../../../src/cytoscape/imageExport/exportColours.ts";
import { legendEntries } from "../../../src/cytoscape/imageExport/legendEntries.ts";
import { ATTRIBUTION_NAME, STANCE_NAME, nodeTypeName } from "../../../src/encoding/words.ts";
import { presentKinds } from "../../../src/cytoscape/imageExport/presentKinds.ts";
import { STYLESHEET } from "../../../src/cytoscape/stylesheet.ts";
import { CANVAS_THEME } from "../../../src/encoding/theme.ts";

/** Element data as src/cytoscape/elements.ts makes it: primitives only. */
const node = (id: string, type: string, x: number, classes = ""): ElementDefinition => ({
  group: "nodes",
  data: { id, label: id, type },
  position: { x, y: 0 },
  classes,
});
const edge = (
  id: string,
  source: string,
  target: string,
  over: { stance?: string; attribution?: string; directed?: boolean; classes?: string } = {},
): ElementDefinition => ({
  group: "edges",
  data: {
    id,
    source,
    target,
    label: id,
    relation: "talks_with",
    directed: over.directed ?? false,
    stance: over.stance ?? "none",
    attribution: over.attribution ?? "fact",
  },
  classes: over.classes ?? "",
});

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.destroy()));

function headless(elements: ElementDefinition[]): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: STYLESHEET,
    elements,
    // The default "null" layout would pile every node on 0,0.
    layout: { name: "preset" },
  });
  cores.push(cy);
  return cy;
}

const LIGHT = exportColours("theme", "light");
const keys = (cy: Core, extent: "view" | "full" = "full") =>
  legendEntries(presentKinds(cy, extent), LIGHT).map((e) => `${e.group}:${e.key}`);

describe("legend entries", () => {
  it("lists only what is shown, in the on-screen legend's order", () => {
    const cy = headless([
      node("venezuela", "country", 0),
      node("putin", "person", 100),
      node("accord", "agreement", 200),
      edge("e1", "putin", "venezuela", { stance: "cooperation", attribution: "claim" }),
      edge("e2", "venezuela", "accord", { directed: true }),
    ]);
    expect(keys(cy)).toEqual([
      "nodeType:country",
      "nodeType:person",
      "nodeType:agreement",
      "attribution:fact",
      "attribution:claim",
      "attribution:direction",
      "stance:cooperation",
      "stance:none",
    ]);
  });

  it("leaves out what the filters hide, and edges whose end they hide", () => {
    const cy = headless([
      node("venezuela", "country", 0),
      node("rosoboronexport", "organisation", 100, "is-hidden"),
      node("putin", "person", 200),
      edge("hidden-end", "venezuela", "rosoboronexport", { stance: "opposition" }),
      edge("hidden-itself", "venezuela", "putin", { attribution: "hedged", classes: "is-hidden" }),
      edge("shown", "putin", "venezuela", { stance: "neutral", attribution: "claim" }),
    ]);
    expect(keys(cy)).toEqual([
      "nodeType:country",
      "nodeType:person",
      "attribution:claim",
      "stance:neutral",
    ]);
  });

  it("is empty when everything is hidden", () => {
    const cy = headless([node("a", "country", 0, "is-hidden")]);
    expect(keys(cy)).toEqual([]);
  });

  it("for the view, lists only what reaches into the viewport", () => {
    const cy = headless([
      node("near", "country", 50),
      node("far", "event", 5000),
      edge("e", "near", "far", { stance: "opposition" }),
    ]);
    // Headless, the viewport is 1 × 1 pixel: at zoom 0.005 it shows model x 0…200.
    cy.zoom(0.005);
    cy.pan({ x: 0, y: 0.5 });
    expect(keys(cy, "view")).toEqual(["nodeType:country", "attribution:fact", "stance:opposition"]);
    expect(keys(cy, "full")).toContain("nodeType:event");
  });

  it("follows the encoding's node types, whatever they are", () => {
    const types = Object.keys(NODE_ENCODING);
    const cy = headless(types.map((t, i) => node(t, t, i * 100)));
    expect(keys(cy)).toEqual(types.map((t) => `nodeType:${t}`));
  });

  it("draws each node type in its shape and colour, ringed in the paper colour", () => {
    const cy = headless([node("a", "person", 0)]);
    const [entry] = legendEntries(presentKinds(cy, "full"), exportColours("theme", "dark"));
    expect(entry?.label).toBe("Person");
    expect(entry?.symbol.marks).toEqual([
      {
        d: NODE_ENCODING.person.svgPath,
        fill: NODE_ENCODING.person.colour,
        stroke: CANVAS_THEME.dark.canvas,
        strokeWidth: 1.5,
        dash: [],
      },
    ]);
  });

  it("draws stances in their colour with their mark, sourcing in the ink's line style", () => {
    const cy = headless([
      node("a", "country", 0),
      node("b", "country", 100),
      edge("e1", "a", "b", { stance: "neutral", attribution: "hedged" }),
      edge("e2", "b", "a", { stance: "opposition", attribution: "claim" }),
    ]);
    const entries = legendEntries(presentKinds(cy, "full"), LIGHT);
    const byKey = new Map(entries.map((e) => [e.key, e]));
    const neutral = byKey.get("neutral")?.symbol.marks ?? [];
    expect(neutral[0]?.stroke).toBe(STANCE_COLOUR.neutral);
    // A hollow ring: filled with the paper, stroked in the stance colour.
    expect(neutral[1]).toMatchObject({ fill: LIGHT.paper, stroke: STANCE_COLOUR.neutral });
    expect(byKey.get("opposition")?.symbol.marks[1]).toMatchObject({
      fill: STANCE_COLOUR.opposition,
      stroke: null,
    });
    // The very dash patterns the canvas draws (they used to differ: 6 4 and 1.5 3 here).
    expect(byKey.get("claim")?.symbol.marks[0]).toMatchObject({ stroke: LIGHT.ink, dash: [7, 4] });
    expect(byKey.get("hedged")?.symbol.marks[0]).toMatchObject({ dash: [2, 4] });
  });
});

describe("legend words", () => {
  it("are the on-screen legend's words: both read them from the encoding, neither has a copy", () => {
    const read = (f: string) => readFileSync(resolve(import.meta.dirname, "../../..", f), "utf8");
    const copies = [
      "src/components/Legend.tsx",
      "src/components/describe.ts",
      "src/cytoscape/imageExport/legendEntries.ts",
    ].map(read);
    const words = [
      ...["country", "organisation", "person", "agreement", "event"].map(nodeTypeName),
      ...Object.values(STANCE_NAME),
      ...Object.values(ATTRIBUTION_NAME),
    ];
    for (const source of copies) {
      for (const word of words) expect(source).not.toContain(`"${word}"`);
      expect(source).toContain("encoding/words.ts");
    }
  });

  it("name a node type they do not know by its own word", () => {
    expect(nodeTypeName("other")).toBe("Other");
    expect(nodeTypeName("vessel")).toBe("Vessel");
  });
});
