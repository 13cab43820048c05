/**
 * A timesheet as text: CSV for spreadsheets and an aligned table for the terminal, in Danish,
 * Norwegian bokmål or English.
 */
import type { Timesheet, TimesheetAbsence, TimesheetPlanned, TimesheetRow } from "./schema.js";

/** Languages timesheets are written in. */
export type TimesheetLocale = "da" | "nb" | "en";

interface Labels {
  readonly title: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly kind: string;
  readonly hours: string;
  readonly breakMinutes: string;
  readonly evening: string;
  readonly night: string;
  readonly saturday: string;
  readonly sunday: string;
  readonly oncall: string;
  readonly shift: string;
  readonly total: string;
  readonly work: string;
  readonly oncallKind: string;
  readonly decimal: string;
  readonly separator: string;
  /** Heading of the absences below a table. */
  readonly absences: string;
  /** Before the planned times of a row whose actual times differ. */
  readonly planned: string;
  readonly absenceKinds: Readonly<Record<TimesheetAbsence["kind"], string>>;
}

const LABELS: Readonly<Record<TimesheetLocale, Labels>> = {
  da: {
    title: "Timeindberetning",
    date: "Dato",
    start: "Start",
    end: "Slut",
    kind: "Type",
    hours: "Timer",
    breakMinutes: "Pause (min)",
    evening: "Aften",
    night: "Nat",
    saturday: "Lørdag",
    sunday: "Søn- og helligdag",
    oncall: "Rådighed",
    shift: "Vagt",
    total: "I alt",
    work: "Arbejde",
    oncallKind: "Rådighed",
    decimal: ",",
    separator: ";",
    absences: "Fravær (indberettes på egne blanketter)",
    planned: "planlagt",
    absenceKinds: {
      sick: "Sygdom",
      "child-sick": "Barns sygedag",
      vacation: "Ferie",
      leave: "Orlov",
    },
  },
  nb: {
    title: "Timeliste",
    date: "Dato",
    start: "Start",
    end: "Slutt",
    kind: "Type",
    hours: "Timer",
    breakMinutes: "Pause (min)",
    evening: "Kveld",
    night: "Natt",
    saturday: "Lørdag",
    sunday: "Søn- og helligdag",
    oncall: "Passiv tid",
    shift: "Vakt",
    total: "Sum",
    work: "Arbeid",
    oncallKind: "Passiv tid",
    decimal: ",",
    separator: ";",
    absences: "Fravær (meldes på egne skjema)",
    planned: "planlagt",
    absenceKinds: {
      sick: "Sykdom",
      "child-sick": "Barns sykdom",
      vacation: "Ferie",
      leave: "Permisjon",
    },
  },
  en: {
    title: "Timesheet",
    date: "Date",
    start: "Start",
    end: "End",
    kind: "Kind",
    hours: "Hours",
    breakMinutes: "Break (min)",
    evening: "Evening",
    night: "Night",
    saturday: "Saturday",
    sunday: "Sunday/holiday",
    oncall: "On call",
    shift: "Shift",
    total: "Total",
    work: "Work",
    oncallKind: "On call",
    decimal: ".",
    separator: ",",
    absences: "Absences (reported on their own forms)",
    planned: "planned",
    absenceKinds: {
      sick: "Sick",
      "child-sick": "Child sick",
      vacation: "Vacation",
      leave: "Leave",
    },
  },
};

/**
 * The timesheet language for a rota locale or a user's choice: `da`; `nb`, `nn` and `no` read
 * as bokmål; anything else (`en`, `sv`, unknown) as English.
 */
export function timesheetLocale(locale: string | undefined): TimesheetLocale {
  if (locale === "da") return "da";
  if (locale === "nb" || locale === "nn" || locale === "no") return "nb";
  return "en";
}

/** Hours with exactly two decimals and the locale's decimal mark (`8,00` / `8.00`). */
function formatHours(h: number, decimal: string): string {
  const hundredths = Math.round(h * 100);
  const whole = Math.floor(hundredths / 100);
  return `${whole}${decimal}${String(hundredths % 100).padStart(2, "0")}`;
}

