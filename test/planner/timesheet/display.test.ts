/** Numbers, dates, sign-off times and WinAnsi text of the timesheet exports. */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadTimesheetPdf } from "../../../planner/src/timesheet/index.js";
import {
  dateText,
  dayText,
  hoursText,
  monthDays,
  monthText,
  signedAtText,
  weekdayText,
} from "../../../planner/src/timesheet/display.js";
import {
  timesheetMonths,
  timesheetTexts,
  timesheetWeekdays,
  tsText,
} from "../../../planner/src/timesheet/texts.js";
import { latin1, winAnsi } from "../../../planner/src/timesheet/winansi.js";
import { marchSheet } from "./fixture.js";

describe("hours", () => {
  it("have two decimals and the given mark", () => {
    expect(hoursText(7.5, ",")).toBe("7,50");
    expect(hoursText(1 / 3, ",")).toBe("0,33");
    expect(hoursText(239.64, ".")).toBe("239.64");
    expect(hoursText(0, ",")).toBe("0,00");
    expect(hoursText(-0.5, ",")).toBe("-0,50");
  });
});

describe("dates", () => {
  it("are written as the form does, weekday and month in the language", () => {
    expect(dateText("2026-03-07", "da")).toBe("07.03.2026");
    expect(dateText("2026-03-07", "en")).toBe("07/03/2026");
    expect(dayText("2026-03-07", "nb")).toBe("07.03.");
    expect(weekdayText("2026-03-07", "da")).toBe("lør");
    expect(weekdayText("2026-03-08", "en")).toBe("Sun");
    expect(weekdayText("2026-03-09", "nb")).toBe("man");
    expect(monthText("2026-03", "da")).toBe("marts 2026");
    expect(monthText("2026-05", "nb")).toBe("mai 2026");
    expect(monthText("2026-12", "en")).toBe("December 2026");
  });

  it("know each month's last day", () => {
    expect(monthDays("2026-02")).toEqual({ first: "2026-02-01", last: "2026-02-28" });
    expect(monthDays("2028-02").last).toBe("2028-02-29");
    expect(monthDays("2026-04").last).toBe("2026-04-30");
    expect(monthDays("2026-12").last).toBe("2026-12-31");
  });
});

describe("sign-off times", () => {
  it("show an instant in the sheet's zone, summer and winter time", () => {
    expect(signedAtText("2026-04-01T08:15:00Z", "Europe/Copenhagen", "da")).toBe(
      "01.04.2026 kl. 10:15",
    );
    expect(signedAtText("2026-03-01T08:15:00.000Z", "Europe/Oslo", "nb")).toBe(
      "01.03.2026 kl. 09:15",
    );
    expect(signedAtText("2026-03-31T23:30:00+00:00", "Europe/Copenhagen", "en")).toBe(
      "01/04/2026 at 01:30",
    );
  });

  it("show a local time or a date as given, and anything else verbatim", () => {
    expect(signedAtText("2026-04-01T10:15", "Europe/Copenhagen", "da")).toBe(
      "01.04.2026 kl. 10:15",
    );
    expect(signedAtText("2026-04-01", "Europe/Copenhagen", "da")).toBe("01.04.2026");
    expect(signedAtText("yesterday", "Europe/Copenhagen", "da")).toBe("yesterday");
    expect(signedAtText("2026-04-01T08:15:00Z", "Not/AZone", "da")).toBe("2026-04-01T08:15:00Z");
  });
});

describe("text for the standard fonts", () => {
  it("keeps Latin-1 (æøå ÆØÅ ü é ß) as it is", () => {
    expect(winAnsi("Søren Æbelø Åse Müller Renée Strauß")).toBe(
      "Søren Æbelø Åse Müller Renée Strauß",
    );
  });

  it("keeps the rest of Windows-1252, which jsPDF writes as single bytes", () => {
    expect(winAnsi("Šárka – 5 € … “x”")).toBe("Šárka – 5 € … “x”");
  });

  it("drops accents it cannot show and stands in for the rest", () => {
    expect(winAnsi("Łukasz Wiśniewski, Ştefan, Dvořák")).toBe("Lukasz Wisniewski, Stefan, Dvorák");
    expect(winAnsi("Nguyễn 李")).toBe("Nguyen ?");
    expect(winAnsi("a\nb")).toBe("a b");
    // metadata: Latin-1 only, no Windows-1252 bytes
    expect(latin1("Šárka – 5 € … “x”")).toBe('Sárka - 5 EUR ... "x"');
    expect([...winAnsi("Nguyễn 李 Łódź ș")].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
  });
});

describe("the texts", () => {
  it("exist in every language, prefixed for a merge into the planner's dictionary", () => {
    for (const [key, byLang] of Object.entries(timesheetTexts)) {
      expect(key.startsWith("timesheet")).toBe(true);
      for (const lang of ["da", "nb", "en"] as const)
        expect(byLang[lang].length).toBeGreaterThan(0);
    }
    for (const lang of ["da", "nb", "en"] as const) {
      expect(timesheetMonths[lang]).toHaveLength(12);
      expect(timesheetWeekdays[lang]).toHaveLength(7);
    }
    expect(tsText("nb", "timesheetPage", { page: 2, pages: 3 })).toBe("Side 2 av 3");
  });
});

describe("the folder's public face", () => {
  const dir = fileURLToPath(new URL("../../../planner/src/timesheet/", import.meta.url));
  const source = (file: string): string => readFileSync(`${dir}${file}`, "utf8");

  it("loads jsPDF only through pdf.ts, and index.ts only on demand", () => {
    const staticImport = (file: string, what: string): boolean =>
      new RegExp(`^(import|export) (?!type)[^;]*from "${what}"`, "m").test(source(file));
    for (const file of readdirSync(dir)) {
      if (file === "pdf.ts" || !file.endsWith(".ts")) continue;
      expect(staticImport(file, "jspdf"), file).toBe(false);
      expect(staticImport(file, "./pdf.js"), file).toBe(false);
    }
    expect(source("index.ts")).toContain('import("./pdf.js")');
  });

  it("hands out the PDF maker when asked", async () => {
    const { timesheetPdf } = await loadTimesheetPdf();
    expect(
      timesheetPdf(marchSheet(), { arrangementName: "A", assistantName: "B", lang: "da" })[0],
    ).toBe(0x25);
  });
});
