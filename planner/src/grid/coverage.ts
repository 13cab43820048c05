/**
 * A day's staffing (from core's `dayStaffing`) as the grid draws it on the day row's 24-hour
 * axis: stretches as fractions of the day (a DST day is 23 or 25 hours long and drawn as such),
 * and the stretches short of the need with their clock times for the words beside the drawing
 * (one per level of shortage: `08:00–12:00: 1 of 2`, then `12:00–24:00: 0 of 1`). Pure.
 */
import type { Need, Shift } from "../../../core/src/model/index.js";
import { dayStaffing, type Staffing } from "../../../core/src/rules/index.js";
import { addDays, type LocalDate, type Zone } from "../../../core/src/time/index.js";

/** A stretch of the axis, `from` and `to` as fractions of the day (0–1). */
export interface AxisStretch {
  readonly from: number;
  readonly to: number;
  readonly staffed: number;
  readonly required: number;
}

/** A stretch short of the need, with clock times `HH:mm`. */
export interface Shortfall {
  readonly from: string;
  readonly to: string;
  /** Assistants planned in it, and needed. */
  readonly staffed: number;
  readonly required: number;
}

/** What a day row shows of its coverage. */
export interface DayCoverage {
  readonly stretches: readonly AxisStretch[];
  readonly shortfalls: readonly Shortfall[];
  /** The largest of staffing and need over the day (the axis' full height), at least 1. */
  readonly peak: number;
}

/**
 * The coverage of the day `[dayStart, dayEnd)` from its staffing; `clock` gives an instant's
 * local `HH:mm` (the day's end is written `24:00`).
 */
export function dayCoverage(
  staffing: readonly Staffing[],
  dayStart: number,
  dayEnd: number,
  clock: (t: number) => string,
): DayCoverage {
  const length = dayEnd - dayStart;
  const at = (t: number) => Math.min(1, Math.max(0, (t - dayStart) / length));
  const clockAt = (t: number) => (t >= dayEnd ? "24:00" : clock(t));
  const stretches: AxisStretch[] = [];
  const short: { from: number; to: number; staffed: number; required: number }[] = [];
  let peak = 1;
  for (const s of staffing) {
    peak = Math.max(peak, s.staffed, s.required);
    const last = stretches[stretches.length - 1];
    const same = last && last.staffed === s.staffed && last.required === s.required;
    if (same) stretches[stretches.length - 1] = { ...last, to: at(s.to) };
    else {
      stretches.push({ from: at(s.from), to: at(s.to), staffed: s.staffed, required: s.required });
    }
    if (s.staffed >= s.required) continue;
    const open = short[short.length - 1];
    if (same && open && open.to === s.from) open.to = s.to;
    else short.push({ ...s });
  }
  return {
    stretches,
    shortfalls: short.map((g) => ({ ...g, from: clockAt(g.from), to: clockAt(g.to) })),
    peak,
  };
}

/**
 * The coverage of each of `days`, from the shifts by the date they start on. A day reads the
 * shifts starting that day and the day before (a night shift reaches into the morning); one `help` shift longer than a
 * day would be missed on its third day.
 */
export function coverageOfDays(
  zone: Zone,
  need: readonly Need[] | undefined,
  byStart: ReadonlyMap<string, readonly Shift[]>,
  days: readonly string[],
): Map<string, DayCoverage> {
  const out = new Map<string, DayCoverage>();
  const clock = (t: number) => zone.toLocal(t as never).slice(11, 16);
  for (const day of days) {
    const date = day as LocalDate;
    const touching = [...(byStart.get(addDays(date, -1)) ?? []), ...(byStart.get(day) ?? [])];
    const start = zone.startOfDay(date);
    const end = zone.startOfDay(addDays(date, 1));
    out.set(day, dayCoverage(dayStaffing(zone, need, touching, date), start, end, clock));
  }
  return out;
}
