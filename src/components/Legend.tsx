import { useState } from "react";
import {
  ATTRIBUTION_DASH,
  NODE_ENCODING,
  STANCE_COLOUR,
  STANCE_MARK,
} from "../cytoscape/encoding.ts";
import {
  ATTRIBUTIONS,
  NODE_TYPES,
  STANCES,
  type NodeType,
  type Stance,
} from "../domain/vocabulary.ts";
import { NODE_TYPE_NAME } from "./describe.ts";

/** The shape and colour of a node type, as drawn on the canvas; decorative beside its name. */
export function NodeSymbol({ type, size = 16 }: { type: NodeType; size?: number }) {
  const { svgPath, colour } = NODE_ENCODING[type];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="node-symbol">
      <path d={svgPath} fill={colour} stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

const INK = "#3b4452";

/** A short edge as drawn on the canvas: line style, stance colour and mark, optional arrow. */
function LineSymbol({
  colour = INK,
  dash,
  arrow = false,
  stance = "none",
}: {
  colour?: string;
  dash?: string | undefined;
  arrow?: boolean;
  stance?: Stance | "none";
}) {
  const mark = STANCE_MARK[stance];
  return (
    <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" className="line-symbol">
      <line
        x1="1"
        y1="7"
        x2={arrow ? 31 : 39}
        y2="7"
        stroke={colour}
        strokeWidth="2.2"
        strokeDasharray={dash}
      />
      {arrow && <path d="M30 2.5 L39 7 L30 11.5 Z" fill={colour} />}
      {mark.shape === "circle" && (
        <circle
          cx="20"
          cy="7"
          r="3.6"
          fill={mark.fill === "filled" ? colour : "#fff"}
          stroke={colour}
          strokeWidth="1.6"
        />
      )}
      {mark.shape === "tee" && <rect x="18.6" y="1" width="2.8" height="12" fill={colour} />}
    </svg>
  );
}

const ATTRIBUTION_NAME = {
  fact: "Reported as fact",
  claim: "Claimed by a speaker",
  hedged: "Claimed, hedged",
} as const;

const STANCE_NAME = {
  cooperation: "Cooperation",
  opposition: "Opposition",
  neutral: "Neutral",
  none: "No stance shown",
} as const;

/** Narrow screens start with the legend folded, leaving the room to the graph. */
const startsOpen = () =>
  typeof window === "undefined" || !window.matchMedia?.("(max-width: 760px)").matches;

/** Explains every mark on the canvas; generated from the same encoding as the stylesheet. */
export function Legend() {
  // Only the initial state: afterwards <details> keeps whatever the reader chose.
  const [initiallyOpen] = useState(startsOpen);
  return (
    <details className="legend" open={initiallyOpen}>
      <summary>Legend</summary>
      <div className="legend-body">
        <ul aria-label="Entities">
          {NODE_TYPES.map((type) => (
            <li key={type}>
              <NodeSymbol type={type} /> {NODE_TYPE_NAME[type]}
            </li>
          ))}
        </ul>
        <ul aria-label="How a relation is sourced">
          {ATTRIBUTIONS.map((a) => (
            <li key={a}>
              <LineSymbol dash={ATTRIBUTION_DASH[a]} /> {ATTRIBUTION_NAME[a]}
            </li>
          ))}
          <li>
            <LineSymbol arrow /> Direction
          </li>
        </ul>
        <ul aria-label="Stance of a relation">
          {[...STANCES, "none" as const].map((s) => (
            <li key={s}>
              <LineSymbol colour={STANCE_COLOUR[s]} stance={s} /> {STANCE_NAME[s]}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
