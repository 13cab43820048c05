/** The grid layout: dates down the first column, assistants across, shift texts in the cells. */
import { describe, expect, it } from "vitest";
import { previewSheet, type Table } from "../../../core/src/import/index.js";

const grid: Table = [
  ["Vagtplan marts 2026", "", "", ""],
  ["Dato", "Dag", "Anna", "Bo"],
  ["Uge 10", "", "", ""],
  ["02.03.2026", "man", "7-15", "15-23"],
  ["03.03.2026", "tir", "7-15, 16-20", "22-7 r"],
  ["04.03.2026", "ons", "", ""],
];

const short = (p: ReturnType<typeof previewSheet>) =>
  p.shifts.map((s) => `${s.assistantId} ${s.start}–${s.end} ${s.kind} ${s.breakMinutes}`);

describe("grid layout", () => {
  it("detects the grid, skips the title, week and weekday label, and reads every cell", () => {
    const p = previewSheet(grid, { profile: "dk" });
    expect(p.layout).toBe("grid");
    expect(p.detected).toBe("grid");
    expect(p.headerRow).toBe(2);
    expect(p.issues).toEqual([]);
    expect(p.assistants).toEqual([
      { id: "a1", name: "Anna" },
      { id: "a2", name: "Bo" },
    ]);
    expect(short(p)).toEqual([
      "a1 2026-03-02T07:00–2026-03-02T15:00 work 30",
      "a2 2026-03-02T15:00–2026-03-02T23:00 work 30",
      "a1 2026-03-03T07:00–2026-03-03T15:00 work 30",
      "a1 2026-03-03T16:00–2026-03-03T20:00 work 0",
      "a2 2026-03-03T22:00–2026-03-04T07:00 oncall 30",
    ]);
    expect(p.shifts.map((s) => [s.id, s.row, s.column])).toEqual([
      ["s1", 4, "Anna"],
      ["s2", 4, "Bo"],
      ["s3", 5, "Anna"],
      ["s4", 5, "Anna"],
      ["s5", 5, "Bo"],
    ]);
    expect(p.period).toEqual({ from: "2026-03-02", to: "2026-03-04" });
    expect(p.timeZone).toBe("Europe/Copenhagen");
    expect(p.locale).toBe("da");
  });

  it("reads compact times, absences with times and templates", () => {
    const p = previewSheet(
      [
        ["Dato", "Anna"],
        ["2026-03-02", "0700-1500"],
        ["2026-03-03", "ferie 7-15"],
        ["2026-03-04", "7-15 syg"],
        ["2026-03-05", "n"],
        ["2026-03-06", "v1230"],
      ],
      {
        profile: "no",
        templates: [
          { short: "N", text: "22-7" },
          { short: "V1230", text: "9-13" },
        ],
      },
    );
    expect(p.issues).toEqual([]);
    expect(short(p)).toEqual([
      "a1 2026-03-02T07:00–2026-03-02T15:00 work 30",
      "a1 2026-03-03T07:00–2026-03-03T15:00 vacation 0",
      "a1 2026-03-04T07:00–2026-03-04T15:00 sick 0",
      "a1 2026-03-05T22:00–2026-03-06T07:00 work 30",
      "a1 2026-03-06T09:00–2026-03-06T13:00 work 0",
    ]);
    expect(p.timeZone).toBe("Europe/Oslo");
    expect(p.locale).toBe("nb");
  });

  it("treats a column named Dag that holds shifts as an assistant (a Norwegian name)", () => {
    const p = previewSheet(
      [
        ["Dato", "Dag", "Kari"],
        ["02.03.2026", "7-15", ""],
      ],
      { profile: "no" },
    );
    expect(p.assistants.map((a) => a.name)).toEqual(["Dag", "Kari"]);
    expect(p.shifts).toHaveLength(1);
  });

  it("passes over week and hours columns beside the assistants", () => {
    const p = previewSheet(
      [
        ["Dato", "Uge", "Anna", "Timer i alt", "Note"],
        ["02.03.2026", "10", "7-15", "8", "husk nøgle"],
      ],
      { profile: "dk" },
    );
    expect(p.issues).toEqual([]);
    expect(p.assistants.map((a) => a.name)).toEqual(["Anna"]);
    expect(p.shifts).toHaveLength(1);
  });

  it("treats the same name in two columns as one assistant", () => {
    const p = previewSheet(
      [
        ["Dato", "Anna", " anna "],
        ["02.03.2026", "7-11", "12-15"],
      ],
      { profile: "dk" },
    );
    expect(p.assistants).toEqual([{ id: "a1", name: "Anna" }]);
    expect(p.shifts.map((s) => s.assistantId)).toEqual(["a1", "a1"]);
  });

  it("names each unreadable cell by row and column, and keeps the readable ones", () => {
    const p = previewSheet(
      [
        ["Dato", "Anna", "Bo", ""],
        ["02.03.2026", "7-", "7-15, x", ""],
        ["30.02.2026", "7-15", "", ""],
        ["", "7-15", "", ""],
        ["04.03.2026", "25-3", "ferie", "7-15"],
        ["05.03.2026", "", "", "8-12"],
      ],
      { profile: "dk" },
    );
    expect(p.issues.map((i) => i.message)).toEqual([
      'row 2, column Anna: "7-" is not a shift: write it like 7-15, 22-7 or 22-7 r (on call)',
      'row 2, column Bo: "x" is not a shift: write it like 7-15, 22-7 or 22-7 r (on call)',
      'row 3, column Dato: "30.02.2026" is a date that does not exist',
      "row 4, column Dato: the date is missing",
      'row 5, column Anna: "25-3" has a time that does not exist',
      'row 5, column Bo: "ferie" has no times: write it like ferie 7-15',
      "row 5, column D: the column has shifts but no assistant's name in the header row (row 1)",
    ]);
    expect(p.issues[0]).toEqual({
      row: 2,
      column: "Anna",
      reason: '"7-" is not a shift: write it like 7-15, 22-7 or 22-7 r (on call)',
      message:
        'row 2, column Anna: "7-" is not a shift: write it like 7-15, 22-7 or 22-7 r (on call)',
    });
    expect(short(p)).toEqual(["a2 2026-03-02T07:00–2026-03-02T15:00 work 30"]);
  });

  it("reports a time the clocks skip (spring DST night) at its cell and leaves the shift out", () => {
    const p = previewSheet(
      [
        ["Dato", "Anna", "Bo"],
        ["29.03.2026", "2:30-7", "22-7, x"],
        ["28.03.2026", "", "22-7"],
      ],
      { profile: "dk" },
    );
    // in the sheet's order, left to right, with the cells that did not read at all
    expect(p.issues.map((i) => i.message)).toEqual([
      "row 2, column Anna: 2026-03-29T02:30 does not exist in Europe/Copenhagen: the clocks jump forward 60 minutes that night",
      'row 2, column Bo: "x" is not a shift: write it like 7-15, 22-7 or 22-7 r (on call)',
    ]);
    // 22-7 across the DST night exists: kept
    expect(p.shifts.map((s) => [s.row, s.column])).toEqual([
      [2, "Bo"],
      [3, "Bo"],
    ]);
  });

  it("says so when no row starts with a date, or there is no header", () => {
    expect(
      previewSheet([["Navn", "Anna"]], { profile: "dk" }).issues.map((i) => i.message),
    ).toEqual([
      "no row has a date in its first column: a grid sheet has dates such as 02.03.2026 down column A and assistants' names across the header row",
    ]);
    expect(
      previewSheet([["02.03.2026", "7-15"]], { profile: "dk" }).issues.map((i) => i.message),
    ).toEqual(["row 1: there is no header row with the assistants' names above the first date"]);
    expect(previewSheet([["", ""], []], { profile: "dk" }).issues.map((i) => i.message)).toEqual([
      "the sheet is empty",
    ]);
  });

  it("reads a two-month sheet: every day of March and April 2026, three assistants", () => {
    const rows: string[][] = [["Dato", "Anna", "Bo", "Cem"]];
    const dates: string[] = [];
    for (const [month, days] of [
      [3, 31],
      [4, 30],
    ] as const) {
      for (let d = 1; d <= days; d++) dates.push(`${d}.${month}.2026`);
    }
    dates.forEach((date, i) => {
      // Anna days, Bo evenings, Cem nights every other day from 2 March
      rows.push([date, "7-15", "15-23", i % 2 === 1 ? "23-7" : ""]);
    });
    const p = previewSheet(rows, { profile: "dk" });
    expect(p.issues).toEqual([]);
    expect(p.shifts).toHaveLength(61 + 61 + 30);
    expect(p.period).toEqual({ from: "2026-03-01", to: "2026-04-30" });
    // the night into the spring DST change: 23-7 on 28 March ends 29 March (clocks 02->03)
    const dst = p.shifts.find((s) => s.start === "2026-03-28T23:00");
    expect(dst?.end).toBe("2026-03-29T07:00");
    expect(p.shifts.at(-1)?.start).toBe("2026-04-30T15:00");
  });

  it("can be told the layout", () => {
    const p = previewSheet(grid, { profile: "dk", layout: "rows" });
    expect(p.layout).toBe("rows");
    expect(p.detected).toBe("grid");
    expect(p.shifts).toEqual([]);
    expect(p.issues.map((i) => i.message)).toEqual([
      "row 1: this is not a header row of a sheet with one shift per row: name the columns, such as Dato, Fra, Til and Hjælper (or Date, Start, End and Assistant)",
    ]);
  });
});
