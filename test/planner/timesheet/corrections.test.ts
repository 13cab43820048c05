/** Corrections to a signed month in words, from core's comparison of the two timesheets. */
import { describe, expect, it } from "vitest";
import { timesheetCorrections } from "../../../core/src/timesheet/index.js";
import { correctionTexts } from "../../../planner/src/timesheet/corrections.js";
import { timesheetPdf } from "../../../planner/src/timesheet/pdf.js";
import { marchRows, marchSheet } from "./fixture.js";
import { readPdf } from "./pdf-reader.js";

describe("corrections in words", () => {
  const signedRows = marchRows().map((r) => ({ ...r, confirmed: false }));
  const signed = marchSheet(signedRows);
  const current = marchSheet(
    signedRows
      .filter((r) => r.shiftId !== "s5")
      .map((r) =>
        r.shiftId === "s12"
          ? { ...r, end: "07:30", hours: 8.5, confirmed: true }
          : r.shiftId === "s2"
            ? { ...r, confirmed: true }
            : r,
      )
      .concat([{ ...signedRows[0]!, shiftId: "extra", date: "2026-03-03", start: "09:00" }]),
  );
  const changes = timesheetCorrections(signed, current);

  it("say what happened to each row, ordered by date", () => {
    expect(correctionTexts(changes, "da")).toEqual([
      "02.03.: 15:00–23:20 (8,33 t) godkendt af arbejdslederen",
      "03.03.: 09:00–15:30 (7,50 t) tilføjet",
      "05.03.: 08:00–15:30 (7,50 t) fjernet",
      "12.03.: 22:00–06:00 (8,00 t) ændret til 22:00–07:30 (8,50 t)",
    ]);
    expect(correctionTexts(changes, "en")[3]).toBe(
      "12/03: 22:00–06:00 (8.00 h) changed to 22:00–07:30 (8.50 h)",
    );
    expect(correctionTexts(changes, "nb")[1]).toBe("03.03.: 09:00–15:30 (7,50 t) lagt til");
  });

  it("say when an approval was taken back", () => {
    const back = timesheetCorrections(current, signed);
    expect(correctionTexts(back, "nb")[0]).toBe(
      "02.03.: 15:00–23:20 (8,33 t) ikke lenger godkjent",
    );
  });

  it("print in the PDF's corrections section", () => {
    const corrections = correctionTexts(changes, "da");
    const all = readPdf(
      timesheetPdf(current, { arrangementName: "A", assistantName: "B", lang: "da", corrections }),
    ).pages.flat();
    expect(all).toContain("• 12.03.: 22:00–06:00 (8,00 t) ændret til 22:00–07:30 (8,50 t)");
  });
});
