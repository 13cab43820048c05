/**
 * The printable timesheet: an A4 PDF close to a Danish municipal timesheet
 * (timeindberetningsliste; Fredericia 4.1, Nyborg § 34): one assistant, one calendar month, a
 * row per shift with its pay categories, totals, absences, corrections and the signatures of
 * work leader and assistant. jsPDF with its standard fonts only (no font embedded).
 *
 * jsPDF is large: load this module with `import()` when the user asks for the PDF.
 */
import { jsPDF } from "jspdf";
import type {
  Timesheet,
  TimesheetAbsence,
  TimesheetRow,
} from "../../../core/src/timesheet/index.js";
import {
  dateText,
  dayText,
  decimalMark,
  hoursText,
  monthDays,
  monthText,
  signedAtText,
  weekdayText,
} from "./display.js";
import { CONTENT_WIDTH, Flow, FOOTER_Y, PAGE, write, type Column } from "./pdf-layout.js";
import { tsText, type TimesheetLang, type TimesheetTextKey } from "./texts.js";
import { latin1 } from "./winansi.js";

/**
 * A signature: who signed and when, as core's `Signature` has it (local `YYYY-MM-DDTHH:mm`; an
 * ISO instant with an offset is shown in the sheet's zone).
 */
export interface TimesheetSignoff {
  readonly name: string;
  readonly at: string;
}

/** What the printed sheet says beyond the timesheet payload. */
export interface TimesheetPdfInfo {
  /** The arrangement, usually named after the work leader. */
  readonly arrangementName: string;
  readonly assistantName: string;
  /** CPR number / fødselsnummer. Stored only on the device; printed only when given. */
  readonly personalNumber?: string;
  readonly employer?: string;
  readonly lang: TimesheetLang;
  /** Digital sign-offs; a party without one gets empty lines to sign by hand. */
  readonly signoff?: {
    readonly leader?: TimesheetSignoff;
    readonly assistant?: TimesheetSignoff;
  };
  /** Corrections made to the sheet, one text each. */
  readonly corrections?: readonly string[];
  /**
   * The creation date written into the metadata. Default: midnight UTC after the month's last
   * day, so that the same input always gives the same bytes.
   */
  readonly createdAt?: Date;
}

type Category = "evening" | "night" | "saturday" | "sunday" | "oncall";
const CATEGORIES: readonly Category[] = ["evening", "night", "saturday", "sunday", "oncall"];

const COLUMNS: readonly Column[] = [
  { width: 17, align: "left" },
  { width: 14, align: "left" },
  { width: 15, align: "center" },
  { width: 15, align: "center" },
  { width: 18, align: "right" },
  { width: 18, align: "right" },
  { width: 18, align: "right" },
  { width: 18, align: "right" },
  { width: 25, align: "right" },
  { width: 22, align: "right" },
];

const ABSENCE_COLUMNS: readonly Column[] = [
  { width: 17, align: "left" },
  { width: 14, align: "left" },
  { width: 40, align: "left" },
  { width: 15, align: "center" },
  { width: 15, align: "center" },
  { width: 18, align: "right" },
];

const ABSENCE_KINDS: Readonly<Record<TimesheetAbsence["kind"], TimesheetTextKey>> = {
  sick: "timesheetAbsenceSick",
  "child-sick": "timesheetAbsenceChildSick",
  vacation: "timesheetAbsenceVacation",
  leave: "timesheetAbsenceLeave",
};

/** A deterministic 32-hex-digit file id from the input (FNV-1a, four seeds). */
function fileId(input: string): string {
  return [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
    .map((seed) => {
      let h = seed >>> 0;
      for (let i = 0; i < input.length; i++) {
        h ^= input.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      return h.toString(16).toUpperCase().padStart(8, "0");
    })
    .join("");
}

/** Midnight UTC after the month's last day. */
function afterMonth(month: string): Date {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1));
}

/**
 * The timesheet of one assistant for one month as a PDF: A4 portrait, title, month, arrangement,
 * employer, assistant and (only when given) personal number in boxed fields, a table of the
 * shifts (date, weekday, from, to, hours, evening, night, Saturday, Sunday/holiday, on call;
 * two decimals, decimal comma in Danish and Norwegian; empty cells for categories without
 * hours), a totals line, the absences when the sheet has any, the corrections when given, and
 * a signature block each for work leader and assistant. Pages break when the rows overflow;
 * every further page repeats the title and the table's column header. The same input gives the
 * same bytes (fixed creation date and file id). Metadata: title, language, creator.
 */
