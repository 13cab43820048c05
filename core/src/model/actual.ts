/**
 * Plan vs actual. A shift is planned ahead; afterwards its `actual` records what happened:
 * worked (perhaps at other times, with another break, or by another assistant: a swap), sick,
 * child's sick day, or cancelled.
 *
 * Rules run on the plan for the future and on actuals for the past: {@link effectiveRota} turns
 * every shift that started before `today` and has an actual into what actually happened, and
 * leaves the rest as planned. Timesheets use {@link effectiveShift} directly, for every shift
 * with an actual: a timesheet reports what happened. Pure: `today` is passed in, never read
 * from a clock.
 */
import type { LocalDate } from "../time/index.js";
import { WORKING_KINDS, type RotaFile, type Shift } from "./rota-file.js";

/**
 * The shift as it actually happened, or `undefined` when it was cancelled. A shift without an
 * actual is returned as it is (the same object).
 *
 * - `worked`: the actual times; the actual break (the planned one when the actual names none);
 *   the actual assistant (the planned one when it names none); the planned kind when that is
 *   working time (`work`, `oncall`), otherwise `work` (an absence that was worked after all).
 * - `sick`, `child-sick`: an absence of that kind at the planned times, for the planned
 *   assistant.
 * - `cancelled`: no shift.
 *
 * The result keeps `actual`, so applying this twice gives the same shift.
 */
export function effectiveShift(shift: Shift): Shift | undefined {
  const a = shift.actual;
  if (a === undefined) return shift;
  switch (a.status) {
    case "cancelled":
      return undefined;
    case "sick":
    case "child-sick":
      return { ...shift, kind: a.status };
    case "worked": {
      const kind = shift.kind ?? "work";
      const out: Shift = {
        ...shift,
        assistantId: a.assistantId ?? shift.assistantId,
        start: a.start ?? shift.start,
        end: a.end ?? shift.end,
        kind: WORKING_KINDS.has(kind) ? kind : "work",
      };
      if (a.breakMinutes !== undefined) out.breakMinutes = a.breakMinutes;
      return out;
    }
  }
}

/**
 * The rota that the rules should check on `today` (a local date in the rota's zone): every
 * shift whose planned start date is before `today` and that has an `actual` becomes what
 * actually happened ({@link effectiveShift}: actual times, break and assistant; an absence of
 * the kind reported; a cancelled shift removed). Shifts without an actual, and every shift
 * starting on `today` or later, stay as planned. Everything else in the rota is kept; the
 * result is a new object and the input is not changed. Returns the input itself when no shift
 * changes.
 */
export function effectiveRota(rota: RotaFile, today: LocalDate): RotaFile {
  let changed = false;
  const shifts: Shift[] = [];
  for (const shift of rota.shifts) {
    // Local dates are the first ten characters of a wall-clock text (with or without offset).
    if (shift.actual === undefined || shift.start.slice(0, 10) >= today) {
      shifts.push(shift);
      continue;
    }
    const effective = effectiveShift(shift);
    changed = true;
    if (effective !== undefined) shifts.push(effective);
  }
  return changed ? { ...rota, shifts } : rota;
}
