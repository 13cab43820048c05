/** The printable timesheet: jsPDF's node build, read back from the bytes it writes. */
import { afterEach, describe, expect, it, vi } from "vitest";
import type {
  Timesheet,
  TimesheetAbsence,
  TimesheetRow,
} from "../../../core/src/timesheet/index.js";
import { timesheetPdf, type TimesheetPdfInfo } from "../../../planner/src/timesheet/pdf.js";
import { ABSENCES, marchRows, marchSheet } from "./fixture.js";
import { readPdf } from "./pdf-reader.js";

const DA_HEADER = [
  ...["Dato", "Ugedag", "Fra kl.", "Til kl.", "Timer", "Aften", "Nat", "Lørdag"],
  ...["Søn- og", "helligdag", "Rådighed"],
];

const full: TimesheetPdfInfo = {
  arrangementName: "Jens Søndergård",
  assistantName: "Åse Ørbæk",
  personalNumber: "010190-1234",
  employer: "Nyborg Kommune",
  lang: "da",
  // core's Signature: local wall-clock time
  signoff: { leader: { name: "Jens Søndergård", at: "2026-04-01T10:15" } },
  corrections: ["12.03.: vagten sluttede 23:20, ikke 23:00 (rettet af Jens)"],
};

const bare: TimesheetPdfInfo = {
  arrangementName: "Jens Søndergård",
  assistantName: "Åse Ørbæk",
  lang: "da",
};

const withAbsences = (sheet: Timesheet, absences: readonly TimesheetAbsence[]): Timesheet => ({
  ...sheet,
  absences: [...absences],
});

/** Whether `needle` occurs in `hay` as consecutive items. */
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((n, j) => hay[i + j] === n)) return true;
  }
  return false;
}

const comma = (n: number): string => n.toFixed(2).replace(".", ",");

/** The cells the table shows for a row in Danish: empty category cells draw no text. */
function rowCells(r: TimesheetRow, weekday: string): string[] {
  const [, m, d] = r.date.split("-");
  const cats = (["evening", "night", "saturday", "sunday", "oncall"] as const)
    .map((c) => r.categories[c] ?? 0)
    .filter((v) => v !== 0)
    .map(comma);
  return [`${d}.${m}.`, weekday, r.start, r.end, comma(r.hours), ...cats];
}

const DA_WEEKDAYS = ["man", "tir", "ons", "tor", "fre", "lør", "søn"];
const weekdayOf = (date: string): string =>
  DA_WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7] ?? "";

afterEach(() => {
  vi.useRealTimers();
});

