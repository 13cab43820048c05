import { describe, expect, it } from "vitest";
import {
  grantLedger,
  grantSettingsOf,
  nyborgMeetingPool,
  readBudget,
} from "../../../core/src/grant/index.js";
import { d, rotaOf, shift } from "./grant-fixtures.js";

const paths = (r: { ok: boolean; issues?: readonly { path: string }[] }) =>
  (r.issues ?? []).map((i) => i.path);

describe("grant settings (pools, time account, budget)", () => {
  it("reads pools, maps a course pool to training and keeps hours as whole minutes", () => {
    const { rota } = rotaOf("dk", [], {
      hours: 2000,
      per: "year",
      pools: [
        { purpose: "meeting", hours: 24, per: "year" },
        { purpose: "course", hours: 7.5, per: "year", note: "forflytningskursus" },
        { purpose: "appraisal", hours: 1.25, per: "month" },
      ],
    });
    const r = grantSettingsOf(rota);
    expect(r.ok && r.settings).toEqual({
      minutes: 120_000, // 2000 h × 60
      per: "year",
      pools: [
        { purpose: "meeting", minutes: 1440, per: "year" }, // 24 × 60
        { purpose: "training", minutes: 450, per: "year" }, // 7.5 × 60
        { purpose: "appraisal", minutes: 75, per: "month" }, // 1.25 × 60
      ],
      timeAccount: false,
      budget: undefined,
    });
  });

  it("is undefined without a grant", () => {
    const { rota } = rotaOf("dk", [], undefined);
    expect(grantSettingsOf(rota)).toEqual({ ok: true, settings: undefined });
  });

  it("reports every bad setting with its JSON path, and the ledger refuses them", () => {
    const { rota, zone } = rotaOf("dk", [], {
      hours: 10,
      per: "month",
      timeAccount: true,
      pools: [
        { purpose: "party", hours: -1, per: "week" },
        { purpose: "meeting", hours: 2, per: "year", hour: 3 },
      ],
      budget: { hourlyRate: "185", supplements: { evning: 30 }, pension: { onBase: 12.123 } },
    });
    const r = grantSettingsOf(rota);
    expect(r.ok).toBe(false);
    expect(paths(r)).toEqual([
      "$.grant.pools[0].purpose",
      "$.grant.pools[0].hours",
      "$.grant.pools[0].per",
      "$.grant.pools[1].hour",
      "$.grant.timeAccount",
      "$.grant.budget.hourlyRate",
      "$.grant.budget.supplements.evning",
      "$.grant.budget.pension",
    ]);
    const ledger = grantLedger(rota, zone, d("2026-03-01"));
    expect(ledger.ok).toBe(false);
    expect(paths(ledger)).toContain("$.grant.timeAccount");
  });

  it("allows one pool per purpose: a course pool beside a training pool is a duplicate", () => {
    const { rota } = rotaOf("dk", [], {
      hours: 10,
      per: "month",
      pools: [
        { purpose: "training", hours: 5, per: "year" },
        { purpose: "course", hours: 3, per: "year" },
      ],
    });
    const r = grantSettingsOf(rota);
    expect(paths(r)).toEqual(["$.grant.pools[1].purpose"]);
    expect(!r.ok && r.issues[0]?.message).toMatch(
      /already a training pool at \$\.grant\.pools\[0\]/,
    );
  });

  it("requires the hourly rate (no default: it comes from the grant letter)", () => {
    const r = readBudget("dk", { amount: 100000 });
    expect(r.ok).toBe(false);
    expect(paths(r)).toEqual(["$.grant.budget.hourlyRate"]);
    expect(!r.ok && r.issues[0]?.message).toMatch(/no default/);
    const wrong = readBudget("dk", { hourlyRate: 185.555 });
    expect(paths(wrong)).toEqual(["$.grant.budget.hourlyRate"]);
    // a wrong wage is not called missing
    expect(!wrong.ok && wrong.issues[0]?.message).not.toMatch(/missing/);
    const negative = readBudget("dk", { hourlyRate: -3 });
    expect(!negative.ok && negative.issues[0]?.message).not.toMatch(/missing/);
  });

  it("gives Norway no supplement, on-call or pension defaults", () => {
    expect(paths(readBudget("no", { hourlyRate: 250 }))).toEqual([
      "$.grant.budget.supplements",
      "$.grant.budget.oncall",
      "$.grant.budget.pension",
    ]);
    const r = readBudget("no", {
      hourlyRate: 250,
      supplements: { evening: 10, night: 20 },
      oncall: 50,
      pension: { onBase: 2, onSupplements: 2 },
    });
    expect(r.ok && r.budget.rates).toEqual({
      currency: "NOK",
      hourlyRate: 25_000,
      supplements: { evening: 1000, night: 2000, saturday: 0, sunday: 0 },
      oncall: 5000,
      pensionOnBase: 200,
      pensionOnSupplements: 200,
    });
  });

  it("has the Danish defaults of Nyborg § 33 and Fredericia 4.1.3, and the Nyborg pension", () => {
    const r = readBudget("dk", { hourlyRate: 185.5 });
    expect(r.ok && r.budget).toEqual({
      rates: {
        currency: "DKK",
        hourlyRate: 18_550,
        supplements: { evening: 3000, night: 3300, saturday: 2800, sunday: 5000 },
        oncall: 7500,
        pensionOnBase: 1260,
        pensionOnSupplements: 400,
      },
      amount: undefined,
    });
    const nyborg = readBudget("dk", { hourlyRate: 185.5, pension: "nyborg", amount: 1234.5 });
    expect(nyborg.ok && nyborg.budget.rates.pensionOnBase).toBe(1289);
    expect(nyborg.ok && nyborg.budget.rates.pensionOnSupplements).toBe(0);
    expect(nyborg.ok && nyborg.budget.amount).toBe(123_450);
  });
});

describe("nyborgMeetingPool (Nyborg § 32)", () => {
  it("gives 2 hours every other month per permanent assistant minus the one on duty", () => {
    // 4 assistants: 6 meetings × 2 h × (4 − 1) = 36 h a year
    expect(nyborgMeetingPool(4)).toEqual({ purpose: "meeting", hours: 36, per: "year" });
    // 2 assistants: 6 × 2 × 1 = 12 h
    expect(nyborgMeetingPool(2).hours).toBe(12);
    // "Hvis du har mere end 1 medarbejder ansat": none for one
    expect(nyborgMeetingPool(1).hours).toBe(0);
    expect(nyborgMeetingPool(0).hours).toBe(0);
  });

  it("is a pool the grant settings accept", () => {
    const { rota } = rotaOf("dk", [shift("2026-03-10T10:00", "2026-03-10T12:00")], {
      hours: 2000,
      per: "year",
      pools: [nyborgMeetingPool(3)],
    });
    const r = grantSettingsOf(rota);
    expect(r.ok && r.settings?.pools).toEqual([
      { purpose: "meeting", minutes: 1440, per: "year" }, // 6 × 2 × 2 = 24 h
    ]);
  });
});
