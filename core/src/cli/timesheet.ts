/**
 * `turnus timesheet FILE --assistant ID --month YYYY-MM [--json|--csv] [--locale da|nb|en]`:
 * one assistant's timesheet for one calendar month (shared/spec/rota-file.md).
 */
import { LOCALES, formatIssues } from "../model/index.js";
import { parse } from "./args.js";
import { readRotaFile, type CliIo } from "./io.js";
import {
  buildTimesheet,
  timesheetCsv,
  timesheetLocale,
  timesheetTable,
} from "../timesheet/index.js";

/** What the command needs from the outside world (kept as a name for the tests). */
export type TimesheetIo = Pick<CliIo, "readFile" | "out" | "err">;

/** The usage text of `turnus timesheet`. */
export const TIMESHEET_USAGE = `Usage: turnus timesheet FILE --assistant ID --month YYYY-MM
                        [--json | --csv] [--locale da|nb|en]

  One assistant's timesheet for one calendar month: one row per working shift as it was
  worked (its actual hours where recorded, otherwise the plan; a swapped shift on the sheet of
  the assistant who worked it; a shift that crosses into the next month split at midnight),
  hours per pay category, totals. Sickness, child's sick days, vacation and leave are listed
  apart: they are reported on their own forms.

  --assistant ID    the assistant's id in the rota file
  --month YYYY-MM   the calendar month, e.g. 2026-03
  --json            the timesheet payload as JSON
  --csv             CSV (";" and decimal comma for da/nb, "," and point for en)
  --locale L        language of the table and CSV (default: the rota's locale)

Exit codes: 0 success, 2 the input could not be read or the arguments are wrong.
`;

interface Options {
  file: string;
  assistant: string;
  month: string;
  output: "table" | "json" | "csv";
  locale: string | undefined;
}

type Parsed =
  | { readonly ok: true; readonly options: Options }
  | { readonly ok: false; readonly reason: string }
  | { readonly ok: "help" };

function parseArgs(args: readonly string[]): Parsed {
  const r = parse<{
    assistant?: string;
    month?: string;
    locale?: string;
    json?: boolean;
    csv?: boolean;
    help?: boolean;
  }>(args, {
    assistant: { type: "string" },
    month: { type: "string" },
    locale: { type: "string" },
    json: { type: "boolean" },
    csv: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (!r.ok) return r;
  const { assistant, month, locale, json, csv, help } = r.values;
  if (help) return { ok: "help" };
  if (json && csv) return { ok: false, reason: "choose one of --json and --csv" };
  if (r.files.length !== 1) {
    return {
      ok: false,
      reason:
        r.files.length === 0 ? "no rota file given" : `one rota file only, not ${r.files.length}`,
    };
  }
  if (!assistant) return { ok: false, reason: "--assistant ID is missing" };
  if (!month) return { ok: false, reason: "--month YYYY-MM is missing" };
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale)) {
    return { ok: false, reason: `unknown locale "${locale}": use da, nb or en` };
  }
  return {
    ok: true,
    options: {
      file: r.files[0] as string,
      assistant,
      month,
      output: json ? "json" : csv ? "csv" : "table",
      locale,
    },
  };
}

/**
 * Runs `turnus timesheet` with the arguments after the command name. Prints the timesheet on
 * `out` (an aligned table, or JSON with `--json`, or CSV with `--csv`) and returns 0; returns 2
 * with the reasons on `err` when the arguments are wrong, the file can not be read, the rota is
 * invalid (each issue as `path: message`), the assistant is unknown or the month malformed.
 */
export async function runTimesheet(args: readonly string[], io: TimesheetIo): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.ok === "help") {
    io.out(TIMESHEET_USAGE);
    return 0;
  }
  if (!parsed.ok) {
    io.err(`turnus timesheet: ${parsed.reason}\n\n${TIMESHEET_USAGE}`);
    return 2;
  }
  const o = parsed.options;

  const read = await readRotaFile(io, "timesheet", o.file);
  if (!read) return 2;
  const built = buildTimesheet(read.rota, read.zone, o.assistant, o.month);
  if (!built.ok) {
    io.err(`${formatIssues(built.issues)}\n`);
    return 2;
  }
  const locale = timesheetLocale(
    o.locale ?? read.rota.locale ?? (read.rota.profile === "no" ? "nb" : "da"),
  );
  if (o.output === "json") io.out(`${JSON.stringify(built.sheet, null, 2)}\n`);
  else if (o.output === "csv") io.out(timesheetCsv(built.sheet, locale));
  else io.out(timesheetTable(built.sheet, locale));
  return 0;
}
