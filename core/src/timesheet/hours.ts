/** Minutes to the decimal hours a timesheet shows, and calendar months. */
import type { LocalDate, Minutes } from "../time/index.js";

/**
 * Decimal hours with two decimals, rounded half-up: `hours(20)` is 0.33, `hours(60)` is 1.
 * Computed in whole hundredths so that no binary fraction tips a half the wrong way.
 */
export function hoursOf(m: Minutes): number {
  // hundredths = m * 100 / 60, rounded half-up = floor((10 m + 3) / 6)
  return Math.floor((m * 10 + 3) / 6) / 100;
}

/** A calendar month: its first day and the first day of the next month. */
export interface Month {
  readonly first: LocalDate;
  readonly next: LocalDate;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * Reads a month `YYYY-MM` (years 1900–2199, the range of the holiday calendars), or a plain
 * reason why the text is not one.
 */
export function parseMonth(
  text: string,
): { readonly ok: true; readonly month: Month } | { readonly ok: false; readonly reason: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) {
    return {
      ok: false,
      reason: `${JSON.stringify(text)} is not a month of the form YYYY-MM, such as 2026-03`,
    };
  }
  if (year < 1900 || year > 2199) {
    return {
      ok: false,
      reason: `${JSON.stringify(text)}: only the years 1900 to 2199 are supported`,
    };
  }
  const [ny, nm] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return {
    ok: true,
    month: {
      first: `${m[1]}-${m[2]}-01` as LocalDate,
      next: `${String(ny).padStart(4, "0")}-${pad2(nm)}-01` as LocalDate,
    },
  };
}