export function timesheetPdf(sheet: Timesheet, info: TimesheetPdfInfo): Uint8Array {
  const { lang } = info;
  const t = (key: TimesheetTextKey, values?: Readonly<Record<string, string | number>>) =>
    tsText(lang, key, values);
  const month = monthText(sheet.month, lang);
  const title = t("timesheetTitle");

  const doc = new jsPDF({
    unit: "mm",
    format: "a4",
    orientation: "portrait",
    compress: true,
    putOnlyUsedFonts: true,
  });
  doc.setDocumentProperties({
    title: latin1(`${title} ${month} - ${info.assistantName}`),
    subject: latin1(info.arrangementName),
    creator: "Turnus",
  });
  doc.setLanguage(lang);
  doc.setCreationDate(info.createdAt ?? afterMonth(sheet.month));
  doc.setFileId(fileId(JSON.stringify([sheet, info])));

  const continuation = (d: jsPDF): number => {
    write(d, `${title} ${t("timesheetContinued")}`, PAGE.margin, PAGE.margin + 5, 12, "bold");
    const right = PAGE.width - PAGE.margin;
    write(d, `${info.assistantName}, ${month}`, right, PAGE.margin + 5, 10, "normal", "right");
    return PAGE.margin + 10;
  };
  const flow = new Flow(doc, continuation, PAGE.margin);

  // Title and form fields.
  write(doc, title, PAGE.margin, PAGE.margin + 6, 16, "bold");
  write(doc, month, PAGE.width - PAGE.margin, PAGE.margin + 6, 12, "bold", "right");
  const half = (CONTENT_WIDTH - 4) / 2;
  const left = PAGE.margin;
  const right = PAGE.margin + half + 4;
  const top = PAGE.margin + 11;
  const { first, last } = monthDays(sheet.month);
  const personalLabel =
    sheet.profile === "no" ? "timesheetPersonalNumberNo" : "timesheetPersonalNumberDk";
  flow.field(t("timesheetArrangement"), info.arrangementName, left, top, half);
  flow.field(t("timesheetAssistant"), info.assistantName, right, top, half);
  flow.field(t("timesheetEmployer"), info.employer ?? "", left, top + 13, half);
  flow.field(t(personalLabel), info.personalNumber ?? "", right, top + 13, half);
  flow.field(t("timesheetMonth"), month, left, top + 26, half);
  const period = `${dateText(first, lang)} – ${dateText(last, lang)}`;
  flow.field(t("timesheetPeriod"), period, right, top + 26, half);
  flow.y = top + 42;

  // The shifts.
  const mark = decimalMark(lang);
  const h = (n: number): string => hoursText(n, mark);
  const category = (r: TimesheetRow, c: Category): string => {
    const v = r.categories[c] ?? 0;
    return v === 0 ? "" : h(v);
  };
  flow.table(
    COLUMNS,
    [
      t("timesheetDate"),
      t("timesheetWeekday"),
      t("timesheetFrom"),
      t("timesheetTo"),
      t("timesheetHours"),
      t("timesheetEvening"),
      t("timesheetNight"),
      t("timesheetSaturday"),
      t("timesheetSunday"),
      t("timesheetOncall"),
    ],
    sheet.rows.map((r) => [
      dayText(r.date, lang),
      weekdayText(r.date, lang),
      r.start,
      r.end,
      h(r.hours),
      ...CATEGORIES.map((c) => category(r, c)),
    ]),
    [
      t("timesheetTotal"),
      "",
      "",
      "",
      h(sheet.totals.hours),
      ...CATEGORIES.map((c) => h(sheet.totals[c])),
    ],
  );

  // Absences (not counted in the hours; reported on their own forms).
  const absences = sheet.absences ?? [];
  if (absences.length > 0) {
    flow.y += 6;
    flow.heading(t("timesheetAbsences"), 20);
    flow.paragraph(t("timesheetAbsencesNote"), 8, "italic");
    flow.y += 1;
    flow.table(
      ABSENCE_COLUMNS,
      [
        t("timesheetDate"),
        t("timesheetWeekday"),
        t("timesheetKind"),
        t("timesheetFrom"),
        t("timesheetTo"),
        t("timesheetHours"),
      ],
      absences.map((a) => [
        dayText(a.date, lang),
        weekdayText(a.date, lang),
        t(ABSENCE_KINDS[a.kind]),
        a.start ?? "",
        a.end ?? "",
        h(a.hours),
      ]),
    );
  }

  // Corrections.
  const corrections = info.corrections ?? [];
  if (corrections.length > 0) {
    flow.y += 6;
    flow.heading(t("timesheetCorrections"), 6);
    for (const c of corrections) flow.paragraph(c, 9, "normal", "• ");
  }

  // Signatures, both blocks on one page.
  flow.y += 8;
  flow.ensure(28);
  const labels = { date: t("timesheetDate"), signature: t("timesheetSignature") };
  const signed = (s: TimesheetSignoff | undefined): string | undefined =>
    s === undefined
      ? undefined
      : t("timesheetSignedBy", { name: s.name, at: signedAtText(s.at, sheet.timeZone, lang) });
  flow.signature(left, half, t("timesheetWorkLeader"), signed(info.signoff?.leader), labels);
  flow.signature(right, half, t("timesheetAssistant"), signed(info.signoff?.assistant), labels);

  // Footers, now that the number of pages is known.
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const y = FOOTER_Y;
    if (info.personalNumber !== undefined && info.personalNumber !== "") {
      write(doc, t("timesheetContainsPersonalNumber"), PAGE.margin, y, 8, "italic");
    }
    write(
      doc,
      t("timesheetPage", { page, pages }),
      PAGE.width - PAGE.margin,
      y,
      8,
      "normal",
      "right",
    );
  }

  return new Uint8Array(doc.output("arraybuffer"));
}