describe("a 31-day month with absences, a sign-off and corrections", () => {
  const sheet = withAbsences(marchSheet(), ABSENCES);
  const pdf = readPdf(timesheetPdf(sheet, full));
  const all = pdf.pages.flat();

  it("is an A4 portrait PDF in Danish with a title in its metadata", () => {
    expect(pdf.raw.startsWith("%PDF-")).toBe(true);
    expect(pdf.raw).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(pdf.catalog).toContain("/Lang (da)");
    // PDFDocEncoding agrees with Latin-1 here: one byte per letter
    expect(pdf.info).toContain(
      `/Title (${Buffer.from("Timeindberetningsliste marts 2026 - Åse Ørbæk", "latin1").toString("latin1")})`,
    );
    expect(pdf.info).toContain("/Creator (Turnus)");
    expect(pdf.info).not.toContain("010190");
  });

  it("shows title, month, arrangement, employer, assistant and personal number", () => {
    expect(pdf.pages[0]?.slice(0, 2)).toEqual(["Timeindberetningsliste", "marts 2026"]);
    for (const text of [
      "BPA-ordning (arbejdsleder)",
      "Jens Søndergård",
      "Arbejdsgiver",
      "Nyborg Kommune",
      "Hjælper",
      "Åse Ørbæk",
      "CPR-nr.",
      "010190-1234",
      "Lønperiode",
      "01.03.2026 – 31.03.2026",
    ]) {
      expect(pdf.pages[0]).toContain(text);
    }
  });

  it("writes æøå as single WinAnsi bytes in Helvetica, with no embedded font", () => {
    const stream = pdf.contents[0] ?? "";
    expect(stream).toContain("(\xc5se \xd8rb\xe6k) Tj");
    expect(stream).toContain("(L\xf8rdag) Tj");
    expect(stream).not.toContain("\u0000"); // no two-byte text
    const fonts = [...pdf.objects.values()].filter((o) => o.dict.includes("/Type /Font"));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.dict).toMatch(/\/BaseFont \/Helvetica(-Bold|-Oblique)?\n/);
      expect(f.dict).toContain("/Encoding /WinAnsiEncoding");
    }
    expect(pdf.raw).not.toMatch(/\/FontFile/);
  });

  it("has the column header and every row's figures in order", () => {
    expect(containsRun(pdf.pages[0] ?? [], DA_HEADER)).toBe(true);
    for (const r of sheet.rows) expect(containsRun(all, rowCells(r, weekdayOf(r.date)))).toBe(true);
    // each row once, in order
    const dates = all.filter((s) => /^\d\d\.03\.$/.test(s));
    expect(dates.slice(0, 31)).toEqual(sheet.rows.map((r) => rowCells(r, "")[0]));
  });

  it("totals every column with a decimal comma", () => {
    const tot = sheet.totals;
    expect(tot.hours).toBe(239.64);
    const totals = ["I alt", comma(tot.hours), comma(tot.evening), comma(tot.night)];
    expect(containsRun(all, [...totals, comma(tot.saturday), comma(tot.sunday), "56,00"])).toBe(
      true,
    );
  });

  it("lists the absences with their kinds and hours", () => {
    expect(all).toContain("Fravær");
    expect(containsRun(all, ["09.03.", "man", "Sygdom", "08:00", "15:30", "7,50"])).toBe(true);
    expect(containsRun(all, ["17.03.", "tir", "Barns sygedag", "08:00", "16:00", "8,00"])).toBe(
      true,
    );
  });

  it("lists the corrections", () => {
    expect(all).toContain("Rettelser");
    expect(all).toContain("• 12.03.: vagten sluttede 23:20, ikke 23:00 (rettet af Jens)");
  });

  it("shows the work leader's sign-off in local time and lines for the assistant", () => {
    expect(
      containsRun(all, ["Arbejdsleder", "Underskrevet af Jens Søndergård, 01.04.2026 kl. 10:15"]),
    ).toBe(true);
    expect(containsRun(all, ["Hjælper", "Dato", "Underskrift"])).toBe(true);
    expect(all.filter((s) => s === "Underskrift")).toHaveLength(1);
  });

  it("warns on every page that the sheet holds a personal number, and numbers the pages", () => {
    const n = pdf.pages.length;
    expect(n).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain("Indeholder CPR-nummer: send kun krypteret (fx e-Boks).");
      expect(page).toContain(`Side ${i + 1} af ${n}`);
    });
  });
});

