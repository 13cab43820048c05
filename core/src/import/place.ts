/** Naming cells in messages: spreadsheet column letters and the `row 5, column Anna:` prefix. */
import type { SheetIssue, Table } from "./types.js";

/** The spreadsheet letter of a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A problem at a cell (`row` 1-based), or of the whole sheet when `row` is undefined. */
export function sheetIssue(
  row: number | undefined,
  column: string | undefined,
  reason: string,
): SheetIssue {
  if (row === undefined) return { reason, message: reason };
  if (column === undefined) return { row, reason, message: `row ${row}: ${reason}` };
  return { row, column, reason, message: `row ${row}, column ${column}: ${reason}` };
}

/** The text of a cell, trimmed; empty when the row is shorter. */
export function cellAt(table: Table, row: number, col: number): string {
  return (table[row]?.[col] ?? "").trim();
}

/** Whether a row has no text at all. */
export function isEmptyRow(row: readonly string[] | undefined): boolean {
  return !row || row.every((c) => c.trim() === "");
}

/** The name of a column for messages: its header text, else its letter. */
export function columnName(header: readonly string[] | undefined, col: number): string {
  const text = (header?.[col] ?? "").trim();
  return text === "" ? columnLetter(col) : text;
}
