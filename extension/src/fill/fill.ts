/**
 * Filling a timesheet into a portal's form: finds the fields (profile or heuristics), adds rows
 * with the add-row button when the form has too few, sets each value the way frameworks see it
 * (native value setter, `input`, `change`, blur), reads every value back and reports. It never
 * clicks anything but the add-row button and never submits. Pure DOM: no chrome.* here.
 *
 * Frames: open shadow roots and same-origin iframes are searched; a cross-origin iframe cannot
 * be reached from the page, so the extension injects this code into every frame (all_frames)
 * and each frame fills its own fields. Those frames are counted in `skippedFrames`.
 */
import {
  collectRoots,
  findAddRow,
  findFields,
  mightSubmit,
  type Control,
  type FieldKind,
} from "./find.js";
import {
  LOCALE_DATE,
  dateFormatHint,
  formatDate,
  formatHours,
  formatTime,
  localeOf,
  parseShownDate,
  type Locale,
} from "./format.js";
import type { PortalProfile } from "./profile.js";

/** The part of a timesheet row (core/src/timesheet/schema.ts) the filler uses. */
export interface FillRow {
  date: string;
  start: string;
  end: string;
  hours: number;
  kind: "work" | "oncall";
  categories?: {
    [K in "evening" | "night" | "saturday" | "sunday" | "oncall"]?: number | undefined;
  };
}

/**
 * Options: a profile (else heuristics), the locale (else the page's `lang`), and whether to reach
 * into same-origin iframes (default true; the extension injects into every frame and passes false).
 */
export interface FillOptions {
  profile?: PortalProfile | undefined;
  locale?: Locale | undefined;
  frames?: boolean | undefined;
}

/** One field the filler wrote: what it held, what was written, what it holds now. */
export interface FillEntry {
  row: number;
  field: FieldKind;
  previous: string;
  written: string;
  read: string;
}

/** A field or row that could not be filled, and why. */
export interface FillFailure {
  row: number;
  field: FieldKind | "row";
  reason: string;
}

/**
 * The outcome: `filled` read back exactly as written; `changed` read back different (the page
 * reformatted or refused it); `failed` not written at all.
 */
export interface FillReport {
  filled: FillEntry[];
  changed: FillEntry[];
  failed: FillFailure[];
  rowsAdded: number;
  /** Row slots (or single-row forms) found; 0 when the page holds no form the filler knows. */
  rowsFound: number;
  skippedFrames: number;
}

/** A report with the controls behind it, for highlighting and undo (not serialisable). */
export interface FillOutcome {
  report: FillReport;
  /** Each written control with its entry, read back. */
  written: { el: Control; entry: FillEntry; ok: boolean }[];
  /** Controls found but not written (read-only, no matching option). */
  refused: { el: Control; failure: FillFailure }[];
}

type Slot = Partial<Record<FieldKind, Control>>;

/** Words of a shift-type option meaning ordinary work or on call (da/nb/sv/en). */
export const KIND_WORDS: Record<FillRow["kind"], RegExp> = {
  work: /(work|arbejd|arbeid|arbete|tjeneste|almindelig|ordinær|vanlig|normal|ordinary)/i,
  oncall: /(on[- ]?call|rådighed|beredskab|beredskap|hvilende|passiv|jour)/i,
};
const KIND_TEXT: Record<Locale, Record<FillRow["kind"], string>> = {
  da: { work: "Arbejde", oncall: "Rådighed" },
  nb: { work: "Arbeid", oncall: "Hvilende vakt" },
  sv: { work: "Arbete", oncall: "Beredskap" },
  en: { work: "Work", oncall: "On call" },
};
const CATEGORIES = ["evening", "night", "saturday", "sunday", "oncall"] as const;

const isInput = (el: Control): el is HTMLInputElement => el.tagName === "INPUT";
const isSelect = (el: Control): el is HTMLSelectElement => el.tagName === "SELECT";

/**
 * Sets a value through the prototype's native setter (past React's value tracker), between
 * focus and blur, with `input` and `change`.
 */
