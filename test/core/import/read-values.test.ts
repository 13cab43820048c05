/** Dates, times and breaks as rota sheets write them. */
import { describe, expect, it } from "vitest";
import { parseBreak, parseSheetClock, parseSheetDate } from "../../../core/src/import/index.js";

describe("parseSheetDate", () => {
  it.each([
    ["2026-03-02", "2026-03-02"],
    ["2026-03-02T00:00", "2026-03-02"],
    ["2026/3/2", "2026-03-02"],
    ["2026-03-02 00:00:00", "2026-03-02"],
    ["02.03.2026", "2026-03-02"],
    ["2.3.2026", "2026-03-02"],
    ["02-03-2026", "2026-03-02"],
    ["02/03/2026", "2026-03-02"],
    ["2.3.26", "2026-03-02"],
    ["man 02.03.2026", "2026-03-02"],
    ["Mandag 2.3.2026", "2026-03-02"],
    ["2. marts 2026", "2026-03-02"],
    ["2 mars 2026", "2026-03-02"],
    ["2. mar. 2026", "2026-03-02"],
    ["17. mai 2026", "2026-05-17"],
    ["24 desember 2026", "2026-12-24"],
    ["Monday 2 March 2026", "2026-03-02"],
  ])("reads %s", (text, iso) => {
    expect(parseSheetDate(text)).toEqual({ ok: true, value: iso });
  });

  it("refuses a date that does not exist, one without a year, and text", () => {
    expect(parseSheetDate("30.02.2026")).toEqual({
      ok: false,
      reason: '"30.02.2026" is a date that does not exist',
    });
    expect(parseSheetDate("2.3.")).toEqual({
      ok: false,
      reason: '"2.3." has no year: write it like 02.03.2026',
    });
    expect(parseSheetDate("2. marts")).toMatchObject({ ok: false, reason: /has no year/ });
    expect(parseSheetDate("Uge 10")).toMatchObject({ ok: false, reason: /is not a date/ });
    expect(parseSheetDate("2026-03/02")).toMatchObject({ ok: false, reason: /is not a date/ });
    expect(parseSheetDate("2 smarch 2026")).toMatchObject({ ok: false, reason: /is not a date/ });
  });
});

describe("parseSheetClock", () => {
  it.each([
    ["7", 420],
    ["7:00", 420],
    ["07.00", 420],
    ["0700", 420],
    ["700", 420],
    ["07:30:00", 450],
    ["kl. 7.30", 450],
    ["7,5", 450],
    ["7.5", 450],
    ["24:00", 1440],
    ["0.2916666667", 420],
    ["0,75000", 1080],
  ])("reads %s", (text, minutes) => {
    expect(parseSheetClock(text)).toEqual({ ok: true, value: minutes });
  });

  it("refuses times that do not exist, unclear decimals and text", () => {
    expect(parseSheetClock("25:00")).toMatchObject({ ok: false, reason: /does not exist/ });
    expect(parseSheetClock("7:75")).toMatchObject({ ok: false, reason: /does not exist/ });
    expect(parseSheetClock("7,30")).toEqual({
      ok: false,
      reason: '"7,30" is unclear: write 7:30 for a clock time or 7,5 for decimal hours',
    });
    expect(parseSheetClock("07:00:30")).toMatchObject({ ok: false, reason: /seconds/ });
    expect(parseSheetClock("morgen")).toMatchObject({ ok: false, reason: /is not a time/ });
  });
});

describe("parseBreak", () => {
  it.each([
    ["", 0],
    ["30", 30],
    ["30 min", 30],
    ["0,5", 30],
    ["0.75", 45],
    ["1 t", 60],
    ["1h", 60],
    ["0:30", 30],
  ])("reads %j", (text, minutes) => {
    expect(parseBreak(text)).toEqual({ ok: true, value: minutes });
  });

  it("refuses text, parts of minutes and more than a day", () => {
    expect(parseBreak("frokost")).toMatchObject({ ok: false, reason: /is not a break/ });
    expect(parseBreak("0,01")).toMatchObject({ ok: false, reason: /whole number of minutes/ });
    expect(parseBreak("1500")).toMatchObject({ ok: false, reason: /longer than a day/ });
  });
});
