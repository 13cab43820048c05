/**
 * The year overview's words: the accessible name of a day, its visible symbols, and the totals
 * of a week, a month and the year. Pure (formatting only; the figures come from year-summary).
 *
 * Symbols, each always with words in the accessible name and the key: ⛔ errors, ⚠ warnings,
 * ◌ coverage gap, ▲ over the grant, ★ public holiday, ☆ special day.
 */
import type { GrantUse } from "../../../core/src/grant/index.js";
import { isoWeekOf, type LocalDate } from "../../../core/src/time/index.js";
import { formatDayLong, formatHours, localeOf, t, tf, tn, type Lang } from "../i18n/messages.js";
import { isOver, type DaySummary, type MonthSummary, type YearSummary } from "./year-summary.js";

export { formatHours };

export const SYMBOLS = {
  error: "⛔",
  warning: "⚠",
  gap: "◌",
  over: "▲",
  holiday: "★",
  special: "☆",
} as const;

/** "16 of 20 granted hours planned, over the grant" (or without the grant part). */
export function grantText(lang: Lang, u: GrantUse): string {
  const text = tf(lang, "yearPlannedOfGranted", {
    p: formatHours(lang, u.plannedHours),
    g: formatHours(lang, u.grantedHours),
  });
  return isOver(u) ? `${text}, ${t(lang, "yearOverGrant")}` : text;
}

/** "Week 14: 180 of 170 granted hours planned, over the grant". */
export function weekText(lang: Lang, monday: LocalDate, u?: GrantUse): string {
  const week = tf(lang, "yearWeek", { n: isoWeekOf(monday).week });
  return u ? `${week}: ${grantText(lang, u)}` : week;
}

/** The holiday or special day of a day, in words, if any. */
export function holidayText(lang: Lang, day: DaySummary): string | undefined {
  if (day.holiday) return `${day.holiday.names[lang]} (${t(lang, "yearHoliday").toLowerCase()})`;
  if (day.special) {
    return tf(lang, "yearSpecialFrom", {
      name: day.special.names[lang],
      time: day.special.sundayFrom,
    });
  }
  return undefined;
}

/**
 * A day's accessible name: the full date, the holiday, and every figure in words.
 * `overWeek` is the day's week's grant use, when the grant is per week and that week is over.
 */
export function dayLabel(lang: Lang, day: DaySummary, overWeek?: GrantUse): string {
  const parts = [tf(lang, "yearPlanned", { h: formatHours(lang, day.plannedHours) })];
  if (day.errors) parts.push(tn(lang, "yearErrors", day.errors));
  if (day.warnings) parts.push(tn(lang, "yearWarnings", day.warnings));
  if (day.gapHours) parts.push(tf(lang, "yearGapHours", { h: formatHours(lang, day.gapHours) }));
  if (overWeek) parts.push(`${weekText(lang, day.date).toLowerCase()} ${t(lang, "yearOverGrant")}`);
  const holiday = holidayText(lang, day);
  const date = formatDayLong(lang, day.date);
  return `${holiday ? `${date}, ${holiday}` : date}: ${parts.join(", ")}`;
}

/** The symbols a day shows, e.g. `⛔2 ⚠1 ◌ ★` (the words are in {@link dayLabel}). */
export function daySymbols(day: DaySummary, overWeek: boolean): string {
  const s: string[] = [];
  if (day.errors) s.push(`${SYMBOLS.error}${day.errors}`);
  if (day.warnings) s.push(`${SYMBOLS.warning}${day.warnings}`);
  if (day.gapHours) s.push(SYMBOLS.gap);
  if (overWeek) s.push(SYMBOLS.over);
  if (day.holiday) s.push(SYMBOLS.holiday);
  else if (day.special) s.push(SYMBOLS.special);
  return s.join(" ");
}

/** The hours a day shows: `7,5 t` / `7.5 h`; empty when nothing is planned. */
export function dayHours(lang: Lang, day: DaySummary): string {
  return day.plannedHours
    ? `${formatHours(lang, day.plannedHours)} ${t(lang, "yearHoursUnit")}`
    : "";
}

/** The violation and gap counts of a month or year, with symbols: `⛔ 2 errors, ⚠ 1 warning`. */
function problemParts(lang: Lang, errors: number, warnings: number): string[] {
  const parts: string[] = [];
  if (errors) parts.push(`${SYMBOLS.error} ${tn(lang, "yearErrors", errors)}`);
  if (warnings) parts.push(`${SYMBOLS.warning} ${tn(lang, "yearWarnings", warnings)}`);
  return parts;
}

/** Weeks of a per-week grant that are over, among those starting in `from..to`. */
function weeksOver(weeks: YearSummary["weeks"], from: LocalDate, to: LocalDate): number {
  let n = 0;
  for (const [monday, u] of weeks) if (monday >= from && monday <= to && isOver(u)) n++;
  return n;
}

/**
 * A month's totals in one line: hours (against the grant when per month), the weeks starting in
 * it that are over a per-week grant, problems, gap days.
 */
export function monthText(lang: Lang, weeks: YearSummary["weeks"], month: MonthSummary): string {
  const parts = [
    month.grant
      ? `${isOver(month.grant) ? `${SYMBOLS.over} ` : ""}${grantText(lang, month.grant)}`
      : tf(lang, "yearPlanned", { h: formatHours(lang, month.plannedHours) }),
  ];
  const first = month.days[0]?.date;
  const last = month.days[month.days.length - 1]?.date;
  const over = first && last ? weeksOver(weeks, first, last) : 0;
  if (over) parts.push(`${SYMBOLS.over} ${tn(lang, "yearWeeksOver", over)}`);
  parts.push(...problemParts(lang, month.errors, month.warnings));
  if (month.gapDays) parts.push(`${SYMBOLS.gap} ${tn(lang, "yearGapDays", month.gapDays)}`);
  return parts.join(" · ");
}

/** The year's totals in one line. */
export function yearText(lang: Lang, summary: YearSummary): string {
  const y = summary.yearGrant;
  const parts = [
    y
      ? `${isOver(y) ? `${SYMBOLS.over} ` : ""}${grantText(lang, y)}`
      : tf(lang, "yearPlanned", { h: formatHours(lang, summary.plannedHours) }),
  ];
  const yy = String(summary.year).padStart(4, "0");
  const over = weeksOver(summary.weeks, `${yy}-01-01` as LocalDate, `${yy}-12-31` as LocalDate);
  if (over) parts.push(`${SYMBOLS.over} ${tn(lang, "yearWeeksOver", over)}`);
  parts.push(...problemParts(lang, summary.errors, summary.warnings));
  return `${summary.year}: ${parts.join(" · ")}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, options: Intl.DateTimeFormatOptions, key: string) {
  let f = formats.get(`${lang}|${key}`);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: "UTC" });
    formats.set(`${lang}|${key}`, f);
  }
  return f;
}

/** "March 2026" in the language, with a capital first letter. */
export function monthName(lang: Lang, year: number, month: number): string {
  const text = format(lang, { month: "long", year: "numeric" }, "month").format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Weekday names Monday … Sunday, short and long. */
export function weekdayNames(lang: Lang): { short: string; long: string }[] {
  // 5 January 1970 was a Monday
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.UTC(1970, 0, 5 + i));
    return {
      short: format(lang, { weekday: "short" }, "wd-short").format(d),
      long: format(lang, { weekday: "long" }, "wd-long").format(d),
    };
  });
}
