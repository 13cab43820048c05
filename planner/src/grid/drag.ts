/**
 * Dragging shifts with a mouse or pen: press on a cell with shifts (or inside the selected range)
 * and move at least a few pixels, and the cells it would land on are outlined; releasing moves
 * them there (with Ctrl or Alt held: copies). Touch is left to scrolling; on every device the
 * same moves are made with cut and paste (Ctrl+X, Ctrl+V), so dragging is never the only way.
 */
import type { RefObject } from "preact";
import { useRef, useState } from "preact/hooks";
import type { Pos } from "./navigation.js";
import type { Rect } from "./selection.js";

/** Pixels the pointer must travel before a press becomes a drag (a click stays a click). */
const THRESHOLD = 6;

export interface DragMoveOptions {
  /** The range a press on `p` would drag, or undefined when there is nothing to drag there. */
  source(p: Pos): Rect | undefined;
  /** Drops the range `rows` down and `cols` right (negative: up, left). */
  drop(range: Rect, rows: number, cols: number, copy: boolean): void;
}

interface Pressed {
  readonly from: Pos;
  readonly range: Rect;
  readonly x: number;
  readonly y: number;
  dragging: boolean;
}

/** The drag handlers for the grid element, and where a drag in progress would land. */
export function useDragMove(gridRef: RefObject<HTMLElement>, options: DragMoveOptions) {
  const pressed = useRef<Pressed | undefined>(undefined);
  const [target, setTarget] = useState<Rect | undefined>();

  const cellAt = (x: number, y: number): Pos | undefined => {
    const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[role="gridcell"]');
    if (!el || !gridRef.current?.contains(el)) return undefined;
    return { row: Number(el.dataset["row"]), col: Number(el.dataset["col"]) };
  };
  const shifted = (r: Rect, rows: number, cols: number): Rect => ({
    top: r.top + rows,
    left: r.left + cols,
    bottom: r.bottom + rows,
    right: r.right + cols,
  });
  const end = () => {
    pressed.current = undefined;
    setTarget(undefined);
  };

  const handlers = {
    onPointerDown(e: PointerEvent) {
      if (e.button !== 0 || e.pointerType === "touch" || e.shiftKey) return;
      if (e.target instanceof HTMLInputElement) return; // a cell being edited
      const from = cellAt(e.clientX, e.clientY);
      const range = from && options.source(from);
      if (!from || !range) return;
      pressed.current = { from, range, x: e.clientX, y: e.clientY, dragging: false };
    },
    onPointerMove(e: PointerEvent) {
      const p = pressed.current;
      if (!p) return;
      if (!p.dragging) {
        if (Math.hypot(e.clientX - p.x, e.clientY - p.y) < THRESHOLD) return;
        p.dragging = true;
        // keep the pointer's events (and the click that ends the drag) on the grid
        gridRef.current?.setPointerCapture(e.pointerId);
      }
      e.preventDefault(); // no text selection while dragging
      const over = cellAt(e.clientX, e.clientY);
      setTarget(over && shifted(p.range, over.row - p.from.row, over.col - p.from.col));
    },
    onPointerUp(e: PointerEvent) {
      const p = pressed.current;
      end();
      if (!p?.dragging) return;
      const over = cellAt(e.clientX, e.clientY);
      if (!over) return;
      options.drop(p.range, over.row - p.from.row, over.col - p.from.col, e.ctrlKey || e.altKey);
    },
    onPointerCancel: end,
  };
  return { handlers, target };
}
