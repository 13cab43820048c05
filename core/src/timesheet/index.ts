/** Timesheet: rota + assistant + month -> rows, totals, CSV; the payload the extension fills. */
export type { TimesheetResult } from "./build.js";
export { buildTimesheet } from "./build.js";
export type { Month } from "./hours.js";
export { hoursOf, parseMonth } from "./hours.js";
export type { TimesheetLocale } from "./format.js";
export { timesheetCsv, timesheetLocale, timesheetTable } from "./format.js";
export type { Timesheet, TimesheetCategories, TimesheetRow, TimesheetTotals } from "./schema.js";
export {
  TIMESHEET_FORMAT,
  TimesheetCategoriesSchema,
  TimesheetRowSchema,
  TimesheetSchema,
  TimesheetTotalsSchema,
} from "./schema.js";
