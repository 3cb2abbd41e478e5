import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  entityRows,
  relationRows,
  sortRows,
  type EntityRow,
  type EntitySortKey,
  type RelationRow,
  type RelationSortKey,
  type SortableKey,
  type SortDirection,
} from "../domain/listRows.ts";
import type { Visible } from "../domain/filters.ts";
import { selectGraph, selectSelect, selectSelection } from "../store/selectors.ts";
import { ATTRIBUTION_NAME, NODE_TYPE_NAME } from "../encoding/words.ts";
import { NodeSymbol } from "./Legend.tsx";
import { useAppState } from "./StoreContext.tsx";
import "./ListView.css";

/**
 * Every entity and every relation of the graph as two sortable tables: the way in for keyboard
 * and screen-reader users. Each row's first cell is a button that selects the row; the row of
 * the current selection is marked and, when the selection comes from elsewhere (canvas,
 * search, details), scrolled into view. With `visible`, only those rows are shown.
 */
export function ListView({ visible = null }: { visible?: Visible | null }) {
  const graph = useAppState(selectGraph);
  const selection = useAppState(selectSelection);
  const select = useAppState(selectSelect);
  const root = useRef<HTMLDivElement>(null);
  /** What a button of this list just selected: its row is in view already. */
  const ownSelection = useRef<{ kind: "node" | "edge"; id: string } | null>(null);

  const entities = useMemo(() => (graph ? entityRows(graph) : []), [graph]);
  const relations = useMemo(() => (graph ? relationRows(graph) : []), [graph]);

  useEffect(() => {
    const own = ownSelection.current;
    ownSelection.current = null;
    if (!selection || (own && own.kind === selection.kind && own.id === selection.id)) return;
    root.current
      ?.querySelector<HTMLElement>('tr[aria-selected="true"]')
      ?.scrollIntoView?.({ block: "nearest" });
  }, [selection]);

  if (!graph) return null;

  const choose = (kind: "node" | "edge", id: string) => {
    ownSelection.current = { kind, id };
    select({ kind, id, origin: "panel" });
  };
  const selectedNode = selection?.kind === "node" ? selection.id : null;
  const selectedEdge = selection?.kind === "edge" ? selection.id : null;

  return (
    <div className="list-view" ref={root}>
      <ListTable<EntityRow, EntitySortKey>
        caption="Entities"
        noun="entities"
        columns={ENTITY_COLUMNS}
        rows={entities}
        shown={visible?.nodes ?? null}
        selectedId={selectedNode}
        renderCells={(row, selected) => (
          <>
            <th scope="row">
              <RowButton selected={selected} onClick={() => choose("node", row.id)}>
                {row.label}
              </RowButton>
              {row.aliases.length > 0 && (
                <span className="list-aliases">
                  <span className="visually-hidden">also called </span>
                  {row.aliases.join(", ")}
                </span>
              )}
            </th>
            <td>
              <span className="list-type">
                <NodeSymbol type={row.type} size={14} /> {NODE_TYPE_NAME[row.type]}
              </span>
            </td>
            <td className="list-num">{row.relations}</td>
            <td className="list-num">{row.quotes}</td>
          </>
        )}
      />
      <ListTable<RelationRow, RelationSortKey>
        caption="Relations"
        noun="relations"
        columns={RELATION_COLUMNS}
        rows={relations}
        shown={visible?.edges ?? null}
        selectedId={selectedEdge}
        renderCells={(row, selected) => (
          <>
            <th scope="row">
              {/* Named by the whole sentence ("Venezuela talks with Russia"), shown as its source. */}
              <RowButton selected={selected} onClick={() => choose("edge", row.id)}>
                {row.source}{" "}
                <span className="visually-hidden">
                  {row.relation} {row.target}
                </span>
              </RowButton>
            </th>
            <td>{row.relation}</td>
            <td>{row.target}</td>
            <td>{row.stance ? capitalise(row.stance) : <None />}</td>
            <td>
              {row.claimedBy ? (
                <>
                  {row.claimedBy}
                  {row.hedged && <span className="list-hedged"> (hedged)</span>}
                </>
              ) : (
                <span className="list-fact">
                  <span aria-hidden="true">— </span>
                  {row.attribution === "linked-headline"
                    ? ATTRIBUTION_NAME["linked-headline"].toLowerCase()
                    : "reported as fact"}
                </span>
              )}
            </td>
            <td className="list-num">{row.quotes}</td>
          </>
        )}
      />
    </div>
  );
}

