/**
 * `break` (rules.md): a continuous work period (touching working shifts form one) longer than the
 * threshold has less than 30 minutes of break. DK > 6 h (error), NO > 5.5 h (warning), under 18
 * > 4.5 h. Documented choice: the breaks of a period's shifts are summed.
 */
import { describe, expect, it } from "vitest";
import { brief, only, rota, rotaNo, type ShiftSpec } from "./helpers.js";

const born = (birthDate: string) => ({ assistants: [{ id: "a1", name: "A", birthDate }] });
const one = (start: string, end: string, extra: Partial<ShiftSpec> = {}): ShiftSpec[] => [
  { id: "s1", start, end, ...extra },
];

describe("break, profile dk (more than 6 hours)", () => {
  it("accepts exactly 6 hours without a break", () => {
    expect(only("break", rota(one("2026-03-02T08:00", "2026-03-02T14:00")))).toEqual([]);
  });

  it("reports 6 h 1 min without a break, with every field", () => {
    const v = only("break", rota(one("2026-03-02T08:00", "2026-03-02T14:01")));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "break",
      severity: "error",
      assistantId: "a1",
      shiftIds: ["s1"],
      from: "2026-03-02T08:00",
      to: "2026-03-02T14:01",
      measured: 0,
      limit: 30,
    });
  });

  it("accepts a 30-minute break and reports a 29-minute one", () => {
    expect(
      only("break", rota(one("2026-03-02T08:00", "2026-03-02T16:00", { breakMinutes: 30 }))),
    ).toEqual([]);
    const v = only(
      "break",
      rota(one("2026-03-02T08:00", "2026-03-02T16:00", { breakMinutes: 29 })),
    );
    expect(v.map((x) => [x.measured, x.limit])).toEqual([[29, 30]]);
  });

  it("joins touching shifts into one work period", () => {
    const v = only(
      "break",
      rota([
        { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
        { id: "s2", start: "2026-03-02T12:00", end: "2026-03-02T16:00" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-03-02T08:00",
        to: "2026-03-02T16:00",
        measured: 0,
        limit: 30,
      },
    ]);
  });

  it("sums the breaks of a period's shifts", () => {
    expect(
      only(
        "break",
        rota([
          { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00", breakMinutes: 15 },
          { id: "s2", start: "2026-03-02T12:00", end: "2026-03-02T16:00", breakMinutes: 15 },
        ]),
      ),
    ).toEqual([]);
    expect(
      only(
        "break",
        rota([
          { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00", breakMinutes: 30 },
          { id: "s2", start: "2026-03-02T12:00", end: "2026-03-02T16:00" },
        ]),
      ),
    ).toEqual([]);
  });

  it("treats shifts 30 minutes apart as two periods", () => {
    expect(
      only(
        "break",
        rota([
          { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
          { id: "s2", start: "2026-03-02T12:30", end: "2026-03-02T16:30" },
        ]),
      ),
    ).toEqual([]);
  });

  it("joins work and on-call, but not work and an absence", () => {
    const oncall = only(
      "break",
      rota([
        { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
        { id: "s2", start: "2026-03-02T12:00", end: "2026-03-02T16:00", kind: "oncall" },
      ]),
    );
    expect(oncall.map((v) => v.shiftIds)).toEqual([["s1", "s2"]]);
    expect(
      only(
        "break",
        rota([
          { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
          { id: "s2", start: "2026-03-02T12:00", end: "2026-03-02T16:00", kind: "vacation" },
        ]),
      ),
    ).toEqual([]);
  });

  it("joins overlapping shifts into one period", () => {
    const v = only(
      "break",
      rota([
        { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T13:00" },
        { id: "s2", start: "2026-03-02T12:00", end: "2026-03-02T15:00" },
      ]),
    );
    expect(v.map((x) => [x.shiftIds, x.from, x.to])).toEqual([
      [["s1", "s2"], "2026-03-02T08:00", "2026-03-02T15:00"],
    ]);
  });

  it("follows a period across midnight", () => {
    const night = only("break", rota(one("2026-03-02T22:00", "2026-03-03T06:00")));
    expect(night.map((v) => [v.from, v.to])).toEqual([["2026-03-02T22:00", "2026-03-03T06:00"]]);
    const joined = only(
      "break",
      rota([
        { id: "s1", start: "2026-03-02T20:00", end: "2026-03-03T00:00" },
        { id: "s2", start: "2026-03-03T00:00", end: "2026-03-03T03:00" },
      ]),
    );
    expect(joined.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-03-02T20:00",
        to: "2026-03-03T03:00",
        measured: 0,
        limit: 30,
      },
    ]);
  });

  it("measures real hours: 22:00–04:00 lasts 7 h in October, 22:00–05:00 6 h in March", () => {
    const october = only("break", rota(one("2026-10-24T22:00", "2026-10-25T04:00")));
    expect(october.map((v) => [v.from, v.to])).toEqual([["2026-10-24T22:00", "2026-10-25T04:00"]]);
    expect(only("break", rota(one("2026-03-28T22:00", "2026-03-29T05:00")))).toEqual([]);
  });

  it("cites Fredericia 3.1.1 in Danish", () => {
    const v = only("break", rota(one("2026-03-02T08:00", "2026-03-02T16:00"), { locale: "da" }));
    expect(v[0]?.message).toContain("Fredericia 3.1.1");
    expect(v[0]?.message).toContain("8 t");
  });
});

describe("break, profile no (more than 5.5 hours, a warning)", () => {
  it("accepts exactly 5.5 hours and warns at 5 h 31 min", () => {
    expect(only("break", rotaNo(one("2026-03-02T08:00", "2026-03-02T13:30")))).toEqual([]);
    const v = only("break", rotaNo(one("2026-03-02T08:00", "2026-03-02T13:31")));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "break",
      severity: "warning",
      assistantId: "a1",
      shiftIds: ["s1"],
      from: "2026-03-02T08:00",
      to: "2026-03-02T13:31",
      measured: 0,
      limit: 30,
    });
  });

  it("warns at 6 hours, which Denmark accepts", () => {
    const shifts = one("2026-03-02T08:00", "2026-03-02T14:00");
    expect(only("break", rotaNo(shifts)).map((v) => v.severity)).toEqual(["warning"]);
    expect(only("break", rota(shifts))).toEqual([]);
  });

  it("joins touching shifts in Oslo too and cites aml. § 10-9 in Norwegian", () => {
    const v = only(
      "break",
      rotaNo(
        [
          { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T11:00" },
          { id: "s2", start: "2026-03-02T11:00", end: "2026-03-02T14:00" },
        ],
        { locale: "nb" },
      ),
    );
    expect(v.map((x) => x.shiftIds)).toEqual([["s1", "s2"]]);
    expect(v[0]?.message).toContain("10-9");
  });
});

describe("break for someone under 18 (more than 4.5 hours)", () => {
  it("applies 4.5 hours up to the day before the 18th birthday (born 2008-04-01)", () => {
    const v = only(
      "break",
      rota(
        [
          { id: "s1", start: "2026-03-31T08:00", end: "2026-03-31T13:00" },
          { id: "s2", start: "2026-04-01T08:00", end: "2026-04-01T13:00" },
        ],
        born("2008-04-01"),
      ),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1"],
        from: "2026-03-31T08:00",
        to: "2026-03-31T13:00",
        measured: 0,
        limit: 30,
      },
    ]);
  });

  it("accepts exactly 4.5 hours", () => {
    expect(
      only("break", rota(one("2026-03-31T08:00", "2026-03-31T12:30"), born("2008-04-01"))),
    ).toEqual([]);
  });

  it("lets someone born on 29 February turn 18 on 1 March 2026", () => {
    const v = only(
      "break",
      rota(
        [
          { id: "s1", start: "2026-02-28T08:00", end: "2026-02-28T13:00" },
          { id: "s2", start: "2026-03-01T08:00", end: "2026-03-01T13:00" },
        ],
        born("2008-02-29"),
      ),
    );
    expect(v.map((x) => x.shiftIds)).toEqual([["s1"]]);
  });
});
