/**
 * `turnus account FILE [--year YYYY] [--json|--csv] [--locale da|nb|en]`: the annual account
 * (DA *årsregnskab*, Fredericia 1.1.6; Nyborg § 36) of a rota file for one calendar year — hours
 * granted, used and remaining per month and purpose, and their cost when the grant has a budget
 * (core/src/grant/README.md).
 */
import { effectiveRota, formatIssues } from "../model/index.js";
import {
  accountLang,
  annualAccount,
  formatAccountCsv,
  formatAccountText,
  type AccountLang,
  type AnnualAccount,
} from "../grant/index.js";
import { parse } from "./args.js";
import { nowOf, readRotaFile, type CliIo } from "./io.js";

/** What the command needs from the outside world: files, output and the clock. */
export type AccountIo = Pick<CliIo, "readFile" | "out" | "err" | "now">;

/** The languages `--locale` accepts. */
const LANGS: readonly AccountLang[] = ["da", "nb", "en"];

/** The usage text of `turnus account`. */
export const ACCOUNT_USAGE = `Usage: turnus account FILE [--year YYYY] [--json | --csv] [--locale da|nb|en]

  The annual account (årsregnskab) of a rota for one calendar year: hours granted, used and
  remaining per month and for the year, for help and for each pool (staff meetings, training,
  appraisal talks), and what they cost when the grant has a budget. Shifts before today (the
  file's "now", else the clock) that have an actual count as they were worked; the rest as
  planned. Hours are real elapsed time, breaks included; a shift is split at midnight.

  --year YYYY   the calendar year (default: the current year in the rota's time zone, by the
                file's "now", else the clock)
  --json        the account as JSON (hours in minutes, money in øre)
  --csv         CSV, one line per month and purpose (";" and decimal comma for da/nb, "," and
                point for en)
  --locale L    language of the table and CSV (default: the rota's locale; without one, da
                for profile dk and nb for profile no)

Exit codes: 0 success, 1 the year's help hours are over the grant (the year's help line has a
negative remaining), 2 the input could not be read, the grant settings are invalid or the
arguments are wrong. Pools and money over their grant are shown but do not change the exit code.
`;

interface Options {
  readonly file: string;
  readonly year: number | undefined;
  readonly output: "text" | "json" | "csv";
  readonly lang: AccountLang | undefined;
}

type Parsed =
  | { readonly ok: true; readonly options: Options }
  | { readonly ok: false; readonly reason: string }
  | { readonly ok: "help" };

function parseArgs(args: readonly string[]): Parsed {
  const r = parse<{
    year?: string;
    locale?: string;
    json?: boolean;
    csv?: boolean;
    help?: boolean;
  }>(args, {
    year: { type: "string" },
    locale: { type: "string" },
    json: { type: "boolean" },
    csv: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (!r.ok) return r;
  const { year, locale, json, csv, help } = r.values;
  if (help) return { ok: "help" };
  if (json && csv) return { ok: false, reason: "choose one of --json and --csv" };
  if (r.files.length !== 1) {
    return {
      ok: false,
      reason:
        r.files.length === 0 ? "no rota file given" : `one rota file only, not ${r.files.length}`,
    };
  }
  if (year !== undefined && !/^[1-9][0-9]{3}$/.test(year)) {
    return { ok: false, reason: `--year must be a year such as 2026, not "${year}"` };
  }
  if (locale !== undefined && !(LANGS as readonly string[]).includes(locale)) {
    return { ok: false, reason: `unknown locale "${locale}": use da, nb or en` };
  }
  return {
    ok: true,
    options: {
      file: r.files[0] as string,
      year: year === undefined ? undefined : Number(year),
      output: json ? "json" : csv ? "csv" : "text",
      lang: locale as AccountLang | undefined,
    },
  };
}

/** True when the year's help hours are over the grant (help's remaining below zero). */
export function overGrant(account: AnnualAccount): boolean {
  const help = account.total.lines.find((l) => l.purpose === "help");
  return help?.remaining !== undefined && help.remaining < 0;
}

/**
 * Runs `turnus account` with the arguments after the command name. Prints the account on `out`
 * (a table, or JSON with `--json`, or CSV with `--csv`) and returns 0, or 1 when the year's help
 * hours are over the grant; returns 2 with the reasons on `err` when the arguments are wrong,
 * the file can not be read, the rota is invalid or its grant settings are (each issue as
 * `path: message`).
 */
export async function runAccount(args: readonly string[], io: AccountIo): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.ok === "help") {
    io.out(ACCOUNT_USAGE);
    return 0;
  }
  if (!parsed.ok) {
    io.err(`turnus account: ${parsed.reason}\n\n${ACCOUNT_USAGE}`);
    return 2;
  }
  const o = parsed.options;

  const read = await readRotaFile(io, "account", o.file);
  if (!read) return 2;
  const today = read.zone.dateOf(nowOf(read, io));
  const year = o.year ?? Number(today.slice(0, 4));
  // The account counts what was worked: past shifts with an actual as they happened.
  const rota = effectiveRota(read.rota, today);
  const result = annualAccount(rota, read.zone, year);
  if (!result.ok) {
    io.err(
      `turnus account: ${o.file} has grant settings that can not be accounted:\n${formatIssues(result.issues)}\n`,
    );
    return 2;
  }
  const account = result.account;
  // Like the timesheet: a rota that names no locale is read in its profile's language.
  const lang =
    o.lang ?? accountLang(read.rota.locale ?? (read.rota.profile === "no" ? "nb" : "da"));
  if (o.output === "json") io.out(`${JSON.stringify(account, null, 2)}\n`);
  else if (o.output === "csv") io.out(formatAccountCsv(account, lang));
  else io.out(formatAccountText(account, lang));
  return overGrant(account) ? 1 : 0;
}
