/**
 * What copy, paste, fill and delete do to a range of the rota grid, as plain data: the TSV a
 * copy puts on the clipboard, and the cell writes the owner applies as one undo step. Pure.
 */
import { inRect, rectCols, rectRows, type Rect } from "./selection.js";
import { formatTsv, parseTsv, rectangular } from "./tsv.js";
import { cellKey, type CellWrite, type GridModel, type ShiftRecord } from "./types.js";

/**
 * What this app copied last: the table it put on the clipboard and the shifts behind each cell,
 * so that pasting it back keeps kinds, breaks and notes (TSV only has times). A cell without
 * its shifts' records is pasted from its text.
 */
export interface Snapshot {
  readonly table: readonly (readonly string[])[];
  readonly dates: readonly string[];
  readonly shifts: readonly (readonly (readonly ShiftRecord[] | undefined)[])[];
}

const shiftsAt = (model: GridModel, row: number, col: number) => {
  const date = model.days[row] as string;
  const assistant = model.assistants[col] as { id: string };
  return model.cells.get(cellKey(date, assistant.id)) ?? [];
};

/** The text of each cell of a range: per day a row, per assistant a column, shifts space-joined. */
export function rangeTable(model: GridModel, rect: Rect): string[][] {
  return Array.from({ length: rectRows(rect) }, (_, i) =>
    Array.from({ length: rectCols(rect) }, (_, j) =>
      shiftsAt(model, rect.top + i, rect.left + j)
        .map((s) => s.text)
        .join(" "),
    ),
  );
}

/** A copy of a range: the TSV for the clipboard and the snapshot to recognise it by. */
export function copyRange(model: GridModel, rect: Rect): { tsv: string; snapshot: Snapshot } {
  const table = rangeTable(model, rect);
  const shifts = Array.from({ length: rectRows(rect) }, (_, i) =>
    Array.from({ length: rectCols(rect) }, (_, j) => {
      const cell = shiftsAt(model, rect.top + i, rect.left + j);
      const records = cell.map((s) => s.record);
      return records.every((r) => r !== undefined) ? records : undefined;
    }),
  );
  const dates = model.days.slice(rect.top, rect.bottom + 1);
  return { tsv: formatTsv(table), snapshot: { table, dates, shifts } };
}

/** The result of reading pasted text against the grid. */
export interface PastePlan {
  readonly writes: CellWrite[];
  /** Pasted cells that fall outside the grid's days or assistants. */
  readonly leftOut: number;
  /** The cells written to, for selecting them afterwards. */
  readonly area: Rect;
}

/**
 * The writes of pasting `text` (TSV) at the selection's top-left cell. One pasted cell fills the
 * whole selection; a larger table is pasted from the top-left cell, and what does not fit is
 * left out and counted. When the text is what {@link copyRange} made (same table), the copied
 * shifts themselves are pasted. Undefined when the text has no cells.
 */
export function pasteWrites(
  model: GridModel,
  text: string,
  selection: Rect,
  snapshot?: Snapshot,
): PastePlan | undefined {
  const table = rectangular(parseTsv(text));
  const height = table.length;
  const width = table[0]?.length ?? 0;
  if (height === 0 || width === 0) return undefined;
  const own = snapshot && JSON.stringify(snapshot.table) === JSON.stringify(table);
  const rows = model.days.length;
  const cols = model.assistants.length;
  const single = height === 1 && width === 1;
  const area: Rect = single
    ? selection
    : {
        top: selection.top,
        left: selection.left,
        bottom: Math.min(rows - 1, selection.top + height - 1),
        right: Math.min(cols - 1, selection.left + width - 1),
      };
  const writes: CellWrite[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      const i = single ? 0 : row - area.top;
      const j = single ? 0 : col - area.left;
      const date = model.days[row] as string;
      const assistantId = (model.assistants[col] as { id: string }).id;
      const records = own ? snapshot.shifts[i]?.[j] : undefined;
      writes.push({
        row,
        col,
        date,
        assistantId,
        content: records
          ? { shifts: records, from: snapshot?.dates[i] as string }
          : { text: table[i]?.[j] ?? "" },
      });
    }
  }
  const fitted = rectRows(area) * rectCols(area);
  return { writes, leftOut: single ? 0 : height * width - fitted, area };
}

/**
 * Fill down (`"down"`): each column's top cell of the range copied into the cells below it;
 * fill right: each row's left cell copied into the cells to its right, the same times on each
 * day. A range of one row (column) is filled from the cell above (left of) it, as spreadsheets
 * do; undefined when there is none.
 */
export function fillWrites(
  model: GridModel,
  rect: Rect,
  direction: "down" | "right",
): { writes: CellWrite[]; area: Rect } | undefined {
  const down = direction === "down";
  const single = down ? rectRows(rect) === 1 : rectCols(rect) === 1;
  const source = down ? (single ? rect.top - 1 : rect.top) : single ? rect.left - 1 : rect.left;
  if (source < 0) return undefined;
  const writes: CellWrite[] = [];
  for (let row = down ? source + 1 : rect.top; row <= rect.bottom; row++) {
    for (let col = down ? rect.left : source + 1; col <= rect.right; col++) {
      const from = down ? { row: source, col } : { row, col: source };
      writes.push({
        row,
        col,
        date: model.days[row] as string,
        assistantId: (model.assistants[col] as { id: string }).id,
        content: {
          sameAs: {
            date: model.days[from.row] as string,
            assistantId: (model.assistants[from.col] as { id: string }).id,
          },
        },
      });
    }
  }
  const area = down ? { ...rect, top: source } : { ...rect, left: source };
  return { writes, area };
}

/** Clearing a range: an empty write for each cell that has shifts. */
export function clearWrites(model: GridModel, rect: Rect): CellWrite[] {
  const writes: CellWrite[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      if (shiftsAt(model, row, col).length === 0) continue;
      const date = model.days[row] as string;
      const assistantId = (model.assistants[col] as { id: string }).id;
      writes.push({ row, col, date, assistantId, content: { text: "" } });
    }
  }
  return writes;
}

/**
 * Moving (or, with `copy`, copying) a range by whole cells, as dragging it does: each target cell
 * gets what its source cell holds (an empty source empties its target, as in a spreadsheet), and
 * the source cells the target does not cover are emptied unless copying. Undefined when the
 * range does not move or would leave the grid.
 */
export function moveWrites(
  model: GridModel,
  source: Rect,
  rows: number,
  cols: number,
  copy = false,
): { writes: CellWrite[]; area: Rect } | undefined {
  const area: Rect = {
    top: source.top + rows,
    left: source.left + cols,
    bottom: source.bottom + rows,
    right: source.right + cols,
  };
  const inside =
    area.top >= 0 &&
    area.left >= 0 &&
    area.bottom < model.days.length &&
    area.right < model.assistants.length;
  if ((rows === 0 && cols === 0) || !inside) return undefined;
  const writes: CellWrite[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) {
      const from = model.days[row - rows] as string;
      const shifts = shiftsAt(model, row - rows, col - cols);
      const records = shifts.map((s) => s.record);
      writes.push({
        row,
        col,
        date: model.days[row] as string,
        assistantId: (model.assistants[col] as { id: string }).id,
        content: records.every((r) => r !== undefined)
          ? { shifts: records, from }
          : { text: shifts.map((s) => s.text).join(" ") },
      });
    }
  }
  if (!copy) {
    for (const w of clearWrites(model, source)) {
      if (!inRect(area, w.row, w.col)) writes.push(w);
    }
  }
  return { writes, area };
}
