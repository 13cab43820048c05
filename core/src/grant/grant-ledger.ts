/**
 * The grant ledger: for one calendar year, per grant period and for the year, the hours granted,
 * used (before `asOf`), planned (from `asOf` on) and remaining; the same per pool; money used,
 * planned and budgeted; a year-end forecast; and warnings before the grant is exceeded.
 *
 * There is no clock in core: `asOf` (normally today in the arrangement's zone) is passed in, and
 * the caller passes a rota whose shifts before `asOf` are the actual ones.
 *
 * Hours count working time (kinds `work` and `oncall`) in real elapsed minutes, split at
 * period boundaries, as {@link grantUse} and the `grant-exceeded` rule do: help shifts against the
 * grant, shifts with another purpose against that purpose's pool. Money counts every working
 * minute (help and pools: all are paid wages) at the budget's rates.
 */
import { PURPOSES, type Grant, type Issue, type Purpose, type RotaFile } from "../model/index.js";
import {
  dateToDay,
  dayToDate,
  minutes,
  type LocalDate,
  type Minutes,
  type Zone,
} from "../time/index.js";
import { forecastYear, type Forecast } from "./forecast.js";
import { grantSettingsOf, type GrantSettings, type PoolPurpose } from "./grant-settings.js";
import {
  DEFAULT_THRESHOLDS,
  projectionKind,
  warning,
  type LedgerWarning,
  type Thresholds,
} from "./ledger-warnings.js";
import { costOf, ore, tallyMinutes, type Cost, type MoneyRates, type Ore } from "./money.js";
import { payParamsOf, type PayParams } from "./pay-settings.js";
import { grantedFor, periodsOf } from "./periods.js";
import { sumDays, tallyDays, type DayTallies } from "./tally.js";
import { timeAccountBalances, type AccountBalance } from "./time-account.js";

/** Hours of one period, in whole minutes. */
export interface HoursFigures {
  readonly granted: Minutes;
  /** Before `asOf`. */
  readonly used: Minutes;
  /** From `asOf` on. */
  readonly planned: Minutes;
  /** granted − used − planned: negative when over. */
  readonly remaining: Minutes;
}

/** Money of one period, in øre. */
export interface MoneyFigures {
  readonly used: Cost;
  readonly planned: Cost;
  /** The money granted for the period (only for the year), when the budget gives an amount. */
  readonly budget: Ore | undefined;
  /** budget − used − planned, when there is a budget amount. */
  readonly remaining: Ore | undefined;
}

/** One grant period (or the calendar year). */
export interface LedgerPeriod {
  readonly from: LocalDate;
  /** The first day after the period. */
  readonly until: LocalDate;
  readonly hours: HoursFigures;
  /**
   * The time account's balance, for the weeks of a time account (and the year: the opening of
   * the first week with an account, the closing of the last). The account opens with the week of
   * the rota's `period.from`, else the first week with help time; earlier weeks have none.
   */
  readonly account: AccountBalance | undefined;
  /** Money, when the grant has a budget. */
  readonly money: MoneyFigures | undefined;
}

/** A pool's periods and its year. */
export interface LedgerPool {
  readonly purpose: PoolPurpose;
  readonly per: "month" | "year";
  /** False for a purpose that has shifts but no pool: its grant is 0. */
  readonly granted: boolean;
  readonly periods: readonly { from: LocalDate; until: LocalDate; hours: HoursFigures }[];
  readonly total: HoursFigures;
}

/** The ledger of one calendar year. */
export interface GrantLedger {
  readonly asOf: LocalDate;
  readonly year: number;
  readonly per: Grant["per"];
  readonly timeAccount: boolean;
  /** The budget's currency, when there is a budget. */
  readonly currency: string | undefined;
  /** The grant periods overlapping the year (whole ISO weeks, even across New Year). */
  readonly periods: readonly LedgerPeriod[];
  /**
   * The calendar year. A weekly grant counts granted × days / 7 (rounded to the minute), so the
   * weeks across New Year are shared between the years; the account is that of the weeks.
   */
  readonly total: LedgerPeriod;
  /** One per pool, then one per purpose that has shifts but no pool. */
  readonly pools: readonly LedgerPool[];
  readonly forecast: Forecast;
  readonly warnings: readonly LedgerWarning[];
}

/** Options of {@link grantLedger}. */
export interface LedgerOptions {
  /** The calendar year (default: the year of `asOf`). */
  readonly year?: number;
  /** Weeks before `asOf` the forecast averages over (default 8). */
  readonly recentWeeks?: number;
  /** Forecast warning thresholds in percent (default near 95, over 100). */
  readonly thresholds?: Partial<Thresholds>;
  /** Pay parameters (default: the rota's profile with its `overrides.pay`). */
  readonly pay?: PayParams;
  /**
   * The time account's balance when it opens (default 0), e.g. the previous year's closing
   * balance where the municipality lets it carry over.
   */
  readonly accountOpening?: Minutes;
}

