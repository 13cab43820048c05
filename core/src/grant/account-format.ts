/**
 * The annual account as text: CSV for the spreadsheet the municipality asks for, and a plain
 * table for a terminal, in Danish, Norwegian bokmål or English.
 */
import type { Purpose } from "../model/index.js";
import type { Minutes } from "../time/index.js";
import type { AccountLine, AccountPeriod, AnnualAccount } from "./annual-account.js";
import type { Cost } from "./money.js";

/** Languages the account is written in. */
export type AccountLang = "da" | "nb" | "en";

interface Labels {
  readonly title: string;
  readonly period: string;
  readonly purpose: string;
  readonly granted: string;
  readonly used: string;
  readonly remaining: string;
  readonly work: string;
  readonly oncall: string;
  readonly evening: string;
  readonly night: string;
  readonly saturday: string;
  readonly sunday: string;
  readonly base: string;
  readonly oncallPay: string;
  readonly supplements: string;
  readonly pension: string;
  readonly money: string;
  readonly left: string;
  readonly all: string;
  readonly budget: string;
  readonly hours: string;
  readonly purposes: Readonly<Record<Purpose, string>>;
  readonly decimal: string;
  readonly separator: string;
}

const LABELS: Readonly<Record<AccountLang, Labels>> = {
  da: {
    title: "Årsregnskab",
    period: "Periode",
    purpose: "Formål",
    granted: "Bevilget (timer)",
    used: "Forbrugt (timer)",
    remaining: "Rest (timer)",
    work: "Arbejde",
    oncall: "Rådighed",
    evening: "Aften",
    night: "Nat",
    saturday: "Lørdag",
    sunday: "Søn- og helligdag",
    base: "Grundløn",
    oncallPay: "Rådighedsløn",
    supplements: "Tillæg",
    pension: "Pension",
    money: "Beløb",
    left: "Rest",
    all: "I alt",
    budget: "Bevilget beløb",
    hours: "timer",
    purposes: {
      help: "Hjælp",
      meeting: "Personalemøder",
      training: "Oplæring og kurser",
      appraisal: "MUS",
    },
    decimal: ",",
    separator: ";",
  },
  nb: {
    title: "Årsregnskap",
    period: "Periode",
    purpose: "Formål",
    granted: "Vedtak (timer)",
    used: "Brukt (timer)",
    remaining: "Rest (timer)",
    work: "Arbeid",
    oncall: "Passiv tid",
    evening: "Kveld",
    night: "Natt",
    saturday: "Lørdag",
    sunday: "Søn- og helligdag",
    base: "Grunnlønn",
    oncallPay: "Lønn passiv tid",
    supplements: "Tillegg",
    pension: "Pensjon",
    money: "Beløp",
    left: "Rest",
    all: "Sum",
    budget: "Innvilget beløp",
    hours: "timer",
    purposes: {
      help: "Assistanse",
      meeting: "Personalmøter",
      training: "Opplæring og kurs",
      appraisal: "Medarbeidersamtaler",
    },
    decimal: ",",
    separator: ";",
  },
  en: {
    title: "Annual account",
    period: "Period",
    purpose: "Purpose",
    granted: "Granted (hours)",
    used: "Used (hours)",
    remaining: "Remaining (hours)",
    work: "Work",
    oncall: "On call",
    evening: "Evening",
    night: "Night",
    saturday: "Saturday",
    sunday: "Sunday/holiday",
    base: "Base pay",
    oncallPay: "On-call pay",
    supplements: "Supplements",
    pension: "Pension",
    money: "Money",
    left: "Remaining",
    all: "All",
    budget: "Money granted",
    hours: "hours",
    purposes: {
      help: "Help",
      meeting: "Staff meetings",
      training: "Training and courses",
      appraisal: "Appraisal talks",
    },
    decimal: ".",
    separator: ",",
  },
};

/** The account language for a rota locale: `da`; `nb`, `nn`, `no` as bokmål; else English. */
export function accountLang(locale: string | undefined): AccountLang {
  if (locale === "da") return "da";
  if (locale === "nb" || locale === "nn" || locale === "no") return "nb";
  return "en";
}

/** Hundredths as `12.34` / `-0,50`: exact, from whole numbers, rounded half away from zero. */
function fixed2(hundredths: number, decimal: string): string {
  const sign = hundredths < 0 ? "-" : "";
  const a = Math.abs(hundredths);
  return `${sign}${Math.floor(a / 100)}${decimal}${String(a % 100).padStart(2, "0")}`;
}

/** Minutes as decimal hours with two decimals (`90` → `1.50`), rounded half up once. */
const hours = (m: Minutes | undefined, decimal: string): string => {
  if (m === undefined) return "";
  const sign = m < 0 ? -1 : 1;
  return fixed2(sign * Math.floor((Math.abs(m) * 10 + 3) / 6), decimal);
};

