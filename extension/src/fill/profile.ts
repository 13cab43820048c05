/**
 * Portal profiles: a declarative description of one municipality's timesheet form, validated
 * with zod when loaded (habit 4). A profile says where the rows are and which field in a row
 * takes which value; without a matching profile the filler falls back to heuristics (find.ts).
 */
import { z } from "zod";

/** Date formats the portals we know use. `type=date` inputs always get ISO. */
export const DATE_FORMATS = ["dd.mm.yyyy", "dd-mm-yyyy", "dd/mm/yyyy", "yyyy-mm-dd"] as const;
/** Time formats of text time fields. `type=time` inputs always get `HH:mm`. */
export const TIME_FORMATS = ["HH:mm", "HH.mm"] as const;

/** Whether `s` parses as a CSS selector (checked where there is a DOM; the filler runs in one). */
function parsesAsSelector(s: string): boolean {
  if (typeof document === "undefined") return true;
  try {
    document.createDocumentFragment().querySelector(s);
    return true;
  } catch {
    return false;
  }
}

const selector = z
  .string()
  .min(1, "must be a CSS selector")
  .refine(parsesAsSelector, "must be a CSS selector");

/**
 * Whether a regular expression repeats a group that itself repeats or alternates, such as
 * `(a+)+` or `(a|ab)*`: the shapes that can take exponential time on a long address.
 */
export function repeatsRepetition(pattern: string): boolean {
  const open: { inner: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") open.push({ inner: false });
    else if (c === ")") {
      const group = open.pop();
      const next = pattern[i + 1];
      if (group?.inner && (next === "*" || next === "+" || next === "{")) return true;
      if (group?.inner && open.length > 0) open[open.length - 1]!.inner = true;
    } else if ((c === "*" || c === "+" || c === "{" || c === "|") && open.length > 0) {
      open[open.length - 1]!.inner = true;
    }
  }
  return false;
}

/**
 * The address pattern: a regular expression anchored at a site (`^https://host...`), so that a
 * profile only ever applies to the site it was made for, short and without nested repetition
 * (it runs on the portal's page).
 */
const urlPattern = z
  .string()
  .max(500, "must be at most 500 characters")
  .regex(
    /^\^https?\??:\\?\/\\?\/[^/]/,
    'must start with "^https://" (or "^http://") and the site\'s address',
  )
  .refine((s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  }, "must be a regular expression")
  .refine((s) => !repeatsRepetition(s), "must not repeat a group that itself repeats, like (a+)+");

/** The CSS selectors (relative to a row container) of a row's fields. */
export const ProfileColumnsSchema = z.object({
  date: selector.optional(),
  start: selector.optional(),
  end: selector.optional(),
  hours: selector.optional(),
  kind: selector.optional(),
  evening: selector.optional(),
  night: selector.optional(),
  saturday: selector.optional(),
  sunday: selector.optional(),
  oncall: selector.optional(),
});

/** One portal profile. */
export const PortalProfileSchema = z.object({
  id: z.string().min(1, "must not be empty"),
  name: z.string().min(1, "must not be empty"),
  /** A regular expression the page address must match, anchored at the site. */
  urlPattern,
  /** Selector of each row's container (a `tr`, a fieldset ...). */
  rowSelector: selector,
  columns: ProfileColumnsSchema,
  dateFormat: z.enum(DATE_FORMATS).default("yyyy-mm-dd"),
  timeFormat: z.enum(TIME_FORMATS).default("HH:mm"),
  decimal: z.enum(["comma", "point"]).default("point"),
  /** The button that appends a row; the filler never clicks anything else. */
  addRowSelector: selector.optional(),
  /** `order`: payload row i goes into row container i; `date`: into the row showing its date. */
  matchRowsBy: z.enum(["order", "date"]).default("order"),
  /** Option value (or visible text) per payload value, for select fields. */
  selectMappings: z
    .object({ kind: z.object({ work: z.string(), oncall: z.string() }).partial() })
    .partial()
    .default({}),
});

/** A validated portal profile. */
export type PortalProfile = z.output<typeof PortalProfileSchema>;
/** A profile as written in JSON (defaults not yet applied). */
export type PortalProfileInput = z.input<typeof PortalProfileSchema>;
export type DateFormat = (typeof DATE_FORMATS)[number];
export type TimeFormat = (typeof TIME_FORMATS)[number];

/** Validates a profile; the error names the bad field. */
export function parseProfile(json: unknown): PortalProfile {
  return PortalProfileSchema.parse(json);
}

/** The first profile whose URL pattern matches `url`, if any. */
export function matchProfile(
  profiles: readonly PortalProfile[],
  url: string,
): PortalProfile | undefined {
  return profiles.find((p) => new RegExp(p.urlPattern).test(url));
}
