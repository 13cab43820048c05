/**
 * Marks the fields a fill touched, on the page: a thick outline (solid: filled; dashed: the page
 * shows something else; dotted: not filled) and an `aria-description` saying the same, so that
 * the marks reach a screen reader too. The outline comes from one style sheet per document or
 * shadow root and steps aside while the field has focus, so the page's own focus ring shows.
 * Everything it changes it can put back.
 */
import { OWN_UI, type Control } from "../fill/index.js";

/** How a field came out of the fill. */
export type Mark = "filled" | "changed" | "failed";

const CSS = `
  [data-turnus-fill]:not(:focus) { outline-offset: 2px !important; }
  [data-turnus-fill="filled"]:not(:focus) { outline: 3px solid #0a7d32 !important; }
  [data-turnus-fill="changed"]:not(:focus) { outline: 3px dashed #a04d00 !important; }
  [data-turnus-fill="failed"]:not(:focus) { outline: 3px dotted #c40000 !important; }
`;

interface Saved {
  el: Control;
  description: string | null;
}

/** The marks on one page, removable at once. */
export class Highlights {
  private saved: Saved[] = [];
  private sheets = new Map<Document | ShadowRoot, HTMLStyleElement>();

  /** Marks `el` as `mark` with `description` for assistive technology. */
  mark(el: Control, mark: Mark, description: string): void {
    if (!this.saved.some((s) => s.el === el)) {
      this.saved.push({ el, description: el.getAttribute("aria-description") });
    }
    this.sheetFor(el.getRootNode() as Document | ShadowRoot);
    el.setAttribute("aria-description", description);
    el.dataset.turnusFill = mark;
  }

  /** Removes every mark and style sheet, restoring the fields' own description. */
  clear(): void {
    for (const s of this.saved) {
      if (s.description === null) s.el.removeAttribute("aria-description");
      else s.el.setAttribute("aria-description", s.description);
      delete s.el.dataset.turnusFill;
    }
    for (const sheet of this.sheets.values()) sheet.remove();
    this.saved = [];
    this.sheets.clear();
  }

  /** The style sheet of `root`, added on first use. */
  private sheetFor(root: Document | ShadowRoot): void {
    if (this.sheets.has(root)) return;
    const doc = root instanceof Document ? root : root.ownerDocument;
    const style = doc.createElement("style");
    style.setAttribute(OWN_UI, "");
    style.textContent = CSS;
    (root instanceof Document ? (root.head ?? root.documentElement) : root).append(style);
    this.sheets.set(root, style);
  }
}
