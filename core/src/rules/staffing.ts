/**
 * Staffing over time: how many distinct assistants are on a working `help` shift, against how
 * many the need asks for. `coverage-gap` reports the short stretches; the planner draws each
 * day's staffing on a 24-hour axis from {@link dayStaffing}. Pure.
 *
 * Choices (shared with `coverage-gap`): when need entries overlap, the larger number applies; a
 * need whose `to` is not after its `from` runs overnight into the next day; staff meetings,
 * training and appraisal do not count as cover; an assistant with two overlapping shifts counts
 * once.
 */
import { WEEKDAYS, WORKING_KINDS, resolveShiftTimes } from "../model/index.js";
import type { Need, Shift } from "../model/index.js";
import {
  DAY_MS,
  MINUTE_MS,
  addDays,
  parseClock,
  weekdayOfDay,
  type LocalDate,
  type Zone,
} from "../time/index.js";

/** A stretch of time with constant need and staffing. */
export interface Staffing {
  readonly from: number;
  readonly to: number;
  /** Assistants the need asks for (0 outside the need's hours). */
  readonly required: number;
  /** Distinct assistants on a working `help` shift. */
  readonly staffed: number;
}

/** A help shift as staffing reads it. */
export interface StaffedShift {
  readonly assistantId: string;
  readonly start: number;
  readonly end: number;
}

const clocks = new Map<string, number>();
/** Minutes after midnight of a validated `HH:mm`, memoised (need times repeat every day). */
function clockOf(text: string): number {
  let m = clocks.get(text);
  if (m === undefined) clocks.set(text, (m = parseClock(text) ?? 0));
  return m;
}

/** Need intervals `[start, end, assistants]` of the dates around `[a, b)`. */
export function needIntervals(
  zone: Zone,
  need: readonly Need[] | undefined,
  a: number,
  b: number,
): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const last = zone.dayOf(b);
  for (let d = zone.dayOf(a) - 1; d <= last; d++) {
    const day = WEEKDAYS[weekdayOfDay(d) - 1];
    const base = d * DAY_MS;
    for (const n of need ?? []) {
      if (!day || !n.days.includes(day) || n.assistants === 0) continue;
      const from = clockOf(n.from);
      const to = clockOf(n.to);
      const start = zone.atLocalMs(base + from * MINUTE_MS);
      const end = zone.atLocalMs(base + (to <= from ? DAY_MS : 0) + to * MINUTE_MS);
      if (end > a && start < b) out.push([start, end, n.assistants]);
    }
  }
  return out;
}

/**
 * Elementary stretches of `[a, b)` with constant need and staffing. `help` are the help shifts
 * that intersect `[a, b)` (others are ignored); `needs` the need intervals around it.
 */
export function staffingSegments(
  help: Iterable<StaffedShift>,
  needs: readonly (readonly [number, number, number])[],
  a: number,
  b: number,
): Staffing[] {
  // Events: [time, assistant, ±1] for shifts, [time, level, ±1] for needs.
  const shiftEvents: Array<[number, string, number]> = [];
  const active = new Map<string, number>();
  let staffed = 0;
  const enter = (id: string, d: number) => {
    const before = active.get(id) ?? 0;
    const after = before + d;
    active.set(id, after);
    if (before === 0 && after > 0) staffed++;
    if (before > 0 && after === 0) staffed--;
  };
  for (const s of help) {
    if (s.end <= a || s.start >= b) continue;
    if (s.start <= a) enter(s.assistantId, 1);
    else shiftEvents.push([s.start, s.assistantId, 1]);
    if (s.end < b) shiftEvents.push([s.end, s.assistantId, -1]);
  }
  const levels: number[] = [];
  const needEvents: Array<[number, number, number]> = [];
  for (const [start, end, n] of needs) {
    if (end <= a || start >= b) continue;
    if (start <= a) levels.push(n);
    else needEvents.push([start, n, 1]);
    if (end < b) needEvents.push([end, n, -1]);
  }
  const times = [
    ...new Set([a, b, ...shiftEvents.map((e) => e[0]), ...needEvents.map((e) => e[0])]),
  ]
    .filter((t) => t >= a && t <= b)
    .sort((x, y) => x - y);
  shiftEvents.sort((x, y) => x[0] - y[0]);
  needEvents.sort((x, y) => x[0] - y[0]);
  const out: Staffing[] = [];
  let si = 0;
  let ni = 0;
  for (let k = 0; k < times.length - 1; k++) {
    const t = times[k] as number;
    for (; si < shiftEvents.length && (shiftEvents[si] as [number, string, number])[0] <= t; si++) {
      const [, id, d] = shiftEvents[si] as [number, string, number];
      enter(id, d);
    }
    for (; ni < needEvents.length && (needEvents[ni] as [number, number, number])[0] <= t; ni++) {
      const [, n, d] = needEvents[ni] as [number, number, number];
      if (d > 0) levels.push(n);
      else levels.splice(levels.indexOf(n), 1);
    }
    const required = levels.length ? Math.max(...levels) : 0;
    out.push({ from: t, to: times[k + 1] as number, required, staffed });
  }
  return out;
}

/**
 * One local day's staffing, from its start to the next day's start (23 or 25 hours on DST days),
 * as instants (milliseconds). `shifts` are validated shifts that may touch the day (e.g. those starting the day
 * before and that day); absences, non-help purposes and shifts outside the day are ignored, and so
 * are shifts whose times do not resolve in the zone.
 */
export function dayStaffing(
  zone: Zone,
  need: readonly Need[] | undefined,
  shifts: Iterable<Shift>,
  date: LocalDate,
): Staffing[] {
  const a = zone.startOfDay(date);
  const b = zone.startOfDay(addDays(date, 1));
  const help: StaffedShift[] = [];
  for (const s of shifts) {
    if (!WORKING_KINDS.has(s.kind ?? "work") || (s.purpose ?? "help") !== "help") continue;
    const t = resolveShiftTimes(zone, s);
    if (t.ok) help.push({ assistantId: s.assistantId, start: t.start, end: t.end });
  }
  return staffingSegments(help, needIntervals(zone, need, a, b), a, b);
}
