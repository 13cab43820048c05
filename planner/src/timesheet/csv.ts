/**
 * The timesheet as a CSV file for a spreadsheet. Core's `timesheetCsv` (core/src/timesheet)
 * ties the separator and the decimal mark to the language and has no byte order mark; Excel
 * needs both chosen by the region (a Danish Excel in English still expects `;` and `,`) and
 * reads UTF-8 without a BOM as Windows-1252, so `Lørdag` and `Rådighed` turn into mojibake.
 * This file adds that, a weekday column, and the rows' planned times and approval; otherwise it
 * follows core's columns.
 */
import type { Timesheet, TimesheetRow } from "../../../core/src/timesheet/index.js";
import { decimalMark, hoursText, weekdayText } from "./display.js";
import { tsText, type TimesheetLang } from "./texts.js";

/** Field separators: `;` where the decimal mark is a comma (Denmark, Norway), `,` elsewhere. */
export type CsvSeparator = ";" | ",";

export interface TimesheetCsvOptions {
  /** The language of the header and the kind column. */
  readonly lang: TimesheetLang;
  /**
   * The field separator, which also sets the decimal mark: `;` with a decimal comma, `,` with a
   * decimal point. Default: `;` for Danish and Norwegian, `,` for English.
   */
  readonly separator?: CsvSeparator;
}

type Category = "evening" | "night" | "saturday" | "sunday" | "oncall";
const CATEGORIES: readonly Category[] = ["evening", "night", "saturday", "sunday", "oncall"];

/**
 * One CSV field: a text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * tab or CR) gets a leading `'` (OWASP CSV injection); a field with the separator, a quote or
 * a line break goes in double quotes with inner quotes doubled (RFC 4180).
 */
function field(text: string, separator: CsvSeparator): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe)
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}

/**
 * The timesheet as CSV for Excel and other spreadsheets: a UTF-8 byte order mark, a header line,
 * one line per row, a totals line; CRLF line ends (RFC 4180). Columns: date (`YYYY-MM-DD`),
 * weekday, from, to, kind, hours, break (min), evening, night, Saturday, Sunday/holiday, on
 * call, shift id, then the planned start and end (only when the worked times differ from the
 * plan) and whether the work leader approved the row (empty in payloads without it). Hours
 * have two decimals. No names and no personal number: the file may travel further than the
 * screen. Absences are not listed (they are reported on their own forms).
 */
export function timesheetCsv(sheet: Timesheet, options: TimesheetCsvOptions): string {
  const { lang } = options;
  const separator: CsvSeparator = options.separator ?? (decimalMark(lang) === "," ? ";" : ",");
  const mark = separator === ";" ? "," : ".";
  const t = (key: Parameters<typeof tsText>[1]): string => tsText(lang, key);
  const h = (n: number): string => hoursText(n, mark);
  /** A local date-time as spreadsheets read it: `2026-03-02 15:00`. */
  const local = (at: string | undefined): string => at?.replace("T", " ") ?? "";
  const header = [
    t("timesheetDate"),
    t("timesheetWeekday"),
    t("timesheetFrom"),
    t("timesheetTo"),
    t("timesheetKind"),
    t("timesheetHours"),
    t("timesheetBreak"),
    t("timesheetEvening"),
    t("timesheetNight"),
    t("timesheetSaturday"),
    t("timesheetSunday"),
    t("timesheetOncall"),
    t("timesheetShift"),
    t("timesheetPlannedFrom"),
    t("timesheetPlannedTo"),
    t("timesheetApproved"),
  ];
  const line = (r: TimesheetRow): string[] => [
    r.date,
    weekdayText(r.date, lang),
    r.start,
    r.end,
    r.kind === "oncall" ? t("timesheetOncall") : t("timesheetWork"),
    h(r.hours),
    String(r.breakMinutes),
    ...CATEGORIES.map((c) => h(r.categories[c] ?? 0)),
    r.shiftId,
    local(r.planned?.start),
    local(r.planned?.end),
    r.confirmed === undefined ? "" : t(r.confirmed ? "timesheetYes" : "timesheetNo"),
  ];
  const breaks = sheet.rows.reduce((s, r) => s + r.breakMinutes, 0);
  const totals = [
    t("timesheetTotal"),
    "",
    "",
    "",
    "",
    h(sheet.totals.hours),
    String(breaks),
    ...CATEGORIES.map((c) => h(sheet.totals[c])),
    "",
    "",
    "",
    "",
  ];
  const lines = [header, ...sheet.rows.map(line), totals];
  return (
    "\uFEFF" + lines.map((l) => l.map((f) => field(f, separator)).join(separator) + "\r\n").join("")
  );
}
