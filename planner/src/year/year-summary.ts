/**
 * The year overview's figures: rota + zone + violations + year -> one summary per day and per
 * month. Pure and cheap (one pass over the shifts, one over the violations): the view computes it
 * once per document change.
 *
 * Choices, stated once here:
 * - **Planned hours** are hours of help as the grant measures them (core `grantUse`): working time
 *   (work and on call) with purpose `help`, in real elapsed time, breaks included. A shift is
 *   **split at local midnight** in the arrangement's zone, so a night shift counts on both days,
 *   a day's parts add up exactly to the month and year totals, and DST nights count their real
 *   length (22:00–07:00 is 8 hours on the spring night, 10 on the autumn night).
 * - **Violations** count once, on the local date their measured span starts (`from`), except:
 *   `coverage-gap` is shown as the day's hours short of cover (split at midnight like shifts), and
 *   `grant-exceeded` as the grant period's figures (week rows, month or year totals), both of which
 *   say more than a count on the first day of the span would.
 * - **Grant figures** come from core `grantUse` for the grant periods of the year: weeks (ISO,
 *   keyed by Monday), months or the year, as the arrangement's grant is set.
 */
import { grantUse, helpHoursPerDay, type GrantUse } from "../../../core/src/grant/index.js";
import type { Grant, RotaFile } from "../../../core/src/model/index.js";
import type { Severity, Violation } from "../../../core/src/rules/index.js";
import {
  HOLIDAY_MAX_YEAR,
  HOLIDAY_MIN_YEAR,
  HOUR_MS,
  dateToDay,
  daysInMonth,
  holidayOn,
  specialDayOn,
  type Holiday,
  type LocalDate,
  type SpecialDay,
  type Zone,
} from "../../../core/src/time/index.js";

/** One violation as the overview lists it for a day. */
export interface DayProblem {
  readonly severity: Severity;
  readonly message: string;
}

/** The figures of one day. */
export interface DaySummary {
  readonly date: LocalDate;
  /** Hours of help planned within this local day (rounded to 1/100 hour). */
  readonly plannedHours: number;
  /** Violations counted on this day, by severity. */
  readonly errors: number;
  readonly warnings: number;
  /** Their messages, errors first. */
  readonly problems: readonly DayProblem[];
  /** Hours of this day in which fewer assistants are planned than the need asks for. */
  readonly gapHours: number;
  /** The public holiday on this day, if any. */
  readonly holiday?: Holiday;
  /** A day that counts as a holiday for pay from a time of day (e.g. Christmas Eve), if any. */
  readonly special?: SpecialDay;
}

/** The figures of one month. */
export interface MonthSummary {
  /** 1 = January … 12 = December. */
  readonly month: number;
  readonly days: readonly DaySummary[];
  readonly plannedHours: number;
  readonly errors: number;
  readonly warnings: number;
  /** Days with a coverage gap. */
  readonly gapDays: number;
  /** The month's grant use, when the grant is per month. */
  readonly grant?: GrantUse;
}

