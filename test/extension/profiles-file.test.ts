// The portal profiles file (extension/src/profiles-file.ts): what Export writes and Import
// reads. Every refusal names the place that is wrong.
import { describe, expect, it } from "vitest";

import {
  mergeProfiles,
  parseProfilesFile,
  profilesFile,
} from "../../extension/src/profiles-file.js";
import type { PortalProfile } from "../../extension/src/fill/profile.js";

type Profile = PortalProfile;

/** A valid profile as it is written in a file (defaults left out). */
const written = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Kommune ${id}`,
  urlPattern: `^https://${id}\\.example/timer`,
  rowSelector: "tr.row",
  columns: { date: "input.date", start: "input.from", end: "input.to" },
  ...extra,
});

/** The same profile as parsing gives it: with the schema's defaults. */
const full = (id: string, extra: Record<string, unknown> = {}): Profile => ({
  ...written(id),
  dateFormat: "yyyy-mm-dd",
  timeFormat: "HH:mm",
  decimal: "point",
  matchRowsBy: "order",
  selectMappings: {},
  ...extra,
});

/** A profiles file (the envelope) around `profiles`, with `over` replacing its fields. */
const envelope = (profiles: unknown, over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: "turnus-portal-profiles", version: 1, profiles, ...over });

/** The error parsing `text` gives (fails the test if it parses). */
const errorOf = (text: string): string => {
  const r = parseProfilesFile(text);
  if (r.ok) throw new Error(`expected an error, got ${r.profiles.length} profiles`);
  return r.error;
};

describe("profilesFile and parseProfilesFile", () => {
  it("round-trip: what Export writes, Import reads back unchanged", () => {
    const profiles = [full("a", { dateFormat: "dd.mm.yyyy", decimal: "comma" }), full("b")];
    const text = profilesFile(profiles);
    expect(JSON.parse(text)).toEqual({ format: "turnus-portal-profiles", version: 1, profiles });
    expect(text).toMatch(/^\{\n {2}"format": "turnus-portal-profiles",\n {2}"version": 1,/);
    expect(text.endsWith("}\n")).toBe(true);
    expect(parseProfilesFile(text)).toEqual({ ok: true, profiles });
  });

  it("reads the envelope, filling in the defaults", () => {
    expect(parseProfilesFile(envelope([written("a"), written("b")]))).toEqual({
      ok: true,
      profiles: [full("a"), full("b")],
    });
  });

  it("reads one bare profile, as an organisation may publish it", () => {
    expect(parseProfilesFile(JSON.stringify(written("a")))).toEqual({
      ok: true,
      profiles: [full("a")],
    });
  });

  it("ignores a byte order mark", () => {
    expect(parseProfilesFile(`\uFEFF${envelope([written("a")])}`)).toEqual({
      ok: true,
      profiles: [full("a")],
    });
  });

  it("refuses what is not JSON or not an object", () => {
    expect(errorOf("{ not json")).toMatch(/^not JSON: /);
    expect(errorOf("")).toMatch(/^not JSON: /);
    for (const text of ["[]", "null", "42", '"profile"']) {
      expect(errorOf(text)).toBe("file: must be a profiles file or one profile (a JSON object)");
    }
  });

  it("names a missing or unknown format", () => {
    expect(errorOf(envelope([written("a")], { format: "rota" }))).toBe(
      'format: unknown format "rota" (expected "turnus-portal-profiles")',
    );
    expect(errorOf(JSON.stringify({ version: 1, profiles: [written("a")] }))).toBe(
      'format: is missing (expected "turnus-portal-profiles")',
    );
  });

  it("names a version it cannot read", () => {
    expect(errorOf(envelope([written("a")], { version: 2 }))).toBe(
      "version 2 is newer than this extension reads (1): update the extension",
    );
    expect(errorOf(envelope([written("a")], { version: "1" }))).toBe(
      'version: must be a whole number from 1, not "1"',
    );
    expect(errorOf(envelope([written("a")], { version: 0 }))).toBe(
      "version: must be a whole number from 1, not 0",
    );
    expect(errorOf(envelope([written("a")], { version: undefined }))).toBe("version: is missing");
  });

  it("names a missing, wrong or empty profiles list", () => {
    expect(errorOf(envelope(undefined))).toBe("profiles: is missing");
    expect(errorOf(envelope({ a: written("a") }))).toBe("profiles: must be a list of profiles");
    expect(errorOf(envelope([]))).toBe("profiles: the list is empty");
  });

  it("names the bad field of a profile in the list, with its index", () => {
    const bad = (extra: Record<string, unknown>) =>
      errorOf(envelope([written("a"), written("b", extra)]));
    expect(bad({ rowSelector: "" })).toBe("profiles[1].rowSelector: must be a CSS selector");
    expect(bad({ columns: { date: "" } })).toBe("profiles[1].columns.date: must be a CSS selector");
    expect(bad({ urlPattern: "^https://a.example/(" })).toBe(
      "profiles[1].urlPattern: must be a regular expression",
    );
    expect(bad({ name: undefined })).toBe("profiles[1].name: is missing");
    expect(bad({ id: "" })).toBe("profiles[1].id: must not be empty");
    expect(bad({ dateFormat: "d/m/y" })).toMatch(/^profiles\[1\]\.dateFormat: /);
    expect(bad({ selectMappings: { kind: { work: 1 } } })).toMatch(
      /^profiles\[1\]\.selectMappings\.kind\.work: /,
    );
    expect(errorOf(envelope([written("a"), "b"]))).toMatch(/^profiles\[1\]: /);
  });

  it("lists every problem, one a line", () => {
    const text = envelope([
      written("a", { rowSelector: "" }),
      written("b"),
      written("c", { urlPattern: "^https://c.example/[" }),
    ]);
    expect(errorOf(text).split("\n")).toEqual([
      "profiles[0].rowSelector: must be a CSS selector",
      "profiles[2].urlPattern: must be a regular expression",
    ]);
  });

  it("names the bad field of a bare profile", () => {
    expect(errorOf(JSON.stringify(written("a", { rowSelector: "" })))).toBe(
      "rowSelector: must be a CSS selector",
    );
    expect(errorOf("{}").split("\n")).toEqual([
      "id: is missing",
      "name: is missing",
      "urlPattern: is missing",
      "rowSelector: is missing",
      "columns: is missing",
    ]);
  });

  it("refuses an id used twice in one file, naming both places", () => {
    expect(errorOf(envelope([written("a"), written("b"), written("a")]))).toBe(
      'profiles[2].id: "a" is already the id of profiles[0]',
    );
  });
});

describe("mergeProfiles", () => {
  it("replaces the same id in place and appends the others", () => {
    const existing = [full("a"), full("b")];
    const b2 = full("b", { name: "B again" });
    expect(mergeProfiles(existing, [b2, full("c")])).toEqual({
      profiles: [full("a"), b2, full("c")],
      added: 1,
      replaced: 1,
    });
    expect(existing).toEqual([full("a"), full("b")]);
  });

  it("keeps entries that are not profiles untouched", () => {
    const old: unknown[] = [{ id: "x", rows: "old shape" }, "junk", full("a")];
    expect(mergeProfiles(old, [full("b")])).toEqual({
      profiles: [...old, full("b")],
      added: 1,
      replaced: 0,
    });
  });

  it("adds to nothing", () => {
    expect(mergeProfiles([], [full("a")])).toEqual({
      profiles: [full("a")],
      added: 1,
      replaced: 0,
    });
  });
});
