/**
 * The rota file `turnus-rota/1` (shared/spec/rota-file.md): the single source of truth for its
 * shape. Objects are loose: fields this version does not know survive a round trip.
 */
import { z } from "zod";
import type { LocalDate, LocalDateTime, ZoneId } from "../time/index.js";
import type { AssistantId, ShiftId } from "./ids.js";

/** The format tag of the current rota file version. */
export const ROTA_FORMAT = "turnus-rota/1";

/** Rule profiles: which country's law, holidays and pay categories apply. */
export const PROFILES = ["dk", "no"] as const;
export type ProfileId = (typeof PROFILES)[number];

/** Shift kinds: working time (`work`, `oncall`) and absences, which are neutral. */
export const SHIFT_KINDS = ["work", "oncall", "vacation", "sick", "child-sick", "leave"] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
/** Kinds that count as working time (on call at the workplace is working time: CJEU C-303/98). */
export const WORKING_KINDS: ReadonlySet<ShiftKind> = new Set<ShiftKind>(["work", "oncall"]);

/** Grant pools a shift's hours can draw on. */
export const PURPOSES = ["help", "meeting", "training", "appraisal"] as const;
export type Purpose = (typeof PURPOSES)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Languages for messages. `no` and `nn` are read as Norwegian bokmål. */
export const LOCALES = ["da", "nb", "nn", "no", "en", "sv"] as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (iss) =>
      `unknown ${what} ${JSON.stringify(iss.input)}: use ${values.map((v) => `"${v}"`).join(", ")}`,
  });

const text = (what: string) =>
  z.string({
    error: (iss) => (iss.input === undefined ? `${what} is missing` : `${what} must be text`),
  });

const localDateTime = text("a date and time").transform((s) => s as LocalDateTime);
const localDate = text("a date").regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");
const clock = text("a time of day").regex(/^\d{2}:\d{2}$/, "must be a time HH:mm");

const assistantId = text("an assistant id")
  .min(1, "must not be empty")
  .transform((s) => s as AssistantId);
const shiftId = text("a shift id")
  .min(1, "must not be empty")
  .transform((s) => s as ShiftId);

export const AssistantSchema = z.looseObject({
  id: assistantId,
  name: text("a name"),
  birthDate: localDate.transform((s) => s as LocalDate).optional(),
  contractHoursPerWeek: z.number().min(0, "must not be negative").max(168).optional(),
});
export type Assistant = z.output<typeof AssistantSchema>;

const breakMinutes = z
  .number()
  .int("must be whole minutes")
  .min(0, "must not be negative")
  .optional();

/**
 * What became of a planned shift (plan vs actual): `worked` (at `start`–`end`, possibly by
 * another assistant: a swap), `sick`, `child-sick` (the assistant's child was sick) or
 * `cancelled` (not worked and not owed as an absence).
 */
export const ACTUAL_STATUSES = ["worked", "sick", "child-sick", "cancelled"] as const;
export type ActualStatus = (typeof ACTUAL_STATUSES)[number];

/**
 * The actual of a shift: what happened, recorded afterwards (by the assistant or the work
 * leader) and approved by the work leader. `start` and `end` are given exactly when the status
 * is `worked`; an absence keeps the planned times. That they exist in the zone, that the end is
 * after the start and that `assistantId` names a known assistant is checked by `readRota`.
 */
export const ActualSchema = z
  .looseObject(
    {
      status: oneOf(ACTUAL_STATUSES, "actual status"),
      start: localDateTime.optional(),
      end: localDateTime.optional(),
      breakMinutes,
      /** Who actually worked the shift, when not the planned assistant (a swap). */
      assistantId: assistantId.optional(),
      note: z.string().optional(),
      /** Who approved the actual (the work leader's name). */
      approvedBy: z.string().optional(),
      /** When it was approved; an actual with `approvedAt` is confirmed. */
      approvedAt: localDateTime.optional(),
    },
    {
      error: () =>
        'must be an object such as { "status": "worked", "start": "2026-03-02T07:00", "end": "2026-03-02T15:00" } or { "status": "sick" }',
    },
  )
  .superRefine((a, ctx) => {
    for (const key of ["start", "end"] as const) {
      if (a.status === "worked" && a[key] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `a worked shift's actual ${key} is missing`,
        });
      } else if (a.status !== "worked" && a[key] !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `only a worked shift has actual times; a "${a.status}" shift keeps its planned times, so leave out ${key}`,
        });
      }
    }
  });
