/** The grant pools and budget form's draft and the rota's `grant` it becomes. */
import { describe, expect, it } from "vitest";
import { grantSettingsOf } from "../../../core/src/grant/index.js";
import { readRota, type Grant } from "../../../core/src/model/index.js";
import {
  draftOfGrant,
  grantOfDraft,
  withNyborgPool,
  type GrantDraft,
} from "../../../planner/src/panel/grant-draft.js";

const NaN_MESSAGE = "must be a number";

const full: Grant = {
  hours: 2000,
  per: "year",
  letter: "2026-117",
  pools: [{ purpose: "meeting", hours: 24, per: "year", note: "Nyborg § 32, 3 assistants" }],
  budget: {
    hourlyRate: 185.5,
    amount: 1450000,
    supplements: { evening: 31 },
    oncall: 70,
    pension: { onBase: 12, onSupplements: 2.5 },
    currency: "DKK",
  },
};

const empty = (over: Partial<GrantDraft> = {}): GrantDraft => ({
  ...draftOfGrant({ hours: 10, per: "week" }),
  ...over,
});

describe("the draft of a grant", () => {
  it("shows the stored values with the language's decimal mark", () => {
    const d = draftOfGrant(full, ",");
    expect(d.pools).toEqual([
      { purpose: "meeting", hours: "24", per: "year", note: "Nyborg § 32, 3 assistants" },
    ]);
    expect(d.hourlyRate).toBe("185,5");
    expect(d.supplements).toEqual({ evening: "31", night: "", saturday: "", sunday: "" });
    expect(d.pension).toBe("custom");
    expect(d.pensionOnSupplements).toBe("2,5");
    expect(d.timeAccount).toBe(false);
    expect(draftOfGrant(undefined).pools).toEqual([]);
  });

  it("gives back the same grant when nothing was changed (unknown fields kept)", () => {
    const r = grantOfDraft(draftOfGrant(full, ","), full, NaN_MESSAGE);
    expect(r.issues).toEqual([]);
    expect(r.grant).toEqual(full);
  });
});

describe("the grant of a draft", () => {
  it("reads a decimal comma and leaves empty budget fields to the defaults", () => {
    const r = grantOfDraft(empty({ hourlyRate: "200,50" }), { hours: 10, per: "week" }, "x");
    expect(r.grant).toEqual({ hours: 10, per: "week", budget: { hourlyRate: 200.5 } });
  });

  it("removes pools, time account and budget when the form has none", () => {
    const r = grantOfDraft(empty(), full, NaN_MESSAGE);
    expect(r.grant).toEqual({ hours: 2000, per: "year", letter: "2026-117" });
  });

  it("writes the time account only when it is on, and a preset pension by name", () => {
    const r = grantOfDraft(
      empty({ timeAccount: true, hourlyRate: "190", pension: "nyborg", currency: "nok" }),
      { hours: 37.5, per: "week" },
      NaN_MESSAGE,
    );
    expect(r.grant).toEqual({
      hours: 37.5,
      per: "week",
      timeAccount: true,
      budget: { hourlyRate: 190, pension: "nyborg", currency: "NOK" },
    });
  });

  it("names each field that is not a number by its path", () => {
    const r = grantOfDraft(
      empty({
        pools: [{ purpose: "meeting", hours: "tolv", per: "year" }],
        hourlyRate: "185 kr",
        supplements: { evening: "x", night: "", saturday: "", sunday: "" },
        pension: "custom",
        pensionOnBase: "12,6",
        pensionOnSupplements: "?",
      }),
      { hours: 10, per: "week" },
      NaN_MESSAGE,
    );
    expect(r.issues.map((i) => i.path)).toEqual([
      "$.grant.pools[0].hours",
      "$.grant.budget.hourlyRate",
      "$.grant.budget.supplements.evening",
      "$.grant.budget.pension.onSupplements",
    ]);
    expect(r.issues.every((i) => i.message === NaN_MESSAGE)).toBe(true);
  });

  it("asks for a pool's hours and custom pension shares rather than reading nothing as 0", () => {
    const r = grantOfDraft(
      empty({
        pools: [{ purpose: "appraisal", hours: " ", per: "year" }],
        hourlyRate: "190",
        pension: "custom",
        pensionOnBase: "12",
      }),
      { hours: 10, per: "week" },
      NaN_MESSAGE,
    );
    expect(r.issues.map((i) => i.path)).toEqual([
      "$.grant.pools[0].hours",
      "$.grant.budget.pension.onSupplements",
    ]);
  });

  it("leaves it to core to refuse a budget without an hourly wage, at that field", () => {
    const r = grantOfDraft(empty({ oncall: "75" }), { hours: 10, per: "week" }, NaN_MESSAGE);
    expect(r.issues).toEqual([]);
    const read = readRota({
      format: "turnus-rota/1",
      profile: "dk",
      timeZone: "Europe/Copenhagen",
      assistants: [],
      shifts: [],
      grant: r.grant,
    });
    if (!read.ok) throw new Error("unreadable");
    const checked = grantSettingsOf(read.rota);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.issues.map((i) => i.path)).toEqual(["$.grant.budget.hourlyRate"]);
  });
});

describe("the staff-meeting pool by Nyborg § 32", () => {
  it("adds a meeting pool for the assistants, or replaces the one there is", () => {
    const added = withNyborgPool(empty(), 3, "Nyborg § 32, 3 assistants");
    expect(added.hours).toBe(24);
    expect(added.row).toBe(0);
    expect(added.draft.pools).toEqual([
      { purpose: "meeting", hours: "24", per: "year", note: "Nyborg § 32, 3 assistants" },
    ]);
    const training = { purpose: "training", hours: "10", per: "year" };
    const replaced = withNyborgPool(
      empty({ pools: [training, { purpose: "meeting", hours: "5", per: "month" }] }),
      2,
      "n",
    );
    expect(replaced.row).toBe(1);
    expect(replaced.draft.pools).toEqual([
      training,
      { purpose: "meeting", hours: "12", per: "year", note: "n" },
    ]);
  });
});