/** The ledger (undefined when the rota has no grant), or every problem with the settings. */
export type GrantLedgerResult =
  | { readonly ok: true; readonly ledger: GrantLedger | undefined }
  | { readonly ok: false; readonly issues: readonly Issue[] };

function hoursFigures(
  t: DayTallies,
  from: number,
  until: number,
  asOfDay: number,
  purposes: readonly Purpose[],
  granted: Minutes,
): HoursFigures {
  const used = tallyMinutes(sumDays(t, from, Math.min(until, asOfDay), purposes));
  const planned = tallyMinutes(sumDays(t, Math.max(from, asOfDay), until, purposes));
  return { granted, used, planned, remaining: minutes(granted - used - planned) };
}

function moneyFigures(
  t: DayTallies,
  from: number,
  until: number,
  asOfDay: number,
  rates: MoneyRates,
  budget: Ore | undefined,
): MoneyFigures {
  const used = costOf(rates, sumDays(t, from, Math.min(until, asOfDay)));
  const planned = costOf(rates, sumDays(t, Math.max(from, asOfDay), until));
  return {
    used,
    planned,
    budget,
    remaining: budget === undefined ? undefined : ore(budget - used.total - planned.total),
  };
}

/**
 * The time account's balance per grant week; undefined for the weeks before it opens: with the
 * week of the rota's first day (`period.from`), else the first week with help time (weeks before
 * the arrangement began are not saved hours).
 */
function accountsOf(
  rota: RotaFile,
  t: DayTallies,
  weeks: readonly { from: number; until: number }[],
  hours: readonly HoursFigures[],
  granted: Minutes,
  opening: Minutes = minutes(0),
): (AccountBalance | undefined)[] {
  const opens = rota.period === undefined ? t.firstHelpDay : dateToDay(rota.period.from);
  let k = opens === undefined ? -1 : weeks.findIndex((p) => p.until > opens);
  if (k < 0) k = weeks.length;
  const spent = hours.slice(k).map((h) => minutes(h.used + h.planned));
  return [
    ...new Array<undefined>(k).fill(undefined),
    ...timeAccountBalances(granted, spent, opening),
  ];
}

/**
 * The pools of the year (then each purpose with hours but no pool, granted 0), pushing a
 * `period-over` warning for each pool period used and planned beyond its grant.
 */
function poolsOf(
  settings: GrantSettings,
  t: DayTallies,
  yearFirst: number,
  yearUntil: number,
  asOfDay: number,
  warnings: LedgerWarning[],
): LedgerPool[] {
  const unpooled = PURPOSES.filter(
    (p): p is PoolPurpose => p !== "help" && !settings.pools.some((q) => q.purpose === p),
  ).filter((p) => tallyMinutes(sumDays(t, yearFirst, yearUntil, [p])) > 0);
  const all = [
    ...settings.pools.map((p) => ({ ...p, granted: true })),
    ...unpooled.map((purpose) => ({
      purpose,
      minutes: minutes(0),
      per: "year" as const,
      granted: false,
    })),
  ];
  return all.map((pool) => {
    const periods = periodsOf(pool.per, yearFirst, yearUntil).map((p) => {
      const hours = hoursFigures(t, p.from, p.until, asOfDay, [pool.purpose], pool.minutes);
      const span = { from: dayToDate(p.from), until: dayToDate(p.until) };
      if (hours.remaining < 0) {
        const spent = hours.used + hours.planned;
        warnings.push(warning("period-over", pool.purpose, span, spent, pool.minutes, "minutes"));
      }
      return { ...span, hours };
    });
    const year = grantedFor(pool.minutes, pool.per, yearFirst, yearUntil) ?? minutes(0);
    return {
      purpose: pool.purpose,
      per: pool.per,
      granted: pool.granted,
      periods,
      total: hoursFigures(t, yearFirst, yearUntil, asOfDay, [pool.purpose], year),
    };
  });
}

/**
 * The grant ledger of a rota for a calendar year as of a day (see the file comment). Bad grant
 * settings (pools, time account, budget) or pay overrides give issues with JSON paths instead.
 */
