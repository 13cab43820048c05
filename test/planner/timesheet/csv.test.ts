/** The timesheet CSV for spreadsheets: BOM, separator and decimal mark, weekday, escaping. */
import { describe, expect, it } from "vitest";
import { timesheetCsv } from "../../../planner/src/timesheet/csv.js";
import { ABSENCES, marchRows, marchSheet } from "./fixture.js";

const lines = (csv: string): string[] => csv.replace(/^\uFEFF/, "").split("\r\n");

describe("the timesheet CSV", () => {
  const sheet = marchSheet();

  it("starts with a byte order mark so that Excel reads UTF-8 (Lørdag, Rådighed)", () => {
    const csv = timesheetCsv(sheet, { lang: "da" });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, 5)).toBe("Dato");
  });

  it("in Danish has `;`, a decimal comma, the weekday and CRLF line ends", () => {
    const csv = timesheetCsv(sheet, { lang: "da" });
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toContain("\n");
    const [header, first, second, ...rest] = lines(csv);
    expect(header).toBe(
      "Dato;Ugedag;Fra kl.;Til kl.;Type;Timer;Pause (min);Aften;Nat;Lørdag;Søn- og helligdag;Rådighed;Vagt;Planlagt fra;Planlagt til;Godkendt",
    );
    expect(first).toBe("2026-03-01;søn;08:00;15:30;Arbejde;7,50;30;0,00;0,00;0,00;7,50;0,00;s1;;;");
    expect(second).toBe("2026-03-02;man;15:00;23:20;Arbejde;8,33;0;6,00;0,33;0,00;0,00;0,00;s2;;;");
    expect(rest).toContain(
      "2026-03-04;ons;22:00;06:00;Rådighed;8,00;0;0,00;0,00;0,00;0,00;8,00;s4;;;",
    );
    expect(rest.at(-2)).toBe("I alt;;;;;239,64;240;48,00;52,64;15,83;31,33;56,00;;;;");
    expect(rest.at(-1)).toBe("");
  });

  it("has one line per row between header and totals", () => {
    expect(lines(timesheetCsv(sheet, { lang: "nb" }))).toHaveLength(1 + 31 + 1 + 1);
    expect(lines(timesheetCsv(sheet, { lang: "nb" }))[0]).toContain("Ukedag;Fra kl.;Til kl.");
  });

  it("in English has `,` and a decimal point", () => {
    const [header, first] = lines(timesheetCsv(sheet, { lang: "en" }));
    expect(header).toBe(
      "Date,Day,From,To,Kind,Hours,Break (min),Evening,Night,Saturday,Sunday/holiday,On call,Shift,Planned from,Planned to,Approved",
    );
    expect(first).toBe("2026-03-01,Sun,08:00,15:30,Work,7.50,30,0.00,0.00,0.00,7.50,0.00,s1,,,");
  });

  it("lets the separator follow the region: English texts with `;` and a decimal comma", () => {
    const [, first] = lines(timesheetCsv(sheet, { lang: "en", separator: ";" }));
    expect(first).toBe("2026-03-01;Sun;08:00;15:30;Work;7,50;30;0,00;0,00;0,00;7,50;0,00;s1;;;");
    const [, dk] = lines(timesheetCsv(sheet, { lang: "da", separator: "," }));
    expect(dk).toBe("2026-03-01,søn,08:00,15:30,Arbejde,7.50,30,0.00,0.00,0.00,7.50,0.00,s1,,,");
  });

  it("defuses formulas and quotes fields with the separator or quotes", () => {
    const [row] = marchRows();
    if (!row) throw new Error("fixture");
    const rows = [
      { ...row, shiftId: "=HYPERLINK(1)" },
      { ...row, shiftId: 'a;b"c' },
    ];
    const [, formula, quoted] = lines(timesheetCsv(marchSheet(rows), { lang: "da" }));
    expect(formula?.endsWith(";'=HYPERLINK(1);;;")).toBe(true);
    expect(quoted?.endsWith(';"a;b""c";;;')).toBe(true);
  });

  it("shows planned times where the worked ones differ, and whether the row is approved", () => {
    const [row] = marchRows();
    if (!row) throw new Error("fixture");
    const rows = [
      {
        ...row,
        end: "16:00",
        hours: 8,
        planned: { start: "2026-03-01T08:00", end: "2026-03-01T15:30" },
        confirmed: true,
      },
      { ...row, shiftId: "s1b", confirmed: false },
    ];
    const [, changed, planned] = lines(timesheetCsv(marchSheet(rows), { lang: "nb" }));
    expect(changed?.endsWith(";s1;2026-03-01 08:00;2026-03-01 15:30;ja")).toBe(true);
    expect(planned?.endsWith(";s1b;;;nei")).toBe(true);
    const [, en] = lines(timesheetCsv(marchSheet(rows), { lang: "en" }));
    expect(en?.endsWith(",s1,2026-03-01 08:00,2026-03-01 15:30,yes")).toBe(true);
  });

  it("has no names, no personal number and no absences", () => {
    const csv = timesheetCsv({ ...sheet, absences: [...ABSENCES] }, { lang: "da" });
    expect(csv).not.toContain("Åse");
    expect(csv).not.toContain("Sygdom");
    expect(lines(csv)).toHaveLength(34);
  });
});
