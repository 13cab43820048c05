/**
 * Warnings of the grant ledger, as data for the planner to phrase and show: what is (or is
 * expected to be) over which limit, in which period, by how much. No text here.
 */
import type { Purpose } from "../model/index.js";
import type { LocalDate } from "../time/index.js";

/**
 * - `period-over`: used and planned hours of a grant period (or a pool's month or year) exceed
 *   its grant (Nyborg § 36: overuse is paid back; Fredericia 1.1.6: contact the municipality
 *   before exceeding the grant). Not given for the weeks of a time account.
 * - `account-overdrawn`: a week of a time account closes with a negative balance.
 * - `projected-near` / `projected-over`: the year-end forecast of help hours reaches the `near`
 *   threshold / exceeds the `over` threshold (percent of the year's grant).
 * - `budget-over`: used and planned money of the year exceed the money granted.
 * - `budget-projected-near` / `budget-projected-over`: likewise for the year-end money forecast.
 */
export type LedgerWarningKind =
  | "period-over"
  | "account-overdrawn"
  | "projected-near"
  | "projected-over"
  | "budget-over"
  | "budget-projected-near"
  | "budget-projected-over";

/** One warning: `measured` against `limit`, in minutes or øre. */
export interface LedgerWarning {
  readonly kind: LedgerWarningKind;
  /** The help hours, a pool, or the money of all working hours. */
  readonly subject: Purpose | "money";
  /** The period concerned: its first day and the first day after it. */
  readonly from: LocalDate;
  readonly until: LocalDate;
  readonly measured: number;
  readonly limit: number;
  readonly unit: "minutes" | "ore";
  /** `measured` as a percentage of `limit` with one decimal; undefined when `limit` is 0. */
  readonly percent: number | undefined;
}

/** When the forecast warns, in percent of the year's grant. */
export interface Thresholds {
  /** `…-near` from this percentage (default 95). */
  readonly near: number;
  /** `…-over` above this percentage (default 100). */
  readonly over: number;
}

/** The default thresholds: near at 95 %, over above 100 %. */
export const DEFAULT_THRESHOLDS: Thresholds = { near: 95, over: 100 };

/** A percentage with one decimal, undefined for a zero limit. */
export const percentOf = (measured: number, limit: number): number | undefined =>
  limit === 0 ? undefined : Math.round((measured / limit) * 1000) / 10;

/** A warning with its percentage filled in. */
export function warning(
  kind: LedgerWarningKind,
  subject: Purpose | "money",
  period: { readonly from: LocalDate; readonly until: LocalDate },
  measured: number,
  limit: number,
  unit: "minutes" | "ore",
): LedgerWarning {
  return {
    kind,
    subject,
    from: period.from,
    until: period.until,
    measured,
    limit,
    unit,
    percent: percentOf(measured, limit),
  };
}

/**
 * The projection warning for a forecast against a limit: `over` when the forecast is above
 * `over` % of the limit, `near` when it is at least `near` %, none otherwise or without a limit.
 */
export function projectionKind(
  forecast: number,
  limit: number,
  t: Thresholds,
): "over" | "near" | undefined {
  if (limit <= 0) return forecast > 0 ? "over" : undefined;
  if (forecast * 100 > limit * t.over) return "over";
  if (forecast * 100 >= limit * t.near) return "near";
  return undefined;
}
