/** The command line, as functions (tests and the bin script use these). */
export type { AccountIo } from "./account.js";
export type { CliIo } from "./io.js";
export type { TimesheetIo } from "./timesheet.js";
export { ACCOUNT_USAGE, overGrant, runAccount } from "./account.js";
export { CHECK_USAGE, runCheck } from "./check.js";
export { TIMESHEET_USAGE, runTimesheet } from "./timesheet.js";
export { USAGE, main } from "./main.js";
