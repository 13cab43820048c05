/**
 * Timesheet exports: the printable PDF (close to a municipal timeindberetningsliste) and a CSV
 * for spreadsheets, with their texts. The PDF maker pulls in jsPDF (about 350 kB), so it is
 * loaded on demand: `const { timesheetPdf } = await loadTimesheetPdf();`.
 */
import type * as PdfModule from "./pdf.js";

export { correctionTexts } from "./corrections.js";
export type { CsvSeparator, TimesheetCsvOptions } from "./csv.js";
export { timesheetCsv } from "./csv.js";
export type { TimesheetPdfInfo, TimesheetSignoff } from "./pdf.js";
export type { TimesheetLang, TimesheetTextKey } from "./texts.js";
export { timesheetMonths, timesheetTexts, timesheetWeekdays, tsText } from "./texts.js";

/** The PDF maker, loaded (with jsPDF) on first use as its own chunk. */
export const loadTimesheetPdf = (): Promise<typeof PdfModule> => import("./pdf.js");
