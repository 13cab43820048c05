/** Portal profiles outside the browser: defaults, and which profile an address picks. */
import { describe, expect, it } from "vitest";
import { matchProfile, parseProfile } from "../../../extension/src/fill/profile.js";

const base = { name: "Kommune", rowSelector: "tr", columns: { start: ".fra" } };

describe("portal profiles", () => {
  it("fills in the defaults a short profile leaves out", () => {
    expect(parseProfile({ ...base, id: "k", urlPattern: "kommune" })).toMatchObject({
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
      parseProfile({ ...base, id: "b", urlPattern: "aarhus\\.dk" }),
    ];
    expect(matchProfile(profiles, "https://selvbetjening.aarhus.dk/tid?m=3")?.id).toBe("a");
    expect(matchProfile(profiles, "https://www.aarhus.dk/")?.id).toBe("b");
    expect(matchProfile(profiles, "https://odense.dk/")).toBeUndefined();
  });
});
