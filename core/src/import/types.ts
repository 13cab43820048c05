/**
 * The shapes of a spreadsheet import: the table the caller read from a CSV or XLSX file, the
 * options, the problems found (each naming its row and column) and the preview.
 */
import type { AssistantId, ProfileId, ShiftId, ShiftKind, Template } from "../model/index.js";
import type { LocalDate, LocalDateTime } from "../time/index.js";

/** A sheet as rows of cell texts, top to bottom, as read from the file (row 1 is `table[0]`). */
export type Table = readonly (readonly string[])[];

/** The two layouts a rota sheet comes in. */
export const SHEET_LAYOUTS = ["grid", "rows"] as const;
/**
 * `grid`: a date per row in the first column, an assistant per column, shift texts in the cells.
 * `rows`: one row per shift, its columns named in a header row (date, start, end, assistant, ...).
 */
export type SheetLayout = (typeof SHEET_LAYOUTS)[number];

/** What the caller decides about an import. */
export interface SheetOptions {
  /** The rule profile of the new arrangement. */
  readonly profile: ProfileId;
  /** The IANA zone of the times in the sheet; by default the profile's country. */
  readonly timeZone?: string;
  /** The language of the new arrangement; by default the profile's (`da` or `nb`). */
  readonly locale?: "da" | "nb" | "en";
  /** The layout, when the caller is told it; detected otherwise. */
  readonly layout?: SheetLayout;
  /** Shift templates whose short names the cells may use; they go into the rota file. */
  readonly templates?: readonly Template[];
}

/**
 * A problem with the sheet. `row` (1-based, as the spreadsheet numbers it) and `column` (its
 * header text, else its letter) name the cell; both are absent for the sheet as a whole.
 * `message` is the whole sentence (`row 5, column Anna: "7-" is not a shift ...`), `reason` the
 * part after the place.
 */
export interface SheetIssue {
  readonly row?: number;
  readonly column?: string;
  readonly reason: string;
  readonly message: string;
}

/** An assistant found in the sheet. */
export interface SheetAssistant {
  readonly id: AssistantId;
  readonly name: string;
}

/** A shift read from the sheet, with the cell it came from. */
export interface SheetShift {
  readonly id: ShiftId;
  readonly assistantId: AssistantId;
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  readonly kind: ShiftKind;
  readonly breakMinutes: number;
  readonly note?: string;
  readonly row: number;
  /** The column of the start (or of the whole shift); `endColumn` that of the end, if another. */
  readonly column: string;
  readonly endColumn?: string;
}

/** What an import would create, and every cell that could not be read. */
export interface SheetPreview {
  /** The layout the sheet was read in. */
  readonly layout: SheetLayout;
  /** The layout detection found (undefined when the sheet looks like neither). */
  readonly detected: SheetLayout | undefined;
  readonly profile: ProfileId;
  readonly timeZone: string;
  readonly locale: "da" | "nb" | "en";
  /** The row of the header (1-based), when one was found. */
  readonly headerRow: number | undefined;
  readonly assistants: readonly SheetAssistant[];
  readonly shifts: readonly SheetShift[];
  /** The dates the sheet covers (a grid's first and last date row), when it has any. */
  readonly period: { readonly from: LocalDate; readonly to: LocalDate } | undefined;
  readonly templates: readonly Template[];
  readonly issues: readonly SheetIssue[];
}
