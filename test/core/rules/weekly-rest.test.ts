/**
 * `weekly-rest` (rules.md): in the 7 × 24 real hours from the start of each working shift the
 * longest rest must reach 35 h (48 h under 18); with the override `"mode": "iso-week"` the windows
 * are fixed ISO weeks from Monday 00:00. Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { brief, days, only, plusDays, rota, rotaNo, type ShiftSpec } from "./helpers.js";

const born = (birthDate: string) => ({ assistants: [{ id: "a1", name: "A", birthDate }] });
const isoWeek = { overrides: { "weekly-rest": { mode: "iso-week" } } };
const ids = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** Mon–Sat 08–16 from `monday`, then one more shift `s7` on the next Monday. */
const sixDaysThen = (monday: string, next: ShiftSpec): ShiftSpec[] => [
  ...days("s", monday, 6, "08:00", "16:00"),
  { ...next, id: "s7" },
];

describe("weekly-rest (rolling 7-day windows)", () => {
  it("accepts exactly 35 hours (Sat 16:00 to Mon 03:00)", () => {
    expect(
      only(
        "weekly-rest",
        rota(
          sixDaysThen("2026-03-02", { id: "", start: "2026-03-09T03:00", end: "2026-03-09T11:00" }),
        ),
      ),
    ).toEqual([]);
  });

  it("reports 34 hours in every window that holds no longer rest", () => {
    // Rest Sat 7 16:00 – Mon 9 02:00 = 34 h; s7 ends Mon 10:00.
    // from s1 (Mon 2 08:00–Mon 9 08:00): nights 16 h, 34 h → fail.
    // from s2 (Tue 3 08:00–Tue 10 08:00): 34 h, Mon 10:00–Tue 08:00 = 22 h → fail.
    // from s3 (Wed 4 08:00–Wed 11 08:00): Mon 10:00–Wed 08:00 = 46 h → fine.
    const v = only(
      "weekly-rest",
      rota(
        sixDaysThen("2026-03-02", { id: "", start: "2026-03-09T02:00", end: "2026-03-09T10:00" }),
      ),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ids("s", 1, 7),
        from: "2026-03-02T08:00",
        to: "2026-03-09T08:00",
        measured: 34,
        limit: 35,
      },
      {
        shiftIds: ids("s", 2, 7),
        from: "2026-03-03T08:00",
        to: "2026-03-10T08:00",
        measured: 34,
        limit: 35,
      },
    ]);
    expect(v[0]).toMatchObject({ rule: "weekly-rest", severity: "error", assistantId: "a1" });
  });

  it("measures real hours across the March change: 35 on the wall clock is 34", () => {
    // Sat 28 Mar 16:00 CET (15:00 UTC) – Mon 30 Mar 03:00 CEST (01:00 UTC) = 34 h.
    // The window from s1 (Mon 23 08:00 CET = 07:00 UTC) ends 168 h later, 07:00 UTC = 09:00 CEST.
    const v = only(
      "weekly-rest",
      rota(
        sixDaysThen("2026-03-23", { id: "", start: "2026-03-30T03:00", end: "2026-03-30T11:00" }),
      ),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ids("s", 1, 7),
        from: "2026-03-23T08:00",
        to: "2026-03-30T09:00",
        measured: 34,
        limit: 35,
      },
      {
        shiftIds: ids("s", 2, 7),
        from: "2026-03-24T08:00",
        to: "2026-03-31T09:00",
        measured: 34,
        limit: 35,
      },
    ]);
  });

  it("measures real hours across the October change: 34 on the wall clock is 35", () => {
    // Sat 24 Oct 16:00 CEST (14:00 UTC) – Mon 26 Oct 02:00 CET (01:00 UTC) = 35 h → fine.
    expect(
      only(
        "weekly-rest",
        rota(
          sixDaysThen("2026-10-19", { id: "", start: "2026-10-26T02:00", end: "2026-10-26T10:00" }),
        ),
      ),
    ).toEqual([]);
  });

  it("measures real hours in Oslo and cites aml. § 10-8 (2)", () => {
    const v = only(
      "weekly-rest",
      rotaNo(
        sixDaysThen("2026-03-23", { id: "", start: "2026-03-30T03:00", end: "2026-03-30T11:00" }),
        { locale: "nb" },
      ),
    );
    expect(v.map((x) => [x.from, x.to, x.measured, x.limit])).toEqual([
      ["2026-03-23T08:00", "2026-03-30T09:00", 34, 35],
      ["2026-03-24T08:00", "2026-03-31T09:00", 34, 35],
    ]);
    expect(v[0]?.message).toContain("§ 10-8 (2)");
    expect(v[0]?.message).toContain("34 t");
  });

  it("handles seven night shifts across midnight", () => {
    // n1 Mon 2 22:00 … n7 Sun 8 22:00–Mon 9 06:00; nightly rests 06–22 = 16 h.
    // from n1 (to Mon 9 22:00): after n7, 06:00–22:00 = 16 h → fail.
    // from n2 (to Tue 10 22:00): Mon 06:00–Tue 22:00 = 40 h → fine.
    const v = only("weekly-rest", rota(days("n", "2026-03-02", 7, "22:00", "06:00")));
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ids("n", 1, 7),
        from: "2026-03-02T22:00",
        to: "2026-03-09T22:00",
        measured: 16,
        limit: 35,
      },
    ]);
  });

  it("counts on-call as work and an absence as rest", () => {
    const six = days("s", "2026-03-02", 6, "08:00", "16:00");
    const sunday = { id: "s7", start: "2026-03-08T08:00", end: "2026-03-08T16:00" };
    const oncall = only("weekly-rest", rota([...six, { ...sunday, kind: "oncall" }]));
    expect(oncall.map((v) => [v.shiftIds[0], v.measured])).toEqual([["s1", 16]]);
    // With a vacation on Sunday: Sat 16:00 – Mon 9 08:00 (end of s1's window) = 40 h → fine.
    expect(only("weekly-rest", rota([...six, { ...sunday, kind: "vacation" }]))).toEqual([]);
  });

  it("asks 48 hours of someone under 18", () => {
    // Mon 16–Fri 20 Mar 08–14, then Sun 22 Mar 08–14: rest Fri 14:00–Sun 08:00 = 42 h.
    // from s1 (to Mon 23 08:00): 42 h; from s2 (to Tue 24 08:00): 42 h and Sun 14–Tue 08 = 42 h;
    // from s3 (to Wed 25 08:00): Sun 14:00–Wed 08:00 = 66 h → fine.
    const shifts = [
      ...days("s", "2026-03-16", 5, "08:00", "14:00"),
      { id: "s6", start: "2026-03-22T08:00", end: "2026-03-22T14:00" },
    ];
    const v = only("weekly-rest", rota(shifts, born("2009-06-01")));
    expect(v.map((x) => [x.shiftIds[0], x.from, x.to, x.measured, x.limit])).toEqual([
      ["s1", "2026-03-16T08:00", "2026-03-23T08:00", 42, 48],
      ["s2", "2026-03-17T08:00", "2026-03-24T08:00", 42, 48],
    ]);
    expect(v[0]?.message).toContain("under 18");
    // An adult: 42 h ≥ 35 h.
    expect(only("weekly-rest", rota(shifts))).toEqual([]);
  });

  it("judges 'under 18' on the date of the window's shift (born 2008-04-01)", () => {
    // Tue 31 Mar … Sat 4 Apr 08–14, then Mon 6 Apr 08–14: rest Sat 14:00–Mon 08:00 = 42 h.
    // from s1 (31 March, under 18): longest 42 < 48 → fail.
    // from s2 (1 April, 18): Sat–Mon 42 h and Mon 14:00–Wed 08:00 = 42 h ≥ 35 → fine.
    const v = only(
      "weekly-rest",
      rota(
        [
          ...days("s", "2026-03-31", 5, "08:00", "14:00"),
          { id: "s6", start: "2026-04-06T08:00", end: "2026-04-06T14:00" },
        ],
        born("2008-04-01"),
      ),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ids("s", 1, 6),
        from: "2026-03-31T08:00",
        to: "2026-04-07T08:00",
        measured: 42,
        limit: 48,
      },
    ]);
  });

  it("works across ISO week 53 and New Year", () => {
    const v = only("weekly-rest", rota(days("s", "2026-12-28", 7, "08:00", "16:00")));
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ids("s", 1, 7),
        from: "2026-12-28T08:00",
        to: "2027-01-04T08:00",
        measured: 16,
        limit: 35,
      },
    ]);
  });
});

