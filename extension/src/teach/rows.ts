/**
 * Rows in a form the heuristics do not know: the container of the controls the user assigned
 * (a `tr`, `[role=row]`, `fieldset`, `li`, or an element whose siblings repeat its structure),
 * its sibling rows, and the controls of the first row that the teach panel offers.
 */
import { collectRoots, controlsIn, type Control } from "../fill/index.js";

/** Elements that are a row by their nature. */
export const ROW_LIKE = "tr, [role=row], fieldset, li";

/** The nearest element that contains every one of `els`. */
export function commonAncestor(els: readonly Element[]): Element | undefined {
  const [first, ...rest] = els;
  let e: Element | null = first?.parentElement ?? null;
  while (e && !rest.every((x) => e!.contains(x))) e = e.parentElement;
  return e ?? undefined;
}

const CONTROLS = "input, select, textarea";

/** Siblings of `el` with its tag, classes and number of controls: the other rows, if a row. */
export function repeatsOf(el: Element): Element[] {
  const parent = el.parentElement ?? el.parentNode;
  if (!parent) return [];
  const count = el.querySelectorAll(CONTROLS).length;
  const same = (s: Element) =>
    s !== el &&
    s.localName === el.localName &&
    [...el.classList].every((c) => s.classList.contains(c)) &&
    s.querySelectorAll(CONTROLS).length === count;
  return [...parent.children].filter(same);
}

/** The first ancestor from `start` up whose siblings repeat it, below `limit` and any form. */
function repeatingAncestor(start: Element, limit: Element | null): Element | undefined {
  for (let e: Element | null = start; e && e !== limit; e = e.parentElement) {
    if (e.localName === "form" || e.localName === "body") return undefined;
    if (repeatsOf(e).length > 0) return e;
  }
  return undefined;
}

/**
 * The row container of `controls` (assigned in one row): the nearest row-like element, or the
 * nearest element whose siblings repeat it, or (a form for one day) their common ancestor.
 */
export function rowOf(controls: readonly Control[]): Element {
  const first = controls[0];
  if (!first) throw new Error("No field is assigned.");
  const shared = controls.length > 1 ? commonAncestor(controls) : undefined;
  const start = shared ?? first.parentElement ?? first;
  const rowLike = start.closest(ROW_LIKE);
  if (controls.length === 1) return rowLike ?? first.closest("form") ?? start;
  return repeatingAncestor(start, rowLike) ?? rowLike ?? start;
}

/** True when the controls lie in different rows (the user assigned across rows). */
export function spansRows(controls: readonly Control[]): boolean {
  const rows = new Set(controls.map((c) => c.closest(ROW_LIKE)));
  return rows.size > 1;
}

/**
 * The controls the teach panel lists: those of the first row (the first row-like container
 * holding two or more controls), else the first `cap` controls of the page.
 */
export function candidateControls(doc: Document, frames = true, cap = 40): Control[] {
  const all = controlsIn(collectRoots(doc, frames).roots);
  for (const el of all) {
    const row = el.closest(ROW_LIKE);
    const inRow = row ? all.filter((c) => row.contains(c)) : [];
    if (inRow.length >= 2) return inRow.slice(0, cap);
  }
  return all.slice(0, cap);
}
