/**
 * `weekly-hours-cap` (rules.md): working hours in one ISO week exceed the cap — NO 69 h
 * (aml. § 10-6 (8)), not used in DK. A shift across Sunday midnight counts in each week.
 */
import { describe, expect, it } from "vitest";
import { brief, days, only, rota, rotaNo, type ShiftSpec } from "./helpers.js";

/** Mon 2 – Sat 7 March 2026, 08:00–19:30: 6 × 11.5 = 69 h. */
const sixtyNine = (): ShiftSpec[] => days("s", "2026-03-02", 6, "08:00", "19:30");
/** Sun 8 March 23:00 – Mon 9 March 07:00: 1 h in the first week, 7 h in the next. */
const sundayNight: ShiftSpec = { id: "n", start: "2026-03-08T23:00", end: "2026-03-09T07:00" };

describe("weekly-hours-cap, profile no", () => {
  it("accepts exactly 69 hours", () => {
    expect(only("weekly-hours-cap", rotaNo(sixtyNine()))).toEqual([]);
  });

  it("reports 70 hours with every field; a Sunday night splits at midnight", () => {
    const v = only("weekly-hours-cap", rotaNo([...sixtyNine(), sundayNight]));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "weekly-hours-cap",
      severity: "error",
      assistantId: "a1",
      shiftIds: ["s1", "s2", "s3", "s4", "s5", "s6", "n"],
      from: "2026-03-02T00:00",
      to: "2026-03-09T00:00",
      measured: 70,
      limit: 69,
    });
  });

  it("does not put a shift that starts on Sunday wholly into its first week", () => {
    // 64 h Mon–Sat plus Sun 20:00–Mon 04:00, which is 4 h in each week: 64 + 4 = 68 → fine;
    // next week 4 + 10 = 14 → fine. Counting the whole night in its first week would give 72.
    const shifts: ShiftSpec[] = [
      ...days("s", "2026-03-02", 6, "08:00", "18:40"), // 6 × 10 h 40 min = 64 h
      { id: "n", start: "2026-03-08T20:00", end: "2026-03-09T04:00" },
      { id: "m", start: "2026-03-09T08:00", end: "2026-03-09T18:00" },
    ];
    expect(only("weekly-hours-cap", rotaNo(shifts))).toEqual([]);
  });

  it("counts ISO week 53 (Mon 28 Dec 2026 – Sun 3 Jan 2027) as one week", () => {
    // 7 × 10 h = 70 h, four days in 2026 and three in 2027.
    const v = only("weekly-hours-cap", rotaNo(days("s", "2026-12-28", 7, "08:00", "18:00")));
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2", "s3", "s4", "s5", "s6", "s7"],
        from: "2026-12-28T00:00",
        to: "2027-01-04T00:00",
        measured: 70,
        limit: 69,
      },
    ]);
  });

  it("counts the October night as 9 hours (69 on the wall clock, 70 real)", () => {
    // Mon 19 – Fri 23 Oct 08–19 (55 h), Sat 24 08–14 (6 h), Sat 22:00–Sun 06:00 (9 h) = 70 h.
    const shifts: ShiftSpec[] = [
      ...days("d", "2026-10-19", 5, "08:00", "19:00"),
      { id: "sat", start: "2026-10-24T08:00", end: "2026-10-24T14:00" },
      { id: "night", start: "2026-10-24T22:00", end: "2026-10-25T06:00" },
    ];
    const v = only("weekly-hours-cap", rotaNo(shifts));
    expect(v.map((x) => [x.from, x.to, x.measured])).toEqual([
      ["2026-10-19T00:00", "2026-10-26T00:00", 70],
    ]);
  });

  it("counts the March night as 7 hours (70 on the wall clock, 69 real)", () => {
    // Mon 23 – Fri 27 Mar 08–19 (55), Sat 28 08–14 (6), Sat 22:00–Sun 06:00 (7), Sun 12–13 (1).
    const shifts: ShiftSpec[] = [
      ...days("d", "2026-03-23", 5, "08:00", "19:00"),
      { id: "sat", start: "2026-03-28T08:00", end: "2026-03-28T14:00" },
      { id: "night", start: "2026-03-28T22:00", end: "2026-03-29T06:00" },
      { id: "sun", start: "2026-03-29T12:00", end: "2026-03-29T13:00" },
    ];
    expect(only("weekly-hours-cap", rotaNo(shifts))).toEqual([]);
  });

  it("counts on-call but not absences", () => {
    const oncall: ShiftSpec = {
      id: "oc",
      start: "2026-03-08T10:00",
      end: "2026-03-08T11:00",
      kind: "oncall",
    };
    const vacation: ShiftSpec = {
      id: "vac",
      start: "2026-03-08T10:00",
      end: "2026-03-08T18:00",
      kind: "vacation",
    };
    expect(only("weekly-hours-cap", rotaNo([...sixtyNine(), vacation]))).toEqual([]);
    expect(
      only("weekly-hours-cap", rotaNo([...sixtyNine(), oncall])).map((v) => v.measured),
    ).toEqual([70]);
  });

  it("reports each week and each assistant separately", () => {
    const second = days("t", "2026-03-09", 7, "08:00", "18:00"); // 70 h in the week of 9 March
    const other = days("u", "2026-03-02", 7, "08:00", "18:00").map((s) => ({ ...s, a: "a2" }));
    const v = only("weekly-hours-cap", rotaNo([...sixtyNine(), sundayNight, ...second, ...other]));
    expect(v.map((x) => [x.assistantId, x.from, x.measured])).toEqual([
      ["a1", "2026-03-02T00:00", 70],
      ["a2", "2026-03-02T00:00", 70],
      ["a1", "2026-03-09T00:00", 77],
    ]);
  });

  it("writes the message in Norwegian with the legal source", () => {
    const v = only("weekly-hours-cap", rotaNo([...sixtyNine(), sundayNight], { locale: "nb" }));
    expect(v[0]?.message).toContain("arbeidsmiljøloven § 10-6 (8)");
    expect(v[0]?.message).toContain("70 t");
  });
});

describe("weekly-hours-cap, profile dk", () => {
  it("is not used: even 84 hours in a week are no violation of it", () => {
    expect(only("weekly-hours-cap", rota(days("s", "2026-03-02", 7, "06:00", "18:00")))).toEqual(
      [],
    );
  });
});
