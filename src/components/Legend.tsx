import { useMemo, useState, type ReactNode } from "react";
import { NODE_ENCODING } from "../encoding/encoding.ts";
import {
  attributionSymbol,
  directionSymbol,
  nodeSymbol,
  stanceSymbol,
  type LegendSymbol,
} from "../encoding/symbols.ts";
import { CANVAS_THEME } from "../encoding/theme.ts";
import {
  ATTRIBUTION_NAME,
  DIRECTION_NAME,
  NODE_TYPE_NAME,
  STANCE_NAME,
} from "../encoding/words.ts";
import { filterCounts, isFiltering, STANCE_OPTIONS, type FilterGroup } from "../domain/filters.ts";
import { ATTRIBUTIONS, SHOWN_NODE_TYPES, type ShownNodeType } from "../domain/vocabulary.ts";
import {
  selectClearFilters,
  selectFilters,
  selectGraph,
  selectToggleFilter,
} from "../store/selectors.ts";
import { useAppState } from "./StoreContext.tsx";
import { useTheme } from "./useTheme.ts";
import { useVisible } from "./useVisible.ts";
import { PHONE_SCREEN } from "./breakpoints.ts";

/**
 * A legend symbol as inline SVG, mark for mark as the image export draws it (the marks come
 * from the visual encoding); decorative beside its name.
 */
export function SymbolSvg({
  symbol,
  className,
  width = symbol.size.width,
}: {
  symbol: LegendSymbol;
  className: string;
  /** Drawn at this width (px), the height in proportion; the symbol's own size by default. */
  width?: number;
}) {
  const { box, size, marks } = symbol;
  return (
    <svg
      width={width}
      height={(size.height * width) / size.width}
      viewBox={`0 0 ${box.width} ${box.height}`}
      aria-hidden="true"
      className={className}
    >
      {marks.map((mark, i) => (
        <path
          key={i}
          d={mark.d}
          fill={mark.fill ?? "none"}
          stroke={mark.stroke ?? "none"}
          strokeWidth={mark.stroke ? mark.strokeWidth : undefined}
          strokeDasharray={mark.dash.length > 0 ? mark.dash.join(" ") : undefined}
          strokeLinejoin="round"
        />
      ))}
    </svg>
  );
}

/** The shape and colour of a node type, as drawn on the canvas. */
export function NodeSymbol({ type, size }: { type: ShownNodeType; size?: number }) {
  const { theme } = useTheme();
  return (
    <SymbolSvg
      symbol={nodeSymbol(NODE_ENCODING[type], CANVAS_THEME[theme].canvas)}
      className="node-symbol"
      {...(size !== undefined && { width: size })}
    />
  );
}

/** Narrow screens start with the legend folded, leaving the room to the graph. */
const startsOpen = () =>
  typeof window === "undefined" || !window.matchMedia?.(PHONE_SCREEN).matches;

/** One legend entry that is also a filter: checked shows, unchecked hides. */
function FilterEntry({
  group,
  value,
  count,
  shownCount,
  symbol,
  children,
}: {
  group: FilterGroup;
  value: string;
  count: number;
  /** How many of them the filters leave on screen; null when nothing is filtered. */
  shownCount: number | null;
  symbol: ReactNode;
  children: ReactNode;
}) {
  const filters = useAppState(selectFilters);
  const toggle = useAppState(selectToggleFilter);
  const shown = !(filters[group] as ReadonlySet<string>).has(value);
  const total = count.toLocaleString("en");
  return (
    <li>
      <label className={count === 0 ? "legend-entry is-unused" : "legend-entry"}>
        <input type="checkbox" checked={shown} onChange={() => toggle(group, value)} />
        {symbol} {children}{" "}
        <span className="count">
          {shownCount === null ? total : `${shownCount.toLocaleString("en")} of ${total}`}
        </span>
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
  const visible = useVisible();
  // What the filters leave, entry by entry ("3 of 10"), so the legend says what is on screen.
  const shown = useMemo(
    () => (graph && visible ? filterCounts(graph, visible) : null),
    [graph, visible],
  );
  const { theme } = useTheme();
  if (!counts) return null;
  const { canvas: paper, legendInk: ink } = CANVAS_THEME[theme];
  const line = (symbol: LegendSymbol) => <SymbolSvg symbol={symbol} className="line-symbol" />;
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
              shownCount={shown ? (shown.nodeTypes.get(type) ?? 0) : null}
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
              shownCount={shown ? (shown.attributions.get(a) ?? 0) : null}
              symbol={line(attributionSymbol(a, ink, paper))}
            >
              {ATTRIBUTION_NAME[a]}
            </FilterEntry>
          ))}
          <li className="legend-entry">
            {line(directionSymbol(ink, paper))} {DIRECTION_NAME}
          </li>
        </ul>
        <ul aria-label="Stance of a relation">
          {STANCE_OPTIONS.map((s) => (
            <FilterEntry
              key={s}
              group="stances"
              value={s}
              count={counts.stances.get(s) ?? 0}
              shownCount={shown ? (shown.stances.get(s) ?? 0) : null}
              symbol={line(stanceSymbol(s, paper))}
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
                shownCount={shown ? (shown.relations.get(relation)?.count ?? 0) : null}
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
