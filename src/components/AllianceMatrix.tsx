import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { exportFileName } from "../domain/export/fileName.ts";
import { matrixCsv } from "../domain/export/matrixCsv.ts";
import type { GraphIndex } from "../domain/graphIndex.ts";
import { STANCE_OPTIONS } from "../domain/filters.ts";
import {
  allianceMatrix,
  matrixCell,
  pairKey,
  type AllianceMatrix,
  type MatrixCell,
} from "../domain/sides/matrix.ts";
import type { SidesResult } from "../domain/sides/sides.ts";
import { ATTRIBUTIONS } from "../domain/vocabulary.ts";
import { attributionSymbol, relationSymbol, stanceSymbol } from "../encoding/symbols.ts";
import { CANVAS_THEME } from "../encoding/theme.ts";
import {
  ATTRIBUTION_NAME,
  PAIR_SOURCING_PHRASE,
  PAIR_STANCE_NAME,
  STANCE_NAME,
} from "../encoding/words.ts";
import { selectSelect, selectShowInArticle } from "../store/selectors.ts";
import { attributionPhrase, edgeSentence, labelOf } from "./describe.ts";
import { DialogShell } from "./DialogShell.tsx";
import { SymbolSvg } from "./Legend.tsx";
import { Quote } from "./Quote.tsx";
import { saveFile } from "./saveFile.ts";
import { useAppState } from "./StoreContext.tsx";
import { useTheme } from "./useTheme.ts";
import "./AllianceMatrix.css";

/**
 * The most actors the table is drawn for: it has a cell per pair, so a graph of thousands of
 * actors would be millions of cells, which no reader scans and no browser draws quickly. The
 * CSV, a file a spreadsheet reads, goes further; beyond that it is no longer a readable grid.
 */
export const TABLE_ACTOR_LIMIT = 100;
export const CSV_ACTOR_LIMIT = 1_000;

/** How wide a relation's mark is drawn in a cell, in px (the legend draws it at 40). */
const MARK_WIDTH = 26;

/** "Side 2", or "Not placed" for the actors no side holds. */
function groupName(side: number | null): string {
  return side === null ? "Not placed" : `Side ${side + 1}`;
}

/** "Side 2, the side of Russia": the group's number and who the side is named after. */
function groupTitle(graph: GraphIndex, result: SidesResult, side: number | null): string {
  if (side === null) return "Not placed by the article";
  const central = result.sides[side]?.centralMember;
  return `${groupName(side)}, the side of ${central ? labelOf(graph, central) : "no one"}`;
}

/**
 * "Russia and Venezuela: cooperation, reported as fact, 2 relations": what a cell says, for
 * screen readers and as its tooltip.
 */
export function cellSentence(graph: GraphIndex, cell: MatrixCell, row: string, column: string) {
  const n = cell.relations.length;
  const speakers =
    cell.claimedBy.length > 0
      ? ` (${cell.claimedBy.map((id) => labelOf(graph, id)).join(", ")})`
      : "";
  return (
    `${labelOf(graph, row)} and ${labelOf(graph, column)}: ` +
    `${PAIR_STANCE_NAME[cell.stance].toLowerCase()}, ${PAIR_SOURCING_PHRASE[cell.sourcing]}` +
    `${speakers}${cell.hedged ? ", hedged" : ""}, ${n} relation${n === 1 ? "" : "s"}`
  );
}

/** Where a cell is: its row and column, as indices into `matrix.actors`. */
interface At {
  readonly row: number;
  readonly column: number;
}

/** The next cell with a relation from `at`, one step at a time in a direction; null at an edge. */
function nextCell(matrix: AllianceMatrix, at: At, dRow: number, dColumn: number): At | null {
  const n = matrix.actors.length;
  let { row, column } = at;
  for (;;) {
    row += dRow;
    column += dColumn;
    if (row < 0 || column < 0 || row >= n || column >= n) return null;
    if (row !== column && matrixCell(matrix, matrix.actors[row]!, matrix.actors[column]!)) {
      return { row, column };
    }
  }
}