/** The columns of a timesheet as text cells: header, one line per row, totals. */
function cells(
  sheet: Timesheet,
  l: Labels,
): { header: string[]; body: string[][]; totals: string[] } {
  const h = (n: number): string => formatHours(n, l.decimal);
  const c = (
    r: TimesheetRow,
    key: "evening" | "night" | "saturday" | "sunday" | "oncall",
  ): string => h(r.categories[key] ?? 0);
  const header = [
    l.date,
    l.start,
    l.end,
    l.kind,
    l.hours,
    l.breakMinutes,
    l.evening,
    l.night,
    l.saturday,
    l.sunday,
    l.oncall,
    l.shift,
  ];
  const body = sheet.rows.map((r) => [
    r.date,
    r.start,
    r.end,
    r.kind === "oncall" ? l.oncallKind : l.work,
    h(r.hours),
    String(r.breakMinutes),
    c(r, "evening"),
    c(r, "night"),
    c(r, "saturday"),
    c(r, "sunday"),
    c(r, "oncall"),
    r.shiftId,
  ]);
  const t = sheet.totals;
  const breaks = sheet.rows.reduce((s, r) => s + r.breakMinutes, 0);
  const totals = [
    l.total,
    "",
    "",
    "",
    h(t.hours),
    String(breaks),
    h(t.evening),
    h(t.night),
    h(t.saturday),
    h(t.sunday),
    h(t.oncall),
    "",
  ];
  return { header, body, totals };
}

/**
 * One CSV field. A text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, tab or CR; only a shift id can) gets a leading `'` (OWASP CSV injection). Then RFC 4180
 * quoting: a field with the separator, a quote or a line break goes in double quotes, with
 * inner quotes doubled.
 */
const csvField = (field: string, separator: string): string => {
  const safe = /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
  return safe.includes(separator) || /["\r\n]/.test(safe)
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
};

/**
 * The timesheet as CSV (RFC 4180, CRLF line ends): a header row, one line per row, a totals
 * line. Columns: date, start, end, kind, hours, break minutes, the five pay categories in hours,
 * shift id. For `da` and `nb` the separator is `;` and the decimal mark `,`, as Excel expects in
 * those locales; for `en` it is `,` and `.`. Hours always have two decimals. No names: the
 * file may travel further than the screen.
 */
export function timesheetCsv(sheet: Timesheet, locale: string): string {
  const l = LABELS[timesheetLocale(locale)];
  const { header, body, totals } = cells(sheet, l);
  return [header, ...body, totals]
    .map((line) => line.map((f) => csvField(f, l.separator)).join(l.separator) + "\r\n")
    .join("");
}

/** Planned times as `07:00–15:00`, with the dates where they are not the row's. */
function plannedText(p: TimesheetPlanned, date: string): string {
  const start = p.start.slice(0, 10) === date ? p.start.slice(11) : p.start.replace("T", " ");
  const end =
    p.end.slice(0, 10) === p.start.slice(0, 10) ? p.end.slice(11) : p.end.replace("T", " ");
  return `${start}–${end}`;
}

/**
 * The timesheet as an aligned plain-text table for a terminal: a title line (assistant, month,
 * zone), the header, one line per row and a totals line; numbers right-aligned. A row whose
 * actual times differ from the plan ends with the planned times (`planned 07:00–15:00`). The
 * month's absences, if any, follow under their own heading (date, times, kind, hours, shift); they
 * are not in the totals. The CSV has neither, so that its columns stay fixed.
 */
export function timesheetTable(sheet: Timesheet, locale: string): string {
  const l = LABELS[timesheetLocale(locale)];
  const { header, body, totals } = cells(sheet, l);
  const lines = [header, ...body, totals];
  const widths = header.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? "").length)));
  const numeric = (i: number): boolean => i >= 4 && i < header.length - 1;
  const render = (line: readonly string[]): string =>
    line
      .map((f, i) => {
        const w = widths[i] ?? 0;
        return numeric(i) ? f.padStart(w) : f.padEnd(w);
      })
      .join("  ")
      .trimEnd();
  const rule = "-".repeat(render(header).length);
  const who = `${sheet.assistantName} (${sheet.assistantId})`;
  const title = `${l.title}: ${who}, ${sheet.month}, ${sheet.timeZone}`;
  const rowLines = body.map((line, i) => {
    const planned = sheet.rows[i]?.planned;
    const date = sheet.rows[i]?.date ?? "";
    return planned === undefined
      ? render(line)
      : `${render(line)}  (${l.planned} ${plannedText(planned, date)})`;
  });
  const out = [title, "", render(header), rule, ...rowLines, rule, render(totals)];
  const absences = sheet.absences ?? [];
  if (absences.length > 0) {
    const lines = absences.map((a) => [
      a.date,
      a.start !== undefined && a.end !== undefined ? `${a.start}–${a.end}` : "",
      l.absenceKinds[a.kind],
      formatHours(a.hours, l.decimal),
      a.shiftId ?? "",
    ]);
    const w = [0, 1, 2, 3].map((i) => Math.max(...lines.map((line) => (line[i] ?? "").length)));
    out.push(
      "",
      `${l.absences}:`,
      ...lines.map((line) =>
        line
          .map((f, i) => (i === 3 ? f.padStart(w[i] ?? 0) : f.padEnd(w[i] ?? 0)))
          .join("  ")
          .trimEnd(),
      ),
    );
  }
  return out.join("\n") + "\n";
}