describe("the same month without personal number, absences, corrections or sign-offs", () => {
  const sheet = marchSheet();
  const bytes = timesheetPdf(sheet, bare);
  const pdf = readPdf(bytes);
  const all = pdf.pages.flat();

  it("leaves the personal number out but keeps its box to fill in by hand", () => {
    expect(all).toContain("CPR-nr.");
    expect(all.join("\n")).not.toMatch(/010190|CPR-nummer/);
    expect(pdf.raw).not.toContain("010190");
  });

  it("has no absence or correction section and two blocks to sign by hand", () => {
    expect(all).not.toContain("Fravær");
    expect(all).not.toContain("Rettelser");
    expect(all.some((s) => s.startsWith("Underskrevet"))).toBe(false);
    expect(
      containsRun(all, ["Arbejdsleder", "Dato", "Underskrift", "Hjælper", "Dato", "Underskrift"]),
    ).toBe(true);
  });

  it("fits 31 rows with totals and signatures on one page", () => {
    expect(pdf.pages).toHaveLength(1);
    expect(all).toContain("Side 1 af 1");
  });

  it("is the same bytes whenever it is made", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-01-01T12:34:56Z"));
    const later = timesheetPdf(sheet, bare);
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(true);
    expect(pdf.info).toContain("/CreationDate (D:20260401000000");
    expect(pdf.raw).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/);
  });

  it("takes the creation date from the input, and another input gives another file id", () => {
    const dated = readPdf(
      timesheetPdf(sheet, { ...bare, createdAt: new Date("2026-04-02T09:00:00Z") }),
    );
    expect(dated.info).toContain("/CreationDate (D:20260402090000");
    const other = readPdf(timesheetPdf(sheet, { ...bare, assistantName: "Bo" }));
    const id = (raw: string): string | undefined => /\/ID \[ <([0-9A-F]+)>/.exec(raw)?.[1];
    expect(id(other.raw)).not.toBe(id(pdf.raw));
  });
});

describe("rows that overflow a page", () => {
  // two shifts a day: 62 rows
  const rows = marchRows().flatMap((r) => [r, { ...r, shiftId: `${r.shiftId}b`, start: "06:00" }]);
  const sheet = withAbsences(marchSheet(rows), ABSENCES);
  const pdf = readPdf(timesheetPdf(sheet, { ...full, lang: "nb" }));
  const NB_HEADER = ["Dato", "Ukedag", "Fra kl.", "Til kl.", "Timer", "Kveld", "Natt"];

  it("continue on a new page that repeats the title and the column header", () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages[0]?.[0]).toBe("Timeliste");
    const [, second] = pdf.pages;
    expect(second?.slice(0, 2)).toEqual(["Timeliste (fortsatt)", "Åse Ørbæk, mars 2026"]);
    expect(containsRun(pdf.pages[0] ?? [], NB_HEADER)).toBe(true);
    expect(containsRun(second ?? [], NB_HEADER)).toBe(true);
    expect(second?.indexOf("Dato")).toBe(2);
  });

  it("show every row exactly once and the totals after the last", () => {
    const all = pdf.pages.flat();
    const shown = all.filter((s) => /^\d\d\.03\.$/.test(s));
    // the shift rows, then the two absence rows
    expect(shown).toHaveLength(62 + 2);
    expect(all.indexOf("Sum")).toBeGreaterThan(all.lastIndexOf("31.03."));
  });

  it("name the personal number after the rules' country and write Norwegian texts", () => {
    const all = pdf.pages.flat();
    expect(all).toContain("CPR-nr."); // a Danish arrangement, texts in Norwegian
    const norwegian = readPdf(timesheetPdf({ ...sheet, profile: "no" }, { ...full, lang: "nb" }));
    expect(norwegian.pages[0]).toContain("Fødselsnummer");
    expect(norwegian.catalog).toContain("/Lang (nb)");
    expect(all).toContain("Signert av Jens Søndergård, 01.04.2026 kl. 10:15");
    expect(all).toContain("Inneholder fødselsnummer: send bare kryptert.");
  });
});

describe("texts the standard fonts cannot show", () => {
  it("are written in Windows-1252 or with the accent dropped, without garbling æøå", () => {
    const info = {
      ...bare,
      assistantName: "Łukasz Šťastný (vikar)",
      lang: "en",
      corrections: Array.from({ length: 20 }, (_, i) => `Correction ${i} – agreed in Łódź`),
    } as const;
    const pdf = readPdf(timesheetPdf(marchSheet(), info));
    expect(pdf.pages[0]).toContain("Lukasz Štastný (vikar)");
    expect(pdf.pages[1]).toContain("Lukasz Štastný (vikar), March 2026");
    expect(pdf.pages[1]).toContain("• Correction 19 – agreed in Lódz");
    expect(pdf.contents[0]).toContain("(Lukasz \x8atastn\xfd \\(vikar\\)) Tj");
    expect(pdf.info).toContain("/Title (Timesheet March 2026 - Lukasz Stastn\xfd \\(vikar\\))");
  });

  it("in English use a decimal point and English dates", () => {
    const info = { ...full, lang: "en" } as const;
    const all = readPdf(timesheetPdf(marchSheet(), info)).pages.flat();
    expect(containsRun(all, ["01/03", "Sun", "08:00", "15:30", "7.50", "7.50"])).toBe(true);
    expect(all).toContain("Signed by Jens Søndergård, 01/04/2026 at 10:15");
    expect(all).toContain("Sunday/holiday");
  });
});

