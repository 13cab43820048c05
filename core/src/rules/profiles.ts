/**
 * Rule profiles as data: the numbers of rules.md per country, and the schema of per-arrangement
 * overrides (`overrides` in the rota file, by rule id). No limit is a constant in a rule's code.
 */
import { z } from "zod";
import { jsonPath, type Issue, type Overrides, type ProfileId } from "../model/index.js";
import type { RuleId, Severity } from "./types.js";

const severity = z.enum(["error", "warning"]);
const hours = z
  .number()
  .min(0)
  .max(24 * 7 * 52);
const clock = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, "must be a time HH:mm");

/** Parameters every rule has: switched on or off, and how severe its violations are. */
const common = { enabled: z.boolean(), severity };

/** The schema of each rule's parameters. */
export const PARAM_SCHEMAS = {
  overlap: z.strictObject({ ...common }),
  "daily-rest": z.strictObject({
    ...common,
    hours,
    youngHours: hours,
    windowHours: hours,
    reducedHours: hours,
    reducedPerWeek: z.number().int().min(0).max(7),
  }),
  "weekly-rest": z.strictObject({
    ...common,
    hours,
    youngHours: hours,
    windowDays: z.number().int().min(1).max(28),
    mode: z.enum(["rolling", "iso-week"]),
  }),
  "average-weekly-hours": z.strictObject({
    ...common,
    hours,
    weeks: z.number().int().min(1).max(52),
  }),
  "weekly-hours-cap": z.strictObject({ ...common, hours }),
  break: z.strictObject({
    ...common,
    afterHours: hours,
    youngAfterHours: hours,
    minutes: z.number().int().min(0).max(240),
  }),
  "young-worker": z.strictObject({
    ...common,
    age: z.number().int().min(1).max(30),
    nightFrom: clock,
    nightTo: clock,
    dayHours: hours,
    weekHours: hours,
  }),
  "grant-exceeded": z.strictObject({ ...common }),
  "coverage-gap": z.strictObject({ ...common }),
  "late-change": z.strictObject({ ...common, noticeDays: z.number().int().min(0).max(365) }),
} satisfies { [K in RuleId]: z.ZodType };

/** The parameters of every rule. */
export type Params = { readonly [K in RuleId]: Readonly<z.output<(typeof PARAM_SCHEMAS)[K]>> };

const on = (s: Severity) => ({ enabled: true, severity: s });

/** Denmark: Nyborg § 17 and § 29, Fredericia 3.1.1, hviletidsbekendtgørelsen, bekendtgørelse om unges arbejde. */
const dk: Params = {
  overlap: on("error"),
  "daily-rest": {
    ...on("error"),
    hours: 11,
    youngHours: 12,
    windowHours: 24,
    reducedHours: 11,
    reducedPerWeek: 0,
  },
  "weekly-rest": { ...on("error"), hours: 35, youngHours: 48, windowDays: 7, mode: "rolling" },
  "average-weekly-hours": { ...on("error"), hours: 48, weeks: 17 },
  "weekly-hours-cap": { enabled: false, severity: "error", hours: 168 },
  break: { ...on("error"), afterHours: 6, youngAfterHours: 4.5, minutes: 30 },
  "young-worker": {
    ...on("error"),
    age: 18,
    nightFrom: "20:00",
    nightTo: "06:00",
    dayHours: 8,
    weekHours: 40,
  },
  "grant-exceeded": on("error"),
  "coverage-gap": on("warning"),
  "late-change": { ...on("warning"), noticeDays: 28 },
};

/** Norway: arbeidsmiljøloven chapters 10 and 11. */
const no: Params = {
  overlap: on("error"),
  "daily-rest": {
    ...on("error"),
    hours: 11,
    youngHours: 12,
    windowHours: 24,
    reducedHours: 11,
    reducedPerWeek: 0,
  },
  "weekly-rest": { ...on("error"), hours: 35, youngHours: 48, windowDays: 7, mode: "rolling" },
  "average-weekly-hours": { ...on("error"), hours: 48, weeks: 8 },
  "weekly-hours-cap": { ...on("error"), hours: 69 },
  break: { ...on("warning"), afterHours: 5.5, youngAfterHours: 4.5, minutes: 30 },
  "young-worker": {
    ...on("error"),
    age: 18,
    nightFrom: "21:00",
    nightTo: "06:00",
    dayHours: 8,
    weekHours: 40,
  },
  "grant-exceeded": on("error"),
  "coverage-gap": on("warning"),
  "late-change": { ...on("warning"), noticeDays: 14 },
};

/** The default parameters of each profile. */
export const PROFILE_PARAMS: { readonly [P in ProfileId]: Params } = { dk, no };

/** Override keys that belong to other parts of core (pay), not to rules; passed through here. */
const NON_RULE_KEYS = new Set(["pay"]);

/**
 * A profile's parameters with an arrangement's overrides applied, or the problems with the
 * overrides (unknown rule, unknown parameter, wrong type), each with its JSON path.
 */
export function resolveParams(
  profile: ProfileId,
  overrides: Overrides | undefined,
): { ok: true; params: Params } | { ok: false; issues: Issue[] } {
  const base = PROFILE_PARAMS[profile];
  if (!overrides) return { ok: true, params: base };
  const issues: Issue[] = [];
  const out: Record<string, unknown> = { ...base };
  for (const [id, values] of Object.entries(overrides)) {
    if (NON_RULE_KEYS.has(id)) continue;
    if (!(id in PARAM_SCHEMAS)) {
      issues.push({
        path: `$.overrides[${JSON.stringify(id)}]`,
        message: `"${id}" is not a rule id (known: ${Object.keys(PARAM_SCHEMAS).join(", ")})`,
      });
      continue;
    }
    const rule = id as RuleId;
    const parsed = PARAM_SCHEMAS[rule].safeParse({ ...base[rule], ...values });
    if (!parsed.success) {
      const at = (key: string) => `$.overrides[${JSON.stringify(id)}]${jsonPath([key]).slice(1)}`;
      for (const i of parsed.error.issues) {
        if (i.code === "unrecognized_keys") {
          const known = Object.keys(base[rule]).join(", ");
          for (const k of i.keys) {
            issues.push({
              path: at(k),
              message: `unknown parameter "${k}" for rule ${id} (known: ${known})`,
            });
          }
          continue;
        }
        const key = String(i.path[0] ?? "");
        issues.push({ path: at(key), message: `${key}: ${i.message}` });
      }
      continue;
    }
    out[rule] = parsed.data;
  }
  return issues.length ? { ok: false, issues } : { ok: true, params: out as Params };
}
