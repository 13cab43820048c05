/**
 * Pay-category parameters as data: one record of wall-clock times per profile, which an
 * arrangement may override in its rota file under `overrides.pay`.
 *
 * Sources: Denmark — Nyborg Kommune BPA handbook § 33 (evening 17–23, night 23–06, Saturday
 * 08–24, Sunday and public holidays 00–24, on-call at 75 %); Fredericia Kommune BPA handbook
 * 4.1.2 (special days, taken from the holiday calendar). Norway — arbeidsmiljøloven § 10-11
 * (night 21–06) and § 10-10 (Sunday and holiday work from 18:00 on the day before until 22:00 on
 * the day before the next working day; from 15:00 on Easter, Whitsun and Christmas Eve).
 * Norwegian evening and Saturday supplements are not statutory: they come from the collective
 * agreement the employer follows, so the defaults below are a starting point to be overridden.
 */
import { z } from "zod";
import { parseClock, type HolidayCountry } from "../time/index.js";
import type { Issue, ProfileId, RotaFile } from "../model/index.js";

/**
 * The pay parameters of a profile, as written in a rota file. Times are wall-clock `HH:mm`,
 * `24:00` meaning the end of the day.
 *
 * Windows (`…From`–`…To`) lie within one calendar day: when `from` is later than `to` the
 * window wraps, covering `00:00–to` and `from–24:00` of every day (so night `23:00–06:00` is
 * the night's two ends); when they are equal the category is switched off.
 */
export interface PaySettings {
  /** Evening supplement, every day, from (DK 17:00, NO 17:00). */
  readonly eveningFrom: string;
  /** Evening supplement, every day, until (DK 23:00, NO 21:00). */
  readonly eveningTo: string;
  /** Night supplement, every day, from (DK 23:00, NO 21:00 — aml. § 10-11). */
  readonly nightFrom: string;
  /** Night supplement, every day, until (DK 06:00, NO 06:00). */
  readonly nightTo: string;
  /** Saturday supplement on Saturdays, from (DK 08:00, NO 00:00 — agreements differ). */
  readonly saturdayFrom: string;
  /** Saturday supplement on Saturdays, until (DK 24:00, NO 24:00). */
  readonly saturdayTo: string;
  /**
   * Sunday/holiday supplement on the day before a Sunday or public holiday, from this time
   * (DK `24:00`, i.e. not at all; NO 18:00 — aml. § 10-10).
   */
  readonly sundayEveFrom: string;
  /**
   * Sunday/holiday supplement on the last Sunday or public holiday before a working day, until
   * this time (DK 24:00; NO 22:00 — aml. § 10-10). Consecutive Sundays and holidays chain: only
   * the last one ends early.
   */
  readonly sundayLastDayTo: string;
  /**
   * Christmas Eve (24 December) counts as Sunday/holiday from this time. Denmark: "from the
   * start of the day shift" (Fredericia 4.1.2, *fra dagtjenestens påbegyndelse*). Turnus reads
   * that as a wall-clock hour, the same for every shift of the arrangement (a night shift still
   * on duty then gets the supplement from then on): by default 06:00, where the night window
   * ends and the earliest day shift begins; an arrangement whose day shift starts at 07:00 sets
   * `"christmasEveFrom": "07:00"`. Norway: 15:00 (aml. § 10-10). A Christmas Eve that is a
   * Sunday is a Sunday all day regardless.
   */
  readonly christmasEveFrom: string;
  /**
   * Whether on-call minutes also count in the time-of-day categories (evening, night, Saturday,
   * Sunday) besides `oncall`. The handbooks say only that on-call hours are paid at 75 % of the
   * hourly wage (Nyborg § 33); the timesheet reports the facts and payroll applies the rates, so
   * the default is `true`. Set `false` where an agreement pays on-call at a flat rate.
   */
  readonly oncallSupplements: boolean;
}

/** The names of the pay parameters, in the order they are documented. */
export const PAY_SETTING_NAMES = [
  "eveningFrom",
  "eveningTo",
  "nightFrom",
  "nightTo",
  "saturdayFrom",
  "saturdayTo",
  "sundayEveFrom",
  "sundayLastDayTo",
  "christmasEveFrom",
  "oncallSupplements",
] as const satisfies readonly (keyof PaySettings)[];

/** Each profile's pay parameters before overrides (see {@link PaySettings} for sources). */
export const PAY_DEFAULTS: Readonly<Record<ProfileId, PaySettings>> = {
  dk: {
    eveningFrom: "17:00",
    eveningTo: "23:00",
    nightFrom: "23:00",
    nightTo: "06:00",
    saturdayFrom: "08:00",
    saturdayTo: "24:00",
    sundayEveFrom: "24:00",
    sundayLastDayTo: "24:00",
    christmasEveFrom: "06:00",
    oncallSupplements: true,
  },
  no: {
    eveningFrom: "17:00",
    eveningTo: "21:00",
    nightFrom: "21:00",
    nightTo: "06:00",
    saturdayFrom: "00:00",
    saturdayTo: "24:00",
    sundayEveFrom: "18:00",
    sundayLastDayTo: "22:00",
    christmasEveFrom: "15:00",
    oncallSupplements: true,
  },
};

/** A time window within one day, in minutes after midnight (`to` may be 1440). */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