describe("weekly-rest with the override mode iso-week", () => {
  it("reports worked example 3 once for the week, from Monday 00:00", () => {
    // Week Mon 2 00:00 – Mon 9 00:00: rests 00–08 = 8, nights 16, Sun 16:00–Mon 00:00 = 8 → 16.
    const v = only("weekly-rest", rota(days("s", "2026-03-02", 7, "08:00", "16:00"), isoWeek));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "weekly-rest",
      severity: "error",
      assistantId: "a1",
      shiftIds: ids("s", 1, 7),
      from: "2026-03-02T00:00",
      to: "2026-03-09T00:00",
      measured: 16,
      limit: 35,
    });
  });

  it("passes seven days of work split over two ISO weeks that rolling windows catch", () => {
    // Thu 5 – Wed 11 March, 08–16. Week of 2 March: Mon 00:00–Thu 08:00 = 80 h rest.
    // Week of 9 March: Wed 16:00–Mon 16 00:00 = 104 h. Rolling from s1 (to Thu 12 08:00): 16 h.
    const shifts = days("s", "2026-03-05", 7, "08:00", "16:00");
    expect(only("weekly-rest", rota(shifts, isoWeek))).toEqual([]);
    expect(only("weekly-rest", rota(shifts)).map((v) => [v.shiftIds[0], v.measured])).toEqual([
      ["s1", 16],
    ]);
  });

  it("fails a week whose long rest straddles Monday 00:00, which rolling windows accept", () => {
    // Mon 2 – Sat 7 08–20, then Mon 9 12–20. Rolling from s1 (to Mon 9 08:00): Sat 20:00–Mon
    // 08:00 = 36 h → fine; later windows hold Sat 20:00–Mon 12:00 = 40 h.
    // Week of 2 March: 00–08 = 8, nights 12, Sat 20:00–Mon 00:00 = 28 h → fail.
    // Week of 9 March: 00–12 = 12, Mon 20:00–Mon 16 00:00 = 124 h → fine.
    const shifts = [
      ...days("s", "2026-03-02", 6, "08:00", "20:00"),
      { id: "s7", start: "2026-03-09T12:00", end: "2026-03-09T20:00" },
    ];
    expect(only("weekly-rest", rota(shifts))).toEqual([]);
    const v = only("weekly-rest", rota(shifts, isoWeek));
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ids("s", 1, 6),
        from: "2026-03-02T00:00",
        to: "2026-03-09T00:00",
        measured: 28,
        limit: 35,
      },
    ]);
  });

  it("uses ISO week 53 (Mon 28 Dec 2026 – Sun 3 Jan 2027) as one week", () => {
    const v = only("weekly-rest", rota(days("s", "2026-12-28", 7, "08:00", "16:00"), isoWeek));
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ids("s", 1, 7),
        from: "2026-12-28T00:00",
        to: "2027-01-04T00:00",
        measured: 16,
        limit: 35,
      },
    ]);
  });

  it("measures the short March week (167 h) and the long October week (169 h) in real hours", () => {
    // March: Sat 28 16:00 CET (15:00 UTC) – Mon 30 00:00 CEST (Sun 22:00 UTC) = 31 h.
    const march = only("weekly-rest", rota(days("s", "2026-03-23", 6, "08:00", "16:00"), isoWeek));
    expect(march.map(brief)).toEqual([
      {
        shiftIds: ids("s", 1, 6),
        from: "2026-03-23T00:00",
        to: "2026-03-30T00:00",
        measured: 31,
        limit: 35,
      },
    ]);
    // October: Sat 24 16:00 CEST (14:00 UTC) – Mon 26 00:00 CET (Sun 23:00 UTC) = 33 h.
    const october = only(
      "weekly-rest",
      rota(days("s", "2026-10-19", 6, "08:00", "16:00"), isoWeek),
    );
    expect(october.map((v) => [v.from, v.to, v.measured])).toEqual([
      ["2026-10-19T00:00", "2026-10-26T00:00", 33],
    ]);
  });

  it("judges 'under 18' on the week's Monday (born 2008-04-01)", () => {
    // Mon–Fri 08–16 and Sun 06–10: rests Fri 16:00–Sun 06:00 = 38 h, Sun 10:00–Mon 00:00 = 14 h.
    // Week of 30 March (under 18 on the Monday): 38 < 48 → fail. Week of 6 April: 38 ≥ 35.
    const week = (monday: string, prefix: string): ShiftSpec[] => [
      ...days(prefix, monday, 5, "08:00", "16:00"),
      {
        id: `${prefix}7`,
        start: `${plusDays(monday, 6)}T06:00`,
        end: `${plusDays(monday, 6)}T10:00`,
      },
    ];
    const v = only(
      "weekly-rest",
      rota([...week("2026-03-30", "a"), ...week("2026-04-06", "b")], {
        ...born("2008-04-01"),
        ...isoWeek,
      }),
    );
    expect(v.map((x) => [x.from, x.to, x.measured, x.limit])).toEqual([
      ["2026-03-30T00:00", "2026-04-06T00:00", 38, 48],
    ]);
  });

  it("reports nothing for weeks without work", () => {
    expect(
      only(
        "weekly-rest",
        rota(
          [
            { id: "a", start: "2026-03-02T08:00", end: "2026-03-02T16:00" },
            { id: "b", start: "2026-03-23T08:00", end: "2026-03-23T16:00" },
          ],
          isoWeek,
        ),
      ),
    ).toEqual([]);
  });
});
