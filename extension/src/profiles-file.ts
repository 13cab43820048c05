/**
 * The portal profiles file: what Export writes and Import reads. A file is either the envelope
 * `{ "format": "turnus-portal-profiles", "version": 1, "profiles": [...] }` or one bare profile
 * (as a user organisation may publish for a municipality). Pure: no chrome.*, no DOM. Every
 * error names its place (`profiles[1].rowSelector: must be a CSS selector`), one per line.
 */
import type { z } from "zod";
import { PortalProfileSchema, type PortalProfile } from "./fill/index.js";

/** The `format` of a profiles file. */
export const PROFILES_FORMAT = "turnus-portal-profiles";
/** The newest file version this extension reads and the one it writes. */
export const PROFILES_VERSION = 1;

/** What reading a profiles file gives: its profiles, or an error naming what is wrong. */
export type ParsedProfilesFile =
  { ok: true; profiles: PortalProfile[] } | { ok: false; error: string };

/** Where a zod issue is, as `profiles[1].columns.date` (empty at the root). */
function placeOf(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, key) =>
      typeof key === "number" ? `${at}[${key}]` : at === "" ? String(key) : `${at}.${String(key)}`,
    prefix,
  );
}

/** A missing field says so instead of zod's "expected string, received undefined". */
const missing: z.core.$ZodErrorMap = (issue) =>
  issue.code === "invalid_type" && issue.input === undefined ? "is missing" : undefined;

/** Validates one profile found at `prefix` (empty for a bare profile). */
function readProfile(
  raw: unknown,
  prefix: string,
): { ok: true; profile: PortalProfile } | { ok: false; errors: string[] } {
  const r = PortalProfileSchema.safeParse(raw, { error: missing });
  if (r.success) return { ok: true, profile: r.data };
  const errors = r.error.issues.map((i) => `${placeOf(prefix, i.path) || "profile"}: ${i.message}`);
  return { ok: false, errors };
}

/** Errors for ids used twice, naming both places. */
function duplicateIds(profiles: readonly PortalProfile[]): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  profiles.forEach((p, i) => {
    const seen = first.get(p.id);
    if (seen === undefined) first.set(p.id, i);
    else errors.push(`profiles[${i}].id: "${p.id}" is already the id of profiles[${seen}]`);
  });
  return errors;
}

/** Reads the `profiles` list of an envelope. */
function readList(raw: unknown): ParsedProfilesFile {
  if (raw === undefined) return { ok: false, error: "profiles: is missing" };
  if (!Array.isArray(raw)) return { ok: false, error: "profiles: must be a list of profiles" };
  if (raw.length === 0) return { ok: false, error: "profiles: the list is empty" };
  const profiles: PortalProfile[] = [];
  const errors: string[] = [];
  raw.forEach((item: unknown, i) => {
    const r = readProfile(item, `profiles[${i}]`);
    if (r.ok) profiles.push(r.profile);
    else errors.push(...r.errors);
  });
  errors.push(...duplicateIds(profiles));
  return errors.length > 0 ? { ok: false, error: errors.join("\n") } : { ok: true, profiles };
}

/** The error of an envelope's `version`, if it is not one this extension reads. */
function versionError(version: unknown): string | undefined {
  if (version === undefined) return "version: is missing";
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return `version: must be a whole number from 1, not ${JSON.stringify(version)}`;
  }
  if (version > PROFILES_VERSION) {
    return `version ${version} is newer than this extension reads (${PROFILES_VERSION}): update the extension`;
  }
  return undefined;
}

/** Reads an envelope `{ format, version, profiles }`. */
function readEnvelope(file: Record<string, unknown>): ParsedProfilesFile {
  if (file.format !== PROFILES_FORMAT) {
    return {
      ok: false,
      error:
        file.format === undefined
          ? `format: is missing (expected "${PROFILES_FORMAT}")`
          : `format: unknown format ${JSON.stringify(file.format)} (expected "${PROFILES_FORMAT}")`,
    };
  }
  const bad = versionError(file.version);
  return bad === undefined ? readList(file.profiles) : { ok: false, error: bad };
}

/** Parses JSON text, or says why it is not JSON. */
function parseJson(text: string): { ok: true; json: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The profiles file holding `profiles`, as pretty JSON ending in a newline. */
export function profilesFile(profiles: readonly PortalProfile[]): string {
  const file = { format: PROFILES_FORMAT, version: PROFILES_VERSION, profiles };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a profiles file (the envelope or one bare profile): the validated profiles with their
 * defaults applied, or an error naming each bad place, one per line. Ids must be unique.
 */
export function parseProfilesFile(text: string): ParsedProfilesFile {
  const parsed = parseJson(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return parsed;
  const { json } = parsed;
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, error: "file: must be a profiles file or one profile (a JSON object)" };
  }
  const file = json as Record<string, unknown>;
  if ("format" in file || "profiles" in file) return readEnvelope(file);
  const one = readProfile(file, "");
  return one.ok
    ? { ok: true, profiles: [one.profile] }
    : { ok: false, error: one.errors.join("\n") };
}

/** The `id` of a stored entry, if it has a string one (entries may no longer validate). */
export function idOf(entry: unknown): string | undefined {
  if (typeof entry !== "object" || entry === null || !("id" in entry)) return undefined;
  return typeof entry.id === "string" ? entry.id : undefined;
}

/**
 * `incoming` merged into `existing`: a profile with an id already there replaces it in place,
 * the others are appended in order. Entries of `existing` are otherwise kept untouched.
 */
export function mergeProfiles<T = PortalProfile>(
  existing: readonly T[],
  incoming: readonly PortalProfile[],
): { profiles: (T | PortalProfile)[]; added: number; replaced: number } {
  const profiles: (T | PortalProfile)[] = [...existing];
  let added = 0;
  let replaced = 0;
  for (const p of incoming) {
    const at = profiles.findIndex((e) => idOf(e) === p.id);
    if (at === -1) {
      profiles.push(p);
      added++;
    } else {
      profiles[at] = p;
      replaced++;
    }
  }
  return { profiles, added, replaced };
}
