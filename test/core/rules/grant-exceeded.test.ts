/**
 * `grant-exceeded` (rules.md): planned hours (all assistants, work + on-call, purpose `help`) in a
 * grant period (ISO week, calendar month, calendar year) exceed the grant. A shift across a
 * period boundary counts in each period for its part.
 */
import { describe, expect, it } from "vitest";
import { days, only, rota, rotaNo, span, type ShiftSpec } from "./helpers.js";

const grant = (hours: number, per: string) => ({ grant: { hours, per } });
/** Mon 16 – Fri 20 March 2026, 08–16: 40 h for a1. */
const week40 = (): ShiftSpec[] => days("s", "2026-03-16", 5, "08:00", "16:00");

describe("grant-exceeded per ISO week", () => {
  it("accepts exactly the granted hours and reports 40.5 against 40, with every field", () => {
    expect(only("grant-exceeded", rota(week40(), grant(40, "week")))).toEqual([]);
    const v = only(
      "grant-exceeded",
      rota(
        [...week40(), { id: "x", a: "a2", start: "2026-03-21T08:00", end: "2026-03-21T08:30" }],
        grant(40, "week"),
      ),
    );
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "grant-exceeded",
      severity: "error",

      from: "2026-03-16T00:00",
      to: "2026-03-23T00:00",
      measured: 40.5,
      limit: 40,
    });
    expect(v[0]).not.toHaveProperty("assistantId");
  });

  it("counts on-call but not meetings, training, appraisals or absences", () => {
    const extra: ShiftSpec[] = [
      { id: "m", a: "a2", start: "2026-03-21T08:00", end: "2026-03-21T12:00", purpose: "meeting" },
      { id: "t", a: "a2", start: "2026-03-21T13:00", end: "2026-03-21T15:00", purpose: "training" },
      {
        id: "p",
        a: "a2",
        start: "2026-03-21T15:00",
        end: "2026-03-21T16:00",
        purpose: "appraisal",
      },
      { id: "v", a: "a3", start: "2026-03-21T08:00", end: "2026-03-21T16:00", kind: "vacation" },
      { id: "k", a: "a3", start: "2026-03-22T08:00", end: "2026-03-22T16:00", kind: "sick" },
    ];
    expect(only("grant-exceeded", rota([...week40(), ...extra], grant(40, "week")))).toEqual([]);
    const oncall: ShiftSpec = {
      id: "o",
      a: "a2",
      start: "2026-03-22T20:00",
      end: "2026-03-22T21:00",
      kind: "oncall",
    };
    const v = only("grant-exceeded", rota([...week40(), ...extra, oncall], grant(40, "week")));
    expect(v.map((x) => x.measured)).toEqual([41]);
  });

  it("adds overlapping shifts of different assistants", () => {
    const v = only(
      "grant-exceeded",
      rota(
        [
          { id: "a", a: "a1", start: "2026-03-16T08:00", end: "2026-03-16T16:00" },
          { id: "b", a: "a2", start: "2026-03-16T08:00", end: "2026-03-16T16:00" },
        ],
        grant(15, "week"),
      ),
    );
    expect(v.map((x) => x.measured)).toEqual([16]);
  });

  it("splits a Sunday night between the two weeks", () => {
    // Week of 16 March: 8 + 4 (Sun 20:00–24:00) = 12 > 10. Week of 23 March: 4 + 6 = 10 → fine.
    const v = only(
      "grant-exceeded",
      rota(
        [
          { id: "s1", start: "2026-03-16T08:00", end: "2026-03-16T16:00" },
          { id: "n", start: "2026-03-22T20:00", end: "2026-03-23T04:00" },
          { id: "s2", start: "2026-03-23T08:00", end: "2026-03-23T14:00" },
        ],
        grant(10, "week"),
      ),
    );
    expect(v.map(span)).toEqual([
      { from: "2026-03-16T00:00", to: "2026-03-23T00:00", measured: 12, limit: 10 },
    ]);
  });

  it("uses ISO week 53 (Mon 28 Dec 2026 – Sun 3 Jan 2027) as one week", () => {
    const v = only(
      "grant-exceeded",
      rota(days("s", "2026-12-31", 3, "08:00", "16:00"), grant(20, "week")),
    );
    expect(v.map(span)).toEqual([
      { from: "2026-12-28T00:00", to: "2027-01-04T00:00", measured: 24, limit: 20 },
    ]);
  });

  it("counts the October night as 9 hours and the March night as 7", () => {
    // Week of 19 Oct: Mon–Thu 08–16 (32 h) + Sat 22:00–Sun 06:00 (9 h) = 41 > 40.
    const october = only(
      "grant-exceeded",
      rota(
        [
          ...days("d", "2026-10-19", 4, "08:00", "16:00"),
          { id: "n", start: "2026-10-24T22:00", end: "2026-10-25T06:00" },
        ],
        grant(40, "week"),
      ),
    );
    expect(october.map((v) => [v.from, v.to, v.measured])).toEqual([
      ["2026-10-19T00:00", "2026-10-26T00:00", 41],
    ]);
    // Week of 23 Mar: 32 h + 7 h + Sun 12–13 (1 h) = 40 → fine.
    expect(
      only(
        "grant-exceeded",
        rota(
          [
            ...days("d", "2026-03-23", 4, "08:00", "16:00"),
            { id: "n", start: "2026-03-28T22:00", end: "2026-03-29T06:00" },
            { id: "x", start: "2026-03-29T12:00", end: "2026-03-29T13:00" },
          ],
          grant(40, "week"),
        ),
      ),
    ).toEqual([]);
  });
});