function setNative(el: Control, value: string): void {
  const view = el.ownerDocument.defaultView ?? window;
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, "value");
  // Focus and blur as events, not el.focus(): a real focus costs a style and layout pass per
  // field (about 2 ms each, 150+ fields a month), and handlers see the same events.
  const focus = (type: string, bubbles: boolean) =>
    el.dispatchEvent(new view.FocusEvent(type, { bubbles, composed: true }));
  focus("focus", false);
  focus("focusin", true);
  if (descriptor?.set) descriptor.set.call(el, value);
  else el.value = value;
  el.dispatchEvent(new view.Event("input", { bubbles: true, composed: true }));
  el.dispatchEvent(new view.Event("change", { bubbles: true, composed: true }));
  focus("blur", false);
  focus("focusout", true);
}

/** The option of a select for `want`: by value, then visible text, then kind synonyms. */
function pickOption(
  el: HTMLSelectElement,
  want: string,
  synonym?: RegExp,
): HTMLOptionElement | undefined {
  const options = [...el.options];
  const lower = want.toLowerCase();
  return (
    options.find((o) => o.value === want) ??
    options.find((o) => o.text.trim().toLowerCase() === lower) ??
    (synonym
      ? options.find((o) => synonym.test(o.value) || synonym.test(o.text.trim()))
      : undefined)
  );
}

/** The text to write into `el` for `field` of `row`. */
function valueFor(
  el: Control,
  field: FieldKind,
  row: FillRow,
  locale: Locale,
  profile: PortalProfile | undefined,
): string {
  const type = isInput(el) ? el.type : "";
  switch (field) {
    case "date":
      if (type === "date") return row.date;
      return formatDate(
        row.date,
        profile?.dateFormat ??
          dateFormatHint(el.getAttribute("placeholder") ?? "") ??
          LOCALE_DATE[locale],
      );
    case "start":
    case "end": {
      const t = row[field];
      if (type === "time") return t === "24:00" ? "00:00" : t;
      return formatTime(t, profile?.timeFormat ?? "HH:mm");
    }
    case "hours":
      return formatHours(row.hours, decimalFor(type, locale, profile));
    case "kind":
      return profile?.selectMappings.kind?.[row.kind] ?? KIND_TEXT[locale][row.kind];
    default: {
      const h = row.categories?.[field];
      return h ? formatHours(h, decimalFor(type, locale, profile)) : "";
    }
  }
}

function decimalFor(type: string, locale: Locale, profile: PortalProfile | undefined) {
  if (type === "number") return "point";
  return profile?.decimal ?? (locale === "en" ? "point" : "comma");
}

/** The element a profile names as its add-row button, in any root. */
function profileAddRow(doc: Document, selector: string, frames: boolean): HTMLElement | undefined {
  for (const root of collectRoots(doc, frames).roots) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return undefined;
}

/** The row slots of a profile's form. */
function profileSlots(doc: Document, profile: PortalProfile, frames: boolean): Slot[] {
  const slots: Slot[] = [];
  for (const root of collectRoots(doc, frames).roots) {
    for (const container of root.querySelectorAll(profile.rowSelector)) {
      const slot: Slot = {};
      for (const [field, sel] of Object.entries(profile.columns) as [FieldKind, string][]) {
        const el = container.querySelector<Control>(sel);
        if (el) slot[field] = el;
      }
      slots.push(slot);
    }
  }
  return slots;
}

/**
 * The row slots found by heuristics: controls grouped by their row (`tr`, `[role=row]`,
 * `fieldset`) when every row holds at most one control per field; otherwise the i-th field of
 * each kind makes row i.
 */
function heuristicSlots(doc: Document, frames: boolean): { slots: Slot[]; skippedFrames: number } {
  const { fields, skippedFrames } = findFields(doc, frames);
  const byRow = new Map<Element, Slot>();
  let grouped = true;
  for (const [field, list] of fields) {
    for (const el of list) {
      const row = el.closest("tr, [role=row], fieldset");
      const slot = row ? (byRow.get(row) ?? {}) : undefined;
      if (!row || !slot || slot[field]) {
        grouped = false;
        break;
      }
      slot[field] = el;
      byRow.set(row, slot);
    }
  }
  if (grouped) {
    const order = (a: Element, b: Element) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    const rows = [...byRow.keys()].sort(order);
    return { slots: rows.map((r) => byRow.get(r)!), skippedFrames };
  }
  const n = Math.max(0, ...[...fields.values()].map((l) => l.length));
  const slots: Slot[] = Array.from({ length: n }, () => ({}));
  for (const [field, list] of fields) list.forEach((el, i) => (slots[i]![field] = el));
  return { slots, skippedFrames };
}

