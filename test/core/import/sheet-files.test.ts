/**
 * The fixture sheets, read as the planner reads files (planner/src/import/read-sheet.ts: CSV
 * through papaparse with the delimiter detected and the encoding guessed; XLSX cells, dates
 * included, as text) and then by core's import.
 */
import { readFileSync } from "node:fs";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { previewSheet, previewToRota } from "../../../core/src/import/index.js";
import {
  cellText,
  decodeText,
  parseCsv,
  tableFromSheet,
} from "../../../planner/src/import/read-sheet.js";

const fixture = (name: string) => new URL(`../../fixtures/import/${name}`, import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(fixture(name)));

describe("reading sheet files", () => {
  it("reads the Danish grid CSV (; delimiter, BOM, Danish dates and letters)", async () => {
    const table = await parseCsv(decodeText(bytes("grid-da.csv")));
    expect(table[1]).toEqual(["Dato", "Dag", "Anna Jensen", "Bo Hansen", "Søren Ærø"]);
    const p = previewSheet(table, { profile: "dk" });
    expect(p.layout).toBe("grid");
    expect(p.issues).toEqual([]);
    expect(p.assistants.map((a) => a.name)).toEqual(["Anna Jensen", "Bo Hansen", "Søren Ærø"]);
    expect(p.shifts).toHaveLength(14);
    expect(p.period).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    expect(previewToRota(p).ok).toBe(true);
  });

  it("reads the Norwegian row-per-shift CSV (, delimiter, quoted decimal comma)", async () => {
    const table = await parseCsv(decodeText(bytes("rows-no.csv")));
    const p = previewSheet(table, { profile: "no" });
    expect(p.layout).toBe("rows");
    expect(p.issues).toEqual([]);
    expect(p.assistants.map((a) => a.name)).toEqual(["Kari Nordmann", "Ola Hansen"]);
    expect(p.shifts.map((s) => [s.start, s.end, s.kind, s.breakMinutes])).toEqual([
      ["2026-03-02T07:00", "2026-03-02T15:00", "work", 30],
      ["2026-03-02T15:00", "2026-03-02T23:00", "work", 30],
      ["2026-03-03T23:00", "2026-03-04T07:00", "oncall", 0],
      ["2026-03-04T07:00", "2026-03-04T15:00", "vacation", 0],
      ["2026-03-05T08:00", "2026-03-05T16:00", "work", 30],
      ["2026-03-06T22:00", "2026-03-07T00:00", "work", 0],
    ]);
  });

  it("reads Windows-1252 text when the bytes are not UTF-8", async () => {
    const latin1 = Uint8Array.from([...Buffer.from("Dato;S"), 0xf8, ...Buffer.from("ren\n")]);
    expect(await parseCsv(decodeText(latin1))).toEqual([["Dato", "Søren"]]);
  });

  it("reads the XLSX grid with real spreadsheet dates, on each of its sheets", async () => {
    const sheets = await readXlsxFile(readFileSync(fixture("rota-grid.xlsx")));
    expect(sheets.map((s) => s.sheet)).toEqual(["Vaktplan", "April"]);
    const table = tableFromSheet(sheets[0]?.data ?? []);
    const april = previewSheet(tableFromSheet(sheets[1]?.data ?? []), { profile: "no" });
    expect(april.issues).toEqual([]);
    expect(april.shifts.map((s) => s.start)).toEqual(["2026-04-06T07:00", "2026-04-07T07:00"]);
    expect(table[1]?.[0]).toBe("2026-03-02");
    const p = previewSheet(table, { profile: "no" });
    expect(p.issues).toEqual([]);
    expect(p.assistants.map((a) => a.name)).toEqual(["Kari Nordmann", "Ola Hansen"]);
    expect(p.shifts).toHaveLength(9);
    expect(p.shifts.find((s) => s.kind === "oncall")?.end).toBe("2026-03-07T07:00");
  });

  it("writes spreadsheet values as text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(new Date(Date.UTC(2026, 2, 2)))).toBe("2026-03-02");
    expect(cellText(new Date(Date.UTC(2026, 2, 2, 7, 30)))).toBe("2026-03-02T07:30");
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 7, 0)))).toBe("07:00");
    expect(cellText(7.5)).toBe("7.5");
    expect(cellText("7-15")).toBe("7-15");
  });
});
