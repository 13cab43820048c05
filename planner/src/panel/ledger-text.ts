/**
 * The grant ledger in words: hours and money as the language writes them, a period as a phrase,
 * each warning of core's ledger as a sentence with its symbol, and which warnings are new (to be
 * announced). Only formatting: every figure comes from core's `grantLedger`.
 */
import type {
  AnnualAccount,
  GrantLedger,
  LedgerPeriod,
  LedgerWarning,
} from "../../../core/src/grant/index.js";
import { formatAccountCsv } from "../../../core/src/grant/index.js";
import { formatDay, formatHours, localeOf, t, tf, type Lang } from "../i18n/messages.js";

/** Minutes as hours, as the language writes them (up to two decimals): `90` → `1,5`. */
export const hoursText = (lang: Lang, minutes: number): string => formatHours(lang, minutes / 60);

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Øre as money in `currency`, as the language writes it: `180610` → `1.806,10 kr.`. */
export function moneyText(lang: Lang, ore: number, currency: string): string {
  const key = `${lang}|${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(localeOf(lang), { style: "currency", currency });
    } catch {
      // a code Intl does not know: the number with two decimals and the code after it
      const plain = new Intl.NumberFormat(localeOf(lang), {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      return `${plain.format(ore / 100)} ${currency}`;
    }
    moneyFormats.set(key, f);
  }
  return f.format(ore / 100);
}

/** The day before a `YYYY-MM-DD` date (a period's last day from its `until`). */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Days from `from` to `until` (both `YYYY-MM-DD`). */
const daysBetween = (from: string, until: string): number =>
  Math.round((Date.parse(`${until}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000);

/** A period as a phrase: `in 2026`, `in the week from Mon 15 Jun`, `in June 2026`. */
export function periodPhrase(lang: Lang, from: string, until: string): string {
  if (from.endsWith("-01-01") && until === `${Number(from.slice(0, 4)) + 1}-01-01`) {
    return tf(lang, "glInYear", { year: from.slice(0, 4) });
  }
  if (daysBetween(from, until) === 7) return tf(lang, "glInWeek", { from: formatDay(lang, from) });
  const month = new Intl.DateTimeFormat(localeOf(lang), {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${from}T00:00Z`));
  return tf(lang, "glInMonth", { month });
}

/** How bad a warning is: over a limit (⛔), or getting near it (⚠). */
export type WarningLevel = "over" | "near";

/** A warning in words: its level, the symbol shown with it, and the sentence. */
export interface WarningText {
  readonly level: WarningLevel;
  readonly symbol: "⛔" | "⚠";
  /** The level's word (the symbol is never alone): "Over", "Nearly". */
  readonly label: string;
  readonly sentence: string;
}

/** A purpose's name (`help`, `meeting`, …). */
export const purposeName = (lang: Lang, purpose: string): string =>
  t(lang, `glPurpose_${purpose}` as Parameters<typeof t>[1]);

/** A ledger warning as a sentence, e.g. "Help is over the grant in 2026: 24 hours … of 20 hours." */
export function warningText(lang: Lang, w: LedgerWarning, currency?: string): WarningText {
  const level: WarningLevel = w.kind.endsWith("-near") ? "near" : "over";
  const amount = (n: number): string =>
    w.unit === "ore"
      ? moneyText(lang, n, currency ?? "DKK")
      : tf(lang, "glHoursValue", { n: hoursText(lang, n) });
  const name = w.subject === "money" ? "" : purposeName(lang, w.subject);
  // "the forecast for help": the help hours' name inside a sentence
  const subject = w.kind.startsWith("projected") ? name.toLocaleLowerCase(localeOf(lang)) : name;
  const sentence = tf(lang, `gl_${w.kind}`, {
    subject,
    period: periodPhrase(lang, w.from, w.until),
    measured: amount(w.measured),
    limit: amount(w.limit),
    percent: w.percent === undefined ? "" : `${formatHours(lang, w.percent)}\u00a0%`,
  });
  return {
    level,
    symbol: level === "over" ? "⛔" : "⚠",
    label: t(lang, level === "over" ? "glOver" : "glNear"),
    sentence,
  };
}

/** What identifies a warning across recomputations (its figures may change while it stays). */
export const warningKey = (w: LedgerWarning): string => `${w.kind}|${w.subject}|${w.from}`;

/**
 * The warnings of `next` that were not among `before` (by {@link warningKey}): what to announce
 * after a change. Nothing when there was no ledger before (opening the view announces nothing).
 */
export function newWarnings(
  before: readonly LedgerWarning[] | undefined,
  next: readonly LedgerWarning[],
): LedgerWarning[] {
  if (before === undefined) return [];
  const known = new Set(before.map(warningKey));
  return next.filter((w) => !known.has(warningKey(w)));
}

/** The grant period holding `ledger.asOf` (for a yearly grant, the year), if any. */
export function currentPeriod(ledger: GrantLedger): LedgerPeriod | undefined {
  return ledger.periods.find((p) => p.from <= ledger.asOf && ledger.asOf < p.until);
}

/**
 * The annual account as a CSV file for a spreadsheet: core's `formatAccountCsv` in the UI's
 * language, after a UTF-8 byte order mark (Excel reads `Årsregnskab` right only with it).
 */
export function accountCsvFile(
  account: AnnualAccount,
  lang: Lang,
): { readonly name: string; readonly text: string } {
  return {
    name: `${t(lang, "glFileName")}-${account.year}.csv`,
    text: `\ufeff${formatAccountCsv(account, lang)}`,
  };
}
