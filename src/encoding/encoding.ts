import type { ShownNodeType, Stance, Attribution } from "../domain/vocabulary.ts";

/**
 * The visual encoding, renderer-neutral: the canvas stylesheet, the on-screen legend and the
 * image-export legend all draw from it, so they can never disagree (docs/ARCHITECTURE.md,
 * "Visual encoding"). Every node type has its own shape as well as its colour (never colour
 * alone); colours are from the Okabe–Ito palette, which stays distinct under the common
 * colour-vision deficiencies. This layer imports nothing but the domain's word lists.
 */
export interface NodeEncoding {
  /** Cytoscape node shape name. */
  readonly shape: string;
  readonly colour: string;
  /** The same shape as an SVG path in a 24×24 box, for the legend. */
  readonly svgPath: string;
}

export const NODE_ENCODING: Readonly<Record<ShownNodeType, NodeEncoding>> = {
  country: {
    shape: "round-hexagon",
    colour: "#0072B2",
    svgPath: "M6.5 3 H17.5 L23 12 L17.5 21 H6.5 L1 12 Z",
  },
  organisation: {
    shape: "round-rectangle",
    colour: "#E69F00",
    svgPath: "M4 4 H20 Q22 4 22 6 V18 Q22 20 20 20 H4 Q2 20 2 18 V6 Q2 4 4 4 Z",
  },
  person: {
    shape: "ellipse",
    colour: "#009E73",
    svgPath: "M12 2 A10 10 0 1 1 11.99 2 Z",
  },
  agreement: {
    shape: "round-diamond",
    colour: "#CC79A7",
    svgPath: "M12 1 L23 12 L12 23 L1 12 Z",
  },
  event: {
    shape: "round-triangle",
    colour: "#D55E00",
    svgPath: "M12 2 L23 21 H1 Z",
  },
  // Only in graphs opened from other tools, for nodes whose type is none of the above.
  other: {
    shape: "rhomboid",
    colour: "#56B4E9",
    svgPath: "M6 3 H23 L18 21 H1 Z",
  },
};

/**
 * Edge colour by stance; edges without a stance use `none`. Colour is never the only cue: each
 * stance also has its own mark in the middle of the line, and the panel names it in words.
 */
export const STANCE_COLOUR: Readonly<Record<Stance | "none", string>> = {
  cooperation: "#1B7F3B",
  opposition: "#C0262D",
  neutral: "#4F6D8F",
  none: "#8A939E",
};

/** The mark in the middle of an edge for each stance: a dot, a bar ("⊣"), a ring, or none. */
export const STANCE_MARK: Readonly<
  Record<Stance | "none", { shape: "circle" | "tee" | "none"; fill: "filled" | "hollow" }>
> = {
  cooperation: { shape: "circle", fill: "filled" },
  opposition: { shape: "tee", fill: "filled" },
  neutral: { shape: "circle", fill: "hollow" },
  none: { shape: "none", fill: "filled" },
};

/**
 * The line by attribution: reported fact solid, attributed claim dashed, hedged dotted, from
 * a linked headline dash-dotted (a pattern of its own, so it reads apart from both kinds of
 * claim without colour, which belongs to the stance). `dash`
 * is the dash and gap lengths, in the line's own units (model units on the canvas, pixels in a
 * legend); empty for a solid line. The canvas and both legends draw these very numbers.
 */
export const ATTRIBUTION_LINE: Readonly<
  Record<
    Attribution,
    {
      readonly kind: "solid" | "dashed" | "dotted" | "dash-dotted";
      readonly dash: readonly number[];
    }
  >
> = {
  fact: { kind: "solid", dash: [] },
  claim: { kind: "dashed", dash: [7, 4] },
  hedged: { kind: "dotted", dash: [2, 4] },
  "linked-headline": { kind: "dash-dotted", dash: [9, 3, 2, 3] },
};

/** Colour of the selection ring and highlighted edges. */
export const SELECTION_COLOUR = "#1F2A44";