/** The figures of a year. */
export interface YearSummary {
  readonly year: number;
  readonly months: readonly MonthSummary[];
  readonly plannedHours: number;
  readonly errors: number;
  readonly warnings: number;
  /** How the grant is given, when there is one. */
  readonly grantPer?: Grant["per"];
  /** The grant periods overlapping the year, from core `grantUse` (empty without a grant). */
  readonly grantPeriods: readonly GrantUse[];
  /** Per-week grant use by the week's Monday, when the grant is per week. */
  readonly weeks: ReadonlyMap<LocalDate, GrantUse>;
  /** The year's grant use, when the grant is per year. */
  readonly yearGrant?: GrantUse;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Whether a period's planned hours exceed its granted hours (as the grant meter shows it). */
export const isOver = (u: GrantUse): boolean => u.plannedHours > u.grantedHours;

/**
 * Adds the elapsed milliseconds of `[start, end)` to `perDay`, split at local midnights; day `i`
 * of the array is `day0 + i` (zone day numbers). Parts outside the array are dropped.
 */
function spread(zone: Zone, perDay: Float64Array, day0: number, start: number, end: number) {
  const first = zone.dayStart(day0);
  const last = zone.dayStart(day0 + perDay.length);
  let t = Math.max(start, first);
  const stop = Math.min(end, last);
  for (let d = zone.dayOf(t); t < stop; d++) {
    const next = Math.min(stop, zone.dayStart(d + 1));
    perDay[d - day0] = (perDay[d - day0] as number) + (next - t);
    t = next;
  }
}

/** Whether grant uses are exactly the periods from the one holding `from` to the one holding `to`. */
function covers(uses: readonly GrantUse[], from: LocalDate, to: LocalDate): boolean {
  const first = uses[0];
  const last = uses[uses.length - 1];
  return (
    !!first &&
    !!last &&
    first.from <= from &&
    from < first.until &&
    last.from <= to &&
    to < last.until
  );
}

/**
 * The year's figures per day and per month: planned hours of help (split at local midnight,
 * DST-correct), violations per day (see the module comment for how each rule is placed),
 * coverage-gap hours, holidays, and the grant periods' use from core `grantUse`.
 *
 * `uses`, when the caller has already asked `grantUse` for this rota and year (1 January to
 * 31 December), saves asking again (about 30 ms for a year × 30 assistants); other uses are
 * ignored.
 */
export function summariseYear(
  rota: RotaFile,
  zone: Zone,
  violations: readonly Violation[],
  year: number,
  uses?: readonly GrantUse[],
): YearSummary {
  const jan1 = `${String(year).padStart(4, "0")}-01-01` as LocalDate;
  const dec31 = `${String(year).padStart(4, "0")}-12-31` as LocalDate;
  const day0 = dateToDay(jan1);
  const length = dateToDay(dec31) - day0 + 1;
  const gaps = new Float64Array(length);

  // hours of help per day, from core (split at midnight as the grant measures them)
  const planned = helpHoursPerDay(rota, zone, jan1, dec31);

  const problems: DayProblem[][] = Array.from({ length }, () => []);
  for (const v of violations) {
    if (v.rule === "grant-exceeded") continue;
    if (v.rule === "coverage-gap") {
      const from = zone.resolve(v.from);
      const to = zone.resolve(v.to);
      if (from.ok && to.ok) spread(zone, gaps, day0, from.instant, to.instant);
      continue;
    }
    const date = v.from.slice(0, 10);
    if (date < jan1 || date > dec31) continue;
    const i = dateToDay(date as LocalDate) - day0;
    problems[i]?.push({ severity: v.severity, message: v.message });
  }

  const grantPeriods = !rota.grant
    ? []
    : uses && covers(uses, jan1, dec31)
      ? uses
      : grantUse(rota, zone, jan1, dec31);
  const per = rota.grant?.per;
  const holidays = year >= HOLIDAY_MIN_YEAR && year <= HOLIDAY_MAX_YEAR;

  const months: MonthSummary[] = [];
  let i = 0;
  for (let m = 1; m <= 12; m++) {
    const days: DaySummary[] = [];
    let hours = 0;
    for (let d = 1; d <= daysInMonth(year, m); d++, i++) {
      const date =
        `${jan1.slice(0, 4)}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as LocalDate;
      const list = (problems[i] ?? []).sort(
        (a, b) => Number(b.severity === "error") - Number(a.severity === "error"),
      );
      const errors = list.filter((p) => p.severity === "error").length;
      const holiday = holidays ? holidayOn(rota.profile, date) : undefined;
      const special = holidays ? specialDayOn(rota.profile, date) : undefined;
      hours += planned[i] as number;
      days.push({
        date,
        plannedHours: round2(planned[i] as number),
        errors,
        warnings: list.length - errors,
        problems: list,
        gapHours: round2((gaps[i] as number) / HOUR_MS),
        ...(holiday ? { holiday } : {}),
        ...(special ? { special } : {}),
      });
    }
    const grant = per === "month" ? grantPeriods[m - 1] : undefined;
    months.push({
      month: m,
      days,
      plannedHours: round2(hours),
      errors: days.reduce((n, d) => n + d.errors, 0),
      warnings: days.reduce((n, d) => n + d.warnings, 0),
      gapDays: days.filter((d) => d.gapHours > 0).length,
      ...(grant ? { grant } : {}),
    });
  }

  const yearGrant = per === "year" ? grantPeriods[0] : undefined;
  return {
    year,
    months,
    plannedHours: round2(planned.reduce((a, b) => a + b, 0)),
    errors: months.reduce((n, m) => n + m.errors, 0),
    warnings: months.reduce((n, m) => n + m.warnings, 0),
    ...(per ? { grantPer: per } : {}),
    grantPeriods,
    weeks: new Map(per === "week" ? grantPeriods.map((u) => [u.from, u]) : []),
    ...(yearGrant ? { yearGrant } : {}),
  };
}
