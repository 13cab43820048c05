/**
 * Marks the fields a fill touched, on the page: a thick outline (solid: filled; dashed: the page
 * shows something else; dotted: not filled) and an `aria-description` saying the same, so that
 * the marks reach a screen reader too. Everything it changes it can put back.
 */
import type { Control } from "../fill/index.js";

/** How a field came out of the fill. */
export type Mark = "filled" | "changed" | "failed";

const STYLE: Record<Mark, string> = {
  filled: "3px solid #0a7d32",
  changed: "3px dashed #a04d00",
  failed: "3px dotted #c40000",
};

interface Saved {
  el: Control;
  outline: string;
  offset: string;
  description: string | null;
}

/** The marks on one page, removable at once. */
export class Highlights {
  private saved: Saved[] = [];

  /** Marks `el` as `mark` with `description` for assistive technology. */
  mark(el: Control, mark: Mark, description: string): void {
    if (!this.saved.some((s) => s.el === el)) {
      this.saved.push({
        el,
        outline: el.style.outline,
        offset: el.style.outlineOffset,
        description: el.getAttribute("aria-description"),
      });
    }
    el.style.outline = STYLE[mark];
    el.style.outlineOffset = "2px";
    el.setAttribute("aria-description", description);
    el.dataset.turnusFill = mark;
  }

  /** Removes every mark, restoring the fields' own outline and description. */
  clear(): void {
    for (const s of this.saved) {
      s.el.style.outline = s.outline;
      s.el.style.outlineOffset = s.offset;
      if (s.description === null) s.el.removeAttribute("aria-description");
      else s.el.setAttribute("aria-description", s.description);
      delete s.el.dataset.turnusFill;
    }
    this.saved = [];
  }
}
