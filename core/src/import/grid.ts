/**
 * The grid layout: a date per row in the first column, a header row of assistant names above
 * the first date, shift texts in the cells. Rows above the header (a title) and rows without a
 * date and without shifts (a week label) are passed over; a column headed by a weekday or week
 * label is not an assistant.
 */
import type { AssistantId } from "../model/index.js";
import type { LocalDate } from "../time/index.js";
import type { Collector } from "./collect.js";
import { readCell } from "./cell.js";
import { parseSheetDate } from "./dates.js";
import { roleOfHeader } from "./headers.js";
import { cellAt, columnLetter, columnName, isEmptyRow } from "./place.js";
import type { Table } from "./types.js";

/** The index (0-based) of the first row whose first cell is a date, or -1. */
export function firstDateRow(table: Table): number {
  return table.findIndex((row) => parseSheetDate(row[0] ?? "").ok);
}

/**
 * Whether a column is a label beside the dates rather than an assistant: its header is a
 * weekday, week, hours or note word and none of its cells holds a time range. (`Dag` is also a
 * Norwegian name: a column of shifts under it is an assistant's.)
 */
function isLabelColumn(table: Table, headerIndex: number, c: number): boolean {
  const role = roleOfHeader(cellAt(table, headerIndex, c));
  if (role !== "skip" && role !== "note") return false;
  return !table.slice(headerIndex + 1).some((row) => /\d\s*[-–—]\s*\d/.test(row[c] ?? ""));
}

/** What reading a grid found besides its shifts. */
export interface GridRead {
  /** The header row, 0-based, or undefined when there is none. */
  readonly headerIndex: number | undefined;
  readonly period: { readonly from: LocalDate; readonly to: LocalDate } | undefined;
}

/** Reads a sheet in the grid layout into `into` (see the file comment). */
export function readGrid(
  table: Table,
  templates: Readonly<Record<string, string>>,
  into: Collector,
): GridRead {
  const first = firstDateRow(table);
  if (first < 0) {
    into.issue(
      undefined,
      undefined,
      "no row has a date in its first column: a grid sheet has dates such as 02.03.2026 down column A and assistants' names across the header row",
    );
    return { headerIndex: undefined, period: undefined };
  }
  // the nearest row above with text beyond column A (a title or week label has none)
  let headerIndex = first - 1;
  while (headerIndex >= 0 && isEmptyRow(table[headerIndex]?.slice(1))) headerIndex--;
  if (headerIndex < 0) {
    into.issue(
      first + 1,
      undefined,
      "there is no header row with the assistants' names above the first date",
    );
    return { headerIndex: undefined, period: undefined };
  }
  const header = table[headerIndex] ?? [];
  const width = table.slice(headerIndex).reduce((w, r) => Math.max(w, r.length), 0);
  const dateColumn = columnName(header, 0);
  /** Per column: the assistant's id and name, "skip", or "unnamed". */
  const columns: (readonly [AssistantId, string] | "skip" | "unnamed")[] = [];
  for (let c = 1; c < width; c++) {
    const name = cellAt(table, headerIndex, c);
    if (name === "") columns.push("unnamed");
    else if (isLabelColumn(table, headerIndex, c)) columns.push("skip");
    else columns.push([into.assistant(name), name]);
  }
  const unnamedReported = new Set<number>();
  let from: LocalDate | undefined;
  let to: LocalDate | undefined;
  for (let r = headerIndex + 1; r < table.length; r++) {
    const row = table[r];
    if (isEmptyRow(row)) continue;
    const first = cellAt(table, r, 0);
    const rest = columns.some((col, i) => col !== "skip" && cellAt(table, r, i + 1) !== "");
    const date = parseSheetDate(first);
    if (!date.ok) {
      if (rest) into.issue(r + 1, dateColumn, first === "" ? "the date is missing" : date.reason);
      continue;
    }
    if (from === undefined || date.value < from) from = date.value;
    if (to === undefined || date.value > to) to = date.value;
    columns.forEach((col, i) => {
      const c = i + 1;
      const text = cellAt(table, r, c);
      if (text === "" || col === "skip") return;
      if (col === "unnamed") {
        if (!unnamedReported.has(c)) {
          unnamedReported.add(c);
          into.issue(
            r + 1,
            columnLetter(c),
            `the column has shifts but no assistant's name in the header row (row ${headerIndex + 1})`,
          );
        }
        return;
      }
      const [assistantId, name] = col;
      const cell = readCell(text, date.value, templates);
      for (const problem of cell.problems) into.issue(r + 1, name, problem);
      for (const s of cell.shifts) {
        into.shift({ assistantId, ...s, row: r + 1, column: name });
      }
    });
  }
  const period = from !== undefined && to !== undefined ? { from, to } : undefined;
  return { headerIndex, period };
}
