/**
 * Teach mode: an in-page panel where the user says what goes in each field of the form's first
 * row, and saves that as a portal profile. Keyboard and screen reader first: a labelled,
 * non-modal dialog with one native select per field; focusing a select frames its page field;
 * clicking a page field moves focus to its select; Escape or Close ends it and removes all.
 */
import {
  collectRoots,
  fieldOf,
  type Control,
  type FieldKind,
  type Locale,
  type PortalProfile,
} from "../fill/index.js";
import { translator } from "../lang.js";
import { deriveProfile, TeachError, type Assignment } from "./derive.js";
import { candidateControls } from "./rows.js";
import { Spot } from "./spot.js";
import { teachTexts } from "./texts.js";
import { buildItem, buildPanel, type PanelView, type Say } from "./view.js";

/** What teach mode is given: the panel's language and what to do with the profile. */
export interface TeachOptions {
  locale: Locale;
  /** Whether to reach into same-origin iframes (default true; the extension teaches each frame). */
  frames?: boolean;
  onSave(profile: PortalProfile): Promise<void> | void;
  onClose?(): void;
}

/** A running teach mode. */
export interface TeachSession {
  /** Ends teach mode: removes the panel, the highlight and every listener. */
  stop(): void;
}

const CONTROL = /^(INPUT|SELECT|TEXTAREA)$/;
const SKIPPED = /^(hidden|submit|button|reset|image|file|checkbox|radio)$/i;

/** What went wrong, in words: a validation error's fields and messages, else the message. */
export function reasonOf(e: unknown): string {
  const issues = (e as { issues?: unknown } | null)?.issues;
  if (Array.isArray(issues)) {
    return issues
      .map((i: { path?: PropertyKey[]; message?: string }) =>
        [(i.path ?? []).map(String).join("."), i.message].filter(Boolean).join(": "),
      )
      .join("; ");
  }
  return e instanceof Error ? e.message : String(e);
}

/** The fillable form control an event happened on, if any (by shape: frames are other realms). */
function controlIn(path: readonly EventTarget[]): Control | undefined {
  const el = path[0] as Partial<Control> | undefined;
  if (!el?.tagName || !CONTROL.test(el.tagName)) return undefined;
  const control = el as Control;
  const type = control.getAttribute("type") ?? "";
  return control.disabled || (control.tagName === "INPUT" && SKIPPED.test(type))
    ? undefined
    : control;
}

/** The fields to save, or the text of what is missing or wrong. */
function assignmentsOf(
  items: ReadonlyMap<Control, HTMLSelectElement>,
  say: Say,
): Assignment[] | string {
  const list: Assignment[] = [];
  for (const [control, select] of items) {
    if (select.value) list.push({ control, field: select.value as FieldKind });
  }
  const twice = list.find((a, i) => list.findIndex((b) => b.field === a.field) !== i);
  if (twice) return say("twice", { what: say(twice.field) });
  const has = (f: FieldKind) => list.some((a) => a.field === f);
  return has("hours") || (has("start") && has("end")) ? list : say("missing");
}

/** The teach panel on one page. */
class Teach implements TeachSession {
  private readonly say: Say;
  private readonly view: PanelView;
  private readonly spot: Spot;
  private readonly items = new Map<Control, HTMLSelectElement>();
  private readonly docs: Document[];
  private readonly returnTo: Element | null;
  private stopped = false;

  constructor(
    private readonly doc: Document,
    private readonly options: TeachOptions,
  ) {
    this.say = translator(teachTexts, options.locale);
    this.view = buildPanel(doc, this.say);
    this.spot = new Spot(this.view.spot, doc.defaultView ?? window);
    this.docs = collectRoots(doc, options.frames ?? true).roots.filter(
      (r): r is Document => r.nodeType === 9,
    );
    this.returnTo = doc.activeElement;
  }

  /** Shows the panel with the first row's fields and listens. */
  start(): void {
    for (const control of candidateControls(this.doc, this.options.frames ?? true)) {
      this.add(control);
    }
    this.view.host.lang = this.options.locale;
    (this.doc.body ?? this.doc.documentElement).append(this.view.host);
    for (const d of this.docs) d.addEventListener("click", this.onPageClick, true);
    this.doc.addEventListener("keydown", this.onKey);
    this.view.save.addEventListener("click", () => void this.save());
    this.view.close.addEventListener("click", () => this.stop());
    this.view.list.addEventListener("focusin", this.onFocus);
    this.view.list.addEventListener("focusout", () => this.spot.hide());
    this.view.heading.focus();
  }

  /** Adds `control` to the list (preset by the heuristics) and returns its select. */
  private add(control: Control): HTMLSelectElement {
    const n = this.items.size + 1;
    const { item, select } = buildItem(this.doc, this.say, control, n, fieldOf(control));
    this.items.set(control, select);
    this.view.list.append(item);
    return select;
  }

  /** The page field of a focused select gets the frame and is scrolled into view. */
  private readonly onFocus = (e: FocusEvent): void => {
    const control = [...this.items].find(([, s]) => s === e.target)?.[0];
    if (control) this.spot.show(control, true);
  };

  /** A click on a page field moves focus to its select (adding it when absent). */
  private readonly onPageClick = (e: MouseEvent): void => {
    const path = e.composedPath();
    if (path.includes(this.view.host)) return;
    const control = controlIn(path);
    if (!control) return;
    const known = this.items.get(control);
    const select = known ?? this.add(control);
    if (!known) this.view.status.textContent = this.say("added");
    select.focus();
  };

  /** Escape ends teach mode, unless the page used the key itself. */
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape" && !e.defaultPrevented) this.stop();
  };

  /** Validates, derives the profile and hands it to `onSave`, announcing the outcome. */
  private async save(): Promise<void> {
    const { problem, status } = this.view;
    problem.textContent = status.textContent = "";
    const list = assignmentsOf(this.items, this.say);
    if (typeof list === "string") {
      problem.textContent = list;
      return;
    }
    try {
      await this.options.onSave(deriveProfile(this.doc, list));
      status.textContent = this.say("saved");
    } catch (e) {
      const rows = e instanceof TeachError && e.code === "rows";
      problem.textContent = rows ? this.say("rows") : this.say("failed", { reason: reasonOf(e) });
    }
  }

  /** Removes the panel, the frame and the listeners; focus returns to where it was. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.spot.hide();
    for (const d of this.docs) d.removeEventListener("click", this.onPageClick, true);
    this.doc.removeEventListener("keydown", this.onKey);
    this.view.host.remove();
    if (this.returnTo instanceof HTMLElement && this.returnTo.isConnected) this.returnTo.focus();
    this.options.onClose?.();
  }
}

/** Starts teach mode on `doc`: shows the panel and moves focus to its heading. */
export function startTeach(doc: Document, options: TeachOptions): TeachSession {
  const teach = new Teach(doc, options);
  teach.start();
  return teach;
}