export function grantLedger(
  rota: RotaFile,
  zone: Zone,
  asOf: LocalDate,
  options: LedgerOptions = {},
): GrantLedgerResult {
  const read = grantSettingsOf(rota);
  if (!read.ok) return read;
  const settings: GrantSettings | undefined = read.settings;
  if (settings === undefined) return { ok: true, ledger: undefined };
  let pay = options.pay;
  if (pay === undefined) {
    const p = payParamsOf(rota);
    if (!p.ok) return p;
    pay = p.params;
  }
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const recentWeeks = Math.max(1, Math.floor(options.recentWeeks ?? 8));
  const year = options.year ?? Number(asOf.slice(0, 4));
  const yearFirst = dateToDay(`${year}-01-01` as LocalDate);
  const yearUntil = dateToDay(`${year + 1}-01-01` as LocalDate);
  const asOfDay = dateToDay(asOf);
  const rates = settings.budget?.rates;
  const amount = settings.budget?.amount;

  const grantPeriods = periodsOf(settings.per, yearFirst, yearUntil);
  const first = Math.min(grantPeriods[0]?.from ?? yearFirst, asOfDay - 7 * recentWeeks);
  const until = Math.max(grantPeriods[grantPeriods.length - 1]?.until ?? yearUntil, yearUntil);
  const t = tallyDays(rota, zone, pay, first, until);
  const warnings: LedgerWarning[] = [];
  const span = (from: number, to: number) => ({ from: dayToDate(from), until: dayToDate(to) });

  const helpHours = grantPeriods.map((p) =>
    hoursFigures(t, p.from, p.until, asOfDay, ["help"], settings.minutes),
  );
  const accounts = settings.timeAccount
    ? accountsOf(rota, t, grantPeriods, helpHours, settings.minutes, options.accountOpening)
    : undefined;
  const periods: LedgerPeriod[] = grantPeriods.map((p, i) => {
    const hours = helpHours[i] as HoursFigures;
    const account = accounts?.[i];
    if (account !== undefined && account.closing < 0) {
      warnings.push(
        warning("account-overdrawn", "help", span(p.from, p.until), account.closing, 0, "minutes"),
      );
    } else if (account === undefined && hours.remaining < 0) {
      const spent = hours.used + hours.planned;
      warnings.push(
        warning("period-over", "help", span(p.from, p.until), spent, hours.granted, "minutes"),
      );
    }
    const isYear = p.from === yearFirst && p.until === yearUntil;
    return {
      ...span(p.from, p.until),
      hours,
      account,
      money:
        rates === undefined
          ? undefined
          : moneyFigures(t, p.from, p.until, asOfDay, rates, isYear ? amount : undefined),
    };
  });

  const yearGranted = grantedFor(settings.minutes, settings.per, yearFirst, yearUntil);
  const total: LedgerPeriod = {
    ...span(yearFirst, yearUntil),
    hours: hoursFigures(t, yearFirst, yearUntil, asOfDay, ["help"], yearGranted ?? minutes(0)),
    account:
      accounts === undefined
        ? undefined
        : {
            opening: accounts.find((a) => a !== undefined)?.opening ?? minutes(0),
            closing: accounts[accounts.length - 1]?.closing ?? minutes(0),
          },
    money:
      rates === undefined
        ? undefined
        : moneyFigures(t, yearFirst, yearUntil, asOfDay, rates, amount),
  };

  const pools = poolsOf(settings, t, yearFirst, yearUntil, asOfDay, warnings);

  const forecast = forecastYear({
    tallies: t,
    yearFirst,
    yearUntil,
    asOfDay,
    periodTo: rota.period === undefined ? undefined : dateToDay(rota.period.to),
    recentWeeks,
    rates,
  });
  const yearSpan = span(yearFirst, yearUntil);
  const projected = projectionKind(forecast.minutes, total.hours.granted, thresholds);
  if (projected !== undefined) {
    warnings.push(
      warning(
        `projected-${projected}`,
        "help",
        yearSpan,
        forecast.minutes,
        total.hours.granted,
        "minutes",
      ),
    );
  }
  if (amount !== undefined && total.money !== undefined) {
    const spent = total.money.used.total + total.money.planned.total;
    if (spent > amount)
      warnings.push(warning("budget-over", "money", yearSpan, spent, amount, "ore"));
    const money = forecast.money ?? 0;
    const kind = projectionKind(money, amount, thresholds);
    if (kind !== undefined) {
      warnings.push(warning(`budget-projected-${kind}`, "money", yearSpan, money, amount, "ore"));
    }
  }

  return {
    ok: true,
    ledger: {
      asOf,
      year,
      per: settings.per,
      timeAccount: settings.timeAccount,
      currency: rates?.currency,
      periods,
      total,
      pools,
      forecast,
      warnings,
    },
  };
}
