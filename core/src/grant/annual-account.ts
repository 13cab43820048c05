/**
 * The annual account (DA *årsregnskab*, Fredericia 1.1.6: "et regnskab … over, hvor mange timer
 * og kroner, du har forbrugt i løbet af året", calendar year, due by the end of March; Nyborg
 * § 36: the municipality checks that no more hours were used than granted): hours and money per
 * month and for the year, per purpose (help and each pool), used against granted.
 *
 * Every working shift of the rota in the year counts as used: the caller passes the rota of what
 * was actually worked. Hours are real elapsed minutes (breaks included), money is computed from
 * each period's summed minutes and rounded once.
 */
import {
  PURPOSES,
  type Issue,
  type ProfileId,
  type Purpose,
  type RotaFile,
} from "../model/index.js";
import {
  dateToDay,
  dayToDate,
  minutes,
  type LocalDate,
  type Minutes,
  type Zone,
} from "../time/index.js";
import { grantedFor } from "./periods.js";
import { grantSettingsOf } from "./grant-settings.js";
import { costOf, ore, tallyMinutes, type Cost, type Ore, type PayTally } from "./money.js";
import { payParamsOf, type PayParams } from "./pay-settings.js";
import { sumDays, tallyDays } from "./tally.js";

/** One purpose in one period. */
export interface AccountLine {
  readonly purpose: Purpose;
  /**
   * Minutes granted for the period: undefined without a grant or pool for the purpose, and for a
   * month of a yearly grant or pool (it sets no monthly pace). A weekly grant is shared out by
   * days (hours × days / 7).
   */
  readonly granted: Minutes | undefined;
  readonly used: Minutes;
  /** granted − used, when granted is known. */
  readonly remaining: Minutes | undefined;
  /** The used minutes by how they are paid. */
  readonly tally: PayTally;
  /** Their cost, when the grant has a budget. */
  readonly money: Cost | undefined;
}

/** A month or the year. */
export interface AccountPeriod {
  /** `2026-03` for a month, `2026` for the year. */
  readonly label: string;
  readonly from: LocalDate;
  readonly until: LocalDate;
  /** Help first, then the pool purposes that have a pool or hours in the year. */
  readonly lines: readonly AccountLine[];
  /** All purposes together: minutes, and by how they are paid. */
  readonly used: Minutes;
  readonly tally: PayTally;
  readonly money: Cost | undefined;
}

/** The annual account of a rota. */
export interface AnnualAccount {
  readonly year: number;
  readonly profile: ProfileId;
  /** The budget's currency, when the grant has a budget. */
  readonly currency: string | undefined;
  /** The money granted for the year, when the budget gives an amount. */
  readonly budget: Ore | undefined;
  /** budget − the year's cost, when there is a budget amount. */
  readonly budgetRemaining: Ore | undefined;
  /** January to December. */
  readonly months: readonly AccountPeriod[];
  readonly total: AccountPeriod;
}

/** The account, or every problem with the grant settings or pay overrides. */
export type AnnualAccountResult =
  | { readonly ok: true; readonly account: AnnualAccount }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * The annual account of a rota for a calendar year (see the file comment). Without a grant the
 * hours and (without a budget) no money are reported; bad grant settings give issues.
 */
export function annualAccount(
  rota: RotaFile,
  zone: Zone,
  year: number,
  options: { readonly pay?: PayParams } = {},
): AnnualAccountResult {
  const read = grantSettingsOf(rota);
  if (!read.ok) return read;
  const settings = read.settings;
  let pay = options.pay;
  if (pay === undefined) {
    const p = payParamsOf(rota);
    if (!p.ok) return p;
    pay = p.params;
  }
  const rates = settings?.budget?.rates;
  const amount = settings?.budget?.amount;
  const yearFirst = dateToDay(`${year}-01-01` as LocalDate);
  const yearUntil = dateToDay(`${year + 1}-01-01` as LocalDate);
  const t = tallyDays(rota, zone, pay, yearFirst, yearUntil);

  const purposes = PURPOSES.filter(
    (p) =>
      p === "help" ||
      settings?.pools.some((q) => q.purpose === p) === true ||
      tallyMinutes(sumDays(t, yearFirst, yearUntil, [p])) > 0,
  );
  const grantedOf = (p: Purpose, from: number, until: number): Minutes | undefined => {
    if (settings === undefined) return undefined;
    if (p === "help") return grantedFor(settings.minutes, settings.per, from, until);
    const pool = settings.pools.find((q) => q.purpose === p);
    return pool === undefined ? undefined : grantedFor(pool.minutes, pool.per, from, until);
  };
  const periodOf = (label: string, from: number, until: number): AccountPeriod => {
    const lines = purposes.map((purpose): AccountLine => {
      const tally = sumDays(t, from, until, [purpose]);
      const used = tallyMinutes(tally);
      const granted = grantedOf(purpose, from, until);
      return {
        purpose,
        granted,
        used,
        remaining: granted === undefined ? undefined : minutes(granted - used),
        tally,
        money: rates === undefined ? undefined : costOf(rates, tally),
      };
    });
    const all = sumDays(t, from, until);
    return {
      label,
      from: dayToDate(from),
      until: dayToDate(until),
      lines,
      used: tallyMinutes(all),
      tally: all,
      money: rates === undefined ? undefined : costOf(rates, all),
    };
  };

  const months: AccountPeriod[] = [];
  for (let m = 1; m <= 12; m++) {
    const from = dateToDay(`${year}-${pad2(m)}-01` as LocalDate);
    const until = m === 12 ? yearUntil : dateToDay(`${year}-${pad2(m + 1)}-01` as LocalDate);
    months.push(periodOf(`${year}-${pad2(m)}`, from, until));
  }
  const total = periodOf(String(year), yearFirst, yearUntil);
  return {
    ok: true,
    account: {
      year,
      profile: rota.profile,
      currency: rates?.currency,
      budget: amount,
      budgetRemaining:
        amount === undefined || total.money === undefined
          ? undefined
          : ore(amount - total.money.total),
      months,
      total,
    },
  };
}
