import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PAY_CATEGORIES,
  PAY_DEFAULTS,
  payMinutes,
  payParams,
  type PayCategory,
  type PayParams,
} from "../../../core/src/grant/index.js";
import type { ProfileId, ShiftKind } from "../../../core/src/model/index.js";
import {
  DAY_MS,
  MINUTE_MS,
  Zone,
  holidayOn,
  instant,
  localMsToDate,
  specialDayOn,
  type Instant,
} from "../../../core/src/time/index.js";

const ZONES: Record<ProfileId, string> = { dk: "Europe/Copenhagen", no: "Europe/Oslo" };

const at = (zone: Zone, text: string): Instant => {
  const r = zone.resolve(text);
  if (!r.ok) throw new Error(r.problem.reason);
  return r.instant;
};

const paramsOf = (profile: ProfileId, overrides?: unknown): PayParams => {
  const r = payParams(profile, overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.params;
};

/** Hours per category (only the non-zero ones) and the shift's elapsed hours. */
function hours(
  profile: ProfileId,
  start: string,
  end: string,
  kind: ShiftKind = "work",
  overrides?: unknown,
): Partial<Record<PayCategory | "total", number>> {
  const zone = Zone.get(ZONES[profile]);
  const s = at(zone, start);
  const e = at(zone, end);
  const m = payMinutes(paramsOf(profile, overrides), zone, s, e, kind);
  const out: Partial<Record<PayCategory | "total", number>> = { total: (e - s) / 3_600_000 };
  for (const c of PAY_CATEGORIES) if (m[c] !== 0) out[c] = m[c] / 60;
  return out;
}

describe("payMinutes, Denmark (Nyborg § 33, Fredericia 4.1.2)", () => {
  it("splits the spec's Saturday night: evening 1, night 7, saturday 2, sunday 6", () => {
    expect(hours("dk", "2026-03-07T22:00", "2026-03-08T06:00")).toEqual({
      total: 8,
      evening: 1,
      night: 7,
      saturday: 2,
      sunday: 6,
    });
  });

  it("counts the October DST night as 9 h, the extra hour as night and Sunday", () => {
    expect(hours("dk", "2026-10-24T22:00", "2026-10-25T06:00")).toEqual({
      total: 9,
      evening: 1,
      night: 8,
      saturday: 2,
      sunday: 7,
    });
  });

  it("counts the March DST night as 7 h", () => {
    expect(hours("dk", "2026-03-28T22:00", "2026-03-29T06:00")).toEqual({
      total: 7,
      evening: 1,
      night: 6,
      saturday: 2,
      sunday: 5,
    });
  });

  it("stacks evening and Saturday, and has no supplement on a weekday daytime", () => {
    expect(hours("dk", "2026-03-07T07:00", "2026-03-07T19:00")).toEqual({
      total: 12,
      saturday: 11,
      evening: 2,
    });
    expect(hours("dk", "2026-03-04T08:00", "2026-03-04T16:00")).toEqual({ total: 8 });
  });

  it("pays Easter and Ascension Day 2026 as Sunday, not Easter Saturday", () => {
    expect(hours("dk", "2026-04-02T08:00", "2026-04-02T16:00").sunday).toBe(8); // Maundy Thursday
    expect(hours("dk", "2026-04-03T08:00", "2026-04-03T16:00").sunday).toBe(8); // Good Friday
    expect(hours("dk", "2026-04-04T08:00", "2026-04-04T16:00")).toEqual({ total: 8, saturday: 8 });
    expect(hours("dk", "2026-04-05T08:00", "2026-04-05T16:00").sunday).toBe(8); // Easter Sunday
    expect(hours("dk", "2026-04-06T08:00", "2026-04-06T16:00").sunday).toBe(8); // Easter Monday
    expect(hours("dk", "2026-05-14T08:00", "2026-05-14T16:00")).toEqual({ total: 8, sunday: 8 });
    // The day after Ascension Day is an ordinary Friday again.
    expect(hours("dk", "2026-05-15T08:00", "2026-05-15T16:00")).toEqual({ total: 8 });
  });

  it("no longer pays Great Prayer Day (abolished from 2024), but did in 2023", () => {
    expect(hours("dk", "2026-05-01T08:00", "2026-05-01T12:00").sunday).toBeUndefined();
    expect(hours("dk", "2023-05-05T08:00", "2023-05-05T12:00").sunday).toBe(4);
  });

  it("pays Christmas Eve as Sunday from 06:00: a 00:00–08:00 shift has 2 h", () => {
    expect(hours("dk", "2026-12-24T00:00", "2026-12-24T08:00")).toEqual({
      total: 8,
      night: 6,
      sunday: 2,
    });
    // 23 December is an ordinary Wednesday.
    expect(hours("dk", "2026-12-23T20:00", "2026-12-24T00:00")).toEqual({
      total: 4,
      evening: 3,
      night: 1,
    });
  });

  it("pays 1 May, 5 June and 31 December as Sunday from 12:00", () => {
    expect(hours("dk", "2026-05-01T10:00", "2026-05-01T14:00")).toEqual({ total: 4, sunday: 2 });
    expect(hours("dk", "2026-06-05T10:00", "2026-06-05T14:00")).toEqual({ total: 4, sunday: 2 });
    expect(hours("dk", "2026-12-31T11:00", "2026-12-31T18:00")).toEqual({
      total: 7,
      evening: 1,
      sunday: 6,
    });
    // New Year's Eve runs into New Year's Day: Sunday pay throughout.
    expect(hours("dk", "2026-12-31T22:00", "2027-01-01T02:00")).toEqual({
      total: 4,
      evening: 1,
      night: 3,
      sunday: 4,
    });
  });

  it("puts on-call minutes in oncall, stacked with the time-of-day categories", () => {
    expect(hours("dk", "2026-03-02T18:00", "2026-03-03T00:00", "oncall")).toEqual({
      total: 6,
      oncall: 6,
      evening: 5,
      night: 1,
    });
    expect(
      hours("dk", "2026-03-02T18:00", "2026-03-03T00:00", "oncall", { oncallSupplements: false }),
    ).toEqual({ total: 6, oncall: 6 });
  });

  it("counts nothing for absences", () => {
    for (const kind of ["vacation", "sick", "child-sick", "leave"] as const) {
      expect(hours("dk", "2026-03-07T22:00", "2026-03-08T06:00", kind)).toEqual({ total: 8 });
    }
  });

  it("moves a window boundary in the spring gap forward as a wall clock reads it", () => {
    // 02:30 does not exist on 29 March 2026; the window starts at 03:30 CEST, 01:30 UTC.
    expect(
      hours("dk", "2026-03-29T00:00", "2026-03-29T06:00", "work", {
        nightFrom: "02:30",
        nightTo: "05:00",
      }),
    ).toEqual({ total: 5, night: 1.5, sunday: 5 });
  });

  it("starts a window boundary in the autumn fold at its first occurrence", () => {
    // 02:30 CEST to 05:00 CET on 25 October 2026 is 3.5 hours.
    expect(
      hours("dk", "2026-10-25T00:00", "2026-10-25T06:00", "work", {
        nightFrom: "02:30",
        nightTo: "05:00",
      }),
    ).toEqual({ total: 7, night: 3.5, sunday: 7 });
  });
});

describe("payMinutes, Norway (aml. §§ 10-10, 10-11)", () => {
  it("counts Sunday from 18:00 on Saturday: Sat 17:00–19:00 has 1 h", () => {
    expect(hours("no", "2026-03-07T17:00", "2026-03-07T19:00")).toEqual({
      total: 2,
      evening: 2,
      saturday: 2,
      sunday: 1,
    });
  });

  it("ends Sunday at 22:00 before a working day: Sun 21:00–23:00 has 1 h", () => {
    expect(hours("no", "2026-03-08T21:00", "2026-03-08T23:00")).toEqual({
      total: 2,
      night: 2,
      sunday: 1,
    });
  });

  it("counts the whole October DST night as night and Sunday", () => {
    expect(hours("no", "2026-10-24T22:00", "2026-10-25T06:00")).toEqual({
      total: 9,
      night: 9,
      saturday: 2,
      sunday: 9,
    });
  });

  it("counts Christmas Eve from 15:00, not before", () => {
    expect(hours("no", "2026-12-24T14:00", "2026-12-24T16:00")).toEqual({ total: 2, sunday: 1 });
    // Christmas Eve is not itself a holiday: the evening before it is an ordinary evening.
    expect(hours("no", "2026-12-23T17:00", "2026-12-23T19:00")).toEqual({ total: 2, evening: 2 });
  });

  it("chains consecutive holidays: Easter 2026", () => {
    // Maundy Thursday (holiday) before Good Friday (holiday): the whole evening counts.
    expect(hours("no", "2026-04-02T21:00", "2026-04-02T23:00").sunday).toBe(2);
    // Good Friday before Easter Eve (a working Saturday): ends at 22:00.
    expect(hours("no", "2026-04-03T21:00", "2026-04-03T23:00").sunday).toBe(1);
    // Easter Eve from 15:00 (the special day), not only from 18:00.
    expect(hours("no", "2026-04-04T14:00", "2026-04-04T19:00").sunday).toBe(4);
    // Easter Sunday into Easter Monday, then Easter Monday until 22:00.
    expect(hours("no", "2026-04-05T20:00", "2026-04-06T02:00").sunday).toBe(6);
    expect(hours("no", "2026-04-06T20:00", "2026-04-07T02:00").sunday).toBe(2);
    // Wednesday before Maundy Thursday from 18:00.
    expect(hours("no", "2026-04-01T16:00", "2026-04-01T20:00").sunday).toBe(2);
  });

  it("counts 1 and 17 May as holidays", () => {
    expect(hours("no", "2026-05-01T08:00", "2026-05-01T16:00").sunday).toBe(8);
    expect(hours("no", "2026-04-30T17:00", "2026-04-30T19:00").sunday).toBe(1);
  });

  it("takes evening and Saturday from overrides (agreements differ)", () => {
    expect(
      hours("no", "2026-03-02T16:00", "2026-03-02T23:00", "work", {
        eveningFrom: "18:00",
        eveningTo: "22:00",
      }),
    ).toEqual({ total: 7, evening: 4, night: 2 });
    expect(
      hours("no", "2026-03-07T08:00", "2026-03-07T16:00", "work", { saturdayFrom: "13:00" }),
    ).toEqual({ total: 8, saturday: 3 });
  });

  it("switches a category off when from equals to", () => {
    expect(
      hours("no", "2026-03-02T16:00", "2026-03-02T20:00", "work", {
        eveningFrom: "00:00",
        eveningTo: "00:00",
      }),
    ).toEqual({ total: 4 });
  });
});

/**
 * A per-minute reference: each minute of the shift is classified by its wall-clock date and
 * minute of day. Equal to the window mechanism whenever no window boundary lies in a DST gap or
 * fold, which holds for both profiles' defaults in Europe.
 */
function bruteForce(
  p: PayParams,
  zone: Zone,
  start: number,
  end: number,
): Record<PayCategory, number> {
  const m = { evening: 0, night: 0, saturday: 0, sunday: 0, oncall: 0 };
  const inDaily = (from: number, to: number, x: number): boolean =>
    from < to ? x >= from && x < to : from > to ? x < to || x >= from : false;
  const red = (localDay: number): boolean => {
    const date = localMsToDate(localDay);
    return new Date(localDay).getUTCDay() === 0 || holidayOn(p.country, date) !== undefined;
  };
  for (let t = start; t < end; t += MINUTE_MS) {
    const local = zone.localMs(instant(t));
    const day = Math.floor(local / DAY_MS) * DAY_MS;
    const x = (local - day) / MINUTE_MS;
    if (inDaily(p.evening.from, p.evening.to, x)) m.evening++;
    if (inDaily(p.night.from, p.night.to, x)) m.night++;
    if (new Date(day).getUTCDay() === 6 && inDaily(p.saturday.from, p.saturday.to, x)) m.saturday++;
    const today = red(day);
    const tomorrow = red(day + DAY_MS);
    const special = specialDayOn(p.country, localMsToDate(day));
    const specialFrom = special ? Number(special.sundayFrom.slice(0, 2)) * 60 : 1440;
    if (
      (today && (tomorrow || x < p.sundayLastDayTo)) ||
      (tomorrow && x >= p.sundayEveFrom) ||
      x >= specialFrom
    ) {
      m.sunday++;
    }
  }
  return m;
}

describe("payMinutes against a per-minute reference", () => {
  for (const profile of ["dk", "no"] as const) {
    it(`agrees for random shifts in 2026 (${profile})`, () => {
      const zone = Zone.get(ZONES[profile]);
      const p = paramsOf(profile);
      const yearStart = at(zone, "2026-01-01T00:00");
      // Dates around Easter, Christmas and both DST changes are drawn more often.
      const hotSpots = ["2026-03-27", "2026-03-31", "2026-04-30", "2026-05-13", "2026-06-04"]
        .concat(["2026-10-23", "2026-12-22", "2026-12-30"])
        .map((d) => at(zone, `${d}T00:00`));
      const startArb = fc.oneof(
        fc.integer({ min: 0, max: 364 * 24 * 4 }).map((q) => yearStart + q * 15 * MINUTE_MS),
        fc
          .tuple(fc.constantFrom(...hotSpots), fc.integer({ min: 0, max: 4 * 24 * 4 }))
          .map(([d, q]) => d + q * 15 * MINUTE_MS),
      );
      fc.assert(
        fc.property(startArb, fc.integer({ min: 1, max: 30 * 4 }), (s, quarters) => {
          const e = s + quarters * 15 * MINUTE_MS;
          const got = payMinutes(p, zone, instant(s), instant(e), "work");
          const want = bruteForce(p, zone, s, e);
          for (const c of PAY_CATEGORIES) expect(got[c]).toBe(want[c]);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe("payMinutes performance", () => {
  it("handles a year of 11,000 shifts quickly", () => {
    const zone = Zone.get("Europe/Copenhagen");
    const p = paramsOf("dk");
    const base = at(zone, "2026-01-01T00:00");
    const shifts = Array.from({ length: 11_000 }, (_, i) => {
      const s = base + i * 48 * MINUTE_MS;
      return [instant(s), instant(s + (4 + (i % 9)) * 60 * MINUTE_MS)] as const;
    });
    const run = (): number => {
      const t0 = performance.now();
      for (const [s, e] of shifts) payMinutes(p, zone, s, e, "work");
      return performance.now() - t0;
    };
    run(); // warm up the JIT and the day cache
    // The target is ~50 ms; the bound leaves room for slow CI machines.
    expect(run()).toBeLessThan(250);
  });
});

describe("payParams", () => {
  it("has the documented defaults", () => {
    expect(PAY_DEFAULTS.dk).toMatchObject({ eveningFrom: "17:00", nightFrom: "23:00" });
    expect(PAY_DEFAULTS.no).toMatchObject({ nightFrom: "21:00", sundayEveFrom: "18:00" });
    expect(paramsOf("dk").night).toEqual({ from: 23 * 60, to: 6 * 60 });
  });

  it("merges overrides over the profile's defaults", () => {
    const p = paramsOf("no", { eveningFrom: "16:00", oncallSupplements: false });
    expect(p.settings).toEqual({
      ...PAY_DEFAULTS.no,
      eveningFrom: "16:00",
      oncallSupplements: false,
    });
    expect(p.evening).toEqual({ from: 16 * 60, to: 21 * 60 });
  });

  it("reports every bad override with its JSON path", () => {
    const r = payParams("no", {
      eveningFrom: "25:00",
      nightTo: 6,
      eveningFrm: "17:00",
      oncallSupplements: "yes",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path).sort()).toEqual([
      "$.overrides.pay.eveningFrm",
      "$.overrides.pay.eveningFrom",
      "$.overrides.pay.nightTo",
      "$.overrides.pay.oncallSupplements",
    ]);
    const byPath = new Map(r.issues.map((i) => [i.path, i.message]));
    expect(byPath.get("$.overrides.pay.eveningFrom")).toContain('"25:00"');
    expect(byPath.get("$.overrides.pay.eveningFrm")).toContain("unknown pay parameter");
  });

  it("rejects overrides that are not an object", () => {
    const r = payParams("dk", "17:00");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(["$.overrides.pay"]);
  });
});
