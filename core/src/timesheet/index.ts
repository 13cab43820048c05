/** Timesheet: rota + assistant + month -> rows, totals, CSV; the payload the extension fills. */
export type { TimesheetResult } from "./build.js";
export { buildTimesheet } from "./build.js";
export type { Month } from "./hours.js";
export { hoursOf, parseMonth } from "./hours.js";
export type { TimesheetLocale } from "./format.js";
export { timesheetCsv, timesheetLocale, timesheetTable } from "./format.js";
export type {
  Timesheet,
  TimesheetAbsence,
  TimesheetCategories,
  TimesheetPlanned,
  TimesheetRow,
  TimesheetTotals,
} from "./schema.js";
export {
  TIMESHEET_ABSENCE_KINDS,
  TIMESHEET_FORMAT,
  TimesheetAbsenceSchema,
  TimesheetCategoriesSchema,
  TimesheetPlannedSchema,
  TimesheetRowSchema,
  TimesheetSchema,
  TimesheetTotalsSchema,
} from "./schema.js";
export type { ChangedRow, Signoff, TimesheetCorrections } from "./signoff.js";
export {
  SignoffSchema,
  currentSignoff,
  monthLocked,
  signedTimesheet,
  timesheetCorrections,
} from "./signoff.js";
