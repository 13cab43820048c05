/**
 * `young-worker` (rules.md): someone under 18 on the shift's date works inside the night window
 * (DK 20:00–06:00, NO 21:00–06:00), more than 8 h in a day or more than 40 h in an ISO week.
 * Documented anchors: the shift (night), the day's 00:00 (day), the Monday 00:00 (week).
 */
import { describe, expect, it } from "vitest";
import { brief, days, only, rota, rotaNo, type ShiftSpec } from "./helpers.js";

const born = (birthDate: string) => ({ assistants: [{ id: "a1", name: "A", birthDate }] });
/** 16 years old throughout 2026. */
const SIXTEEN = born("2009-06-01");

describe("young-worker: night", () => {
  it("ends the day at 20:00 in Denmark: 14:00–20:00 is fine, 14:00–20:30 is not", () => {
    expect(
      only(
        "young-worker",
        rota(
          [{ id: "s1", start: "2026-03-31T14:00", end: "2026-03-31T20:00" }],
          born("2008-04-01"),
        ),
      ),
    ).toEqual([]);
    const v = only(
      "young-worker",
      rota([{ id: "s1", start: "2026-03-31T14:00", end: "2026-03-31T20:30" }], born("2008-04-01")),
    );
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "young-worker",
      severity: "error",
      assistantId: "a1",
      shiftIds: ["s1"],
      from: "2026-03-31T14:00",
      to: "2026-03-31T20:30",
      measured: 0.5,
      limit: 0,
    });
  });

  it("reports the morning hour before 06:00", () => {
    const v = only(
      "young-worker",
      rota([{ id: "s1", start: "2026-03-16T05:00", end: "2026-03-16T13:00" }], SIXTEEN),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1"],
        from: "2026-03-16T05:00",
        to: "2026-03-16T13:00",
        measured: 1,
        limit: 0,
      },
    ]);
  });

  it("stops on the 18th birthday (born 2008-04-01)", () => {
    const v = only(
      "young-worker",
      rota(
        [
          { id: "s1", start: "2026-03-31T05:00", end: "2026-03-31T13:00" },
          { id: "s2", start: "2026-04-01T05:00", end: "2026-04-01T13:00" },
        ],
        born("2008-04-01"),
      ),
    );
    expect(v.map((x) => [x.shiftIds, x.measured])).toEqual([[["s1"], 1]]);
  });

  it("judges a night shift by its start date: the night before the 18th birthday counts whole", () => {
    // Born 2008-04-01; 31 Mar 22:00 – 1 Apr 02:00 starts while under 18: 4 h of night.
    const v = only(
      "young-worker",
      rota([{ id: "s1", start: "2026-03-31T22:00", end: "2026-04-01T02:00" }], born("2008-04-01")),
    );
    expect(v.map((x) => [x.shiftIds, x.measured, x.limit])).toEqual([[["s1"], 4, 0]]);
  });

  it("lets someone born on 29 February turn 18 on 1 March 2026", () => {
    const v = only(
      "young-worker",
      rota(
        [
          { id: "s1", start: "2026-02-28T05:00", end: "2026-02-28T13:00" },
          { id: "s2", start: "2026-03-01T05:00", end: "2026-03-01T13:00" },
        ],
        born("2008-02-29"),
      ),
    );
    expect(v.map((x) => x.shiftIds)).toEqual([["s1"]]);
  });

  it("measures a night shift across midnight", () => {
    const v = only(
      "young-worker",
      rota([{ id: "s1", start: "2026-03-16T22:00", end: "2026-03-17T02:00" }], SIXTEEN),
    );
    expect(v.map((x) => [x.from, x.to, x.measured])).toEqual([
      ["2026-03-16T22:00", "2026-03-17T02:00", 4],
    ]);
  });

  it("measures night hours in real time: 9 in the October night, 7 in the March night", () => {
    const october = only(
      "young-worker",
      rota([{ id: "s1", start: "2026-10-24T22:00", end: "2026-10-25T06:00" }], SIXTEEN),
    );
    // 22:00–24:00 on the 24th (2 h) and 00:00–06:00 on the 25th (7 h): no day over 8 h.
    expect(october.map(brief)).toEqual([
      {
        shiftIds: ["s1"],
        from: "2026-10-24T22:00",
        to: "2026-10-25T06:00",
        measured: 9,
        limit: 0,
      },
    ]);
    const march = only(
      "young-worker",
      rota([{ id: "s1", start: "2026-03-28T22:00", end: "2026-03-29T06:00" }], SIXTEEN),
    );
    expect(march.map((v) => v.measured)).toEqual([7]);
  });

  it("uses 21:00–06:00 in Norway", () => {
    const shift: ShiftSpec[] = [{ id: "s1", start: "2026-03-16T19:00", end: "2026-03-16T21:00" }];
    expect(only("young-worker", rotaNo(shift, SIXTEEN))).toEqual([]);
    expect(only("young-worker", rota(shift, SIXTEEN)).map((v) => v.measured)).toEqual([1]);
    const late = only(
      "young-worker",
      rotaNo([{ id: "s1", start: "2026-03-16T19:00", end: "2026-03-16T21:30" }], SIXTEEN),
    );
    expect(late.map((v) => [v.measured, v.severity])).toEqual([[0.5, "error"]]);
    const early = only(
      "young-worker",
      rotaNo([{ id: "s1", start: "2026-03-16T05:00", end: "2026-03-16T07:00" }], SIXTEEN),
    );
    expect(early.map((v) => v.measured)).toEqual([1]);
  });

  it("never applies to an assistant without a birth date or over 18", () => {
    const night: ShiftSpec[] = [{ id: "s1", start: "2026-03-16T22:00", end: "2026-03-17T09:00" }];
    expect(only("young-worker", rota(night))).toEqual([]);
    expect(only("young-worker", rota(night, born("1990-01-01")))).toEqual([]);
  });
});

