/**
 * A portal profile from what the user taught: the controls of one row and what goes in each.
 * Pure DOM: the row container and column selectors are derived from the page and checked
 * against it, the formats from the fields' types, placeholders and values.
 */
import {
  KIND_WORDS,
  dateFormatHint,
  LOCALE_DATE,
  findAddRow,
  localeOf,
  parseProfile,
  type Control,
  type FieldKind,
  type PortalProfile,
  type PortalProfileInput,
  type DateFormat,
  type TimeFormat,
} from "../fill/index.js";
import { repeatsOf, rowOf, spansRows } from "./rows.js";
import { columnSelector, rowSelector, uniqueSelector } from "./selectors.js";

/** One control the user assigned, and the field that goes there. */
export interface Assignment {
  control: Control;
  field: FieldKind;
}

/** The user's assignments: a map from control to field, or a list. */
export type Assignments = ReadonlyMap<Control, FieldKind> | readonly Assignment[];

/** What the profile is called and where it applies; by default from the page. */
export interface DeriveMeta {
  id?: string;
  name?: string;
  /** The page's address (default `doc.URL`); its origin and path become the URL pattern. */
  url?: string;
}

/** Why assignments cannot make a profile: nothing assigned, a field twice, fields in two rows. */
export class TeachError extends Error {
  constructor(
    readonly code: "none" | "twice" | "rows",
    message: string,
  ) {
    super(message);
    this.name = "TeachError";
  }
}

const isInput = (el: Control): el is HTMLInputElement => el.tagName === "INPUT";
const locked = (el: Control) => ("readOnly" in el && el.readOnly) || el.disabled;

/** The assignments as a list, one field per control. */
function listOf(assignments: Assignments): Assignment[] {
  if (Array.isArray(assignments)) return [...(assignments as readonly Assignment[])];
  return [...(assignments as ReadonlyMap<Control, FieldKind>)].map(([control, field]) => ({
    control,
    field,
  }));
}

/** Throws when nothing is assigned, a field is assigned twice, or the fields span rows. */
function check(list: readonly Assignment[]): void {
  if (list.length === 0) throw new TeachError("none", "No field is assigned.");
  const seen = new Set<FieldKind>();
  for (const { field } of list) {
    if (seen.has(field)) {
      throw new TeachError("twice", `"${field}" is assigned to more than one field.`);
    }
    seen.add(field);
  }
  if (spansRows(list.map((a) => a.control))) {
    throw new TeachError(
      "rows",
      "The assigned fields lie in different rows: assign fields of one row.",
    );
  }
}

/** `^` + the escaped origin and path of `url` + what may follow (query, hash). */
export function urlPatternOf(url: string): string {
  const u = new URL(url);
  const escaped = `${u.origin}${u.pathname}`.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return `^${escaped}(?:[?#]|$)`;
}

/** An id from the host and path: `kommune-dk-tid-registrering`. */
export function idOf(url: string): string {
  const u = new URL(url);
  const slug = `${u.host}${u.pathname}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug || "portal";
}

const VALUE_FORMATS: [RegExp, DateFormat][] = [
  [/^\d{2}\.\d{2}\.\d{4}$/, "dd.mm.yyyy"],
  [/^\d{2}-\d{2}-\d{4}$/, "dd-mm-yyyy"],
  [/^\d{2}\/\d{2}\/\d{4}$/, "dd/mm/yyyy"],
  [/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd"],
];

/** The date format of the date field: ISO for type=date, its placeholder, its value, the locale. */
function dateFormatOf(el: Control | undefined, fallback: DateFormat): DateFormat {
  if (!el) return fallback;
  if (isInput(el) && el.type === "date") return "yyyy-mm-dd";
  const hint = dateFormatHint(el.getAttribute("placeholder") ?? "");
  const shown = VALUE_FORMATS.find(([re]) => re.test(el.value.trim()))?.[1];
  return hint ?? shown ?? fallback;
}

/** `HH.mm` when the start field asks for it (placeholder or value), else `HH:mm`. */
function timeFormatOf(el: Control | undefined): TimeFormat {
  if (!el || (isInput(el) && el.type === "time")) return "HH:mm";
  const text = `${el.getAttribute("placeholder") ?? ""} ${el.value}`;
  return /\b[th]{2}\.mm\b|\b\d{1,2}\.\d{2}\b/i.test(text) ? "HH.mm" : "HH:mm";
}

/** A decimal comma on Nordic pages, unless the hours field is a number field. */
function decimalOf(el: Control | undefined, doc: Document): "comma" | "point" {
  if (el && isInput(el) && el.type === "number") return "point";
  const text = `${el?.getAttribute("placeholder") ?? ""} ${el?.value ?? ""}`;
  if (/\d,\d/.test(text)) return "comma";
  if (/\d\.\d/.test(text)) return "point";
  return localeOf(doc.documentElement.lang) === "en" ? "point" : "comma";
}

/** The option values of a shift-type select for work and on call, where its texts say so. */
function kindMappings(el: Control | undefined): PortalProfileInput["selectMappings"] {
  if (!el || el.tagName !== "SELECT") return {};
  const options = [...(el as HTMLSelectElement).options].filter((o) => o.value !== "");
  const kind: Partial<Record<"work" | "oncall", string>> = {};
  for (const key of ["work", "oncall"] as const) {
    const found = options.find((o) => KIND_WORDS[key].test(o.text));
    if (found) kind[key] = found.value;
  }
  return Object.keys(kind).length > 0 ? { kind } : {};
}

/** The add-row button's selector, if the page has one reachable from the document. */
function addRowOf(doc: Document): string | undefined {
  const button = findAddRow(doc);
  return button && button.getRootNode() === doc ? uniqueSelector(button) : undefined;
}

/**
 * Derives a portal profile from the controls the user assigned in one row of the form in
 * `doc`. Throws an Error saying what is wrong when the assignments cannot make a profile.
 */
export function deriveProfile(
  doc: Document,
  assignments: Assignments,
  meta: DeriveMeta = {},
): PortalProfile {
  const list = listOf(assignments);
  check(list);
  const controls = list.map((a) => a.control);
  const row = rowOf(controls);
  const others = repeatsOf(row);
  const columns: Partial<Record<FieldKind, string>> = {};
  for (const { control, field } of list) columns[field] = columnSelector(row, control, others);
  const by = (field: FieldKind) => list.find((a) => a.field === field)?.control;
  const date = by("date");
  const byDate = !!date && locked(date);
  const url = meta.url ?? doc.URL;
  const addRow = byDate ? undefined : addRowOf(doc);
  const input: PortalProfileInput = {
    id: meta.id ?? idOf(url),
    name: meta.name ?? (doc.title.trim() || new URL(url).host || "Portal"),
    urlPattern: urlPatternOf(url),
    rowSelector: rowSelector(row, others, Object.values(columns)),
    columns,
    dateFormat: dateFormatOf(date, LOCALE_DATE[localeOf(doc.documentElement.lang)]),
    timeFormat: timeFormatOf(by("start") ?? by("end")),
    decimal: decimalOf(by("hours"), doc),
    matchRowsBy: byDate ? "date" : "order",
    selectMappings: kindMappings(by("kind")),
    ...(addRow ? { addRowSelector: addRow } : {}),
  };
  return parseProfile(input);
}
