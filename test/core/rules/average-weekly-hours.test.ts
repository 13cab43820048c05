/**
 * `average-weekly-hours` (rules.md): over any run of N consecutive ISO weeks, working hours ÷
 * (N − neutral days ÷ 7) must not exceed 48 (DK N = 17, NO N = 8). Absence days are neutral:
 * they leave both the hours and the length of the reference period. Averages computed by hand.
 */
import { describe, expect, it } from "vitest";
import { only, rota, rotaNo, span, weekly, type ShiftSpec } from "./helpers.js";

const ALL = [1, 2, 3, 4, 5, 6, 7];
/** `weeks` weeks of 7 × 7 h (08–15) = 49 h a week. */
const fortyNine = (monday: string, weeks: number, prefix = "w", extra: Partial<ShiftSpec> = {}) =>
  weekly(prefix, monday, weeks, ALL, "08:00", "15:00", extra);
/** `weeks` weeks of 6 × 8 h (Mon–Sat 08–16) = 48 h a week. */
const fortyEight = (monday: string, weeks: number, prefix = "w") =>
  weekly(prefix, monday, weeks, [1, 2, 3, 4, 5, 6], "08:00", "16:00");

describe("average-weekly-hours, profile no (N = 8)", () => {
  it("reports 8 weeks of 49 h once, from the Monday of the run, with every field", () => {
    // Run from Mon 5 Jan: 8 × 49 = 392 h / 8 = 49 > 48. Runs one week earlier or later hold
    // 7 working weeks: 343 / 8 = 42.875 → fine.
    const v = only("average-weekly-hours", rotaNo(fortyNine("2026-01-05", 8)));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "average-weekly-hours",
      severity: "error",
      assistantId: "a1",
      from: "2026-01-05T00:00",
      to: "2026-03-02T00:00",
      measured: 49,
      limit: 48,
    });
    expect(v[0]?.message).toContain("§ 10-6 (8)");
  });

  it("accepts an average of exactly 48 h", () => {
    expect(only("average-weekly-hours", rotaNo(fortyEight("2026-01-05", 8)))).toEqual([]);
  });

  it("reports every failing run (9 weeks of 49 h → runs from week 1 and week 2)", () => {
    const v = only("average-weekly-hours", rotaNo(fortyNine("2026-01-05", 9)));
    expect(v.map((x) => [x.from, x.to, x.measured])).toEqual([
      ["2026-01-05T00:00", "2026-03-02T00:00", 49],
      ["2026-01-12T00:00", "2026-03-09T00:00", 49],
    ]);
  });

  it("drops a vacation week from the reference period", () => {
    // Weeks 1–3 and 5–8 of 49 h, week 4 (Mon 26 Jan – Sun 1 Feb) on vacation.
    // 7 × 49 = 343 h / (8 − 7/7) = 49 → fail. Without the vacation: 343 / 8 = 42.875 → fine.
    // Other runs: from 29 Dec 294 / 7 = 42; from 12 Jan 294 / 7 = 42 → fine.
    const work = fortyNine("2026-01-05", 8).filter(
      (s) => s.start < "2026-01-26" || s.start >= "2026-02-02",
    );
    expect(work).toHaveLength(49);
    const vacation: ShiftSpec = {
      id: "vac",
      start: "2026-01-26T00:00",
      end: "2026-02-02T00:00",
      kind: "vacation",
    };
    const v = only("average-weekly-hours", rotaNo([...work, vacation]));
    expect(v.map(span)).toEqual([
      {
        from: "2026-01-05T00:00",
        to: "2026-03-02T00:00",
        measured: 49,
        limit: 48,
      },
    ]);
    expect(only("average-weekly-hours", rotaNo(work))).toEqual([]);
  });

  it.each(["vacation", "sick", "child-sick", "leave"])(
    "counts two %s days as neutral: 378 h / (8 − 2/7) = 49",
    (kind) => {
      // Week 1: Mon–Fri 7 h (35 h), Sat and Sun absent; weeks 2–8: 49 h. 35 + 343 = 378 h.
      // Without neutral days 378 / 8 = 47.25 → fine; run from 29 Dec: 329 / (54/7) = 42.65.
      const work = [
        ...weekly("a", "2026-01-05", 1, [1, 2, 3, 4, 5], "08:00", "15:00"),
        ...fortyNine("2026-01-12", 7),
      ];
      const absent: ShiftSpec[] = [
        { id: "x1", start: "2026-01-10T08:00", end: "2026-01-10T15:00", kind },
        { id: "x2", start: "2026-01-11T08:00", end: "2026-01-11T15:00", kind },
      ];
      const v = only("average-weekly-hours", rotaNo([...work, ...absent]));
      expect(v.map((x) => [x.from, x.measured])).toEqual([["2026-01-05T00:00", 49]]);
      expect(only("average-weekly-hours", rotaNo(work))).toEqual([]);
    },
  );

  it("does not count a day with both work and an absence as neutral", () => {
    // 8 × 48 h = 384 h / 8 = 48 → fine. Were Monday 5 Jan neutral: 384 / (8 − 1/7) = 48.87.
    const work = fortyEight("2026-01-05", 8);
    const sick: ShiftSpec = {
      id: "sick",
      start: "2026-01-05T16:00",
      end: "2026-01-05T20:00",
      kind: "sick",
    };
    expect(only("average-weekly-hours", rotaNo([...work, sick]))).toEqual([]);
  });

  it("runs through ISO week 53 (Mon 28 Dec 2026 – Sun 3 Jan 2027)", () => {
    // 8 weeks from Mon 9 Nov: the 8th is week 53, ending Mon 4 Jan 2027.
    const v = only("average-weekly-hours", rotaNo(fortyNine("2026-11-09", 8)));
    expect(v.map((x) => [x.from, x.to, x.measured])).toEqual([
      ["2026-11-09T00:00", "2027-01-04T00:00", 49],
    ]);
  });

  it("counts the October night as 9 hours: 385 h / 8 = 48.13", () => {
    // 8 weeks from Mon 5 Oct: Mon–Fri 08–16 (40 h) + Sat 22:00–Sun 06:00 (8 h) = 48 h, except
    // the week of 19 Oct, whose Saturday night lasts 9 h: 385 h / 8 = 48.125 → 48.13.
    const shifts = [
      ...weekly("d", "2026-10-05", 8, [1, 2, 3, 4, 5], "08:00", "16:00"),
      ...weekly("n", "2026-10-05", 8, [6], "22:00", "06:00"),
    ];
    const v = only("average-weekly-hours", rotaNo(shifts));
    expect(v.map((x) => [x.from, x.to, x.measured, x.limit])).toEqual([
      ["2026-10-05T00:00", "2026-11-30T00:00", 48.13, 48],
    ]);
  });

  it("counts the March night as 7 hours: 48 h a week on the wall clock plus 1 h is still 48", () => {
    // 8 weeks from Mon 9 Mar of 40 h + Sat night 8 h; the night of 28–29 March lasts 7 h, and a
    // 1-hour shift on Sunday 29 March makes that week 48 h again: 384 / 8 = 48 → fine.
    const shifts = [
      ...weekly("d", "2026-03-09", 8, [1, 2, 3, 4, 5], "08:00", "16:00"),
      ...weekly("n", "2026-03-09", 8, [6], "22:00", "06:00"),
      { id: "extra", start: "2026-03-29T12:00", end: "2026-03-29T13:00" },
    ];
    expect(only("average-weekly-hours", rotaNo(shifts))).toEqual([]);
  });

  it("splits a Sunday night between its two ISO weeks", () => {
    // 8 × 49 h from 5 Jan plus Sun 1 Mar 23:00 – Mon 2 Mar 07:00: 1 h in week 8, 7 h in week 9.
    // Run from 5 Jan: 393 / 8 = 49.125 → 49.13. Run from 12 Jan: 6 × 49 + 50 + 7 = 351 / 8 =
    // 43.875 → fine. (Counting the whole night in week 8 would give 400 / 8 = 50.)
    const v = only(
      "average-weekly-hours",
      rotaNo([
        ...fortyNine("2026-01-05", 8),
        { id: "n", start: "2026-03-01T23:00", end: "2026-03-02T07:00" },
      ]),
    );
    expect(v.map((x) => [x.from, x.measured])).toEqual([["2026-01-05T00:00", 49.13]]);
  });

  it("counts on-call as working time", () => {
    const v = only(
      "average-weekly-hours",
      rotaNo(fortyNine("2026-01-05", 8, "w", { kind: "oncall" })),
    );
    expect(v.map((x) => x.measured)).toEqual([49]);
  });

  it("averages each assistant on their own", () => {
    const a2 = weekly("b", "2026-01-05", 8, [1, 2, 3, 4, 5, 6], "08:00", "15:00", { a: "a2" });
    const v = only("average-weekly-hours", rotaNo([...fortyNine("2026-01-05", 8), ...a2]));
    expect(v.map((x) => [x.assistantId, x.measured])).toEqual([["a1", 49]]);
  });
});

