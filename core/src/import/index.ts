/**
 * Import: a rota sheet (a table of cell texts the caller read from CSV or XLSX) in the grid or
 * the row-per-shift layout -> a preview naming every unreadable cell -> a `turnus-rota/1` file.
 */
export type {
  SheetAssistant,
  SheetIssue,
  SheetLayout,
  SheetOptions,
  SheetPreview,
  SheetShift,
  Table,
} from "./types.js";
export { SHEET_LAYOUTS } from "./types.js";
export type { Detected } from "./preview.js";
export { detectLayout, previewSheet } from "./preview.js";
export type { SheetRota } from "./rota.js";
export { previewToRota } from "./rota.js";
export { parseSheetDate } from "./dates.js";
export { parseBreak, parseSheetClock } from "./clock.js";
export { columnLetter } from "./place.js";
