/**
 * What an assistant's own document holds (`turnus/<id>/assistant/<assistantId>`, see index.ts):
 * what only the assistant can state — when they cannot work, what they wish for, which shifts
 * they ask to swap, and what they actually worked. The assistant writes it; the work leader (and co-leaders) write it too, to
 * note availability told by phone and to answer swap requests.
 *
 * Each entry is one plain JSON value under its id in one of the document's maps (like the rota
 * document's entities: whole-value last-writer-wins, so a merge never makes an entry nobody
 * wrote). Entries are validated here when read; one that does not validate is reported with its
 * path and left out, never deleted (it may come from a newer planner).
 *
 * A swap request never changes the rota by itself: approving one is an ordinary rota edit by a
 * leader, checked like any other.
 */
import { z } from "zod";
import { parseLocalDate, type LocalDate } from "../time/index.js";

/** The layout version of an assistant document. */
export const ASSISTANT_DOC_VERSION = 1;

/** The document's maps, by entry kind. */
export const ASSISTANT_DOC_MAPS = [
  "availability",
  "wishes",
  "swaps",
  "actuals",
  "signatures",
] as const;
export type AssistantDocMap = (typeof ASSISTANT_DOC_MAPS)[number];

/** A calendar date `YYYY-MM-DD` (2026-02-30 is not one). */
const isDate = (s: unknown): s is string => typeof s === "string" && parseLocalDate(s).ok;
const date = z
  .string({ error: "must be a date YYYY-MM-DD" })
  .refine(isDate, "must be a calendar date YYYY-MM-DD")
  .transform((s) => s as LocalDate);
const clock = z
  .string({ error: "must be a time HH:mm" })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:mm between 00:00 and 23:59");
const note = z.string().trim().max(500, "a note is at most 500 characters").optional();
const when = z.number({ error: "must be a time in milliseconds" }).int().nonnegative();

/**
 * Days (from–to, inclusive) the assistant cannot work, or only part of each day (`hours`: not
 * available from–to on those days; an end before the start runs past midnight).
 */
export const AvailabilitySchema = z
  .looseObject({
    kind: z.literal("unavailable", { error: 'must be "unavailable"' }),
    from: date,
    to: date,
    hours: z.object({ start: clock, end: clock }).optional(),
    note,
    /** When it was written (ms since 1970). */
    at: when,
  })
  // (compared only when both are dates: a bad date has its own issue)
  .refine((a) => !isDate(a.from) || !isDate(a.to) || a.to >= a.from, {
    message: "ends before it starts",
    path: ["to"],
  })
  .refine((a) => !a.hours || a.hours.start !== a.hours.end, {
    message: "the hours start and end at the same time",
    path: ["hours"],
  });
export type Availability = z.output<typeof AvailabilitySchema>;

/** A wish for one day: a day off, or to work. */
export const WishSchema = z.looseObject({
  kind: z.enum(["day-off", "work"], { error: 'must be "day-off" or "work"' }),
  date,
  note,
  at: when,
});
export type Wish = z.output<typeof WishSchema>;

export const SWAP_STATUSES = ["open", "approved", "declined", "withdrawn"] as const;
export type SwapStatus = (typeof SWAP_STATUSES)[number];

/**
 * A request to give one of the assistant's shifts away (to a named colleague, or to anyone).
 * `start`/`end` copy the shift as it was asked about, so the request still reads well when the
 * shift has since moved. A leader answers with `approved`/`declined`, `decidedBy` and
 * `decidedAt`; the assistant may withdraw while it is open.
 */
export const SwapRequestSchema = z
  .looseObject({
    shiftId: z.string().min(1, "must not be empty"),
    start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "must be YYYY-MM-DDTHH:mm"),
    end: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "must be YYYY-MM-DDTHH:mm"),
    toAssistantId: z.string().min(1).max(64).optional(),
    note,
    status: z.enum(SWAP_STATUSES, { error: `must be one of ${SWAP_STATUSES.join(", ")}` }),
    at: when,
    decidedBy: z.string().trim().min(1).max(80).optional(),
    decidedAt: when.optional(),
  })
  .refine((s) => (s.status === "approved" || s.status === "declined") === !!s.decidedAt, {
    message: "an answered request says when it was answered, and only an answered one does",
    path: ["decidedAt"],
  });
export type SwapRequest = z.output<typeof SwapRequestSchema>;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;
const isDateTime = (s: unknown): s is string =>
  typeof s === "string" && DATE_TIME.test(s) && isDate(s.slice(0, 10));
const localDateTime = z
  .string({ error: "must be a date and time YYYY-MM-DDTHH:mm" })
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, "must be a date and time YYYY-MM-DDTHH:mm")
  .refine((s) => isDate(s.slice(0, 10)), "is not a calendar date");

export const ACTUAL_STATUSES = ["worked", "sick", "child-sick", "cancelled"] as const;
export type ActualStatus = (typeof ACTUAL_STATUSES)[number];

/**
 * What the assistant reports of one of their shifts (the entry's id is the shift's id): worked
 * (with the times really worked), sick, child's sick day, or cancelled. The work leader approves
 * a report by writing it into the rota as the shift's `actual`; the report itself stays.
 */
export const ActualReportSchema = z
  .looseObject({
    status: z.enum(ACTUAL_STATUSES, { error: `must be one of ${ACTUAL_STATUSES.join(", ")}` }),
    start: localDateTime.optional(),
    end: localDateTime.optional(),
    breakMinutes: z.number().int().min(0).max(600).optional(),
    note,
    at: when,
  })
  .refine((r) => (r.status === "worked") === (r.start !== undefined && r.end !== undefined), {
    message: "worked time has a start and an end, and only worked time has",
    path: ["start"],
  })
  // (compared only when both are well formed: a bad one has its own issue)
  .refine((r) => !isDateTime(r.start) || !isDateTime(r.end) || r.end > r.start, {
    message: "ends before it starts",
    path: ["end"],
  });
export type ActualReport = z.output<typeof ActualReportSchema>;

/**
 * The assistant's signature of a month's timesheet (the entry's id is the month, `YYYY-MM`):
 * the payload they saw and signed, their name and when. The work leader's planner copies it into
 * the rota's sign-off when the leader's signed payload is the same.
 */
export const TimesheetSignatureSchema = z.looseObject({
  timesheet: z.record(z.string(), z.unknown(), {
    error: () => "must be the signed timesheet payload (an object)",
  }),
  name: z.string().trim().min(1, "must not be empty").max(80),
  at: localDateTime,
});
export type TimesheetSignature = z.output<typeof TimesheetSignatureSchema>;

/** The schema of each map's entries. */
export const ASSISTANT_ENTRY_SCHEMAS = {
  availability: AvailabilitySchema,
  wishes: WishSchema,
  swaps: SwapRequestSchema,
  actuals: ActualReportSchema,
  signatures: TimesheetSignatureSchema,
} as const satisfies Record<AssistantDocMap, z.ZodType>;

/** An entry read from a document, with its id. */
export type WithId<T> = T & { readonly id: string };