/** Øre as kroner with two decimals. */
const kroner = (o: number | undefined, decimal: string): string =>
  o === undefined ? "" : fixed2(o, decimal);

const csvField = (field: string, separator: string): string =>
  field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;

function row(
  label: string,
  purpose: string,
  line: AccountLine | undefined,
  p: AccountPeriod,
  l: Labels,
  withMoney: boolean,
): string[] {
  const h = (m: Minutes | undefined): string => hours(m, l.decimal);
  const k = (o: number | undefined): string => kroner(o, l.decimal);
  const cost: Cost | undefined = line === undefined ? p.money : line.money;
  const tally = line === undefined ? p.tally : line.tally;
  const cells = [
    label,
    purpose,
    h(line?.granted),
    h(line === undefined ? p.used : line.used),
    h(line?.remaining),
    h(tally.work),
    h(tally.oncall),
    h(tally.evening),
    h(tally.night),
    h(tally.saturday),
    h(tally.sunday),
  ];
  if (withMoney) {
    cells.push(
      k(cost?.base),
      k(cost?.oncall),
      k(cost?.supplements),
      k(cost?.pension),
      k(cost?.total),
    );
  }
  return cells;
}

/**
 * The annual account as CSV (RFC 4180, CRLF line ends): one line per month and purpose, a line
 * with all purposes of the month, then the same for the year. Columns: period (`2026-03`,
 * `2026`), purpose, hours granted, used and remaining (empty where no grant applies), used hours
 * of work and on call and in each supplement window, and, when the grant has a budget, the money
 * (base pay, on-call pay, supplements, pension, total) in kroner. `da`/`nb`: `;` and decimal `,`
 * as Excel expects there; `en`: `,` and `.`.
 */
export function formatAccountCsv(account: AnnualAccount, lang: AccountLang = "en"): string {
  const l = LABELS[lang];
  const withMoney = account.currency !== undefined;
  const header = [
    l.period,
    l.purpose,
    l.granted,
    l.used,
    l.remaining,
    l.work,
    l.oncall,
    l.evening,
    l.night,
    l.saturday,
    l.sunday,
  ];
  if (withMoney) {
    const c = account.currency ?? "";
    header.push(
      ...[l.base, l.oncallPay, l.supplements, l.pension, l.all].map((x) => `${x} (${c})`),
    );
  }
  const lines = [header];
  for (const p of [...account.months, account.total]) {
    for (const line of p.lines)
      lines.push(row(p.label, l.purposes[line.purpose], line, p, l, withMoney));
    lines.push(row(p.label, l.all, undefined, p, l, withMoney));
  }
  return lines
    .map((cells) => cells.map((f) => csvField(f, l.separator)).join(l.separator) + "\r\n")
    .join("");
}

/**
 * The annual account as a plain-text table for a terminal: a title, then per month and for the
 * year the hours granted, used and remaining per purpose and the money (months with nothing
 * used and nothing granted left out; the CSV has every month); the budget last.
 */
export function formatAccountText(account: AnnualAccount, lang: AccountLang = "en"): string {
  const l = LABELS[lang];
  const withMoney = account.currency !== undefined;
  const h = (m: Minutes | undefined): string => hours(m, l.decimal);
  const k = (o: number | undefined): string => kroner(o, l.decimal);
  const header = [l.period, l.purpose, l.granted, l.used, l.remaining];
  if (withMoney) header.push(`${l.money} (${account.currency ?? ""})`);
  const body: string[][] = [];
  for (const p of [...account.months, account.total]) {
    // A month with nothing used and nothing granted adds only zeros: left out of the table.
    if (p !== account.total && p.used === 0 && p.lines.every((x) => x.granted === undefined)) {
      continue;
    }
    for (const line of p.lines) {
      const cells = [
        p.label,
        l.purposes[line.purpose],
        h(line.granted),
        h(line.used),
        h(line.remaining),
      ];
      if (withMoney) cells.push(k(line.money?.total));
      body.push(cells);
    }
    if (p.lines.length > 1) {
      const cells = [p.label, l.all, "", h(p.used), ""];
      if (withMoney) cells.push(k(p.money?.total));
      body.push(cells);
    }
  }
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const out = [`${l.title} ${account.year}`, "", line(header), ...body.map(line)];
  if (account.budget !== undefined) {
    out.push(
      "",
      `${l.budget}: ${k(account.budget)} ${account.currency ?? ""}; ${l.left}: ${k(account.budgetRemaining)}`,
    );
  }
  return out.join("\n") + "\n";
}