describe("young-worker: hours per day", () => {
  it("accepts 8 hours and reports 9, anchored at the day", () => {
    expect(
      only(
        "young-worker",
        rota([{ id: "s1", start: "2026-03-16T07:00", end: "2026-03-16T15:00" }], SIXTEEN),
      ),
    ).toEqual([]);
    const v = only(
      "young-worker",
      rota([{ id: "s1", start: "2026-03-16T07:00", end: "2026-03-16T16:00" }], SIXTEEN),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1"],
        from: "2026-03-16T00:00",
        to: "2026-03-17T00:00",
        measured: 9,
        limit: 8,
      },
    ]);
  });

  it("adds the shifts of one day", () => {
    const v = only(
      "young-worker",
      rota(
        [
          { id: "s1", start: "2026-03-16T07:00", end: "2026-03-16T11:00" },
          { id: "s2", start: "2026-03-16T12:00", end: "2026-03-16T17:00" },
        ],
        SIXTEEN,
      ),
    );
    expect(v.map((x) => [x.shiftIds, x.measured, x.limit])).toEqual([[["s1", "s2"], 9, 8]]);
  });

  it("splits a shift at midnight and adds each part to its own date", () => {
    // s1 Mon 16:00 – Tue 01:00: 8 h on Monday (fine), 1 h on Tuesday; s2 Tue 08–16: Tuesday 9 h.
    const v = only(
      "young-worker",
      rota(
        [
          { id: "s1", start: "2026-03-16T16:00", end: "2026-03-17T01:00" },
          { id: "s2", start: "2026-03-17T08:00", end: "2026-03-17T16:00" },
        ],
        SIXTEEN,
      ),
    );
    const day = v.filter((x) => x.limit === 8);
    expect(day.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-03-17T00:00",
        to: "2026-03-18T00:00",
        measured: 9,
        limit: 8,
      },
    ]);
    // and s1 has 20:00–01:00 = 5 h of night
    expect(v.filter((x) => x.limit === 0).map((x) => [x.shiftIds, x.measured])).toEqual([
      [["s1"], 5],
    ]);
  });

  it("counts the 25-hour October day in real hours", () => {
    // 25 Oct 00:00 CEST – 08:00 CET is 9 real hours (day) of which 00:00–06:00 is 7 (night).
    const v = only(
      "young-worker",
      rota([{ id: "s1", start: "2026-10-25T00:00", end: "2026-10-25T08:00" }], SIXTEEN),
    );
    const day = v.filter((x) => x.limit === 8);
    const night = v.filter((x) => x.limit === 0);
    expect(day.map(brief)).toEqual([
      {
        shiftIds: ["s1"],
        from: "2026-10-25T00:00",
        to: "2026-10-26T00:00",
        measured: 9,
        limit: 8,
      },
    ]);
    expect(night.map((x) => x.measured)).toEqual([7]);
    expect(v).toHaveLength(2);
  });
});

describe("young-worker: hours per ISO week", () => {
  it("accepts 40 hours and reports 42, from Monday 00:00", () => {
    expect(
      only("young-worker", rota(days("s", "2026-03-16", 5, "08:00", "16:00"), SIXTEEN)),
    ).toEqual([]);
    const v = only("young-worker", rota(days("s", "2026-03-16", 6, "08:00", "15:00"), SIXTEEN));
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2", "s3", "s4", "s5", "s6"],
        from: "2026-03-16T00:00",
        to: "2026-03-23T00:00",
        measured: 42,
        limit: 40,
      },
    ]);
  });

  it("counts ISO week 53 as one week", () => {
    const v = only("young-worker", rota(days("s", "2026-12-28", 6, "08:00", "15:00"), SIXTEEN));
    expect(v.map((x) => [x.from, x.to, x.measured, x.limit])).toEqual([
      ["2026-12-28T00:00", "2027-01-04T00:00", 42, 40],
    ]);
  });

  it("counts only the days before the 18th birthday in the week it falls in", () => {
    // Mon 30 Mar – Sat 4 Apr 08–16 = 48 h, of which Mon and Tue (16 h) are before turning 18.
    expect(
      only("young-worker", rota(days("s", "2026-03-30", 6, "08:00", "16:00"), born("2008-04-01"))),
    ).toEqual([]);
  });

  it("writes the message in Danish and Norwegian with the legal source", () => {
    const shifts = days("s", "2026-03-16", 6, "08:00", "15:00");
    const da = only("young-worker", rota(shifts, { ...SIXTEEN, locale: "da" }))[0];
    const nb = only("young-worker", rotaNo(shifts, { ...SIXTEEN, locale: "nb" }))[0];
    expect(da?.message).toContain("bekendtgørelse om unges arbejde");
    expect(da?.message).toContain("42 t");
    expect(nb?.message).toContain("arbeidsmiljøloven §§ 11-2 og 11-3");
    expect(nb?.message).toContain("42 t");
    expect(nb?.severity).toBe("error");
  });
});