/** Pay parameters ready for {@link payMinutes}: times as minutes after midnight. */
export interface PayParams {
  /** Whose public holidays and special days apply. */
  readonly country: HolidayCountry;
  readonly evening: DayWindow;
  readonly night: DayWindow;
  readonly saturday: DayWindow;
  /** Minutes after midnight on the eve of a Sunday/holiday from which `sunday` starts. */
  readonly sundayEveFrom: number;
  /** Minutes after midnight on the last Sunday/holiday before a working day at which it ends. */
  readonly sundayLastDayTo: number;
  /** Minutes after midnight on 24 December from which `sunday` starts. */
  readonly christmasEveFrom: number;
  readonly oncallSupplements: boolean;
  /** The settings these parameters were made from (defaults merged with overrides). */
  readonly settings: PaySettings;
}

/** Pay parameters, or every problem with the overrides. */
export type PayParamsResult =
  | { readonly ok: true; readonly params: PayParams }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const clock = z
  .string({ error: () => 'must be a time of day in quotes, "HH:mm"' })
  .refine((s) => parseClock(s) !== undefined, {
    error: (iss) => `${JSON.stringify(iss.input)} is not a time of day from 00:00 to 24:00 (HH:mm)`,
  });

/**
 * The `overrides.pay` object of a rota file: any subset of {@link PaySettings}, e.g.
 * `{ "eveningFrom": "17:00", "eveningTo": "21:00", "saturdayFrom": "13:00" }`. Unknown names
 * are rejected so that a misspelt parameter is not silently ignored.
 */
export const PayOverridesSchema = z.strictObject({
  eveningFrom: clock.optional(),
  eveningTo: clock.optional(),
  nightFrom: clock.optional(),
  nightTo: clock.optional(),
  saturdayFrom: clock.optional(),
  saturdayTo: clock.optional(),
  sundayEveFrom: clock.optional(),
  sundayLastDayTo: clock.optional(),
  christmasEveFrom: clock.optional(),
  oncallSupplements: z.boolean({ error: () => "must be true or false" }).optional(),
});
/** A validated `overrides.pay` object. */
export type PayOverrides = z.output<typeof PayOverridesSchema>;

const keyPath = (path: string, key: PropertyKey): string =>
  typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)
    ? `${path}.${key}`
    : `${path}[${JSON.stringify(typeof key === "number" ? key : String(key))}]`;

/** Minutes after midnight of a clock text already checked by the schema. */
const minutesOf = (text: string): number => parseClock(text) ?? 0;

const windowOf = (from: string, to: string): DayWindow => ({
  from: minutesOf(from),
  to: minutesOf(to),
});

/** Turns complete settings into parameters (the settings must be valid clock texts). */
function compile(country: HolidayCountry, settings: PaySettings): PayParams {
  return {
    country,
    evening: windowOf(settings.eveningFrom, settings.eveningTo),
    night: windowOf(settings.nightFrom, settings.nightTo),
    saturday: windowOf(settings.saturdayFrom, settings.saturdayTo),
    sundayEveFrom: minutesOf(settings.sundayEveFrom),
    sundayLastDayTo: minutesOf(settings.sundayLastDayTo),
    christmasEveFrom: minutesOf(settings.christmasEveFrom),
    oncallSupplements: settings.oncallSupplements,
    settings,
  };
}

/**
 * The pay parameters of a profile with an arrangement's overrides (the value of
 * `overrides.pay`, or undefined) applied. Bad overrides are reported with their JSON path under
 * `path` (default `$.overrides.pay`), e.g. `$.overrides.pay.eveningFrom`; none is applied then.
 */
export function payParams(
  profile: ProfileId,
  overrides?: unknown,
  path = "$.overrides.pay",
): PayParamsResult {
  const defaults = PAY_DEFAULTS[profile];
  if (overrides === undefined) return { ok: true, params: compile(profile, defaults) };
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    return {
      ok: false,
      issues: [
        { path, message: 'must be an object of pay parameters, such as { "eveningTo": "21:00" }' },
      ],
    };
  }
  const parsed = PayOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const issues: Issue[] = [];
    for (const iss of parsed.error.issues) {
      const at = iss.path.reduce<string>(keyPath, path);
      if (iss.code === "unrecognized_keys") {
        for (const key of iss.keys) {
          issues.push({
            path: keyPath(at, key),
            message: `unknown pay parameter "${key}": use ${PAY_SETTING_NAMES.join(", ")}`,
          });
        }
      } else {
        issues.push({ path: at, message: iss.message });
      }
    }
    return { ok: false, issues };
  }
  const o = parsed.data;
  const settings: PaySettings = {
    eveningFrom: o.eveningFrom ?? defaults.eveningFrom,
    eveningTo: o.eveningTo ?? defaults.eveningTo,
    nightFrom: o.nightFrom ?? defaults.nightFrom,
    nightTo: o.nightTo ?? defaults.nightTo,
    saturdayFrom: o.saturdayFrom ?? defaults.saturdayFrom,
    saturdayTo: o.saturdayTo ?? defaults.saturdayTo,
    sundayEveFrom: o.sundayEveFrom ?? defaults.sundayEveFrom,
    sundayLastDayTo: o.sundayLastDayTo ?? defaults.sundayLastDayTo,
    christmasEveFrom: o.christmasEveFrom ?? defaults.christmasEveFrom,
    oncallSupplements: o.oncallSupplements ?? defaults.oncallSupplements,
  };
  return { ok: true, params: compile(profile, settings) };
}

/** The pay parameters of a rota: its profile's defaults with its `overrides.pay` applied. */
export function payParamsOf(rota: RotaFile): PayParamsResult {
  return payParams(rota.profile, rota.overrides?.["pay"]);
}