/** The first cell with a relation, row by row; null for a matrix with none. */
function firstCell(matrix: AllianceMatrix): At | null {
  for (let row = 0; row < matrix.actors.length; row++) {
    const found = nextCell(matrix, { row, column: -1 }, 0, 1);
    if (found) return found;
  }
  return null;
}

/**
 * The alliance matrix, in a dialog: a real table of every actor against every other, grouped
 * by side as the Sides tab reads them, each cell a button showing how the two relate (a mark
 * per kind of relation, as the canvas draws it, and the words for screen readers). Arrow keys
 * move between the cells (one tab stop for the table); a cell shows its relations with their
 * quotes below the table, and selects the relation when there is only one (the store holds one
 * selection). "Export CSV" writes the table.
 */
export function AllianceMatrixDialog({
  graph,
  result,
  readingName,
  open,
  onClose,
}: {
  graph: GraphIndex;
  /** The sides the Sides tab shows: the matrix reads the graph the same way. */
  result: SidesResult;
  /** The reading in words, as the Sides tab's chooser says it ("what it reports as fact"). */
  readingName: string;
  open: boolean;
  onClose: () => void;
}) {
  const select = useAppState(selectSelect);
  const matrix = useMemo(
    () => allianceMatrix(graph.doc, result, { labelOf: (id) => labelOf(graph, id) }),
    [graph, result],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const [focusAt, setFocusAt] = useState<At | null>(null);
  const cellRefs = useRef(new Map<string, HTMLButtonElement>());
  const { theme } = useTheme();
  const paper = CANVAS_THEME[theme].canvas;
  const describedBy = useId();

  const chosenCell = chosen ? matrix.cells.get(chosen) : undefined;
  const actorCount = matrix.actors.length;
  const tooMany = actorCount > TABLE_ACTOR_LIMIT;
  // The one cell in the tab order: the last one moved to, while it still holds a relation
  // under this reading, else the first.
  const stop = tooMany
    ? null
    : focusAt &&
        matrix.actors[focusAt.row] !== undefined &&
        matrix.actors[focusAt.column] !== undefined &&
        matrixCell(matrix, matrix.actors[focusAt.row]!, matrix.actors[focusAt.column]!)
      ? focusAt
      : firstCell(matrix);

  const refKey = (at: At) => `${at.row},${at.column}`;
  const moveTo = (at: At | null) => {
    if (!at) return;
    setFocusAt(at);
    cellRefs.current.get(refKey(at))?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const at = (e.target as HTMLElement).closest<HTMLElement>("[data-row]")?.dataset;
    if (!at?.row || !at.column) return;
    const here = { row: Number(at.row), column: Number(at.column) };
    const step: Partial<Record<string, [number, number]>> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = step[e.key];
    if (move) {
      e.preventDefault();
      moveTo(nextCell(matrix, here, move[0], move[1]));
    } else if (e.key === "Home" || e.key === "End") {
      e.preventDefault();
      const n = matrix.actors.length;
      const edge = { row: here.row, column: e.key === "Home" ? -1 : n };
      moveTo(nextCell(matrix, edge, 0, e.key === "Home" ? 1 : -1));
    }
  };

  const activate = (cell: MatrixCell, at: At) => {
    setFocusAt(at);
    setChosen(pairKey(cell.a, cell.b));
    if (cell.relations.length === 1) {
      select({ kind: "edge", id: cell.relations[0]!, origin: "panel" });
    }
  };

  const exportCsv = () => {
    const text = matrixCsv(matrix, (id) => labelOf(graph, id));
    const name = exportFileName(graph.doc.id, new Date(), "csv", "alliance-matrix");
    saveFile(new Blob([text], { type: "text/csv;charset=utf-8" }), name);
  };

  return (
    <DialogShell open={open} title="Alliance matrix" className="matrix-dialog" onClose={onClose}>
      <p id={describedBy} className="matrix-reading">
        According to {readingName}: every actor against every other, grouped by side, unplaced
        actors last. Arrow keys move between the pairs; Enter shows a pair&apos;s relations and
        their quotes below the table.
      </p>
      {tooMany ? (
        <p className="matrix-too-many">
          Read this way the graph has {actorCount.toLocaleString("en")} actors: the table is drawn
          for up to {TABLE_ACTOR_LIMIT}.{" "}
          {actorCount <= CSV_ACTOR_LIMIT
            ? "Export CSV writes it for a spreadsheet."
            : `Beyond ${CSV_ACTOR_LIMIT.toLocaleString("en")} it is not written as CSV either; the Sides tab lists the sides.`}
        </p>
      ) : (
        <div className="matrix-scroll">
          <table
            className="matrix-table"
            aria-label="Alliance matrix"
            aria-describedby={describedBy}
            onKeyDown={onKeyDown}
          >
            <colgroup span={1} />
            {matrix.groups.map((g) => (
              <colgroup key={groupName(g.side)} span={g.members.length} />
            ))}
            <thead>
              <tr>
                <td className="matrix-corner" rowSpan={2} />
                {matrix.groups.map((g) => (
                  <th
                    key={groupName(g.side)}
                    scope="colgroup"
                    colSpan={g.members.length}
                    className="matrix-group-column"
                    title={groupTitle(graph, result, g.side)}
                  >
                    <span aria-hidden="true">{groupName(g.side)}</span>
                    <span className="visually-hidden">{groupTitle(graph, result, g.side)}</span>
                  </th>
                ))}
              </tr>
              <tr>
                {matrix.groups.flatMap((g) =>
                  g.members.map((id, i) => (
                    <th
                      key={id}
                      scope="col"
                      className={i === 0 ? "matrix-column is-group-start" : "matrix-column"}
                    >
                      <span className="matrix-column-label">{labelOf(graph, id)}</span>
                    </th>
                  )),
                )}
              </tr>
            </thead>
            {matrix.groups.map((g, gi) => {
              const offset = matrix.groups.slice(0, gi).reduce((n, x) => n + x.members.length, 0);
              return (
                <tbody key={groupName(g.side)}>
                  <tr className="matrix-group-row">
                    <th scope="rowgroup">
                      <span className="matrix-group-label">
                        {groupTitle(graph, result, g.side)}
                      </span>
                    </th>
                    <td colSpan={matrix.actors.length} />
                  </tr>
                  {g.members.map((rowId, ri) => {
                    const row = offset + ri;
                    return (
                      <tr key={rowId}>
                        <th scope="row" className="matrix-row">
                          {labelOf(graph, rowId)}
                        </th>
                        {matrix.actors.map((columnId, column) => {
                          const at = { row, column };
                          const cell =
                            row === column ? undefined : matrixCell(matrix, rowId, columnId);
                          const starts = matrix.groups.some((x) => x.members[0] === columnId);
                          const className = [
                            "matrix-cell",
                            starts ? "is-group-start" : "",
                            row === column ? "is-self" : "",
                          ]
                            .filter(Boolean)
                            .join(" ");
                          if (!cell) return <td key={columnId} className={className} />;
                          const sentence = cellSentence(graph, cell, rowId, columnId);
                          const isStop = stop?.row === row && stop.column === column;
                          return (
                            <td key={columnId} className={className}>
                              <button
                                type="button"
                                ref={(el) => {
                                  if (el) cellRefs.current.set(refKey(at), el);
                                  else cellRefs.current.delete(refKey(at));
                                }}
                                data-row={row}
                                data-column={column}
                                tabIndex={isStop ? 0 : -1}
                                aria-current={
                                  chosen === pairKey(cell.a, cell.b) ? "true" : undefined
                                }
                                title={sentence}
                                onFocus={() => setFocusAt(at)}
                                onClick={() => activate(cell, at)}
                              >
                                <span className="matrix-marks" aria-hidden="true">
                                  {cell.marks.map((m) => (
                                    <SymbolSvg
                                      key={`${m.stance} ${m.attribution}`}
                                      symbol={relationSymbol(m.stance, m.attribution, paper)}
                                      className="line-symbol"
                                      width={MARK_WIDTH}
                                    />
                                  ))}
                                </span>
                                {cell.relations.length > 1 && (
                                  <span className="matrix-count" aria-hidden="true">
                                    {cell.relations.length}
                                  </span>
                                )}
                                <span className="visually-hidden">{sentence}</span>
                              </button>
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
      <div className="matrix-footer">
        {!tooMany && <MatrixKey paper={paper} ink={CANVAS_THEME[theme].legendInk} />}
        {actorCount <= CSV_ACTOR_LIMIT && (
          <button type="button" className="btn-accent" onClick={exportCsv}>
            Export CSV
          </button>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {chosenCell &&
          `${labelOf(graph, chosenCell.a)} and ${labelOf(graph, chosenCell.b)}: ` +
            `${chosenCell.relations.length === 1 ? "the relation is" : `${chosenCell.relations.length} relations are`} ` +
            "shown below the table."}
      </p>
      {chosenCell && <CellRelations graph={graph} cell={chosenCell} onDone={onClose} />}
    </DialogShell>
  );
}

/** What the marks in the cells mean: the legend's stance and sourcing entries. */
function MatrixKey({ paper, ink }: { paper: string; ink: string }) {
  return (
    <div className="matrix-key">
      <ul aria-label="Stance">
        {STANCE_OPTIONS.map((s) => (
          <li key={s}>
            <SymbolSvg symbol={stanceSymbol(s, paper)} className="line-symbol" width={MARK_WIDTH} />{" "}
            {STANCE_NAME[s]}
          </li>
        ))}
        <li>Mixed: both marks</li>
      </ul>
      <ul aria-label="How a relation is sourced">
        {ATTRIBUTIONS.map((a) => (
          <li key={a}>
            <SymbolSvg
              symbol={attributionSymbol(a, ink, paper)}
              className="line-symbol"
              width={MARK_WIDTH}
            />{" "}
            {ATTRIBUTION_NAME[a]}
          </li>
        ))}
        <li>A number: how many relations</li>
      </ul>
    </div>
  );
}

/**
 * The relations of the chosen pair, each with how it is sourced and all its quotes. "Show on
 * graph" selects one and closes the dialog; "Show in article" does the same for a quote and
 * brings it into view in the article.
 */
function CellRelations({
  graph,
  cell,
  onDone,
}: {
  graph: GraphIndex;
  cell: MatrixCell;
  onDone: () => void;
}) {
  const select = useAppState(selectSelect);
  const showInArticle = useAppState(selectShowInArticle);
  const title = `${labelOf(graph, cell.a)} and ${labelOf(graph, cell.b)}`;
  // A newly chosen pair's heading is scrolled into the dialog's view, the least it takes, so a
  // click shows that something came up below the table without hiding the table.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.scrollIntoView?.({ block: "nearest" }), [cell]);
  return (
    <section className="matrix-relations" aria-label={`Relations between ${title}`}>
      <h3 ref={heading}>
        {title}: {PAIR_STANCE_NAME[cell.stance].toLowerCase()},{" "}
        {PAIR_SOURCING_PHRASE[cell.sourcing]}
      </h3>
      <ul className="path-steps">
        {cell.relations.map((id) => {
          const edge = graph.edgeById.get(id);
          if (!edge) return null;
          return (
            <li key={id}>
              <p className="matrix-relation">
                <strong>{edgeSentence(graph, edge)}</strong>{" "}
                <button
                  type="button"
                  className="btn-accent"
                  onClick={() => {
                    select({ kind: "edge", id, origin: "panel" });
                    onDone();
                  }}
                >
                  Show <span className="visually-hidden">{edgeSentence(graph, edge)}</span> on graph
                </button>
              </p>
              <p className="details-kind">
                {STANCE_NAME[edge.stance ?? "none"]}, {attributionPhrase(graph, edge)}
              </p>
              <ol className="quotes">
                {edge.evidence.map((ev, i) => (
                  <li key={i}>
                    <Quote
                      evidence={ev}
                      source={graph.sourceById.get(ev.source)}
                      speakerLabel={ev.speaker ? labelOf(graph, ev.speaker) : undefined}
                      showSource={graph.doc.sources.length > 1}
                      onShowInArticle={() => {
                        showInArticle({ kind: "edge", id, index: i });
                        onDone();
                      }}
                    />
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
