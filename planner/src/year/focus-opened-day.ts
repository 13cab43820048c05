/**
 * After the year overview opens a day, the week view replaces it and the focused day cell is
 * gone: focus would fall to the page. This puts it on the opened day's row of the week's rota
 * grid (first assistant), so keyboard and screen-reader users land where they asked to go.
 *
 * A stopgap that reads the rota grid's markup (`.rota-grid`, `data-row`/`data-col`): the owner
 * of the view (ArrangementView) could instead tell RotaGrid which day to focus. It only acts
 * while nothing else has focus (focus is on the body), and tries for a few frames while the
 * week view renders.
 */
import { isoWeekday, type LocalDate } from "../../../core/src/time/index.js";

export function focusOpenedDay(date: LocalDate, tries = 10): void {
  requestAnimationFrame(() => {
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused.isConnected) return;
    const grid = document.querySelector<HTMLElement>(".rota-grid");
    const cell =
      grid?.querySelector<HTMLElement>(
        `[role="gridcell"][data-row="${isoWeekday(date) - 1}"][data-col="0"]`,
      ) ?? grid?.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]');
    if (cell) cell.focus();
    else if (tries > 1) focusOpenedDay(date, tries - 1);
  });
}
