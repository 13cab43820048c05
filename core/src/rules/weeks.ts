/** Working minutes per local day and per ISO week, and neutral (absence) days: shared by rules. */
import type { AssistantId, ShiftId } from "../model/index.js";
import {
  MINUTE_MS,
  addDays,
  mondayOf,
  type Instant,
  type LocalDate,
  type Zone,
} from "../time/index.js";
import { intersecting, type AssistantFacts, type PShift } from "./facts.js";

/** Work in one bucket of time (a day or a week). */
export interface Bucket {
  minutes: number;
  readonly shiftIds: ShiftId[];
}

/**
 * Splits working shifts that intersect `[from, to)` at local midnights and sums the minutes per
 * local date (DST-correct: a 25-hour day holds 25 hours).
 */
export function minutesByDay(
  zone: Zone,
  a: AssistantFacts,
  from: number,
  to: number,
): Map<LocalDate, Bucket> {
  const days = new Map<LocalDate, Bucket>();
  for (const s of intersecting(a.work, a.maxDuration, from, to)) {
    let date = zone.dateOf(s.start);
    let cursor: number = s.start;
    while (cursor < s.end) {
      const next = zone.startOfDay(addDays(date, 1));
      const end = Math.min(next, s.end);
      let b = days.get(date);
      if (!b) days.set(date, (b = { minutes: 0, shiftIds: [] }));
      b.minutes += (end - cursor) / MINUTE_MS;
      if (b.shiftIds[b.shiftIds.length - 1] !== s.id) b.shiftIds.push(s.id);
      cursor = end;
      date = addDays(date, 1);
    }
  }
  return days;
}

/** Sums day buckets into ISO weeks keyed by their Monday. */
export function byWeek(days: ReadonlyMap<LocalDate, Bucket>): Map<LocalDate, Bucket> {
  const weeks = new Map<LocalDate, Bucket>();
  for (const [date, d] of days) {
    const m = mondayOf(date);
    let w = weeks.get(m);
    if (!w) weeks.set(m, (w = { minutes: 0, shiftIds: [] }));
    w.minutes += d.minutes;
    for (const id of d.shiftIds) if (!w.shiftIds.includes(id)) w.shiftIds.push(id);
  }
  return weeks;
}

/**
 * Neutral days (Directive 2003/88 art. 16(b)) in `[from, to)`: local dates touched by an
 * absence shift on which the assistant has no working time. Keyed by ISO week Monday.
 */
export function neutralDaysByWeek(
  zone: Zone,
  a: AssistantFacts,
  from: number,
  to: number,
  workDays: ReadonlyMap<LocalDate, Bucket>,
): Map<LocalDate, number> {
  const dates = new Set<LocalDate>();
  for (const s of intersecting(a.all, a.maxDuration, from, to)) {
    if (s.working) continue;
    const last = zone.dateOf((s.end - 1) as Instant);
    for (let d = zone.dateOf(s.start); d <= last; d = addDays(d, 1)) {
      if (!workDays.has(d)) dates.add(d);
    }
  }
  const weeks = new Map<LocalDate, number>();
  for (const d of dates) {
    const m = mondayOf(d);
    weeks.set(m, (weeks.get(m) ?? 0) + 1);
  }
  return weeks;
}

/** The instant a week (given by its Monday) starts. */
export const weekStart = (zone: Zone, monday: LocalDate): number => zone.startOfDay(monday);

/** The Monday that starts the local ISO week holding an instant. */
export const mondayAt = (zone: Zone, t: number): LocalDate => mondayOf(zone.dateOf(t as Instant));

/** Working shifts (as given) of an assistant: handy for tests and messages. */
export type { AssistantFacts, PShift, AssistantId };
