/**
 * What the arrangement view shows, derived from the rota and its violations: indexes built once
 * per document change, and the visible days' cells read from them, so that stepping to another
 * week or month touches only the days it shows, not the year's shifts. Pure.
 */
import { formatShiftText, type Grant, type Shift } from "../../../core/src/model/index.js";
import type { Violation } from "../../../core/src/rules/index.js";
import { grantPeriod } from "../../../core/src/rules/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";
import { cellKey, type CellShift } from "../grid/types.js";

/** Shifts by the date they start on (`YYYY-MM-DD`), in the rota's order. */
export function shiftsByDate(shifts: readonly Shift[]): Map<string, Shift[]> {
  const out = new Map<string, Shift[]>();
  for (const s of shifts) {
    const d = s.start.slice(0, 10);
    const list = out.get(d);
    if (list) list.push(s);
    else out.set(d, [s]);
  }
  return out;
}

/** Violations by the shifts they involve. */
export function violationsByShift(violations: readonly Violation[]): Map<string, Violation[]> {
  const out = new Map<string, Violation[]>();
  for (const v of violations) {
    for (const sid of v.shiftIds) {
      const list = out.get(sid);
      if (list) list.push(v);
      else out.set(sid, [v]);
    }
  }
  return out;
}

/**
 * The grid's cells of `days`: each assistant's shifts starting that day, with their problems.
 * With the `previous` cells, a cell whose shifts (the same objects: the checker keeps unchanged
 * shifts) and problems are unchanged keeps its old list, so that the grid redraws only the
 * cells an edit changed.
 */
export function cellsOf(
  byDate: ReadonlyMap<string, readonly Shift[]>,
  byShift: ReadonlyMap<string, readonly Violation[]>,
  days: readonly string[],
  previous?: ReadonlyMap<string, readonly CellShift[]>,
): Map<string, readonly CellShift[]> {
  const fresh = new Map<string, CellShift[]>();
  for (const day of days) {
    for (const s of byDate.get(day) ?? []) {
      const k = cellKey(day, s.assistantId);
      const list = fresh.get(k) ?? [];
      if (list.length === 0) fresh.set(k, list);
      const problems = (byShift.get(s.id) ?? []).map((v) => ({
        severity: v.severity,
        message: v.message,
      }));
      const old = previous?.get(k)?.[list.length];
      list.push(
        old && old.record === s && sameProblems(old.problems, problems)
          ? old
          : { id: s.id, text: formatShiftText(s.start, s.end, s.kind), record: s, problems },
      );
    }
  }
  const out = new Map<string, readonly CellShift[]>();
  for (const [k, list] of fresh) {
    const old = previous?.get(k);
    const same = old?.length === list.length && list.every((c, i) => c === old[i]);
    out.set(k, same && old ? old : list);
  }
  return out;
}

const sameProblems = (a: CellShift["problems"], b: CellShift["problems"]): boolean =>
  a.length === b.length &&
  a.every((p, i) => p.severity === b[i]?.severity && p.message === b[i]?.message);

/**
 * The grant periods (`per` week, month or year) that the dates `from`..`to` touch, as a key:
 * views showing the same periods show the same grant figures (a month view stepping through a
 * year-long grant need not count the year again).
 */
export function grantPeriodsKey(
  per: Grant["per"] | undefined,
  from: LocalDate,
  to: LocalDate,
): string {
  if (per === undefined) return "";
  const first = grantPeriod(per, from)[0];
  const last = grantPeriod(per, to)[1];
  return `${per}|${first}|${last}`;
}
