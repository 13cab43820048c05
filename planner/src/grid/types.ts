/** What the rota grid shows and what it asks its owner to write. */

/** A stored shift as the grid carries it for copying: its times and other fields. */
export interface ShiftRecord {
  readonly start: string;
  readonly end: string;
  readonly [field: string]: unknown;
}

/** A shift as a cell shows it. */
export interface CellShift {
  readonly id: string;
  readonly text: string;
  /** The shift itself, so that a copy inside the app keeps its kind, break and note. */
  readonly record?: ShiftRecord;
  /** Violation messages that involve this shift. */
  readonly problems: readonly {
    readonly severity: "error" | "warning";
    readonly message: string;
  }[];
}

/** An assistant as a grid column. */
export interface GridAssistant {
  readonly id: string;
  readonly name: string;
}

/** What the grid shows: rows are days, columns assistants, shifts per cell keyed `date|id`. */
export interface GridModel {
  readonly days: readonly string[];
  readonly assistants: readonly GridAssistant[];
  readonly cells: ReadonlyMap<string, readonly CellShift[]>;
}

/** The key of a cell in {@link GridModel.cells}. */
export const cellKey = (date: string, assistantId: string): string => `${date}|${assistantId}`;

/**
 * The new content of a cell, replacing all its shifts: text to read for the cell's day (pasted;
 * empty clears), copies of shifts taken on another day (pasted from this app's own copy), or
 * the shifts another cell holds now (fill down/right). Copies keep their clock times.
 */
export type CellContent =
  | { readonly text: string }
  | { readonly shifts: readonly ShiftRecord[]; readonly from: string }
  | { readonly sameAs: { readonly date: string; readonly assistantId: string } };

/** One cell to write. */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly date: string;
  readonly assistantId: string;
  readonly content: CellContent;
}

/** What asked for a batch of writes (for the announcement). */
export type WriteAction = "paste" | "cut" | "delete" | "fill" | "move" | "copy";

/** A cell of a batch that was left as it was, and why. */
export interface CellFailure {
  /** Index into the batch's writes. */
  readonly index: number;
  readonly reason: string;
}
