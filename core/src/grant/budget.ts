/**
 * The money side of a grant, `grant.budget` in a rota file: the hourly rate, the supplements and
 * pension as shares, and optionally the money granted for the year.
 *
 * ```json
 * "budget": { "hourlyRate": 185.5, "amount": 1450000,
 *             "pension": "nyborg", "supplements": { "evening": 30 } }
 * ```
 *
 * `hourlyRate` has no default. The handbooks name the rate (pay step 11 of the KL/FOA agreement
 * for unskilled social and health staff: Nyborg § 33, Fredericia 4.1.1) but give no figure:
 * "Aktuelle lønsatser vil fremgå af din bevilling" (Fredericia 4.1.1), and the rate changes with
 * the municipal pay agreements (Nyborg § 33). A built-in figure would be out of date within a
 * year and would make a wrong budget look right, so the work leader types the rate from the
 * grant letter.
 *
 * Danish defaults (profile `dk`): supplements evening 30 %, night 33 %, Saturday 28 %,
 * Sunday/holiday 50 % of the hourly rate (Nyborg § 33); on call at the workplace 75 % (Nyborg
 * § 33); pension `"fredericia"`: 12.6 % of base pay and 4 % of the time-bound supplements
 * (Fredericia 4.1.3). `"nyborg"` is 12.89 % of base pay (Nyborg § 40: "af de pensionsgivende
 * løndele"; the handbook does not say that supplements are pensionable, so 0 % of them — set
 * `{ "onBase": 12.89, "onSupplements": … }` where the agreement says otherwise).
 * Norway (profile `no`) has no defaults: supplements, on-call share and pension follow the
 * employer's agreement, so `supplements`, `oncall` and `pension` must be given.
 */
import { z } from "zod";
import { jsonPath, type Issue, type ProfileId } from "../model/index.js";
import {
  SUPPLEMENT_CATEGORIES,
  basisPoints,
  ore,
  type BasisPoints,
  type MoneyRates,
  type Ore,
  type SupplementCategory,
} from "./money.js";

/** Pension presets: Fredericia 4.1.3 (12.6 % + 4 %), Nyborg § 40 (12.89 %), none. */
export const PENSION_PRESETS = {
  fredericia: { onBase: 12.6, onSupplements: 4 },
  nyborg: { onBase: 12.89, onSupplements: 0 },
  none: { onBase: 0, onSupplements: 0 },
} as const;

/** True when a number has at most two decimals (a price in øre, a share in basis points). */
const hundredths = (n: number): boolean => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

const percent = z
  .number({ error: () => "must be a percentage, a number such as 30 or 12.89" })
  .min(0, "must not be negative")
  .max(1000, "must be at most 1000 %")
  .refine(hundredths, "must have at most two decimals");

const amount = (what: string) =>
  z
    .number({ error: () => `must be ${what} in kroner, a number such as 185.50` })
    .min(0, "must not be negative")
    .max(1e12, "is too large")
    .refine(hundredths, "must have at most two decimals (whole øre)");

const SupplementsSchema = z.strictObject({
  evening: percent.optional(),
  night: percent.optional(),
  saturday: percent.optional(),
  sunday: percent.optional(),
});

/** The `grant.budget` object of a rota file. Unknown names are rejected (a misspelt share
 * silently left at its default would give a wrong budget). */
export const BudgetSchema = z.strictObject({
  hourlyRate: z
    .number({ error: () => "must be the hourly wage in kroner, a number such as 185.50" })
    .gt(0, "must be more than 0")
    .max(1e6, "is too large")
    .refine(hundredths, "must have at most two decimals (whole øre)"),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be a currency code such as DKK or NOK")
    .optional(),
  amount: amount("the money granted for the calendar year").optional(),
  supplements: SupplementsSchema.optional(),
  oncall: percent.optional(),
  pension: z
    .union([
      z.enum(["fredericia", "nyborg", "none"]),
      z.strictObject({ onBase: percent, onSupplements: percent }),
    ])
    .optional(),
});

/** A validated budget: the rates, and the money granted for the calendar year when given. */
export interface Budget {
  readonly rates: MoneyRates;
  readonly amount: Ore | undefined;
}

const bp = (p: number): BasisPoints => basisPoints(Math.round(p * 100));
const oreOf = (kroner: number): Ore => ore(Math.round(kroner * 100));

const DK_SUPPLEMENTS: Readonly<Record<SupplementCategory, number>> = {
  evening: 30,
  night: 33,
  saturday: 28,
  sunday: 50,
};

/**
 * Reads `grant.budget` (the raw value) for a profile; issues carry paths under `path`
 * (`$.grant.budget` by default), e.g. `$.grant.budget.hourlyRate`.
 */
export function readBudget(
  profile: ProfileId,
  raw: unknown,
  path = "$.grant.budget",
): { readonly ok: true; readonly budget: Budget } | { readonly ok: false; issues: Issue[] } {
  const parsed = BudgetSchema.safeParse(raw);
  const issues: Issue[] = [];
  // zod 4 issues do not carry the input: look at the raw value to tell missing from wrong
  const rateMissing =
    typeof raw === "object" &&
    raw !== null &&
    (raw as { hourlyRate?: unknown }).hourlyRate === undefined;
  if (!parsed.success) {
    for (const iss of parsed.error.issues) {
      const at = path + jsonPath(iss.path).slice(1);
      if (iss.code === "unrecognized_keys") {
        for (const key of iss.keys) {
          issues.push({ path: at + jsonPath([key]).slice(1), message: `unknown name "${key}"` });
        }
      } else if (iss.path[0] === "hourlyRate" && rateMissing) {
        issues.push({
          path: at,
          message:
            "the hourly wage (DK: pay step 11) from the grant letter is missing; it has no default because it changes with the pay agreements",
        });
      } else issues.push({ path: at, message: iss.message });
    }
    return { ok: false, issues };
  }
  const b = parsed.data;
  if (profile !== "dk") {
    for (const key of ["supplements", "oncall", "pension"] as const) {
      if (b[key] === undefined) {
        issues.push({
          path: `${path}.${key}`,
          message: `is required for profile "${profile}": it follows the employer's agreement and has no default`,
        });
      }
    }
    if (issues.length > 0) return { ok: false, issues };
  }
  const pension =
    typeof b.pension === "object" ? b.pension : PENSION_PRESETS[b.pension ?? "fredericia"];
  const supplements = {} as Record<SupplementCategory, BasisPoints>;
  for (const c of SUPPLEMENT_CATEGORIES) {
    supplements[c] = bp(b.supplements?.[c] ?? (profile === "dk" ? DK_SUPPLEMENTS[c] : 0));
  }
  return {
    ok: true,
    budget: {
      rates: {
        currency: b.currency ?? (profile === "dk" ? "DKK" : "NOK"),
        hourlyRate: oreOf(b.hourlyRate),
        supplements,
        oncall: bp(b.oncall ?? 75),
        pensionOnBase: bp(pension.onBase),
        pensionOnSupplements: bp(pension.onSupplements),
      },
      amount: b.amount === undefined ? undefined : oreOf(b.amount),
    },
  };
}
