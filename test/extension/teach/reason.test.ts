/** The teach panel's words for a failed save: a validation error's fields, not its JSON. */
import { describe, expect, it } from "vitest";
import { parseProfile } from "../../../extension/src/fill/profile.js";
import { reasonOf } from "../../../extension/src/teach/panel.js";

describe("why a profile could not be saved", () => {
  it("names each bad field of a validation error", () => {
    let error: unknown;
    try {
      parseProfile({ id: "", name: "X", urlPattern: "x", rowSelector: "tr", columns: {} });
    } catch (e) {
      error = e;
    }
    expect(reasonOf(error)).toBe(
      'id: must not be empty; urlPattern: must start with "^https://" (or "^http://") and the site\'s address',
    );
  });

  it("gives any other error's message", () => {
    expect(reasonOf(new Error("storage is full"))).toBe("storage is full");
    expect(reasonOf("odd")).toBe("odd");
  });
});