interface Column<K> {
  readonly key: K;
  /** The header's words, and the accessible name of its sort button. */
  readonly name: string;
  readonly numeric?: boolean;
}

const ENTITY_COLUMNS: readonly Column<EntitySortKey>[] = [
  { key: "label", name: "Label" },
  { key: "type", name: "Type" },
  { key: "relations", name: "Relations", numeric: true },
  { key: "quotes", name: "Quotes", numeric: true },
];

const RELATION_COLUMNS: readonly Column<RelationSortKey>[] = [
  { key: "source", name: "Source" },
  { key: "relation", name: "Relation" },
  { key: "target", name: "Target" },
  { key: "stance", name: "Stance" },
  { key: "claimedBy", name: "Claimed by" },
  { key: "quotes", name: "Quotes", numeric: true },
];

/** What a table needs of a row: its element id and its document order. */
type ListRow = { readonly id: string; readonly order: number };

/** Which column the table is sorted by; null keeps document order. */
type SortState<K> = { readonly key: K; readonly direction: SortDirection } | null;

const SORT_MARK = { ascending: "▲", descending: "▼", none: "↕" } as const;

/**
 * Rows rendered at first, and added by each "Show more": a table of 20,000 rows would hold
 * the page for many seconds to render, and nobody reads it whole (search and the filters
 * narrow it). The selected row is always rendered, however far down it is.
 */
export const ROWS_PER_PAGE = 500;

function ListTable<R extends ListRow, K extends SortableKey<R> & string>({
  caption,
  noun,
  columns,
  rows,
  shown,
  selectedId,
  renderCells,
}: {
  caption: string;
  /** The rows' word in the "nothing passes" line. */
  noun: string;
  columns: readonly Column<K>[];
  /** Every row, in document order. */
  rows: readonly R[];
  /** The ids to show, or null for every row. */
  shown: ReadonlySet<string> | null;
  selectedId: string | null;
  renderCells: (row: R, selected: boolean) => ReactNode;
}) {
  const [sort, setSort] = useState<SortState<K>>(null);
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const display = useMemo(() => {
    const filtered = shown ? rows.filter((row) => shown.has(row.id)) : rows;
    return sort ? sortRows(filtered, sort.key, sort.direction) : filtered;
  }, [rows, shown, sort]);
  const selectedAt = selectedId === null ? -1 : display.findIndex((row) => row.id === selectedId);
  const rendered = display.slice(0, Math.max(limit, selectedAt + 1));

  const sortBy = (key: K) =>
    setSort((cur) =>
      cur?.key === key
        ? { key, direction: cur.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: "ascending" },
    );

  return (
    <table className="list-table">
      <caption>
        {caption}
        {shown && (
          <span className="list-count">
            {" "}
            ({display.length} of {rows.length})
          </span>
        )}
      </caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const direction = sort?.key === column.key ? sort.direction : undefined;
            return (
              <th
                key={column.key}
                scope="col"
                aria-sort={direction}
                className={column.numeric ? "list-num" : undefined}
              >
                <button type="button" className="list-sort" onClick={() => sortBy(column.key)}>
                  {column.name}
                  <span className="list-sort-mark" aria-hidden="true">
                    {SORT_MARK[direction ?? "none"]}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rendered.map((row) => {
          const selected = row.id === selectedId;
          return (
            <tr
              key={row.id}
              aria-selected={selected ? "true" : undefined}
              className={selected ? "is-selected" : undefined}
            >
              {renderCells(row, selected)}
            </tr>
          );
        })}
        {display.length === 0 && (
          <tr>
            <td colSpan={columns.length} className="list-empty">
              No {noun} pass the filters.
            </td>
          </tr>
        )}
        {rendered.length < display.length && (
          <tr>
            <td colSpan={columns.length} className="list-more">
              Showing {rendered.length.toLocaleString("en")} of{" "}
              {display.length.toLocaleString("en")} {noun}.{" "}
              <button type="button" onClick={() => setLimit(rendered.length + ROWS_PER_PAGE)}>
                Show{" "}
                {Math.min(ROWS_PER_PAGE, display.length - rendered.length).toLocaleString("en")}{" "}
                more {noun}
              </button>
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** The button that selects a row; `aria-current` tells a screen reader which one is selected. */
function RowButton({
  selected,
  onClick,
  children,
}: {
  selected: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="list-select"
      aria-current={selected ? "true" : undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** An empty cell: a dash to the eye, "none" to a screen reader. */
function None() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">none</span>
    </>
  );
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