describe("grant-exceeded per calendar month", () => {
  // March: 12 × 8 h (16–27 March) + 31 Mar 20:00–24:00 (4 h) = 100 h.
  // April: 1 Apr 00:00–04:00 (4 h) + 12 × 8 h (2–13 April) = 100 h.
  const shifts = (): ShiftSpec[] => [
    ...days("m", "2026-03-16", 12, "08:00", "16:00"),
    { id: "x", start: "2026-03-31T20:00", end: "2026-04-01T04:00" },
    ...days("p", "2026-04-02", 12, "08:00", "16:00"),
  ];

  it("splits a shift across the month boundary: 100 + 100 against 100 is fine", () => {
    expect(only("grant-exceeded", rota(shifts(), grant(100, "month")))).toEqual([]);
  });

  it("reports both months against 99", () => {
    const v = only("grant-exceeded", rota(shifts(), grant(99, "month")));
    expect(v.map(span)).toEqual([
      { from: "2026-03-01T00:00", to: "2026-04-01T00:00", measured: 100, limit: 99 },
      { from: "2026-04-01T00:00", to: "2026-05-01T00:00", measured: 100, limit: 99 },
    ]);
  });
});

describe("grant-exceeded per calendar year", () => {
  it("splits a New Year's Eve night between the years", () => {
    // 2026: 30 Dec 08–13 (5 h) + 31 Dec 18:00–24:00 (6 h) = 11 > 10. 2027: 00:00–06:00 = 6 h.
    const v = only(
      "grant-exceeded",
      rota(
        [
          { id: "a", start: "2026-12-30T08:00", end: "2026-12-30T13:00" },
          { id: "b", start: "2026-12-31T18:00", end: "2027-01-01T06:00" },
        ],
        grant(10, "year"),
      ),
    );
    expect(v.map(span)).toEqual([
      { from: "2026-01-01T00:00", to: "2027-01-01T00:00", measured: 11, limit: 10 },
    ]);
  });
});

describe("grant-exceeded messages", () => {
  const over = [...week40(), { id: "x", start: "2026-03-21T08:00", end: "2026-03-21T08:30" }];

  it("writes Danish, Norwegian and English with the source and the number style", () => {
    const da = only("grant-exceeded", rota(over, { ...grant(40, "week"), locale: "da" }))[0];
    const nb = only("grant-exceeded", rotaNo(over, { ...grant(40, "week"), locale: "nb" }))[0];
    const en = only("grant-exceeded", rota(over, { ...grant(40, "week"), locale: "en" }))[0];
    expect(da?.message).toContain("40,5 t");
    expect(da?.message).toContain(da?.source ?? "?");
    expect(nb?.message).toContain("40,5 t");
    expect(nb?.message).toContain(nb?.source ?? "?");
    expect(nb?.severity).toBe("error");
    expect(en?.message).toContain("40.5 h");
    expect(en?.message).toContain(en?.source ?? "?");
    expect(da?.source).not.toEqual(nb?.source);
  });
});
