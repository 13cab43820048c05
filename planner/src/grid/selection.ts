/** The rectangular selection of the rota grid: between an anchor cell and the active cell. Pure. */
import type { Pos } from "./navigation.js";

/** Inclusive row and column bounds. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The rectangle spanned by two cells. */
export const rectOf = (a: Pos, b: Pos): Rect => ({
  top: Math.min(a.row, b.row),
  left: Math.min(a.col, b.col),
  bottom: Math.max(a.row, b.row),
  right: Math.max(a.col, b.col),
});

/** Whether a cell lies in the rectangle. */
export const inRect = (r: Rect, row: number, col: number): boolean =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** Number of rows (days) in the rectangle. */
export const rectRows = (r: Rect): number => r.bottom - r.top + 1;

/** Number of columns (assistants) in the rectangle. */
export const rectCols = (r: Rect): number => r.right - r.left + 1;
