/**
 * Pay categories: how many minutes of a shift fall into each supplement category.
 *
 * One mechanism for every profile: each local calendar day the shift touches yields, per
 * category, at most a few wall-clock windows (from {@link PayParams}, the public holidays and the
 * special days of the profile's country); each window is turned into instants in the zone and
 * intersected with the shift. Minutes are real elapsed time, so DST days count 23 or 25 hours;
 * a window boundary that falls in a DST gap moves forward as a wall clock reads it
 * ({@link Zone.atLocalMs}), one in a fold means its first occurrence. No per-minute loops: a
 * shift costs a handful of table look-ups per day it touches.
 *
 * Categories stack: a Saturday 18:00 minute is both `evening` and `saturday` (Nyborg § 33 pays
 * each supplement for its own window). A Saturday that is also a public holiday counts in both
 * `saturday` and `sunday`; an agreement that pays only the higher one applies that in payroll.
 */
import {
  DAY_MS,
  HOLIDAY_MAX_YEAR,
  HOLIDAY_MIN_YEAR,
  MINUTE_MS,
  holidayOn,
  localMsToDate,
  minutes,
  specialDayOn,
  parseClock,
  type HolidayCountry,
  type Instant,
  type LocalDate,
  type Minutes,
  type Zone,
} from "../time/index.js";
import { WORKING_KINDS, type ShiftKind } from "../model/index.js";
import type { DayWindow, PayParams } from "./pay-settings.js";

/** The supplement categories, in the order timesheets list them. */
export const PAY_CATEGORIES = ["evening", "night", "saturday", "sunday", "oncall"] as const;
/**
 * A supplement category: `evening`, `night`, `saturday`, `sunday` (Sundays and public holidays)
 * by time of day; `oncall` for every minute of an on-call shift (paid at 75 %, Nyborg § 33).
 */
export type PayCategory = (typeof PAY_CATEGORIES)[number];
/** Minutes per pay category. */
export type PayMinutes = Record<PayCategory, Minutes>;

const isHoliday = (country: HolidayCountry, date: LocalDate, isoDay: number): boolean => {
  if (isoDay === 7) return true;
  const year = Number(date.slice(0, 4));
  if (year < HOLIDAY_MIN_YEAR || year > HOLIDAY_MAX_YEAR) return false;
  return holidayOn(country, date) !== undefined;
};

/**
 * Minutes after midnight from which a special day counts as Sunday: the holiday table's time,
 * except Christmas Eve, whose time is the pay parameter `christmasEveFrom` (Denmark: "from the
 * start of the day shift", which an arrangement may set).
 */
const specialFrom = (p: PayParams, date: LocalDate): number | undefined => {
  const year = Number(date.slice(0, 4));
  if (year < HOLIDAY_MIN_YEAR || year > HOLIDAY_MAX_YEAR) return undefined;
  const special = specialDayOn(p.country, date);
  if (special === undefined) return undefined;
  return special.key === "christmas-eve" ? p.christmasEveFrom : parseClock(special.sundayFrom);
};

/** ISO weekday (1 = Monday … 7 = Sunday) of a local midnight given as local epoch ms. */
const isoWeekdayOf = (dayLocal: number): number => {
  const days = Math.floor(dayLocal / DAY_MS); // 1970-01-01 was a Thursday (4)
  return ((((days + 3) % 7) + 7) % 7) + 1;
};

/**
 * The `sunday` windows of one day as at most two intervals `[0, x)` and `[y, 1440)`:
 * the day itself when it is a Sunday or public holiday (until `sundayLastDayTo` when the next
 * day is a working day), the evening before a Sunday or public holiday from `sundayEveFrom`, and
 * a special day from its own time (Christmas Eve etc.).
 */
function sundayWindows(
  p: PayParams,
  dayLocal: number,
  isoDay: number,
): readonly [number, number, number, number] {
  const date = localMsToDate(dayLocal);
  const today = isHoliday(p.country, date, isoDay);
  const chained = p.sundayEveFrom < 1440 || p.sundayLastDayTo < 1440;
  const tomorrow =
    chained && isHoliday(p.country, localMsToDate(dayLocal + DAY_MS), (isoDay % 7) + 1);
  const x = today ? (tomorrow ? 1440 : p.sundayLastDayTo) : 0;
  let y = tomorrow ? p.sundayEveFrom : 1440;
  const special = specialFrom(p, date);
  if (special !== undefined && special < y) y = special;
  return y <= x ? [0, 1440, 0, 0] : [0, x, y, 1440];
}

/** What one local day contributes, computed once per zone, parameters and day. */
interface Day {
  /** The instant the day starts and the instant the next day starts. */
  readonly start: number;
  readonly next: number;
  /** Local epoch ms of the day's midnight. */
  readonly local: number;
  /** True when no offset change happens inside the day: wall clock and elapsed time in step. */
  readonly linear: boolean;
  readonly saturday: boolean;
  /** The `sunday` windows `[a, b)` and `[c, d)` in minutes after midnight. */
  readonly sunday: readonly [number, number, number, number];
}

