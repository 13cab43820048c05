/**
 * Where the year overview's active day goes for a key (WAI-ARIA grid pattern, as in a date
 * picker's month grid). Pure. Never leaves the year: the toolbar's Previous/Next change the year.
 *
 * - ArrowLeft/ArrowRight: the day before/after; ArrowUp/ArrowDown: a week earlier/later
 *   (into the month before or after).
 * - Home/End: the first/last day of the week row within the month (Monday/Sunday, or the
 *   month's first/last day when the week runs over its edge).
 * - Ctrl+Home/Ctrl+End: 1 January / 31 December.
 * - PageUp/PageDown: the same day of the month before/after (the month's last day when it is
 *   shorter).
 */
import { addDays, daysInMonth, isoWeekday, type LocalDate } from "../../../core/src/time/index.js";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** The next active day for a navigation key, or undefined when the key does not navigate. */
export function moveDay(date: LocalDate, key: string, ctrl: boolean): LocalDate | undefined {
  const y = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const first = `${y}-${pad2(month)}-01` as LocalDate;
  const last = `${y}-${pad2(month)}-${pad2(daysInMonth(Number(y), month))}` as LocalDate;
  const clamp = (d: LocalDate, lo: LocalDate, hi: LocalDate): LocalDate =>
    d < lo ? lo : d > hi ? hi : d;
  const inYear = (d: LocalDate) => clamp(d, `${y}-01-01` as LocalDate, `${y}-12-31` as LocalDate);
  const sameDayIn = (m: number): LocalDate => {
    if (m < 1 || m > 12) return date;
    return `${y}-${pad2(m)}-${pad2(Math.min(day, daysInMonth(Number(y), m)))}` as LocalDate;
  };
  switch (key) {
    case "ArrowLeft":
      return inYear(addDays(date, -1));
    case "ArrowRight":
      return inYear(addDays(date, 1));
    case "ArrowUp":
      return inYear(addDays(date, -7));
    case "ArrowDown":
      return inYear(addDays(date, 7));
    case "Home":
      return ctrl
        ? (`${y}-01-01` as LocalDate)
        : clamp(addDays(date, 1 - isoWeekday(date)), first, last);
    case "End":
      return ctrl
        ? (`${y}-12-31` as LocalDate)
        : clamp(addDays(date, 7 - isoWeekday(date)), first, last);
    case "PageUp":
      return sameDayIn(month - 1);
    case "PageDown":
      return sameDayIn(month + 1);
    default:
      return undefined;
  }
}
