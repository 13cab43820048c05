/**
 * The timesheet payload (shared/spec/rota-file.md, `turnus timesheet --json`): what the command
 * line prints and what the browser extension receives and fills into a municipality's form. The
 * zod schema is the single source of truth for its shape; the extension validates on arrival.
 */
import { z } from "zod";
import { PROFILES, PURPOSES } from "../model/index.js";

/** The format tag of the current timesheet payload version. */
export const TIMESHEET_FORMAT = "turnus-timesheet/1";

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const START = /^([01]\d|2[0-3]):[0-5]\d$/;
const END = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const hours = z
  .number({ error: "must be a number of hours" })
  .min(0, "must not be negative")
  .refine(Number.isFinite, "must be a finite number");
const date = z.string().regex(DATE, "must be a date YYYY-MM-DD");

/** Hours per pay category of one row; a category with no minutes is left out. */
export const TimesheetCategoriesSchema = z.object({
  evening: hours.optional(),
  night: hours.optional(),
  saturday: hours.optional(),
  sunday: hours.optional(),
  oncall: hours.optional(),
});

/** One working shift, or the part of one that lies in the month. */
export const TimesheetRowSchema = z.object({
  /** Local date of the (part's) start. */
  date,
  /** Local wall-clock start `HH:mm`. */
  start: z.string().regex(START, "must be a time HH:mm"),
  /** Local wall-clock end `HH:mm`; `24:00` when the part ends at the midnight after `date`. */
  end: z.string().regex(END, "must be a time HH:mm (or 24:00)"),
  kind: z.enum(["work", "oncall"]),
  /** Elapsed hours (breaks included), two decimals. */
  hours,
  categories: TimesheetCategoriesSchema,
  shiftId: z.string().min(1, "must not be empty"),
  purpose: z.enum(PURPOSES),
  /** The shift's break in minutes (on the first part of a split shift only); not deducted. */
  breakMinutes: z.number().int().min(0),
  /** Local date of the end (equal to `date` when `end` is `24:00`). */
  endDate: date,
  /** True when the shift crosses a month boundary and this row is one part of it. */
  split: z.boolean(),
});

/** The month's totals in hours, each rounded once from exact minutes. */
export const TimesheetTotalsSchema = z.object({
  hours,
  work: hours,
  oncall: hours,
  evening: hours,
  night: hours,
  saturday: hours,
  sunday: hours,
});

/** One assistant's timesheet for one calendar month. */
export const TimesheetSchema = z.object({
  format: z.literal(TIMESHEET_FORMAT),
  assistantId: z.string().min(1, "must not be empty"),
  assistantName: z.string(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month YYYY-MM"),
  profile: z.enum(PROFILES),
  timeZone: z.string().min(1, "must not be empty"),
  rows: z.array(TimesheetRowSchema),
  totals: TimesheetTotalsSchema,
});

/** Hours per pay category of one row (only non-zero categories present). */
export type TimesheetCategories = z.output<typeof TimesheetCategoriesSchema>;
/** One row of a timesheet. */
export type TimesheetRow = z.output<typeof TimesheetRowSchema>;
/** The totals of a timesheet. */
export type TimesheetTotals = z.output<typeof TimesheetTotalsSchema>;
/** One assistant's timesheet for one calendar month: the payload of `turnus timesheet --json`. */
export type Timesheet = z.output<typeof TimesheetSchema>;
