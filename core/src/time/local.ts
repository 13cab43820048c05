/**
 * Calendar arithmetic on wall-clock values, with no zone and no clock. A wall-clock value is
 * handled as "local epoch milliseconds": the instant it would be if the zone were UTC, which makes
 * day and week arithmetic exact and cheap. `Date.UTC` is used only as a pure calendar function.
 */
import type { LocalDate, LocalDateTime } from "./types.js";
import { DAY_MS } from "./types.js";

/** The fields of a wall-clock date-time, optionally with an explicit UTC offset in minutes. */
export interface LocalFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  /** An explicit offset from UTC in minutes (`+01:00` is 60), when the text carried one. */
  readonly offsetMinutes?: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::00(?:\.0+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** The number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${String(month).padStart(2, "0")} does not exist`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `day ${String(day).padStart(2, "0")} does not exist in ${year}-${String(month).padStart(2, "0")}`;
  }
  return undefined;
}

/** The result of reading a text: the value, or a plain-language reason why it is not one. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Reads `YYYY-MM-DD`, rejecting dates that do not exist (`2026-02-30`). */
export function parseLocalDate(text: string): Parsed<LocalDate> {
  const m = DATE_RE.exec(text);
  if (!m) return { ok: false, reason: `"${text}" is not a date of the form YYYY-MM-DD` };
  const problem = checkDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (problem) return { ok: false, reason: `"${text}" is not a date: ${problem}` };
  return { ok: true, value: text as LocalDate };
}

/**
 * Reads `YYYY-MM-DDTHH:mm`, optionally followed by `:00` and an offset (`+01:00`, `Z`), rejecting
 * values that do not exist on any calendar (`25:00`, `2026-02-30`).
 */
export function parseLocalDateTime(text: string): Parsed<LocalFields> {
  const m = DATE_TIME_RE.exec(text);
  if (!m) {
    return { ok: false, reason: `"${text}" is not a date and time of the form YYYY-MM-DDTHH:mm` };
  }
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const problem =
    checkDate(year, month, day) ??
    (hour > 23
      ? `hour ${m[4]} does not exist`
      : minute > 59
        ? `minute ${m[5]} does not exist`
        : undefined);
  if (problem) return { ok: false, reason: `"${text}" is not a date and time: ${problem}` };
  const off = m[6];
  if (off === undefined) return { ok: true, value: { year, month, day, hour, minute } };
  if (off === "Z") return { ok: true, value: { year, month, day, hour, minute, offsetMinutes: 0 } };
  const sign = off.startsWith("-") ? -1 : 1;
  const offsetMinutes = sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
  if (Math.abs(offsetMinutes) > 18 * 60) {
    return { ok: false, reason: `"${text}" has an offset ${off} beyond ±18:00` };
  }
  return { ok: true, value: { year, month, day, hour, minute, offsetMinutes } };
}

/** Local epoch milliseconds of wall-clock fields (the offset, if any, is ignored). */
export function fieldsToLocalMs(f: LocalFields): number {
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute);
}

/** Local epoch milliseconds of midnight at the start of a date. */
export function dateToLocalMs(date: LocalDate): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

const pad2 = (n: number): string => (n < 10 ? "0" : "") + String(n);

/** The wall-clock text `YYYY-MM-DDTHH:mm` of local epoch milliseconds. */
export function localMsToDateTime(localMs: number): LocalDateTime {
  const d = new Date(localMs);
  return `${localMsToDate(localMs)}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}` as LocalDateTime;
}

/** The calendar date of local epoch milliseconds. */
export function localMsToDate(localMs: number): LocalDate {
  const d = new Date(localMs);
  const y = d.getUTCFullYear();
  return `${String(y).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` as LocalDate;
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return localMsToDate(dateToLocalMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((dateToLocalMs(to) - dateToLocalMs(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const wd = new Date(dateToLocalMs(date)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The Monday that starts the ISO week holding `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** An ISO week: its year (which can differ from the calendar year near New Year) and number. */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

/** The ISO week (year and number, 1–53) that holds `date`. */
export function isoWeekOf(date: LocalDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const jan1 = `${String(year).padStart(4, "0")}-01-01` as LocalDate;
  return { year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** `2026-W09` style label of an ISO week. */
export function formatIsoWeek(w: IsoWeek): string {
  return `${w.year}-W${pad2(w.week)}`;
}

/** The date part of a wall-clock date-time. */
export function dateOf(dt: LocalDateTime): LocalDate {
  return dt.slice(0, 10) as LocalDate;
}

/** Minutes after midnight of a `HH:mm` text, where `24:00` is 1440; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

/**
 * Day numbers: a local date as whole days since 1970-01-01, for fast arithmetic in hot loops
 * (rules over a year of shifts). `dayToDate` memoises its texts.
 */
export function dateToDay(date: LocalDate): number {
  return Math.round(dateToLocalMs(date) / DAY_MS);
}

const dayTexts = new Map<number, LocalDate>();

/** The date of a day number. */
export function dayToDate(day: number): LocalDate {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = localMsToDate(day * DAY_MS);
    dayTexts.set(day, text);
  }
  return text;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The day number of the Monday that starts the ISO week holding a day number. */
export function mondayOfDay(day: number): number {
  return day - weekdayOfDay(day) + 1;
}
