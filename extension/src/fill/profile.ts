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

const selector = z.string().min(1, "must be a CSS selector");

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
  /** A regular expression the page URL must match. */
  urlPattern: z.string().refine((s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  }, "must be a regular expression"),
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
