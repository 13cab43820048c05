/**
 * A grant's settings beyond its hours, read from the rota file's `grant` object (a loose object
 * in the model, so these optional fields survive a round trip; they are validated here):
 *
 * ```json
 * "grant": { "hours": 84, "per": "week", "timeAccount": true,
 *            "pools": [ { "purpose": "meeting", "hours": 24, "per": "year" } ],
 *            "budget": { "hourlyRate": 185.5 } }
 * ```
 *
 * - `pools`: hours granted besides the help hours, for staff meetings, appraisal talks (MUS),
 *   training of new assistants and courses (Fredericia 1.2.1, 2.2.2–2.2.5; Nyborg §§ 30–32).
 *   Shifts draw on a pool through their `purpose`. The model's purposes are `meeting`,
 *   `training` and `appraisal`: there is no `course`, so a `course` pool is read as the
 *   `training` pool (course hours are planned as shifts with purpose `training`). One pool per
 *   purpose: a Fredericia grant with both training and course hours adds them up.
 * - `timeAccount: true` (only with `per: "week"`): hours not used in a week carry over to the next
 *   and hours used beyond the week's grant are taken from it; the ledger reports the balance.
 * - `budget`: see {@link readBudget}.
 */
import { z } from "zod";
import { jsonPath, type Grant, type Issue, type RotaFile } from "../model/index.js";
import { minutes, type Minutes } from "../time/index.js";
import { readBudget, type Budget } from "./budget.js";

/** Purposes a pool can be written with (`course` is read as `training`). */
export const POOL_PURPOSES = ["meeting", "training", "appraisal", "course"] as const;
/** The purposes pools are kept under: the model's shift purposes other than `help`. */
export type PoolPurpose = "meeting" | "training" | "appraisal";

const PoolSchema = z.strictObject({
  purpose: z.enum(POOL_PURPOSES, {
    error: (iss) =>
      `unknown pool purpose ${JSON.stringify(iss.input)}: use ${POOL_PURPOSES.map((p) => `"${p}"`).join(", ")}`,
  }),
  hours: z
    .number({ error: () => "must be a number of hours" })
    .min(0, "must not be negative")
    .max(8784, "is more hours than a year has"),
  per: z.enum(["month", "year"], {
    error: (iss) => `unknown pool period ${JSON.stringify(iss.input)}: use "month" or "year"`,
  }),
  note: z.string().optional(),
});

const ExtrasSchema = z.looseObject({
  pools: z.array(PoolSchema, { error: () => "must be a list of pools" }).optional(),
  timeAccount: z.boolean({ error: () => "must be true or false" }).optional(),
  budget: z.unknown().optional(),
});

/** A pool of hours for one purpose, per calendar month or year. */
export interface Pool {
  readonly purpose: PoolPurpose;
  readonly minutes: Minutes;
  readonly per: "month" | "year";
}

/** A grant with everything the ledger needs, hours as whole minutes. */
export interface GrantSettings {
  /** Help minutes granted per period (hours × 60, rounded to the minute). */
  readonly minutes: Minutes;
  readonly per: Grant["per"];
  readonly pools: readonly Pool[];
  readonly timeAccount: boolean;
  readonly budget: Budget | undefined;
}

/** The settings, undefined when the rota has no grant, or every problem with them. */
export type GrantSettingsResult =
  | { readonly ok: true; readonly settings: GrantSettings | undefined }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Whole minutes of a number of hours. */
export const hoursToMinutes = (hours: number): Minutes => minutes(Math.round(hours * 60));

/**
 * Validates the grant settings of a rota. Problems are reported with their JSON path, e.g.
 * `$.grant.pools[0].hours`, `$.grant.timeAccount`, `$.grant.budget.hourlyRate`.
 */
export function grantSettingsOf(rota: RotaFile): GrantSettingsResult {
  const grant = rota.grant;
  if (grant === undefined) return { ok: true, settings: undefined };
  const issues: Issue[] = [];
  const parsed = ExtrasSchema.safeParse(grant);
  if (!parsed.success) {
    for (const iss of parsed.error.issues) {
      if (iss.code === "unrecognized_keys") {
        for (const key of iss.keys) {
          issues.push({
            path: jsonPath(["grant", ...iss.path, key]),
            message: `unknown name "${key}": a pool has "purpose", "hours", "per" and "note"`,
          });
        }
      } else issues.push({ path: jsonPath(["grant", ...iss.path]), message: iss.message });
    }
  }
  const pools: Pool[] = [];
  const seen = new Map<PoolPurpose, number>();
  (parsed.success ? (parsed.data.pools ?? []) : []).forEach((p, i) => {
    const purpose: PoolPurpose = p.purpose === "course" ? "training" : p.purpose;
    const first = seen.get(purpose);
    if (first !== undefined) {
      issues.push({
        path: `$.grant.pools[${i}].purpose`,
        message: `there is already a ${purpose} pool at $.grant.pools[${first}] (courses count as training): add the hours together`,
      });
      return;
    }
    seen.set(purpose, i);
    pools.push({ purpose, minutes: hoursToMinutes(p.hours), per: p.per });
  });
  const timeAccount = grant["timeAccount"] === true;
  if (timeAccount && grant.per !== "week") {
    issues.push({
      path: "$.grant.timeAccount",
      message: `a time account carries hours from week to week: it needs "per": "week", not "${grant.per}"`,
    });
  }
  let budget: Budget | undefined;
  if (grant["budget"] !== undefined) {
    const b = readBudget(rota.profile, grant["budget"]);
    if (b.ok) budget = b.budget;
    else issues.push(...b.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    settings: {
      minutes: hoursToMinutes(grant.hours),
      per: grant.per,
      pools,
      timeAccount,
      budget,
    },
  };
}