export type Actual = z.output<typeof ActualSchema>;

export const ShiftSchema = z.looseObject({
  id: shiftId,
  assistantId,
  start: localDateTime,
  end: localDateTime,
  kind: oneOf(SHIFT_KINDS, "shift kind").optional(),
  purpose: oneOf(PURPOSES, "purpose").optional(),
  breakMinutes,
  note: z.string().optional(),
  /** What actually happened, once recorded (see {@link ActualSchema}). */
  actual: ActualSchema.optional(),
});
export type Shift = z.output<typeof ShiftSchema>;

export const GrantSchema = z.looseObject({
  hours: z.number().min(0, "must not be negative"),
  per: oneOf(["week", "month", "year"] as const, "grant period"),
});
export type Grant = z.output<typeof GrantSchema>;

export const NeedSchema = z.looseObject({
  days: z.array(oneOf(WEEKDAYS, "weekday")).min(1, "must name at least one weekday"),
  from: clock,
  to: clock,
  assistants: z.number().int("must be a whole number").min(0, "must not be negative"),
});
export type Need = z.output<typeof NeedSchema>;

export const PublishedSchema = z.looseObject({
  at: localDateTime,
  shifts: z.array(ShiftSchema),
});
export type Published = z.output<typeof PublishedSchema>;

/** Per-arrangement changes of profile parameters, by rule id then parameter name. */
export const OverridesSchema = z.record(
  z.string(),
  z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
);
export type Overrides = z.output<typeof OverridesSchema>;

/**
 * A shift template: a short name a work leader types into a cell (`D`) for a shift text
 * (`7-15`). The rules that the schema cannot express (the text reads as a shift, short names
 * unique without regard to case and not themselves shift texts) are checked by `readRota`.
 */
export const TemplateSchema = z.looseObject({
  short: text("a short name")
    .min(1, "must not be empty")
    .max(6, "must be at most 6 characters")
    .regex(/^(\S(.*\S)?)?$/, "must not begin or end with a space"),
  text: text("a shift text"),
  name: z.string().optional(),
});
export type Template = z.output<typeof TemplateSchema>;

/** A signature on a timesheet: who signed and when (local wall-clock time). */
export const SignatureSchema = z.looseObject({
  name: text("a name"),
  at: localDateTime,
});
export type Signature = z.output<typeof SignatureSchema>;

/**
 * A signed (or partly signed) monthly timesheet as the rota file stores it. The `timesheet` is
 * the payload that was signed (`turnus-timesheet/1`); the model keeps it as an object and the
 * timesheet folder's `SignoffSchema` validates its contents (the model cannot depend on it).
 */
export const SignoffRecordSchema = z.looseObject({
  assistantId,
  month: text("a month").regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month YYYY-MM"),
  timesheet: z.record(z.string(), z.unknown(), {
    error: () => "must be the signed timesheet payload (an object)",
  }),
  leader: SignatureSchema.optional(),
  assistant: SignatureSchema.optional(),
});
export type SignoffRecord = z.output<typeof SignoffRecordSchema>;

export const RotaFileSchema = z.looseObject({
  format: z.literal(ROTA_FORMAT, {
    error: (iss) => `format must be "${ROTA_FORMAT}", not ${JSON.stringify(iss.input)}`,
  }),
  profile: oneOf(PROFILES, "profile"),
  timeZone: text("a time zone").transform((s) => s as ZoneId),
  locale: oneOf(LOCALES, "locale").optional(),
  now: localDateTime.optional(),
  period: z
    .looseObject({
      from: localDate.transform((s) => s as LocalDate),
      to: localDate.transform((s) => s as LocalDate),
    })
    .optional(),
  assistants: z.array(AssistantSchema),
  shifts: z.array(ShiftSchema),
  grant: GrantSchema.optional(),
  need: z.array(NeedSchema).optional(),
  published: PublishedSchema.optional(),
  overrides: OverridesSchema.optional(),
  templates: z.array(TemplateSchema).optional(),
  /** Monthly timesheets as signed, in the order they were made (the last one counts). */
  signoffs: z.array(SignoffRecordSchema).optional(),
});
/** A rota file that has passed validation. */
export type RotaFile = z.output<typeof RotaFileSchema>;
