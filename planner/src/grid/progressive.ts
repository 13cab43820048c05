/**
 * Rendering a long grid in slices: when the grid gets other days (a month, the next month), the
 * first rows render at once and the rest follow a slice per task, so that no single task is long
 * and the page stays responsive while a month of 30 assistants is built. Rows up to `needed` (the
 * active cell's) always render at once, so keyboard focus never waits for a slice.
 */
import { useEffect, useState } from "preact/hooks";

/** Rows rendered per task. */
export const ROWS_PER_SLICE = 8;

/** How many of `rows` rows to render now, for the grid showing `key` (e.g. its first day). */
export function useProgressiveRows(key: string, rows: number, needed: number): number {
  const [done, setDone] = useState({ key, rows });
  const shown = Math.min(
    rows,
    Math.max(done.key === key ? done.rows : ROWS_PER_SLICE, needed, ROWS_PER_SLICE),
  );
  useEffect(() => {
    if (shown >= rows) {
      if (done.key !== key || done.rows !== shown) setDone({ key, rows: shown });
      return;
    }
    const timer = setTimeout(() => setDone({ key, rows: shown + ROWS_PER_SLICE }), 0);
    return () => clearTimeout(timer);
  }, [key, shown, rows]);
  return shown;
}
