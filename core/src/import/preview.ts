/**
 * From a table to a preview: detect the layout (or take the caller's), read it, and check every
 * shift's times in the zone, so that a time the clocks skip (the spring DST night) is reported
 * at its cell before anything is created.
 */
import { templateMap } from "../model/index.js";
import { Zone } from "../time/index.js";
import { Collector } from "./collect.js";
import { firstDateRow, readGrid } from "./grid.js";
import { isRowsHeader, mapColumns } from "./headers.js";
import { isEmptyRow, sheetIssue } from "./place.js";
import { readRows } from "./rows.js";
import type {
  SheetIssue,
  SheetLayout,
  SheetOptions,
  SheetPreview,
  SheetShift,
  Table,
} from "./types.js";

/** How many rows from the top may come before a row-per-shift sheet's header (titles). */
const HEADER_SEARCH_ROWS = 20;

/** The zone of each profile's country. */
const ZONES = { dk: "Europe/Copenhagen", no: "Europe/Oslo" } as const;

/** What detection found: the layout and its header row (0-based), if any. */
export interface Detected {
  readonly layout: SheetLayout;
  readonly headerIndex: number | undefined;
}

/** The index of a row-per-shift header among the top rows, or -1. */
function rowsHeaderIndex(table: Table): number {
  return table.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isRowsHeader(mapColumns(row)));
}

/**
 * The layout of a sheet: `rows` when a header row names a date or start, a time and an
 * assistant (in any of the four languages); else `grid` when a row has a date in its first
 * column; else undefined.
 */
export function detectLayout(table: Table): Detected | undefined {
  const header = rowsHeaderIndex(table);
  if (header >= 0) return { layout: "rows", headerIndex: header };
  if (firstDateRow(table) >= 0) return { layout: "grid", headerIndex: undefined };
  return undefined;
}

/** Drops the shifts whose times do not exist in the zone, with an issue at their cell each. */
function checkTimes(
  shifts: readonly SheetShift[],
  zone: Zone,
): {
  kept: SheetShift[];
  issues: SheetIssue[];
} {
  const kept: SheetShift[] = [];
  const issues: SheetIssue[] = [];
  for (const s of shifts) {
    const start = zone.resolve(s.start);
    const end = zone.resolve(s.end);
    const endColumn = s.endColumn ?? s.column;
    const problems: [string, string][] = [];
    if (!start.ok) problems.push([s.column, start.problem.reason]);
    if (!end.ok) problems.push([endColumn, end.problem.reason]);
    if (problems.length === 0) kept.push(s);
    else issues.push(...problems.map(([column, p]) => sheetIssue(s.row, column, p)));
  }
  return { kept, issues };
}

/** The position of a column named in an issue: its header text, else its letter (`D`). */
function columnIndex(header: readonly string[], column: string | undefined): number {
  if (column === undefined) return -1;
  const i = header.findIndex((h) => h.trim() === column);
  if (i >= 0) return i;
  if (!/^[A-Z]{1,3}$/.test(column)) return Number.MAX_SAFE_INTEGER;
  return [...column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Orders issues as the sheet reads: by row (sheet-wide ones first), then left to right. */
function inSheetOrder(issues: readonly SheetIssue[], header: readonly string[]): SheetIssue[] {
  const at = (i: SheetIssue) => [i.row ?? 0, columnIndex(header, i.column)] as const;
  return [...issues].sort((a, b) => {
    const [ra, ca] = at(a);
    const [rb, cb] = at(b);
    return ra - rb || ca - cb;
  });
}

/**
 * Reads a table (rows of cell texts, as the caller read them from a CSV or XLSX file) as a
 * rota: the assistants, the shifts and every cell that could not be read, named by row and
 * column. Pure: the same table and options always give the same preview, ids included.
 */
export function previewSheet(table: Table, options: SheetOptions): SheetPreview {
  const detected = detectLayout(table);
  const layout = options.layout ?? detected?.layout ?? "grid";
  const timeZone = options.timeZone ?? ZONES[options.profile];
  const locale = options.locale ?? (options.profile === "dk" ? "da" : "nb");
  const templates = options.templates ?? [];
  const map = templateMap({ templates: [...templates] });
  const into = new Collector();
  let headerIndex: number | undefined;
  let period: SheetPreview["period"];
  if (table.every((row) => isEmptyRow(row))) {
    into.issue(undefined, undefined, "the sheet is empty");
  } else if (layout === "rows") {
    const found = rowsHeaderIndex(table);
    headerIndex = found >= 0 ? found : table.findIndex((row) => !isEmptyRow(row));
    if (found < 0) {
      into.issue(
        headerIndex + 1,
        undefined,
        "this is not a header row of a sheet with one shift per row: name the columns, such as Dato, Fra, Til and Hjælper (or Date, Start, End and Assistant)",
      );
    } else {
      period = readRows(table, headerIndex, map, into);
    }
  } else {
    const read = readGrid(table, map, into);
    headerIndex = read.headerIndex;
    period = read.period;
  }
  const zone = Zone.of(timeZone);
  const checked = zone.ok
    ? checkTimes(into.shifts, zone.zone)
    : { kept: [], issues: [sheetIssue(undefined, undefined, zone.reason)] };
  return {
    layout,
    detected: detected?.layout,
    profile: options.profile,
    timeZone,
    locale,
    headerRow: headerIndex === undefined ? undefined : headerIndex + 1,
    assistants: into.assistants,
    shifts: checked.kept,
    period,
    templates,
    issues: inSheetOrder(
      [...into.issues, ...checked.issues],
      headerIndex === undefined ? [] : (table[headerIndex] ?? []),
    ),
  };
}
