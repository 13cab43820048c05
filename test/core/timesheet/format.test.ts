import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readRota } from "../../../core/src/model/index.js";
import {
  buildTimesheet,
  timesheetCsv,
  timesheetLocale,
  timesheetTable,
  type Timesheet,
} from "../../../core/src/timesheet/index.js";

const march = ((): Timesheet => {
  const text = readFileSync(
    new URL("../../fixtures/timesheet/march-2026.rota.json", import.meta.url),
    "utf8",
  );
  const r = readRota(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const t = buildTimesheet(r.rota, r.zone, "a1", "2026-03");
  if (!t.ok) throw new Error(JSON.stringify(t.issues));
  return t.sheet;
})();

describe("timesheetCsv", () => {
  it("writes Danish CSV with ';', decimal comma, CRLF and a totals line", () => {
    expect(timesheetCsv(march, "da")).toBe(
      [
        "Dato;Start;Slut;Type;Timer;Pause (min);Aften;Nat;Lørdag;Søn- og helligdag;Rådighed;Vagt",
        "2026-03-01;00:00;06:00;Arbejde;6,00;0;0,00;6,00;0,00;6,00;0,00;s0",
        "2026-03-02;07:00;15:00;Arbejde;8,00;30;0,00;0,00;0,00;0,00;0,00;s1",
        "2026-03-07;22:00;06:00;Arbejde;8,00;0;1,00;7,00;2,00;6,00;0,00;s2",
        "2026-03-10;18:00;22:00;Rådighed;4,00;0;4,00;0,00;0,00;0,00;4,00;s3",
        "2026-03-28;22:00;06:00;Arbejde;7,00;0;1,00;6,00;2,00;5,00;0,00;s6",
        "2026-03-31;22:00;24:00;Arbejde;2,00;30;1,00;1,00;0,00;0,00;0,00;s7",
        "I alt;;;;35,00;60;7,00;20,00;4,00;17,00;4,00;",
        "",
      ].join("\r\n"),
    );
  });

  it("writes English CSV with ',' and a decimal point", () => {
    const lines = timesheetCsv(march, "en").split("\r\n");
    expect(lines[0]).toBe(
      "Date,Start,End,Kind,Hours,Break (min),Evening,Night,Saturday,Sunday/holiday,On call,Shift",
    );
    expect(lines[4]).toBe("2026-03-10,18:00,22:00,On call,4.00,0,4.00,0.00,0.00,0.00,4.00,s3");
    expect(lines[7]).toBe("Total,,,,35.00,60,7.00,20.00,4.00,17.00,4.00,");
  });

  it("writes Norwegian labels for nb (and nn, no)", () => {
    for (const locale of ["nb", "nn", "no"]) {
      expect(timesheetCsv(march, locale).split("\r\n")[0]).toBe(
        "Dato;Start;Slutt;Type;Timer;Pause (min);Kveld;Natt;Lørdag;Søn- og helligdag;Passiv tid;Vakt",
      );
    }
  });

  it("quotes fields as RFC 4180 asks and defuses formula-like shift ids", () => {
    const sheet: Timesheet = structuredClone(march);
    sheet.rows = [
      { ...march.rows[1]!, shiftId: 'a;b "c"' },
      { ...march.rows[1]!, shiftId: "=HYPERLINK(1)" },
      { ...march.rows[1]!, shiftId: "x,y" },
    ];
    const da = timesheetCsv(sheet, "da").split("\r\n");
    expect(da[1]?.endsWith(';"a;b ""c"""')).toBe(true);
    expect(da[2]?.endsWith(";'=HYPERLINK(1)")).toBe(true);
    expect(da[3]?.endsWith(";x,y")).toBe(true);
    const en = timesheetCsv(sheet, "en").split("\r\n");
    expect(en[3]?.endsWith(',"x,y"')).toBe(true);
  });
});

describe("timesheetTable", () => {
  it("aligns columns, then the totals, then the absences under their own heading", () => {
    const lines = timesheetTable(march, "en").trimEnd().split("\n");
    expect(lines[0]).toBe("Timesheet: Anna Jensen (a1), 2026-03, Europe/Copenhagen");
    const header = lines[2]!;
    const total = lines.at(-4)!;
    expect(total.startsWith("Total")).toBe(true);
    expect(lines.slice(-3)).toEqual([
      "",
      "Absences (reported on their own forms):",
      "2026-03-14  08:00–16:00  Vacation  8.00  s4",
    ]);
    // Numbers are right-aligned under their header.
    const hoursEnd = header.indexOf("Hours") + "Hours".length;
    expect(total.slice(hoursEnd - 5, hoursEnd)).toBe("35.00");
    expect(lines.find((l) => l.includes("s7"))).toContain("22:00  24:00");
  });
});

describe("timesheetTable with actuals", () => {
  it("ends a corrected row with the planned times, with dates where they differ", () => {
    const sheet: Timesheet = structuredClone(march);
    sheet.absences = [];
    sheet.rows = [
      {
        ...march.rows[1]!,
        end: "16:00",
        planned: { start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
      },
      { ...march.rows[2]!, planned: { start: "2026-03-07T21:00", end: "2026-03-08T05:00" } },
      { ...march.rows[3]!, planned: { start: "2026-03-09T18:00", end: "2026-03-09T22:00" } },
    ];
    const lines = timesheetTable(sheet, "da").split("\n");
    expect(lines[4]).toMatch(/ s1 {2}\(planlagt 07:00–15:00\)$/);
    expect(lines[5]).toMatch(/ s2 {2}\(planlagt 21:00–2026-03-08 05:00\)$/);
    expect(lines[6]).toMatch(/ s3 {2}\(planlagt 2026-03-09 18:00–22:00\)$/);
    expect(timesheetTable(sheet, "da")).not.toContain("Fravær");
  });
});

describe("timesheetLocale", () => {
  it("maps rota locales to timesheet languages", () => {
    expect(timesheetLocale("da")).toBe("da");
    expect(timesheetLocale("nn")).toBe("nb");
    expect(timesheetLocale("sv")).toBe("en");
    expect(timesheetLocale(undefined)).toBe("en");
  });
});
