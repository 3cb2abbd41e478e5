import { useMemo, useState, type ReactNode } from "react";
import {
  ATTRIBUTION_DASH,
  NODE_ENCODING,
  STANCE_COLOUR,
  STANCE_MARK,
} from "../cytoscape/encoding.ts";
import { filterCounts, isFiltering, STANCE_OPTIONS, type FilterGroup } from "../domain/filters.ts";
import {
  ATTRIBUTIONS,
  SHOWN_NODE_TYPES,
  type ShownNodeType,
  type Stance,
} from "../domain/vocabulary.ts";
import {
  selectClearFilters,
  selectFilters,
  selectGraph,
  selectToggleFilter,
} from "../store/selectors.ts";
import { useAppState } from "./StoreContext.tsx";
import { NODE_TYPE_NAME } from "./describe.ts";
import { PHONE_SCREEN } from "./breakpoints.ts";

/** The shape and colour of a node type, as drawn on the canvas; decorative beside its name. */
export function NodeSymbol({ type, size = 16 }: { type: ShownNodeType; size?: number }) {
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
  typeof window === "undefined" || !window.matchMedia?.(PHONE_SCREEN).matches;

/** One legend entry that is also a filter: checked shows, unchecked hides. */
function FilterEntry({
  group,
  value,
  count,
  symbol,
  children,
}: {
  group: FilterGroup;
  value: string;
  count: number;
  symbol: ReactNode;
  children: ReactNode;
}) {
  const filters = useAppState(selectFilters);
  const toggle = useAppState(selectToggleFilter);
  const shown = !(filters[group] as ReadonlySet<string>).has(value);
  return (
    <li>
      <label className={count === 0 ? "legend-entry is-unused" : "legend-entry"}>
        <input type="checkbox" checked={shown} onChange={() => toggle(group, value)} />
        {symbol} {children} <span className="count">{count.toLocaleString("en")}</span>
      </label>
    </li>
  );
}

/**
 * Explains every mark on the canvas, from the same encoding as the stylesheet, and doubles as
 * the filter: each entry shows its count and hides or shows what it stands for.
 */
export function Legend() {
  // Only the initial state: afterwards <details> keeps whatever the reader chose.
  const [initiallyOpen] = useState(startsOpen);
  const graph = useAppState(selectGraph);
  const filters = useAppState(selectFilters);
  const clear = useAppState(selectClearFilters);
  const counts = useMemo(() => (graph ? filterCounts(graph) : null), [graph]);
  if (!counts) return null;
  return (
    <details className="legend" open={initiallyOpen}>
      <summary>
        Legend and filters
        {isFiltering(filters) && <span className="legend-filtering"> · some hidden</span>}
      </summary>
      <div className="legend-body">
        <ul aria-label="Entities">
          {/* "Other" only comes with graphs from other tools, so it shows only when present. */}
          {SHOWN_NODE_TYPES.filter(
            (type) => type !== "other" || (counts.nodeTypes.get(type) ?? 0) > 0,
          ).map((type) => (
            <FilterEntry
              key={type}
              group="nodeTypes"
              value={type}
              count={counts.nodeTypes.get(type) ?? 0}
              symbol={<NodeSymbol type={type} />}
            >
              {NODE_TYPE_NAME[type]}
            </FilterEntry>
          ))}
        </ul>
        <ul aria-label="How a relation is sourced">
          {ATTRIBUTIONS.map((a) => (
            <FilterEntry
              key={a}
              group="attributions"
              value={a}
              count={counts.attributions.get(a) ?? 0}
              symbol={<LineSymbol dash={ATTRIBUTION_DASH[a]} />}
            >
              {ATTRIBUTION_NAME[a]}
            </FilterEntry>
          ))}
          <li className="legend-entry">
            <LineSymbol arrow /> Direction
          </li>
        </ul>
        <ul aria-label="Stance of a relation">
          {STANCE_OPTIONS.map((s) => (
            <FilterEntry
              key={s}
              group="stances"
              value={s}
              count={counts.stances.get(s) ?? 0}
              symbol={<LineSymbol colour={STANCE_COLOUR[s]} stance={s} />}
            >
              {STANCE_NAME[s]}
            </FilterEntry>
          ))}
        </ul>
        <details className="legend-relations">
          <summary>Relation types ({counts.relations.size})</summary>
          <ul aria-label="Relation types">
            {[...counts.relations].map(([relation, { label, count }]) => (
              <FilterEntry
                key={relation}
                group="relations"
                value={relation}
                count={count}
                symbol={null}
              >
                {label}
              </FilterEntry>
            ))}
          </ul>
        </details>
        {isFiltering(filters) && (
          <button type="button" className="legend-clear" onClick={clear}>
            Show everything
          </button>
        )}
      </div>
    </details>
  );
}
