/**
 * Corrections to a signed month in words, for the printed timesheet's corrections section: core's
 * `timesheetCorrections(signed, current)` says which rows were added, removed or changed; this
 * turns each into one line such as `12.03.: 15:00-23:00 (8,00 t) ændret til 15:00-23:20 (8,33 t)`.
 */
import type { TimesheetCorrections, TimesheetRow } from "../../../core/src/timesheet/index.js";
import { dayText, decimalMark, hoursText } from "./display.js";
import { tsText, type TimesheetLang } from "./texts.js";

/**
 * One line per added, removed or changed row, ordered by date and start: the row's day, its
 * times and hours, and what happened. A row whose only change is its approval reads "approved".
 */
export function correctionTexts(corrections: TimesheetCorrections, lang: TimesheetLang): string[] {
  const unit = tsText(lang, "timesheetHoursUnit");
  const times = (r: TimesheetRow): string =>
    `${r.start}–${r.end} (${hoursText(r.hours, decimalMark(lang))} ${unit})`;
  const entries: { row: TimesheetRow; text: string }[] = [
    ...corrections.added.map((row) => ({
      row,
      text: `${times(row)} ${tsText(lang, "timesheetCorrectionAdded")}`,
    })),
    ...corrections.removed.map((row) => ({
      row,
      text: `${times(row)} ${tsText(lang, "timesheetCorrectionRemoved")}`,
    })),
    ...corrections.changed.map(({ before, after, fields }) => ({
      row: after,
      text:
        fields.length === 1 && fields[0] === "confirmed"
          ? `${times(after)} ${tsText(lang, after.confirmed ? "timesheetCorrectionApproved" : "timesheetCorrectionUnapproved")}`
          : `${times(before)} ${tsText(lang, "timesheetCorrectionChanged")} ${times(after)}`,
    })),
  ];
  const key = (r: TimesheetRow): string => `${r.date} ${r.start} ${r.shiftId}`;
  return entries
    .sort((a, b) => (key(a.row) < key(b.row) ? -1 : key(a.row) > key(b.row) ? 1 : 0))
    .map(({ row, text }) => `${dayText(row.date, lang)}: ${text}`);
}
