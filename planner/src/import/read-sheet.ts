/**
 * Reading a spreadsheet file into the table core's import takes (rows of cell texts): CSV with
 * papaparse (the delimiter detected, `;` included; UTF-8 with or without BOM, else Windows-1252
 * as older Excel saves it) and .xlsx with read-excel-file (every sheet; dates as ISO text).
 * Both libraries are loaded on demand, so they are not in the main bundle.
 */
import type { Table } from "../../../core/src/import/index.js";

/** One sheet of a file: a CSV file is one sheet, named after the file. */
export interface NamedSheet {
  readonly name: string;
  readonly table: Table;
}

/** What reading a file gave: its sheets (at least one), or why there are none. */
export type SheetFile =
  | { readonly ok: true; readonly sheets: readonly NamedSheet[] }
  | { readonly ok: false; readonly problem: "type" | "unreadable"; readonly detail: string };

/** The text of CSV bytes: UTF-8 (a BOM dropped) when valid, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Rows of CSV text, the delimiter (`,` `;` tab `|`) detected; empty lines dropped. */
export async function parseCsv(text: string): Promise<Table> {
  const mod = await import("papaparse");
  const papa = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const result = papa.parse<string[]>(text, {
    delimiter: "",
    delimitersToGuess: [";", ",", "\t", "|"],
    skipEmptyLines: "greedy",
  });
  return result.data.map((row) => row.map((cell) => String(cell)));
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * A spreadsheet cell's value as text: dates as `YYYY-MM-DD` (with `THH:mm` when they have a
 * time; a time alone, on Excel's day 0, as `HH:mm`), numbers as JavaScript writes them, empty
 * cells as "".
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    if (value.getUTCFullYear() < 1901) return time;
    return time === "00:00" ? date : `${date}T${time}`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A sheet as read-excel-file gives it, as a table of texts. */
export function tableFromSheet(rows: readonly (readonly unknown[])[]): Table {
  return rows.map((row) => row.map(cellText));
}

/** The sheets of an .xlsx file, in the workbook's order. */
async function parseXlsx(file: Blob): Promise<NamedSheet[]> {
  const { default: readXlsxFile } = await import("read-excel-file/browser");
  const sheets = await readXlsxFile(file);
  return sheets.map((s) => ({ name: s.sheet, table: tableFromSheet(s.data) }));
}

/** Reads a .csv, .txt or .xlsx file (by its name, else its type) into a table. */
export async function readSheetFile(file: File): Promise<SheetFile> {
  const name = file.name.toLowerCase();
  const xlsx =
    name.endsWith(".xlsx") ||
    file.type === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const csv = /\.(csv|txt|tsv)$/.test(name) || /^text\//.test(file.type);
  if (!xlsx && !csv) {
    return { ok: false, problem: "type", detail: file.name };
  }
  try {
    if (xlsx) {
      const sheets = await parseXlsx(file);
      if (sheets.length === 0) return { ok: false, problem: "unreadable", detail: file.name };
      return { ok: true, sheets };
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, sheets: [{ name: file.name, table: await parseCsv(decodeText(bytes)) }] };
  } catch (e) {
    return { ok: false, problem: "unreadable", detail: e instanceof Error ? e.message : String(e) };
  }
}
