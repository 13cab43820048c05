/**
 * The report on the page after a fill: a banner at the top of the page, in the flow so that it
 * never covers the form at any zoom (its own shadow root, marked as Turnus's UI so the filler
 * never touches it), with the counts in a polite status, Undo, and Hide highlights. It never
 * takes focus: the person may be reading the form.
 */
import { OWN_UI } from "../fill/index.js";

/** What the banner's buttons do. */
export interface BannerActions {
  undo(): void;
  hide(): void;
}

const CSS = `
  :host { all: initial; }
  section { position: relative; z-index: 2147483647; display: flex;
    flex-wrap: wrap; gap: 0.75rem; align-items: center; padding: 0.75rem 1rem;
    background: #fff; color: #111; border-bottom: 4px solid #0a7d32;
    font: 1.125rem/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); }
  p { margin: 0; flex: 1 1 20rem; }
  button { font: inherit; min-height: 2.75rem; padding: 0.25rem 1rem; border: 2px solid #111;
    border-radius: 0.375rem; background: #f3f3f3; color: #111; cursor: pointer; }
  button:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 2px; }
`;

/** The banner on one page. */
export class Banner {
  private host: HTMLElement | undefined;
  private status: HTMLParagraphElement | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly labels: { region: string; undo: string; hide: string },
  ) {}

  /** Shows `text` (creating the banner with its buttons if needed). */
  show(text: string, actions: BannerActions): void {
    if (this.host) {
      this.say(text);
      return;
    }
    const status = this.create(actions);
    // A live region announces changes, not its first content: fill it a moment later.
    this.timer = setTimeout(() => (status.textContent = text), 100);
  }

  /** Replaces the status text now (and any text still waiting to be shown). */
  private say(text: string): void {
    clearTimeout(this.timer);
    if (this.status) this.status.textContent = text;
  }

  /** Says `text` and removes the buttons (after an undo). */
  settle(text: string): void {
    if (!this.host) return;
    this.say(text);
    for (const b of this.host.shadowRoot!.querySelectorAll("button")) {
      if (b.dataset.action !== "hide") b.remove();
    }
  }

  /** Removes the banner. */
  remove(): void {
    clearTimeout(this.timer);
    this.host?.remove();
    this.host = undefined;
    this.status = undefined;
  }

  private create(actions: BannerActions): HTMLParagraphElement {
    const host = this.doc.createElement("turnus-report");
    host.setAttribute(OWN_UI, "");
    const root = host.attachShadow({ mode: "open" });
    const style = this.doc.createElement("style");
    style.textContent = CSS;
    const section = this.doc.createElement("section");
    section.setAttribute("aria-label", this.labels.region);
    const status = this.doc.createElement("p");
    status.setAttribute("role", "status");
    const button = (action: "undo" | "hide", text: string, run: () => void) => {
      const b = this.doc.createElement("button");
      b.type = "button";
      b.dataset.action = action;
      b.textContent = text;
      b.addEventListener("click", run);
      return b;
    };
    section.append(
      status,
      button("undo", this.labels.undo, () => actions.undo()),
      button("hide", this.labels.hide, () => actions.hide()),
    );
    root.append(style, section);
    this.doc.body.prepend(host);
    this.host = host;
    this.status = status;
    return status;
  }
}
