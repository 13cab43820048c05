import { describe, expect, it } from "vitest";
import {
  annualAccount,
  costOf,
  readBudget,
  zeroTally,
  type MoneyRates,
  type PayTally,
} from "../../../core/src/grant/index.js";
import { minutes } from "../../../core/src/time/index.js";
import { rotaOf, shift } from "./grant-fixtures.js";

const ratesOf = (budget: unknown): MoneyRates => {
  const r = readBudget("dk", budget);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.budget.rates;
};
const tally = (t: Partial<Record<keyof PayTally, number>>): PayTally => {
  const out = zeroTally();
  for (const [k, v] of Object.entries(t)) out[k as keyof PayTally] = minutes(v);
  return out;
};

describe("costOf: money from pay minutes (Nyborg § 33, Fredericia 4.1.3)", () => {
  it("pays a Saturday night with supplements, on call at 75 % and pension 12.6 % + 4 %", () => {
    const rates = ratesOf({ hourlyRate: 200 });
    // The spec's Saturday night 22:00–06:00 worked (8 h: evening 1, night 7, Saturday 2,
    // Sunday 6) plus an on-call night 23:00–07:00 (8 h on call, 7 of them in the night window).
    const cost = costOf(
      rates,
      tally({ work: 480, oncall: 480, evening: 60, night: 840, saturday: 120, sunday: 360 }),
    );
    // base 8 h × 200 kr = 1 600 kr; on call 8 h × 200 × 75 % = 1 200 kr
    // supplements: evening 1 × 200 × 30 % = 60; night 14 × 200 × 33 % = 924;
    //   Saturday 2 × 200 × 28 % = 112; Sunday 6 × 200 × 50 % = 600 → 1 696 kr
    // pension: 12.6 % × (1 600 + 1 200) = 352.80; 4 % × 1 696 = 67.84 → 420.64 kr
    // total 1 600 + 1 200 + 1 696 + 420.64 = 4 916.64 kr
    expect(cost).toEqual({
      base: 160_000,
      oncall: 120_000,
      supplements: 169_600,
      pension: 42_064,
      total: 491_664,
    });
  });

  it("uses the Nyborg pension and the arrangement's own shares", () => {
    const rates = ratesOf({ hourlyRate: 180, pension: "nyborg", supplements: { night: 40 } });
    // 60 min of night work: base 180 kr; night 180 × 40 % = 72 kr;
    // pension 12.89 % × 180 = 23.202 kr → 2 320.2 øre → 2 320 øre; total 275.202 kr → 27 520 øre
    expect(costOf(rates, tally({ work: 60, night: 60 }))).toEqual({
      base: 18_000,
      oncall: 0,
      supplements: 7_200,
      pension: 2_320,
      total: 27_520,
    });
  });

  it("rounds once, half up, from exact minutes", () => {
    const rates = ratesOf({ hourlyRate: 100.01, pension: "none" });
    // 20 min at 100.01 kr/h = 3 333.666… øre → 3 334; 60 min = 10 001 øre exactly
    expect(costOf(rates, tally({ work: 20 })).total).toBe(3_334);
    expect(costOf(rates, tally({ work: 60 })).total).toBe(10_001);
    // half up: 1 min at 0.30 kr/h = 0.5 øre → 1
    expect(costOf(ratesOf({ hourlyRate: 0.3, pension: "none" }), tally({ work: 1 })).total).toBe(1);
    // exact for a year of 30 round-the-clock assistants (no float or int overflow):
    // 30 × 525 600 min × 250 kr/h = 65 700 000 kr
    const big = costOf(
      ratesOf({ hourlyRate: 250, pension: "none" }),
      tally({ work: 30 * 525_600 }),
    );
    expect(big.total).toBe(6_570_000_000);
  });

  it("costs a period from its summed minutes: three 20-minute shifts cost one hour", () => {
    const { rota, zone } = rotaOf(
      "dk",
      [
        shift("2026-03-02T08:00", "2026-03-02T08:20"),
        shift("2026-03-03T08:00", "2026-03-03T08:20"),
        shift("2026-03-04T08:00", "2026-03-04T08:20"),
      ],
      { hours: 10, per: "month", budget: { hourlyRate: 100.01, pension: "none" } },
    );
    const r = annualAccount(rota, zone, 2026);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // 60 min at 100.01 kr = 10 001 øre, not 3 × 3 334 = 10 002
    expect(r.account.months[2]?.money?.total).toBe(10_001);
  });

  it("pays no supplements on on-call time where the pay overrides say so", () => {
    const oncall = [shift("2026-03-11T23:00", "2026-03-12T07:00", { kind: "oncall" })];
    const grant = { hours: 100, per: "month", budget: { hourlyRate: 200 } };
    const withSupplements = rotaOf("dk", oncall, grant);
    const flat = rotaOf("dk", oncall, grant, { overrides: { pay: { oncallSupplements: false } } });
    const cost = (r: ReturnType<typeof rotaOf>) => {
      const a = annualAccount(r.rota, r.zone, 2026);
      if (!a.ok) throw new Error(JSON.stringify(a.issues));
      return a.account.total.money;
    };
    // 8 h on call × 200 × 75 % = 1 200 kr; night 7 h × 66 = 462 kr
    // pension 12.6 % × 1 200 = 151.20 + 4 % × 462 = 18.48 → 169.68; total 1 831.68 kr
    expect(cost(withSupplements)).toEqual({
      base: 0,
      oncall: 120_000,
      supplements: 46_200,
      pension: 16_968,
      total: 183_168,
    });
    // flat: 1 200 + 151.20 = 1 351.20 kr
    expect(cost(flat)).toEqual({
      base: 0,
      oncall: 120_000,
      supplements: 0,
      pension: 15_120,
      total: 135_120,
    });
  });

  it("recomputes a shift whose times changed in place, and per pay settings", () => {
    const r = rotaOf("dk", [shift("2026-03-02T07:00", "2026-03-02T15:00")], {
      hours: 100,
      per: "month",
      budget: { hourlyRate: 200, pension: "none" },
    });
    const total = (rota: typeof r.rota) => {
      const a = annualAccount(rota, r.zone, 2026);
      if (!a.ok) throw new Error(JSON.stringify(a.issues));
      return [a.account.total.used, a.account.total.money?.total];
    };
    // 8 h × 200 kr = 1 600 kr
    expect(total(r.rota)).toEqual([480, 160_000]);
    const s = r.rota.shifts[0];
    if (s === undefined) throw new Error("no shift");
    // the same shift object, now 07:00–19:00: 12 h, 2 of them evening (2 × 60 kr)
    s.end = "2026-03-02T19:00" as typeof s.end;
    expect(total(r.rota)).toEqual([720, 252_000]);
    // the same shift object under other pay windows: evening from 18:00 → 1 h × 60 kr
    const later = { ...r.rota, overrides: { pay: { eveningFrom: "18:00" } } };
    expect(total(later)).toEqual([720, 246_000]);
  });
});
