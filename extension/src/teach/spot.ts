/**
 * The highlight on the page field whose select has focus in the teach panel: a thick frame drawn
 * in the panel's own shadow root over the field, so the page's DOM and styles stay untouched.
 * It follows scrolling and resizing while shown, and across same-origin frames.
 */

/** The viewport rectangle of `el`, shifted by the frames it sits in. */
function viewportRect(el: Element): { top: number; left: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  let top = r.top;
  let left = r.left;
  for (let frame = el.ownerDocument.defaultView?.frameElement; frame;) {
    const f = frame.getBoundingClientRect();
    top += f.top;
    left += f.left;
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  return { top, left, width: r.width, height: r.height };
}

/** A frame over one page element at a time. */
export class Spot {
  private target: Element | undefined;
  private readonly follow = () => this.place();

  constructor(
    private readonly box: HTMLElement,
    private readonly view: Window,
  ) {}

  /** Frames `el` (and scrolls it into view when `scroll`). */
  show(el: Element, scroll: boolean): void {
    if (scroll) el.scrollIntoView({ block: "center", inline: "nearest" });
    if (!this.target) {
      this.view.addEventListener("scroll", this.follow, { capture: true, passive: true });
      this.view.addEventListener("resize", this.follow, { passive: true });
    }
    this.target = el;
    this.box.hidden = false;
    this.place();
  }

  /** Removes the frame and its listeners. */
  hide(): void {
    this.target = undefined;
    this.box.hidden = true;
    this.view.removeEventListener("scroll", this.follow, { capture: true });
    this.view.removeEventListener("resize", this.follow);
  }

  /** Moves the frame onto the target's current place. */
  private place(): void {
    if (!this.target) return;
    const r = viewportRect(this.target);
    const pad = 4;
    Object.assign(this.box.style, {
      top: `${r.top - pad}px`,
      left: `${r.left - pad}px`,
      width: `${r.width + 2 * pad}px`,
      height: `${r.height + 2 * pad}px`,
    });
  }
}
