/**
 * Turns the grid's cell writes into shifts to remove and shifts to store, against the rota as it
 * is now (not as last rendered: keys can come faster than frames). Text is read by the caller's
 * `readText` (core's `parseShiftText` and the typed-break default); copies keep their clock
 * times and fields and move to the target cell's day and assistant. Pure.
 */
import { addDays, daysBetween, type LocalDate } from "../../../core/src/time/index.js";
import { splitShiftTexts } from "./cell-text.js";
import { cellKey, type CellFailure, type CellWrite, type ShiftRecord } from "./types.js";

/** A stored shift: a record with its id and assistant. */
export interface StoredShift extends ShiftRecord {
  readonly id: string;
  readonly assistantId: string;
}

/** A new shift for a cell (no id yet). */
export interface NewShift extends ShiftRecord {
  readonly assistantId: string;
}

/** Reads one shift's text for a day: the new shift's fields, or why the text is not a shift. */
export type ReadText = (
  text: string,
  date: string,
) => { ok: true; shift: ShiftRecord } | { ok: false; reason: string };

/** One cell's change: the shifts that go and the shifts that come. */
export interface PlannedCell {
  /** Index into the writes. */
  readonly index: number;
  readonly remove: readonly string[];
  readonly put: readonly NewShift[];
}

/** `2026-03-02T07:00` moved by whole days, clock time kept. */
const moveDays = (dateTime: string, days: number): string =>
  `${addDays(dateTime.slice(0, 10) as LocalDate, days)}${dateTime.slice(10)}`;

/**
 * The change of each write, or why it cannot be made. Writes that change nothing (clearing an
 * empty cell) are left out of both lists.
 */
export function planWrites(
  writes: readonly CellWrite[],
  shifts: readonly StoredShift[],
  readText: ReadText,
): { cells: PlannedCell[]; failures: CellFailure[] } {
  const byCell = new Map<string, StoredShift[]>();
  for (const s of shifts) {
    const k = cellKey(s.start.slice(0, 10), s.assistantId);
    const list = byCell.get(k);
    if (list) list.push(s);
    else byCell.set(k, [s]);
  }
  const cells: PlannedCell[] = [];
  const failures: CellFailure[] = [];
  writes.forEach((w, index) => {
    const remove = (byCell.get(cellKey(w.date, w.assistantId)) ?? []).map((s) => s.id);
    const c = w.content;
    let records: readonly ShiftRecord[];
    let from = w.date;
    if ("text" in c) {
      const read = splitShiftTexts(c.text).map((t) => readText(t, w.date));
      const bad = read.find((r) => !r.ok);
      if (bad && !bad.ok) {
        failures.push({ index, reason: bad.reason });
        return;
      }
      records = read.flatMap((r) => (r.ok ? [r.shift] : []));
    } else if ("shifts" in c) {
      records = c.shifts;
      from = c.from;
    } else {
      records = byCell.get(cellKey(c.sameAs.date, c.sameAs.assistantId)) ?? [];
      from = c.sameAs.date;
    }
    const days = daysBetween(from as LocalDate, w.date as LocalDate);
    const put = records.map(({ id: _id, ...rest }) => ({
      ...rest,
      assistantId: w.assistantId,
      start: moveDays(rest.start, days),
      end: moveDays(rest.end, days),
    }));
    if (remove.length > 0 || put.length > 0) cells.push({ index, remove, put });
  });
  return { cells, failures };
}

/** What a batch did, once the store has answered for each planned cell. */
export interface WriteOutcome {
  /** Shifts stored and removed, and cells left empty, over the cells that were written. */
  readonly put: number;
  readonly removed: number;
  readonly cleared: number;
  /** Cells left as they were, in the writes' order. */
  readonly failures: CellFailure[];
}

/** Counts a batch: `results` holds the store's problems for each of `plan.cells` ([] = done). */
export function outcome(
  plan: { readonly cells: readonly PlannedCell[]; readonly failures: readonly CellFailure[] },
  results: readonly (readonly { readonly message: string }[])[],
): WriteOutcome {
  const failures = [...plan.failures];
  let put = 0;
  let removed = 0;
  let cleared = 0;
  plan.cells.forEach((cell, i) => {
    const issues = results[i] ?? [];
    if (issues.length) {
      failures.push({ index: cell.index, reason: issues.map((x) => x.message).join("; ") });
      return;
    }
    put += cell.put.length;
    removed += cell.remove.length;
    if (cell.put.length === 0) cleared++;
  });
  return { put, removed, cleared, failures: failures.sort((a, b) => a.index - b.index) };
}