describe("average-weekly-hours, profile dk (N = 17)", () => {
  it("accepts 8 weeks of 49 h, which fail in Norway", () => {
    expect(only("average-weekly-hours", rota(fortyNine("2026-01-05", 8)))).toEqual([]);
  });

  it("reports 17 weeks of 49 h once (833 h / 17 = 49)", () => {
    // Mon 5 Jan + 17 weeks = Mon 4 May. Shifted runs hold 16 weeks: 784 / 17 = 46.1 → fine.
    const v = only("average-weekly-hours", rota(fortyNine("2026-01-05", 17), { locale: "da" }));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      severity: "error",
      assistantId: "a1",
      from: "2026-01-05T00:00",
      to: "2026-05-04T00:00",
      measured: 49,
      limit: 48,
    });
    expect(v[0]?.message).toContain("lov om gennemførelse af dele af arbejdstidsdirektivet § 4");
    expect(v[0]?.message).toContain("49 t");
  });

  it("shrinks the 17-week period by a vacation week (784 h / 16 = 49)", () => {
    // 17 weeks from 5 Jan, the 9th (Mon 2 Mar – Sun 8 Mar) on vacation as 7 day-long absences.
    const work = fortyNine("2026-01-05", 17).filter(
      (s) => s.start < "2026-03-02" || s.start >= "2026-03-09",
    );
    const vacation = weekly("v", "2026-03-02", 1, ALL, "00:00", "00:00", { kind: "vacation" });
    expect(work).toHaveLength(112);
    const v = only("average-weekly-hours", rota([...work, ...vacation]));
    expect(v.map((x) => [x.from, x.to, x.measured])).toEqual([
      ["2026-01-05T00:00", "2026-05-04T00:00", 49],
    ]);
    // Without the vacation the same work averages 784 / 17 = 46.1.
    expect(only("average-weekly-hours", rota(work))).toEqual([]);
  });
});
