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
const localDateTime = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
    "must be a date and time YYYY-MM-DDTHH:mm",
  );

/** The planned times of a shift whose actual times differ, as local `YYYY-MM-DDTHH:mm`. */
export const TimesheetPlannedSchema = z.object({
  start: localDateTime,
  end: localDateTime,
});

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
  /**
   * The whole shift's planned times, present when the row shows actual times that differ from
   * them (the row itself always shows what was worked). Added after version 1 was published:
   * optional.
   */
  planned: TimesheetPlannedSchema.optional(),
  /**
   * True when the row comes from an actual the work leader approved (`actual.approvedAt`);
   * false for a row from the plan or from an unapproved actual. Always written by
   * `buildTimesheet`; optional so that payloads made before it still validate.
   */
  confirmed: z.boolean().optional(),
});

/** Absence kinds a timesheet lists (reported on their own forms, not as worked hours). */
export const TIMESHEET_ABSENCE_KINDS = ["sick", "child-sick", "vacation", "leave"] as const;

/**
 * An absence in the month: a planned absence shift, or a shift the assistant was sick for
 * (its actual says `sick` or `child-sick`), at its planned times. Sickness, child's sick days
 * and holidays go to payroll on their own forms (Fredericia 4.1, Nyborg § 34); the work leader
 * still needs to see them next to the worked hours.
 */
export const TimesheetAbsenceSchema = z.object({
  /** Local date of the (part's) start; a shift crossing the month end is split like a row. */
  date,
  kind: z.enum(TIMESHEET_ABSENCE_KINDS),
  /** Elapsed hours of the absence in this month, two decimals. */
  hours,
  shiftId: z.string().min(1, "must not be empty").optional(),
  /** Local start `HH:mm` of the (part of the) absence in this month. */
  start: z.string().regex(START, "must be a time HH:mm").optional(),
  /** Local end `HH:mm`, `24:00` when it ends at the midnight after `date`. */
  end: z.string().regex(END, "must be a time HH:mm (or 24:00)").optional(),
  /** Local date of the end (equal to `date` when `end` is `24:00`). */
  endDate: date.optional(),
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
  format: z.literal(TIMESHEET_FORMAT, { error: `must be "${TIMESHEET_FORMAT}"` }),
  assistantId: z.string().min(1, "must not be empty"),
  assistantName: z.string(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month YYYY-MM"),
  profile: z.enum(PROFILES),
  timeZone: z.string().min(1, "must not be empty"),
  rows: z.array(TimesheetRowSchema),
  totals: TimesheetTotalsSchema,
  /**
   * The month's absences, sorted by start; not counted in `totals`. Always written by
   * `buildTimesheet`; optional so that payloads made before it still validate.
   */
  absences: z.array(TimesheetAbsenceSchema).optional(),
});

/** Hours per pay category of one row (only non-zero categories present). */
export type TimesheetCategories = z.output<typeof TimesheetCategoriesSchema>;
/** The planned times shown next to a row whose actual times differ. */
export type TimesheetPlanned = z.output<typeof TimesheetPlannedSchema>;
/** One absence listed on a timesheet. */
export type TimesheetAbsence = z.output<typeof TimesheetAbsenceSchema>;
/** One row of a timesheet. */
export type TimesheetRow = z.output<typeof TimesheetRowSchema>;
/** The totals of a timesheet. */
export type TimesheetTotals = z.output<typeof TimesheetTotalsSchema>;
/** One assistant's timesheet for one calendar month: the payload of `turnus timesheet --json`. */
export type Timesheet = z.output<typeof TimesheetSchema>;
