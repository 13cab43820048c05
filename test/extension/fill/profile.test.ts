/** Portal profiles outside the browser: defaults, and which profile an address picks. */
import { describe, expect, it } from "vitest";
import {
  PortalProfileSchema,
  matchProfile,
  parseProfile,
  repeatsRepetition,
} from "../../../extension/src/fill/profile.js";

/** The messages zod gives for `urlPattern`. */
const patternErrors = (urlPattern: string) => {
  const r = PortalProfileSchema.safeParse({ ...base, id: "x", urlPattern });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

const base = { name: "Kommune", rowSelector: "tr", columns: { start: ".fra" } };

describe("portal profiles", () => {
  it("fills in the defaults a short profile leaves out", () => {
    expect(
      parseProfile({ ...base, id: "k", urlPattern: "^https://kommune\\.example/" }),
    ).toMatchObject({
      dateFormat: "yyyy-mm-dd",
      timeFormat: "HH:mm",
      decimal: "point",
      matchRowsBy: "order",
      selectMappings: {},
    });
  });

  it("picks the first profile whose pattern matches the address, or none", () => {
    const profiles = [
      parseProfile({ ...base, id: "a", urlPattern: "^https://selvbetjening\\.aarhus\\.dk/tid" }),
      parseProfile({ ...base, id: "b", urlPattern: "^https://[a-z.]*aarhus\\.dk/" }),
    ];
    expect(matchProfile(profiles, "https://selvbetjening.aarhus.dk/tid?m=3")?.id).toBe("a");
    expect(matchProfile(profiles, "https://www.aarhus.dk/")?.id).toBe("b");
    expect(matchProfile(profiles, "https://odense.dk/")).toBeUndefined();
  });

  it("binds a profile to a site: the pattern starts with the address", () => {
    expect(patternErrors("kommune")).toEqual([
      'urlPattern: must start with "^https://" (or "^http://") and the site\'s address',
    ]);
    expect(patternErrors("^https?://tid\\.kommune\\.dk/")).toEqual([]);
    expect(patternErrors("^http:\\/\\/127\\.0\\.0\\.1:4173\\/x")).toEqual([]);
  });

  it("refuses patterns that could hang the portal's page, and long ones", () => {
    expect(patternErrors("^https://x\\.dk/(a+)+$")).toEqual([
      "urlPattern: must not repeat a group that itself repeats, like (a+)+",
    ]);
    expect(patternErrors(`^https://x.dk/${"a".repeat(500)}`)).toEqual([
      "urlPattern: must be at most 500 characters",
    ]);
    expect(repeatsRepetition("(a|ab)*c")).toBe(true);
    expect(repeatsRepetition("((a)+b)*")).toBe(true);
    expect(repeatsRepetition("^https://x\\.dk/p(?:[?#]|$)")).toBe(false);
    expect(repeatsRepetition("^https://x\\.dk/[(a+)+]*")).toBe(false); // a character class
    expect(repeatsRepetition("^https://x\\.dk/\\(a+\\)+")).toBe(false); // escaped brackets
  });
});
