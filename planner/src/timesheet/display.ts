/**
 * How the timesheet exports write numbers, dates and times: fixed formats that do not depend on
 * the browser's or Node's locale data, so a PDF or CSV is the same wherever it is made.
 */
import { timesheetMonths, timesheetWeekdays, tsText, type TimesheetLang } from "./texts.js";

/** The decimal mark of a language: a comma in Danish and Norwegian, a point in English. */
export const decimalMark = (lang: TimesheetLang): "," | "." => (lang === "en" ? "." : ",");

/** Hours with exactly two decimals and the given decimal mark (`7,50`; `0,33` for 20 min). */
export function hoursText(hours: number, decimal: "," | "."): string {
  const hundredths = Math.round(hours * 100);
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}${decimal}${String(abs % 100).padStart(2, "0")}`;
}

const parts = (date: string): [number, number, number] =>
  date.split("-").map(Number) as [number, number, number];

/** A date `YYYY-MM-DD` as the form writes it: `07.03.2026`, English `07/03/2026`. */
export function dateText(date: string, lang: TimesheetLang): string {
  const [y, m, d] = parts(date);
  const dd = String(d).padStart(2, "0");
  const mm = String(m).padStart(2, "0");
  return lang === "en" ? `${dd}/${mm}/${y}` : `${dd}.${mm}.${y}`;
}

/** A date `YYYY-MM-DD` in a table row: day and month only (`07.03.`, English `07/03`). */
export function dayText(date: string, lang: TimesheetLang): string {
  const [, m, d] = parts(date);
  const dd = String(d).padStart(2, "0");
  const mm = String(m).padStart(2, "0");
  return lang === "en" ? `${dd}/${mm}` : `${dd}.${mm}.`;
}

/** The short weekday of a date `YYYY-MM-DD` (`lør`, `Sat`). */
export function weekdayText(date: string, lang: TimesheetLang): string {
  const [y, m, d] = parts(date);
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return timesheetWeekdays[lang][(sundayFirst + 6) % 7] ?? "";
}

/** A month `YYYY-MM` in words (`marts 2026`, `March 2026`). */
export function monthText(month: string, lang: TimesheetLang): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${timesheetMonths[lang][m - 1] ?? month} ${y}`;
}

/** The first and last day `YYYY-MM-DD` of a month `YYYY-MM`. */
export function monthDays(month: string): { first: string; last: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, "0")}` };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/;

/** The local date `YYYY-MM-DD` and time `HH:mm` of an instant in an IANA zone. */
function localParts(ms: number, timeZone: string): { date: string; time: string } | undefined {
  try {
    const f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      ...{ year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" },
    });
    const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
  } catch {
    return undefined;
  }
}

/**
 * When something was signed, for the form: an ISO instant (`2026-04-02T08:15:00Z`) in the
 * sheet's zone, a local `2026-04-02T10:15` as it is, a date alone as a date; e.g.
 * `02.04.2026 kl. 10:15`. Anything else is printed as given.
 */
export function signedAtText(at: string, timeZone: string, lang: TimesheetLang): string {
  const clock = tsText(lang, "timesheetAt");
  const local = LOCAL.exec(at);
  if (local) return `${dateText(local[1] ?? "", lang)} ${clock} ${local[2] ?? ""}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return dateText(at, lang);
  const ms = INSTANT.test(at) ? Date.parse(at) : Number.NaN;
  const inZone = Number.isNaN(ms) ? undefined : localParts(ms, timeZone);
  return inZone ? `${dateText(inZone.date, lang)} ${clock} ${inZone.time}` : at;
}
