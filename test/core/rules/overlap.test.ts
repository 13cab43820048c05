/**
 * `overlap` (rules.md): two shifts of the same assistant overlap in time → error.
 * Expected values are computed by hand; the rule's documented choices: work over an absence is
 * an overlap, two absences are not; ties in start are ordered by id.
 */
import { describe, expect, it } from "vitest";
import { brief, only, rota, rotaNo } from "./helpers.js";

const summary = (list: ReturnType<typeof only>) =>
  list.map((v) => `${v.shiftIds.join("+")} ${v.from}–${v.to} ${v.measured}`).sort();

describe("overlap", () => {
  it("reports two overlapping work shifts once, earlier start first, with every field", () => {
    const v = only(
      "overlap",
      rota([
        { id: "b", start: "2026-03-02T12:00", end: "2026-03-02T20:00" },
        { id: "a", start: "2026-03-02T08:00", end: "2026-03-02T14:00" },
      ]),
    );
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "overlap",
      severity: "error",
      assistantId: "a1",
      shiftIds: ["a", "b"],
      from: "2026-03-02T12:00",
      to: "2026-03-02T14:00",
      measured: 2,
      limit: 0,
    });
    expect(v[0]?.message).toContain(v[0]?.source ?? "?");
  });

  it("orders two shifts with the same start by id", () => {
    const v = only(
      "overlap",
      rota([
        { id: "y", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
        { id: "x", start: "2026-03-02T08:00", end: "2026-03-02T10:00" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["x", "y"],
        from: "2026-03-02T08:00",
        to: "2026-03-02T10:00",
        measured: 2,
        limit: 0,
      },
    ]);
  });

  it("does not report shifts that only touch", () => {
    expect(
      only(
        "overlap",
        rota([
          { id: "a", start: "2026-03-02T08:00", end: "2026-03-02T14:00" },
          { id: "b", start: "2026-03-02T14:00", end: "2026-03-02T20:00" },
          { id: "c", start: "2026-03-02T20:00", end: "2026-03-03T06:00" },
        ]),
      ),
    ).toEqual([]);
  });

  it("does not compare shifts of different assistants", () => {
    expect(
      only(
        "overlap",
        rota([
          { id: "a", a: "a1", start: "2026-03-02T08:00", end: "2026-03-02T16:00" },
          { id: "b", a: "a2", start: "2026-03-02T08:00", end: "2026-03-02T16:00" },
        ]),
      ),
    ).toEqual([]);
  });

  it("finds an overlap after midnight with a night shift", () => {
    const v = only(
      "overlap",
      rota([
        { id: "n", start: "2026-03-02T22:00", end: "2026-03-03T06:00" },
        { id: "m", start: "2026-03-03T05:00", end: "2026-03-03T13:00" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["n", "m"],
        from: "2026-03-03T05:00",
        to: "2026-03-03T06:00",
        measured: 1,
        limit: 0,
      },
    ]);
  });

  it("measures a shift inside another by the inner shift", () => {
    const v = only(
      "overlap",
      rota([
        { id: "big", start: "2026-03-02T08:00", end: "2026-03-02T20:00" },
        { id: "small", start: "2026-03-02T10:00", end: "2026-03-02T12:30" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["big", "small"],
        from: "2026-03-02T10:00",
        to: "2026-03-02T12:30",
        measured: 2.5,
        limit: 0,
      },
    ]);
  });

  it("reports every overlapping pair of three shifts", () => {
    const v = only(
      "overlap",
      rota([
        { id: "a", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
        { id: "b", start: "2026-03-02T09:00", end: "2026-03-02T13:00" },
        { id: "c", start: "2026-03-02T10:00", end: "2026-03-02T11:00" },
      ]),
    );
    expect(summary(v)).toEqual([
      "a+b 2026-03-02T09:00–2026-03-02T12:00 3",
      "a+c 2026-03-02T10:00–2026-03-02T11:00 1",
      "b+c 2026-03-02T10:00–2026-03-02T11:00 1",
    ]);
  });

  it("counts real hours in the October fold: 02:30 first occurrence vs 02:30+01:00", () => {
    // s1 00:00 CEST – 04:00 CET lasts 5 h (22:00–03:00 UTC).
    // 02:30 (first occurrence, CEST) – 03:30 CET lasts 2 h and lies inside s1.
    const first = only(
      "overlap",
      rota([
        { id: "s1", start: "2026-10-25T00:00", end: "2026-10-25T04:00" },
        { id: "s2", start: "2026-10-25T02:30", end: "2026-10-25T03:30" },
      ]),
    );
    expect(first.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-10-25T02:30",
        to: "2026-10-25T03:30",
        measured: 2,
        limit: 0,
      },
    ]);
    // 02:30+01:00 is the second occurrence (01:30 UTC): 1 h to 03:30 CET.
    const second = only(
      "overlap",
      rota([
        { id: "s1", start: "2026-10-25T00:00", end: "2026-10-25T04:00" },
        { id: "s2", start: "2026-10-25T02:30+01:00", end: "2026-10-25T03:30" },
      ]),
    );
    expect(second.map((v) => v.measured)).toEqual([1]);
  });

  it("counts real hours across the March change in Oslo", () => {
    // 01:00 CET (00:00 UTC) – 05:00 CEST (03:00 UTC) and 01:30 CET (00:30 UTC) – 06:00 CEST:
    // they share 00:30–03:00 UTC = 2.5 h, though the wall clock shows 3.5 h.
    const v = only(
      "overlap",
      rotaNo([
        { id: "s1", start: "2026-03-29T01:00", end: "2026-03-29T05:00" },
        { id: "s2", start: "2026-03-29T01:30", end: "2026-03-29T06:00" },
      ]),
    );
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["s1", "s2"],
        from: "2026-03-29T01:30",
        to: "2026-03-29T05:00",
        measured: 2.5,
        limit: 0,
      },
    ]);
    expect(v[0]?.severity).toBe("error");
  });

  it("reports work over an absence, and on-call over work", () => {
    const v = only(
      "overlap",
      rota([
        { id: "vac", start: "2026-03-02T00:00", end: "2026-03-03T00:00", kind: "vacation" },
        { id: "w", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
        { id: "oc", start: "2026-03-04T08:00", end: "2026-03-04T12:00", kind: "oncall" },
        { id: "w2", start: "2026-03-04T11:00", end: "2026-03-04T15:00" },
      ]),
    );
    expect(summary(v)).toEqual([
      "oc+w2 2026-03-04T11:00–2026-03-04T12:00 1",
      "vac+w 2026-03-02T08:00–2026-03-02T12:00 4",
    ]);
    expect(v.every((x) => x.severity === "error" && x.assistantId === "a1")).toBe(true);
  });

  it("does not report two overlapping absences (sick during a vacation)", () => {
    expect(
      only(
        "overlap",
        rota([
          { id: "vac", start: "2026-03-02T00:00", end: "2026-03-09T00:00", kind: "vacation" },
          { id: "sick", start: "2026-03-04T00:00", end: "2026-03-06T00:00", kind: "sick" },
          { id: "cs", start: "2026-03-05T08:00", end: "2026-03-05T12:00", kind: "child-sick" },
          { id: "lv", start: "2026-03-05T10:00", end: "2026-03-05T14:00", kind: "leave" },
        ]),
      ),
    ).toEqual([]);
  });

  it("writes the message in the rota's language with the source", () => {
    const shifts = [
      { id: "a", start: "2026-03-02T08:00", end: "2026-03-02T14:00" },
      { id: "b", start: "2026-03-02T12:30", end: "2026-03-02T20:00" },
    ];
    const da = only("overlap", rota(shifts, { locale: "da" }))[0];
    const nb = only("overlap", rotaNo(shifts, { locale: "nb" }))[0];
    const en = only("overlap", rota(shifts, { locale: "en" }))[0];
    expect(da?.message).toContain("1,5 t");
    expect(da?.message).toContain(da?.source ?? "?");
    expect(nb?.message).toContain("1,5 t");
    expect(nb?.message).toContain(nb?.source ?? "?");
    expect(en?.message).toContain("1.5 h");
    expect(en?.message).toContain(en?.source ?? "?");
    expect(new Set([da?.message, nb?.message, en?.message]).size).toBe(3);
  });
});