const locked = (el: Control | undefined) =>
  !!el && (isSelect(el) ? el.disabled : el.readOnly || el.disabled);

/**
 * Fills `rows` into the form in `doc` and reports every field. Resolves after the page had a
 * turn to re-render, so the read-back sees what a framework kept.
 */
export async function fillTimesheet(
  doc: Document,
  rows: readonly FillRow[],
  options: FillOptions = {},
): Promise<FillReport> {
  return (await fillForm(doc, rows, options)).report;
}

/** `fillTimesheet` with the controls behind the report (for highlights and undo). */
export async function fillForm(
  doc: Document,
  rows: readonly FillRow[],
  options: FillOptions = {},
): Promise<FillOutcome> {
  const { profile } = options;
  const frames = options.frames ?? true;
  const locale = options.locale ?? localeOf(doc.documentElement.lang);
  const month = rows[0]?.date.slice(0, 7) ?? "";
  const report: FillReport = {
    filled: [],
    changed: [],
    failed: [],
    rowsAdded: 0,
    rowsFound: 0,
    skippedFrames: 0,
  };
  const refused: FillOutcome["refused"] = [];

  const find = () =>
    profile
      ? {
          slots: profileSlots(doc, profile, frames),
          skippedFrames: collectRoots(doc, frames).skipped,
        }
      : heuristicSlots(doc, frames);
  let { slots, skippedFrames } = find();
  const byDate = profile
    ? profile.matchRowsBy === "date"
    : slots.length > 0 && slots.every((s) => locked(s.date));

  let addRefused = false;
  if (!byDate && slots.length < rows.length) {
    const add = profile?.addRowSelector
      ? profileAddRow(doc, profile.addRowSelector, frames)
      : findAddRow(doc, frames);
    addRefused = add !== undefined && mightSubmit(add);
    for (let round = 0; add && !addRefused && round < 3 && slots.length < rows.length; round++) {
      const before = slots.length;
      for (let i = slots.length; i < rows.length; i++) add.click();
      await Promise.resolve();
      ({ slots, skippedFrames } = find());
      report.rowsAdded += slots.length - before;
      if (slots.length === before) break;
    }
  }
  report.skippedFrames = skippedFrames;
  report.rowsFound = slots.length;

  const pending: { entry: Omit<FillEntry, "read">; el: Control }[] = [];
  const used = new Set<Slot>();
  rows.forEach((row, i) => {
    const slot = byDate
      ? slots.find((s) => s.date && parseShownDate(s.date.value, month) === row.date)
      : slots[i];
    if (!slot || used.has(slot)) {
      report.failed.push({
        row: i,
        field: "row",
        reason: !byDate
          ? addRefused
            ? "the form has too few rows, and its add-row button might submit the form"
            : "the form has too few rows and no add-row button"
          : slot
            ? `a second shift on ${row.date}: the form has one row per day, enter it by hand`
            : `no row for ${row.date}`,
      });
      return;
    }
    used.add(slot);
    for (const field of ["date", "start", "end", "hours", "kind", ...CATEGORIES] as const) {
      const el = slot[field];
      if (!el) {
        if (field === "start" || field === "end" || field === "hours") {
          report.failed.push({ row: i, field, reason: "no field found in the row" });
        }
        continue;
      }
      const previous = el.value;
      if (locked(el)) {
        if (field !== "date") {
          const failure = { row: i, field, reason: "the field is read-only" };
          report.failed.push(failure);
          refused.push({ el, failure });
        }
        continue;
      }
      let written = valueFor(el, field, row, locale, profile);
      if (isSelect(el)) {
        const option = pickOption(el, written, field === "kind" ? KIND_WORDS[row.kind] : undefined);
        if (!option) {
          const failure = { row: i, field, reason: `no option "${written}"` };
          report.failed.push(failure);
          refused.push({ el, failure });
          continue;
        }
        written = option.value;
      }
      setNative(el, written);
      pending.push({ entry: { row: i, field, previous, written }, el });
    }
  });

  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const written: FillOutcome["written"] = [];
  for (const { entry, el } of pending) {
    const done = { ...entry, read: el.value };
    const ok = done.read === done.written;
    (ok ? report.filled : report.changed).push(done);
    written.push({ el, entry: done, ok });
  }
  return { report, written, refused };
}

/** Writes `value` into `el` the way `fillTimesheet` does (for undo). */
export function writeValue(el: Control, value: string): void {
  setNative(el, value);
}
