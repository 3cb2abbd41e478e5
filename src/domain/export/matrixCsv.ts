import { matrixCell, type AllianceMatrix, type MatrixCell } from "../sides/matrix.ts";
import { csvRecord, LIST_SEPARATOR } from "./csv.ts";

/**
 * A cell as the CSV writes it: the pair's stance and its sourcing, e.g. "cooperation; fact",
 * "mixed; both", "no stance; claim (hedged)". Empty for a pair with no relation and on the
 * diagonal.
 *
 * @example matrixCellText(cell) // "cooperation; fact"
 */
export function matrixCellText(cell: MatrixCell | undefined): string | undefined {
  if (!cell) return undefined;
  const stance = cell.stance === "none" ? "no stance" : cell.stance;
  return `${stance}${LIST_SEPARATOR}${cell.sourcing}${cell.hedged ? " (hedged)" : ""}`;
}

/**
 * The alliance matrix as one CSV table (RFC 4180, CRLF, a header row), laid out as on screen:
 * a row per actor with its label and group ("side 1", …, "not placed"), then a column per
 * actor in the same order, each cell `matrixCellText`. Labels are the graph's text and so are
 * guarded against running as spreadsheet formulas like every CSV field (see `csvField`).
 *
 * @example
 * matrixCsv(matrix, (id) => labels.get(id) ?? id).split("\r\n")[0]
 * // "actor,side,Venezuelan delegation,Rosoboronexport,…"
 */
export function matrixCsv(matrix: AllianceMatrix, labelOf: (id: string) => string): string {
  let out = csvRecord(["actor", "side", ...matrix.actors.map(labelOf)]);
  for (const group of matrix.groups) {
    const side = group.side === null ? "not placed" : `side ${group.side + 1}`;
    for (const row of group.members) {
      out += csvRecord([
        labelOf(row),
        side,
        ...matrix.actors.map((column) =>
          column === row ? undefined : matrixCellText(matrixCell(matrix, row, column)),
        ),
      ]);
    }
  }
  return out;
}
