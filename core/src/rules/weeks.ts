/**
 * Working minutes per local day and per ISO week, and neutral (absence) days: shared by rules.
 * Days are day numbers (days since 1970-01-01, see `dateToDay`) and weeks the day number of
 * their Monday, so that the hot loops do no text arithmetic.
 */
import type { ShiftId } from "../model/index.js";
import { MINUTE_MS, mondayOfDay, type Zone } from "../time/index.js";
import { intersecting, type AssistantFacts } from "./facts.js";

/** Work in one bucket of time (a day or a week). */
export interface Bucket {
  minutes: number;
  readonly shiftIds: ShiftId[];
}

/**
 * Splits working shifts that intersect `[from, to)` at local midnights and sums the minutes per
 * local day (DST-correct: a 25-hour day holds 25 hours).
 */
export function minutesByDay(
  zone: Zone,
  a: AssistantFacts,
  from: number,
  to: number,
): Map<number, Bucket> {
  const days = new Map<number, Bucket>();
  for (const s of intersecting(a.work, a.maxWork, from, to)) {
    let day = zone.dayOf(s.start);
    let cursor: number = s.start;
    while (cursor < s.end) {
      const end = Math.min(zone.dayStart(day + 1), s.end);
      let b = days.get(day);
      if (!b) days.set(day, (b = { minutes: 0, shiftIds: [] }));
      b.minutes += (end - cursor) / MINUTE_MS;
      if (b.shiftIds[b.shiftIds.length - 1] !== s.id) b.shiftIds.push(s.id);
      cursor = end;
      day++;
    }
  }
  return days;
}

/** Sums day buckets into ISO weeks keyed by their Monday's day number. */
export function byWeek(days: ReadonlyMap<number, Bucket>): Map<number, Bucket> {
  const weeks = new Map<number, Bucket>();
  for (const [day, d] of days) {
    const m = mondayOfDay(day);
    let w = weeks.get(m);
    if (!w) weeks.set(m, (w = { minutes: 0, shiftIds: [] }));
    w.minutes += d.minutes;
    for (const id of d.shiftIds) if (!w.shiftIds.includes(id)) w.shiftIds.push(id);
  }
  return weeks;
}

/**
 * Neutral days (Directive 2003/88 art. 16(b)) in `[from, to)`: local days touched by an
 * absence shift on which the assistant has no working time, counted per ISO week (by Monday).
 */
export function neutralDaysByWeek(
  zone: Zone,
  a: AssistantFacts,
  from: number,
  to: number,
  workDays: ReadonlyMap<number, Bucket>,
): Map<number, number> {
  const days = new Set<number>();
  for (const s of intersecting(a.all, a.maxDuration, from, to)) {
    if (s.working) continue;
    const last = zone.dayOf(s.end - 1);
    for (let d = zone.dayOf(s.start); d <= last; d++) if (!workDays.has(d)) days.add(d);
  }
  const weeks = new Map<number, number>();
  for (const d of days) {
    const m = mondayOfDay(d);
    weeks.set(m, (weeks.get(m) ?? 0) + 1);
  }
  return weeks;
}

/** The day number of the Monday that starts the local ISO week holding an instant. */
export const mondayAt = (zone: Zone, t: number): number => mondayOfDay(zone.dayOf(t));
