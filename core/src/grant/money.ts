/**
 * Money from pay minutes, exactly. Minutes are whole numbers, the hourly rate is whole øre and
 * every percentage is whole basis points (1 % = 100), so a cost is an exact fraction; it is
 * computed in integers (BigInt, no overflow however many shifts a year holds) and rounded once,
 * half up, to whole øre. Nothing is ever summed from rounded parts: a period's cost comes from
 * its summed minutes.
 *
 * Pay (Nyborg § 33, Fredericia 4.1.1): work is paid the hourly rate (pay step 11), on-call time
 * at the workplace a share of it (75 %); each time-of-day supplement is a share of the hourly
 * rate per minute in its window. Pension (Fredericia 4.1.3): a share of the base pay (work and
 * on-call pay) plus a share of the time-bound supplements.
 */
import { minutes, type Brand, type Minutes } from "../time/index.js";
import type { PayMinutes } from "./pay.js";

/** An amount of money in the currency's minor unit (øre), a whole number. */
export type Ore = Brand<number, "Ore">;
/** Brands a whole number of øre. */
export const ore = (n: number): Ore => n as Ore;

/** A share in basis points: 10 000 is 100 %, 3 000 is 30 %, 1 289 is 12.89 %. */
export type BasisPoints = Brand<number, "BasisPoints">;
/** Brands a whole number of basis points. */
export const basisPoints = (n: number): BasisPoints => n as BasisPoints;

/** The supplements paid as a share of the hourly rate, by time of day. */
export const SUPPLEMENT_CATEGORIES = ["evening", "night", "saturday", "sunday"] as const;
export type SupplementCategory = (typeof SUPPLEMENT_CATEGORIES)[number];

/** The fields of a {@link PayTally}. */
export const TALLY_KEYS = ["work", "oncall", ...SUPPLEMENT_CATEGORIES] as const;
/**
 * Working minutes by how they are paid: `work` (ordinary working time), `oncall` (on call at the
 * workplace), and the minutes of either that fall in each supplement window (as
 * {@link PayMinutes} counts them). `work + oncall` is the time the grant counts.
 */
export type PayTally = Record<(typeof TALLY_KEYS)[number], Minutes>;

/** Zero minutes everywhere. */
export function zeroTally(): PayTally {
  const z = minutes(0);
  return { work: z, oncall: z, evening: z, night: z, saturday: z, sunday: z };
}

/** Adds `more` into `into` (mutating it) and returns it. */
export function addTally(into: PayTally, more: Readonly<PayTally>): PayTally {
  for (const k of TALLY_KEYS) into[k] = minutes(into[k] + more[k]);
  return into;
}

/** The tally of one stretch of working time of a kind, from its pay-category minutes. */
export function tallyOf(total: Minutes, oncall: boolean, cats: PayMinutes): PayTally {
  return {
    work: minutes(oncall ? 0 : total),
    oncall: minutes(oncall ? total : 0),
    evening: cats.evening,
    night: cats.night,
    saturday: cats.saturday,
    sunday: cats.sunday,
  };
}

/** The paid minutes of a tally (work and on call): what the grant's hours count. */
export const tallyMinutes = (t: Readonly<PayTally>): Minutes => minutes(t.work + t.oncall);

/** How an arrangement's hours turn into money. */
export interface MoneyRates {
  /** ISO 4217 code of the currency amounts are in (`DKK`, `NOK`). */
  readonly currency: string;
  /** The hourly rate (DK: pay step 11) in øre per hour. */
  readonly hourlyRate: Ore;
  /** Each supplement as a share of the hourly rate (Nyborg § 33: 30, 33, 28 and 50 %). */
  readonly supplements: Readonly<Record<SupplementCategory, BasisPoints>>;
  /** On-call time at the workplace, as a share of the hourly rate (Nyborg § 33: 75 %). */
  readonly oncall: BasisPoints;
  /** Pension on base pay (work and on-call pay) (Fredericia 4.1.3: 12.6 %; Nyborg § 40: 12.89 %). */
  readonly pensionOnBase: BasisPoints;
  /** Pension on the time-bound supplements (Fredericia 4.1.3: 4 %). */
  readonly pensionOnSupplements: BasisPoints;
}

/** A cost in øre, each part rounded once from its exact value; `total` rounded once too. */
export interface Cost {
  /** Work minutes at the hourly rate. */
  readonly base: Ore;
  /** On-call minutes at the on-call share of the hourly rate. */
  readonly oncall: Ore;
  /** The time-bound supplements (evening, night, Saturday, Sunday/holiday). */
  readonly supplements: Ore;
  readonly pension: Ore;
  /** The exact sum rounded once (so it may differ by an øre from the sum of the rounded parts). */
  readonly total: Ore;
}

const BP = 10_000n;
/** Exact costs are numerators over this: minutes per hour × two shares in basis points. */
const DENOMINATOR = 60n * BP * BP;

/** n / DENOMINATOR rounded half up, for n ≥ 0. */
const round = (n: bigint): Ore => ore(Number((2n * n + DENOMINATOR) / (2n * DENOMINATOR)));

/**
 * The cost of a tally: base pay, on-call pay, supplements and pension, computed exactly and
 * rounded once each, half up, to whole øre.
 *
 * Example (hourly rate 200.00 kr, DK shares): 60 minutes of Saturday evening work cost
 * base 20 000 øre + evening 30 % 6 000 + Saturday 28 % 5 600 = 31 600 øre, pension
 * 12.6 % × 20 000 + 4 % × 11 600 = 2 520 + 464 = 2 984 øre; total 34 584 øre.
 */
export function costOf(rates: MoneyRates, tally: Readonly<PayTally>): Cost {
  const rate = BigInt(rates.hourlyRate);
  const base = BigInt(tally.work) * rate * BP * BP;
  const oncall = BigInt(tally.oncall) * rate * BigInt(rates.oncall) * BP;
  let supplements = 0n;
  for (const c of SUPPLEMENT_CATEGORIES) {
    supplements += BigInt(tally[c]) * rate * BigInt(rates.supplements[c]) * BP;
  }
  // Each numerator above carries at least one factor BP, so dividing by it is exact.
  const pension =
    ((base + oncall) / BP) * BigInt(rates.pensionOnBase) +
    (supplements / BP) * BigInt(rates.pensionOnSupplements);
  return {
    base: round(base),
    oncall: round(oncall),
    supplements: round(supplements),
    pension: round(pension),
    total: round(base + oncall + supplements + pension),
  };
}
