/** The row-per-shift layout: a header row naming the columns, one shift per row. */
import { describe, expect, it } from "vitest";
import { previewSheet, type Table } from "../../../core/src/import/index.js";

const short = (p: ReturnType<typeof previewSheet>) =>
  p.shifts.map(
    (s) =>
      `${s.assistantId} ${s.start}–${s.end} ${s.kind} ${s.breakMinutes}${s.note ? ` ${s.note}` : ""}`,
  );
const messages = (p: ReturnType<typeof previewSheet>) => p.issues.map((i) => i.message);

describe("row-per-shift layout", () => {
  it("detects Norwegian headers below a title and reads times, kinds, breaks and notes", () => {
    const table: Table = [
      ["Vaktplan mars", "", "", "", "", "", ""],
      ["Dato", "Fra", "Til", "Assistent", "Type", "Pause (min)", "Merknad"],
      ["02.03.2026", "07.00", "15.00", "Kari", "", "30", ""],
      ["02.03.2026", "15:00", "23:00", "Ola", "", "0,5", "kveld"],
      ["03.03.2026", "2300", "0700", "Ola", "passiv", "0", "sovevakt"],
      ["04.03.2026", "7", "15", "Kari", "ferie", "", ""],
      ["", "", "", "", "", "", ""],
      ["05.03.2026", "8", "16,5", " kari ", "", "", ""],
      ["06.03.2026", "22:00", "24:00", "Ola", "", "", ""],
    ];
    const p = previewSheet(table, { profile: "no" });
    expect(p.layout).toBe("rows");
    expect(p.detected).toBe("rows");
    expect(p.headerRow).toBe(2);
    expect(messages(p)).toEqual([]);
    expect(p.assistants).toEqual([
      { id: "a1", name: "Kari" },
      { id: "a2", name: "Ola" },
    ]);
    expect(short(p)).toEqual([
      "a1 2026-03-02T07:00–2026-03-02T15:00 work 30",
      "a2 2026-03-02T15:00–2026-03-02T23:00 work 30 kveld",
      "a2 2026-03-03T23:00–2026-03-04T07:00 oncall 0 sovevakt",
      "a1 2026-03-04T07:00–2026-03-04T15:00 vacation 0",
      "a1 2026-03-05T08:00–2026-03-05T16:30 work 0",
      "a2 2026-03-06T22:00–2026-03-07T00:00 work 0",
    ]);
    expect(p.shifts.map((s) => [s.row, s.column])[0]).toEqual([3, "Fra"]);
    expect(p.period).toEqual({ from: "2026-03-02", to: "2026-03-06" });
  });

  it.each([
    [["Date", "Start", "End", "Assistant"]],
    [["dato", "begynd", "slut", "hjælper"]],
    [["Datum", "Från", "Till", "Namn"]],
    [["DATO:", "Fra kl.", "Til kl.", "Navn"]],
  ])("detects the header %j", (header) => {
    const p = previewSheet([header, ["2026-03-02", "7:00", "15:00", "Anna"]], { profile: "dk" });
    expect(p.layout).toBe("rows");
    expect(short(p)).toEqual(["a1 2026-03-02T07:00–2026-03-02T15:00 work 30"]);
  });

  it("reads dates and times in one cell, and a whole shift text in one column", () => {
    const combined = previewSheet(
      [
        ["Start", "Slut", "Hjælper"],
        ["02.03.2026 22:00", "03.03.2026 07:00", "Anna"],
        ["2026-03-04T07:00", "2026-03-04T15:00", "Anna"],
        ["5.3.2026 kl. 7", "15", "Anna"],
      ],
      { profile: "dk" },
    );
    expect(messages(combined)).toEqual([]);
    expect(short(combined)).toEqual([
      "a1 2026-03-02T22:00–2026-03-03T07:00 work 30",
      "a1 2026-03-04T07:00–2026-03-04T15:00 work 30",
      "a1 2026-03-05T07:00–2026-03-05T15:00 work 30",
    ]);
    const shiftText = previewSheet(
      [
        ["Dato", "Vagt", "Hjælper", "Bemærkning"],
        ["02.03.2026", "22-7 r", "Anna", "sover"],
        ["03.03.2026", "7-15", "Bo", ""],
      ],
      { profile: "dk" },
    );
    expect(messages(shiftText)).toEqual([]);
    expect(short(shiftText)).toEqual([
      "a1 2026-03-02T22:00–2026-03-03T07:00 oncall 30 sover",
      "a2 2026-03-03T07:00–2026-03-03T15:00 work 30",
    ]);
  });

  it("names every cell that could not be read, and keeps the readable rows", () => {
    const p = previewSheet(
      [
        ["Dato", "Fra", "Til", "Hjælper", "Type", "Pause"],
        ["02.03.2026", "7", "15", "", "", ""],
        ["31.02.2026", "7", "15", "Anna", "", ""],
        ["04.03.2026", "7:75", "morgen", "Anna", "", ""],
        ["05.03.2026", "7", "", "Anna", "", ""],
        ["06.03.2026", "7", "15", "Anna", "fest", "lang"],
        ["", "7", "15", "Anna", "", ""],
        ["08.03.2026", "7", "7", "Anna", "", ""],
        ["09.03.2026", "7,30", "15", "Anna", "", ""],
        ["10.03.2026", "7", "15", "Anna", "syg", ""],
      ],
      { profile: "dk" },
    );
    expect(messages(p)).toEqual([
      "row 2, column Hjælper: the assistant's name is missing",
      'row 3, column Dato: "31.02.2026" is a date that does not exist',
      'row 4, column Fra: "7:75" is a time that does not exist',
      'row 4, column Til: "morgen" is not a time: write it like 07:00',
      "row 5, column Til: the end time is missing",
      'row 6, column Type: "fest" is not a kind of shift: use work, rådighed/passiv (on call), ferie (vacation), syg (sick), barn syg (child sick) or fri (leave)',
      'row 6, column Pause: "lang" is not a break: write minutes (30) or hours (0,5)',
      "row 7, column Dato: the date is missing",
      "row 8, column Til: the shift starts and ends at 7",
      'row 9, column Fra: "7,30" is unclear: write 7:30 for a clock time or 7,5 for decimal hours',
    ]);
    expect(short(p)).toEqual(["a1 2026-03-10T07:00–2026-03-10T15:00 sick 0"]);
  });

  it("names a missing start, a missing date and a shift text with two shifts", () => {
    const p = previewSheet(
      [
        ["Dato", "Tid", "Hjælper"],
        ["02.03.2026", "7-11, 12-15", "Anna"],
        ["", "7-15", "Anna"],
        ["04.03.2026", "", "Anna"],
        ["05.03.2026", "7-", "Anna"],
      ],
      { profile: "dk" },
    );
    expect(messages(p)).toEqual([
      'row 2, column Tid: "7-11, 12-15" must be one shift per row, like 7-15',
      "row 3, column Dato: the date is missing",
      "row 4, column Tid: the start time is missing",
      'row 5, column Tid: "7-" is not a shift: write it like 7-15, 22-7 or 22-7 r (on call)',
    ]);
    expect(p.shifts).toEqual([]);
  });

  it.each([
    ["arbejde", "work"],
    ["Rådighed", "oncall"],
    ["passiv vakt", "oncall"],
    ["Ferie", "vacation"],
    ["syk", "sick"],
    ["barn syg", "child-sick"],
    ["VAB", "child-sick"],
    ["fri", "leave"],
    ["permisjon", "leave"],
  ])("reads the kind %s as %s", (word, kind) => {
    const p = previewSheet(
      [
        ["Dato", "Fra", "Til", "Navn", "Type"],
        ["02.03.2026", "7", "15", "Anna", word],
      ],
      { profile: "dk" },
    );
    expect(p.shifts.map((s) => s.kind)).toEqual([kind]);
  });

  it("refuses an end before the start when both carry dates", () => {
    const p = previewSheet(
      [
        ["Start", "Slut", "Hjælper"],
        ["03.03.2026 07:00", "02.03.2026 15:00", "Anna"],
      ],
      { profile: "dk" },
    );
    expect(messages(p)).toEqual([
      "row 2, column Slut: the shift ends (2026-03-02 15:00) before it starts (2026-03-03 07:00)",
    ]);
  });

  it("reports times the clocks skip in the zone", () => {
    const p = previewSheet(
      [
        ["Dato", "Fra", "Til", "Assistent"],
        ["29.03.2026", "02:00", "08:00", "Kari"],
        ["29.03.2026", "08:00", "16:00", "Kari"],
        ["28.03.2026", "20:00", "02:30", "Kari"],
      ],
      { profile: "no" },
    );
    expect(messages(p)).toEqual([
      "row 2, column Fra: 2026-03-29T02:00 does not exist in Europe/Oslo: the clocks jump forward 60 minutes that night",
      "row 4, column Til: 2026-03-29T02:30 does not exist in Europe/Oslo: the clocks jump forward 60 minutes that night",
    ]);
    expect(p.shifts).toHaveLength(1);
  });

  it("reports an unknown time zone for the whole sheet", () => {
    const p = previewSheet(
      [
        ["Dato", "Fra", "Til", "Assistent"],
        ["02.03.2026", "7", "15", "Kari"],
      ],
      { profile: "no", timeZone: "Europe/Atlantis" },
    );
    expect(messages(p)).toEqual([
      '"Europe/Atlantis" is not a known IANA time zone (such as Europe/Copenhagen)',
    ]);
    expect(p.shifts).toEqual([]);
  });
});
