/**
 * The rota grid's active cell and range selection. Both are kept in refs ahead of rendering as
 * well as in state: keys can come faster than frames, so each key reads where the previous one
 * left the cursor, not what was last rendered. Focus follows the active cell (roving tabindex).
 */
import type { RefObject } from "preact";
import { useRef, useState } from "preact/hooks";
import type { Pos } from "./navigation.js";
import { rectOf, type Rect } from "./selection.js";

export interface Cursor {
  /** The active cell as rendered (clamped to the grid). */
  readonly pos: Pos;
  /** The selection as rendered; undefined when only the active cell is selected. */
  readonly range: Rect | undefined;
  /** The active cell as of the last key. */
  current(): Pos;
  /** The selection as of the last key (the active cell alone when there is no range). */
  rect(): Rect;
  /** Moves the active cell and focus; `extend` grows the range from its anchor, else collapses. */
  moveTo(p: Pos, extend?: boolean): void;
  /** Selects a rectangle, with the active cell at its top-left. */
  select(area: Rect): void;
  /** Drops the range, keeping the active cell. */
  collapse(): void;
  /** A cell got focus some other way (mouse, screen reader): it becomes the only selected one. */
  focused(p: Pos): void;
}

export function useCursor(gridRef: RefObject<HTMLElement>, rows: number, cols: number): Cursor {
  const [pos, setPos] = useState<Pos>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<Pos | undefined>();
  const posRef = useRef<Pos>(pos);
  const anchorRef = useRef<Pos | undefined>(undefined);
  const clamp = (p: Pos): Pos => ({
    row: Math.max(0, Math.min(p.row, rows - 1)),
    col: Math.max(0, Math.min(p.col, cols - 1)),
  });
  const set = (p: Pos, a: Pos | undefined) => {
    posRef.current = p;
    anchorRef.current = a;
    setPos(p);
    setAnchor(a);
  };
  const focusActive = () => {
    const focus = () => {
      const { row, col } = posRef.current;
      const el = gridRef.current?.querySelector<HTMLElement>(
        `[data-row="${row}"][data-col="${col}"]`,
      );
      // never take focus back from inside the cell (its editor may have opened meanwhile)
      if (el && !el.contains(document.activeElement)) el.focus();
    };
    // Now, so that the next key (and a cell editor closing) finds focus on the cell; and again
    // after rendering, for a cell that did not exist yet.
    focus();
    requestAnimationFrame(focus);
  };
  const current = () => clamp(posRef.current);
  const shown = clamp(pos);
  const shownAnchor = anchor && clamp(anchor);
  const range =
    shownAnchor && (shownAnchor.row !== shown.row || shownAnchor.col !== shown.col)
      ? rectOf(shownAnchor, shown)
      : undefined;

  return {
    pos: shown,
    range,
    current,
    rect: () => rectOf(clamp(anchorRef.current ?? posRef.current), current()),
    moveTo(p, extend = false) {
      set(p, extend ? (anchorRef.current ?? current()) : undefined);
      focusActive();
    },
    select(area) {
      const single = area.top === area.bottom && area.left === area.right;
      set(
        { row: area.top, col: area.left },
        single ? undefined : { row: area.bottom, col: area.right },
      );
      focusActive();
    },
    collapse: () => set(current(), undefined),
    focused(p) {
      const now = posRef.current;
      if (now.row !== p.row || now.col !== p.col) set(p, undefined);
    },
  };
}