describe("a value too long for its box", () => {
  it("is cut with dots to the box's width", () => {
    const name = `Ordningen for ${"Søndergård-".repeat(20)}Jensen`;
    const all = readPdf(
      timesheetPdf(marchSheet(), { ...bare, arrangementName: name }),
    ).pages.flat();
    const shown = all.find((s) => s.startsWith("Ordningen for Søndergård-"));
    expect(shown?.endsWith("...")).toBe(true);
    // an 86 mm box holds about 45 characters at 10 pt bold
    expect(shown?.length).toBeGreaterThan(30);
    expect(shown?.length).toBeLessThan(60);
  });
});

describe("absences", () => {
  it("show holidays and leave with their names, in Norwegian too", () => {
    const sheet = withAbsences(marchSheet(), [
      { date: "2026-03-04", kind: "vacation", hours: 8, start: "22:00", end: "06:00" },
      { date: "2026-03-20", kind: "leave", hours: 0.5 },
    ]);
    const all = readPdf(timesheetPdf(sheet, { ...bare, lang: "nb" })).pages.flat();
    expect(all).toContain("Fravær");
    expect(containsRun(all, ["04.03.", "ons", "Ferie", "22:00", "06:00", "8,00"])).toBe(true);
    expect(containsRun(all, ["20.03.", "fre", "Permisjon", "0,50"])).toBe(true);
  });

  it("leave out the section when the list is empty", () => {
    const all = readPdf(timesheetPdf(withAbsences(marchSheet(), []), bare)).pages.flat();
    expect(all).not.toContain("Fravær");
  });
});

describe("many corrections", () => {
  it("wrap, break onto a further page with the title repeated, and keep the signatures together", () => {
    const long =
      "Vagten blev forlænget, fordi afløseren kom for sent; aftalt med arbejdslederen. ".repeat(3);
    const corrections = Array.from({ length: 25 }, (_, i) => `${i + 1}. ${long}`);
    const pdf = readPdf(timesheetPdf(marchSheet(), { ...bare, corrections }));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    const last = pdf.pages.at(-1) ?? [];
    expect(last[0]).toBe("Timeindberetningsliste (fortsat)");
    expect(containsRun(last, ["Arbejdsleder", "Dato", "Underskrift", "Hjælper", "Dato"])).toBe(
      true,
    );
    const all = pdf.pages.flat();
    // wrapped lines hang under the text after the bullet: 15 mm margin plus the bullet's width
    const margin = (15 * 72) / 25.4;
    const texts = pdf.placed.flat();
    const bullets = texts.filter((p) => p.text.startsWith("• "));
    const wrapped = texts.filter(
      (p) => !p.text.startsWith("• ") && /Vagten|afløseren|arbejdslederen/.test(p.text),
    );
    expect(bullets.every((p) => Math.abs(p.x - margin) < 0.01)).toBe(true);
    expect(wrapped.length).toBeGreaterThan(0);
    expect(wrapped.every((p) => p.x > margin + 5 && p.x < margin + 15)).toBe(true);
    // every correction starts a bullet; long ones wrap onto more lines
    expect(all.filter((s) => s.startsWith("• "))).toHaveLength(25);
    expect(
      all.filter((s) => s.startsWith("Vagten") || s.includes("arbejdslederen")).length,
    ).toBeGreaterThan(25);
  });
});