/**
 * Days already computed, per parameters and zone. Pure memoisation (a day's answer never
 * changes), so that a year of shifts looks each of its days up once.
 */
const dayCache = new WeakMap<PayParams, Map<string, Map<number, Day>>>();

function dayOf(p: PayParams, zone: Zone, local: number): Day {
  let byZone = dayCache.get(p);
  if (byZone === undefined) dayCache.set(p, (byZone = new Map<string, Map<number, Day>>()));
  let days = byZone.get(zone.id);
  if (days === undefined) byZone.set(zone.id, (days = new Map<number, Day>()));
  const cached = days.get(local);
  if (cached !== undefined) return cached;
  const start: number = zone.atLocalMs(local);
  const next: number = zone.atLocalMs(local + DAY_MS);
  const isoDay = isoWeekdayOf(local);
  const day: Day = {
    start,
    next,
    local,
    linear: next - start === DAY_MS && zone.offsetAt(start) === zone.offsetAt(next - 1),
    saturday: isoDay === 6,
    sunday: sundayWindows(p, local, isoDay),
  };
  days.set(local, day);
  return day;
}

/** The instant of a wall-clock minute of a day (0 and 1440 are the day's bounds). */
function instantAt(zone: Zone, day: Day, minute: number): number {
  if (minute <= 0) return day.start;
  if (minute >= 1440) return day.next;
  if (day.linear) return day.start + minute * MINUTE_MS;
  return zone.atLocalMs(day.local + minute * MINUTE_MS);
}

/** Elapsed ms of the wall-clock window `[from, to)` of a day inside `[lo, hi)`. */
function span(zone: Zone, day: Day, from: number, to: number, lo: number, hi: number): number {
  if (to <= from) return 0;
  const a = instantAt(zone, day, from);
  const b = instantAt(zone, day, to);
  const x = a > lo ? a : lo;
  const y = b < hi ? b : hi;
  return y > x ? y - x : 0;
}

/** Elapsed ms of a daily window (wrapping when `from` > `to`) of a day inside `[lo, hi)`. */
function daily(zone: Zone, day: Day, w: DayWindow, lo: number, hi: number): number {
  if (w.from < w.to) return span(zone, day, w.from, w.to, lo, hi);
  if (w.from > w.to)
    return span(zone, day, 0, w.to, lo, hi) + span(zone, day, w.from, 1440, lo, hi);
  return 0;
}

/**
 * Minutes of a shift from `start` to `end` in each pay category, counted exactly in real elapsed
 * time in `zone` (a 22:00–06:00 night across the October DST change has 9 hours, the extra one
 * in `night`). Only working time counts: for absence kinds every category is 0. An `oncall`
 * shift puts all its minutes in `oncall`, and also in the time-of-day categories unless
 * `params.oncallSupplements` is false.
 */
export function payMinutes(
  params: PayParams,
  zone: Zone,
  start: Instant,
  end: Instant,
  kind: ShiftKind = "work",
): PayMinutes {
  let evening = 0;
  let night = 0;
  let saturday = 0;
  let sunday = 0;
  let oncall = 0;
  if (end > start && WORKING_KINDS.has(kind)) {
    if (kind === "oncall") oncall = end - start;
    if (kind !== "oncall" || params.oncallSupplements) {
      let local = Math.floor(zone.localMs(start) / DAY_MS) * DAY_MS;
      for (;;) {
        const day = dayOf(params, zone, local);
        if (day.start >= end) break;
        const lo = start > day.start ? start : day.start;
        const hi = end < day.next ? end : day.next;
        if (hi > lo) {
          evening += daily(zone, day, params.evening, lo, hi);
          night += daily(zone, day, params.night, lo, hi);
          if (day.saturday) saturday += daily(zone, day, params.saturday, lo, hi);
          const [a, b, c, d] = day.sunday;
          sunday += span(zone, day, a, b, lo, hi) + span(zone, day, c, d, lo, hi);
        }
        local += DAY_MS;
      }
    }
  }
  return {
    evening: minutes(evening / MINUTE_MS),
    night: minutes(night / MINUTE_MS),
    saturday: minutes(saturday / MINUTE_MS),
    sunday: minutes(sunday / MINUTE_MS),
    oncall: minutes(oncall / MINUTE_MS),
  };
}

/** Adds minutes per category into `into` (mutating it) and returns it. */
export function addPayMinutes(into: PayMinutes, more: PayMinutes): PayMinutes {
  for (const c of PAY_CATEGORIES) into[c] = minutes(into[c] + more[c]);
  return into;
}

/** Zero minutes in every category. */
export function zeroPayMinutes(): PayMinutes {
  const zero = minutes(0);
  return { evening: zero, night: zero, saturday: zero, sunday: zero, oncall: zero };
}
