import { ATTRIBUTION_LINE, STANCE_COLOUR, STANCE_MARK, type NodeEncoding } from "./encoding.ts";
import type { Attribution } from "../domain/vocabulary.ts";
import type { StanceOrNone } from "../domain/filters.ts";

/**
 * One filled and/or stroked path of a legend symbol, in the symbol's own box. The on-screen
 * legend (as SVG), the PNG export (on a canvas) and the SVG export all draw these as they are,
 * so every legend shows the same marks.
 */
export interface SymbolMark {
  readonly d: string;
  readonly fill: string | null;
  readonly stroke: string | null;
  readonly strokeWidth: number;
  /** Dash and gap lengths, in the symbol's units; empty for a solid line. */
  readonly dash: readonly number[];
}

export interface LegendSymbol {
  /** The symbol's own coordinate box (an SVG viewBox from 0,0). */
  readonly box: { readonly width: number; readonly height: number };
  /** Its size in the image at 1×, in pixels. */
  readonly size: { readonly width: number; readonly height: number };
  readonly marks: readonly SymbolMark[];
}

const NODE_BOX = { width: 24, height: 24 } as const;
const NODE_SIZE = { width: 16, height: 16 } as const;
const LINE_BOX = { width: 40, height: 14 } as const;
const LINE_WIDTH = 2.2;

/** A node type's shape in its colour, ringed in the paper colour as on the canvas. */
export function nodeSymbol(encoding: NodeEncoding, paper: string): LegendSymbol {
  return {
    box: NODE_BOX,
    size: NODE_SIZE,
    marks: [
      { d: encoding.svgPath, fill: encoding.colour, stroke: paper, strokeWidth: 1.5, dash: [] },
    ],
  };
}

interface LineSpec {
  readonly colour: string;
  readonly dash?: readonly number[];
  readonly arrow?: boolean;
  readonly stance?: StanceOrNone;
}

/** A short edge: line style, colour, optional arrow and the stance's mark in the middle. */
function lineSymbol(
  { colour, dash = [], arrow = false, stance = "none" }: LineSpec,
  paper: string,
): LegendSymbol {
  const marks: SymbolMark[] = [
    {
      d: arrow ? "M1 7 H31" : "M1 7 H39",
      fill: null,
      stroke: colour,
      strokeWidth: LINE_WIDTH,
      dash,
    },
  ];
  if (arrow) {
    marks.push({
      d: "M30 2.5 L39 7 L30 11.5 Z",
      fill: colour,
      stroke: null,
      strokeWidth: 0,
      dash: [],
    });
  }
  const mark = STANCE_MARK[stance];
  if (mark.shape === "circle") {
    marks.push({
      d: "M23.6 7 A3.6 3.6 0 1 1 16.4 7 A3.6 3.6 0 1 1 23.6 7 Z",
      fill: mark.fill === "filled" ? colour : paper,
      stroke: colour,
      strokeWidth: 1.6,
      dash: [],
    });
  } else if (mark.shape === "tee") {
    marks.push({
      d: "M18.6 1 H21.4 V13 H18.6 Z",
      fill: colour,
      stroke: null,
      strokeWidth: 0,
      dash: [],
    });
  }
  return { box: LINE_BOX, size: LINE_BOX, marks };
}

/** How a relation is sourced: the line style, in the ink colour (stance is shown apart). */
export function attributionSymbol(
  attribution: Attribution,
  ink: string,
  paper: string,
): LegendSymbol {
  return lineSymbol({ colour: ink, dash: ATTRIBUTION_LINE[attribution].dash }, paper);
}

export function directionSymbol(ink: string, paper: string): LegendSymbol {
  return lineSymbol({ colour: ink, arrow: true }, paper);
}

export function stanceSymbol(stance: StanceOrNone, paper: string): LegendSymbol {
  return lineSymbol({ colour: STANCE_COLOUR[stance], stance }, paper);
}

/**
 * One kind of relation as the canvas draws it: its stance's colour and mark, its sourcing's
 * line. The alliance matrix shows a pair's relations as these, one per kind.
 */
export function relationSymbol(
  stance: StanceOrNone,
  attribution: Attribution,
  paper: string,
): LegendSymbol {
  return lineSymbol(
    { colour: STANCE_COLOUR[stance], dash: ATTRIBUTION_LINE[attribution].dash, stance },
    paper,
  );
}
