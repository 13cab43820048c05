/**
 * `coverage-gap` (rules.md): during a need's hours fewer assistants are planned than it asks for
 * (warning); `from`/`to` are the maximal uncovered interval. Documented choices: overlapping
 * needs take the larger number; a need whose `to` is not after `from` runs overnight; a gap is
 * joined across midnight and across need entries, with `measured` the fewest assistants planned
 * in it and `limit` the most needed; only working `help` shifts cover.
 */
import { describe, expect, it } from "vitest";
import { only, rota, rotaNo, span, type ShiftSpec } from "./helpers.js";

const ALL = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const need = (days: string[], from: string, to: string, assistants: number) => ({
  days,
  from,
  to,
  assistants,
});
const monday = { period: { from: "2026-03-02", to: "2026-03-02" } };
const dayNeed = (n = 1) => ({ ...monday, need: [need(ALL, "08:00", "16:00", n)] });
const gaps = (list: ReturnType<typeof only>) =>
  list.map((v) => [v.from, v.to, v.measured, v.limit]);

describe("coverage-gap", () => {
  it("reports the uncovered end of a need with every field", () => {
    const v = only(
      "coverage-gap",
      rota([{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00" }], dayNeed()),
    );
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "coverage-gap",
      severity: "warning",

      from: "2026-03-02T12:00",
      to: "2026-03-02T16:00",
      measured: 0,
      limit: 1,
    });
    expect(v[0]).not.toHaveProperty("assistantId");
  });

  it("accepts cover handed from one assistant to the next", () => {
    expect(
      only(
        "coverage-gap",
        rota(
          [
            { id: "s1", a: "a1", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
            { id: "s2", a: "a2", start: "2026-03-02T12:00", end: "2026-03-02T16:00" },
          ],
          dayNeed(),
        ),
      ),
    ).toEqual([]);
  });

  it("reports one of two assistants", () => {
    const v = only(
      "coverage-gap",
      rota([{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T16:00" }], dayNeed(2)),
    );
    expect(gaps(v)).toEqual([["2026-03-02T08:00", "2026-03-02T16:00", 1, 2]]);
  });

  it("counts an assistant once, however many shifts they have at the time", () => {
    const v = only(
      "coverage-gap",
      rota(
        [
          { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T16:00" },
          { id: "s2", start: "2026-03-02T10:00", end: "2026-03-02T14:00" },
        ],
        dayNeed(2),
      ),
    );
    expect(gaps(v)).toEqual([["2026-03-02T08:00", "2026-03-02T16:00", 1, 2]]);
  });

  it("takes the larger number where needs overlap, not their sum", () => {
    const needs = {
      ...monday,
      need: [need(["mon"], "07:00", "19:00", 1), need(["mon"], "08:00", "12:00", 2)],
    };
    const alone = only(
      "coverage-gap",
      rota([{ id: "s1", start: "2026-03-02T07:00", end: "2026-03-02T19:00" }], needs),
    );
    expect(gaps(alone)).toEqual([["2026-03-02T08:00", "2026-03-02T12:00", 1, 2]]);
    expect(
      only(
        "coverage-gap",
        rota(
          [
            { id: "s1", a: "a1", start: "2026-03-02T07:00", end: "2026-03-02T19:00" },
            { id: "s2", a: "a2", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
          ],
          needs,
        ),
      ),
    ).toEqual([]);
  });

  it("joins a shortfall across need entries: fewest planned, most needed", () => {
    // 08–11: 2 of 2; 11–12: 1 of 2; 12–16: 0 of 1 → one gap 11:00–16:00, 0 of 2.
    const v = only(
      "coverage-gap",
      rota(
        [
          { id: "s1", a: "a1", start: "2026-03-02T08:00", end: "2026-03-02T11:00" },
          { id: "s2", a: "a2", start: "2026-03-02T08:00", end: "2026-03-02T12:00" },
        ],
        {
          ...monday,
          need: [need(["mon"], "08:00", "12:00", 2), need(["mon"], "12:00", "16:00", 1)],
        },
      ),
    );
    expect(gaps(v)).toEqual([["2026-03-02T11:00", "2026-03-02T16:00", 0, 2]]);
  });

  it("runs an overnight need (to before from) into the next morning", () => {
    // Need Fri 22:00 – Sat 07:00; covered until Sat 05:00.
    const v = only(
      "coverage-gap",
      rota([{ id: "s1", start: "2026-03-06T22:00", end: "2026-03-07T05:00" }], {
        period: { from: "2026-03-06", to: "2026-03-07" },
        need: [need(["fri"], "22:00", "07:00", 1)],
      }),
    );
    expect(gaps(v)).toEqual([["2026-03-07T05:00", "2026-03-07T07:00", 0, 1]]);
  });

  it("clips an overnight need to the period at both ends", () => {
    const fri = need(["fri"], "22:00", "07:00", 1);
    // Period Friday only: the need's Saturday morning lies outside it.
    const end = only(
      "coverage-gap",
      rota([], { period: { from: "2026-03-06", to: "2026-03-06" }, need: [fri] }),
    );
    expect(gaps(end)).toEqual([["2026-03-06T22:00", "2026-03-07T00:00", 0, 1]]);
    // Period Saturday only: Friday's need reaches into it until 07:00.
    const start = only(
      "coverage-gap",
      rota([], { period: { from: "2026-03-07", to: "2026-03-07" }, need: [fri] }),
    );
    expect(gaps(start)).toEqual([["2026-03-07T00:00", "2026-03-07T07:00", 0, 1]]);
  });

  it("reports a gap across midnight once", () => {
    const v = only(
      "coverage-gap",
      rota(
        [
          { id: "s1", a: "a1", start: "2026-03-02T00:00", end: "2026-03-02T20:00" },
          { id: "s2", a: "a2", start: "2026-03-03T04:00", end: "2026-03-04T00:00" },
        ],
        {
          period: { from: "2026-03-02", to: "2026-03-03" },
          need: [need(ALL, "00:00", "24:00", 1)],
        },
      ),
    );
    expect(v.map(span)).toEqual([
      { from: "2026-03-02T20:00", to: "2026-03-03T04:00", measured: 0, limit: 1 },
    ]);
  });

  it("joins an evening need and the next morning's need into one gap", () => {
    const v = only(
      "coverage-gap",
      rota([{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T18:00" }], {
        period: { from: "2026-03-02", to: "2026-03-03" },
        need: [need(["mon"], "18:00", "24:00", 1), need(["tue"], "00:00", "08:00", 1)],
      }),
    );
    expect(gaps(v)).toEqual([["2026-03-02T18:00", "2026-03-03T08:00", 0, 1]]);
  });

  it("measures an overnight need across the March change in real time", () => {
    // Need Sat 28 Mar 22:00 – Sun 06:00 (7 real hours); covered until 04:00 CEST.
    const v = only(
      "coverage-gap",
      rota([{ id: "s1", start: "2026-03-28T22:00", end: "2026-03-29T04:00" }], {
        period: { from: "2026-03-28", to: "2026-03-29" },
        need: [need(["sat"], "22:00", "06:00", 1)],
      }),
    );
    expect(gaps(v)).toEqual([["2026-03-29T04:00", "2026-03-29T06:00", 0, 1]]);
  });

  it("does not count meetings, training or absences as cover", () => {
    for (const extra of [
      { purpose: "meeting" },
      { purpose: "training" },
      { kind: "vacation" },
      { kind: "sick" },
    ]) {
      const v = only(
        "coverage-gap",
        rota(
          [{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T16:00", ...extra }],
          dayNeed(),
        ),
      );
      expect(gaps(v)).toEqual([["2026-03-02T08:00", "2026-03-02T16:00", 0, 1]]);
    }
  });

  it("counts on-call as cover", () => {
    expect(
      only(
        "coverage-gap",
        rota(
          [{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T16:00", kind: "oncall" }],
          dayNeed(),
        ),
      ),
    ).toEqual([]);
  });

  it("checks only inside the period", () => {
    // The need runs every day, the period is Monday only, the shifts end Monday.
    expect(
      only(
        "coverage-gap",
        rota([{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T16:00" }], dayNeed()),
      ),
    ).toEqual([]);
    // A whole-day need: the gap starts at the period's first midnight.
    const v = only(
      "coverage-gap",
      rota([{ id: "s1", start: "2026-03-02T06:00", end: "2026-03-03T00:00" }], {
        ...monday,
        need: [need(ALL, "00:00", "24:00", 1)],
      }),
    );
    expect(gaps(v)).toEqual([["2026-03-02T00:00", "2026-03-02T06:00", 0, 1]]);
  });

  it("reports a need on the named weekdays only, even with no shifts at all", () => {
    const v = only(
      "coverage-gap",
      rota([], {
        period: { from: "2026-03-02", to: "2026-03-04" },
        need: [need(["mon", "wed"], "09:00", "11:00", 1), need(["tue"], "09:00", "11:00", 0)],
      }),
    );
    expect(gaps(v)).toEqual([
      ["2026-03-02T09:00", "2026-03-02T11:00", 0, 1],
      ["2026-03-04T09:00", "2026-03-04T11:00", 0, 1],
    ]);
  });

  it("defaults the period to the first shift's date through the last shift's end date", () => {
    const v = only(
      "coverage-gap",
      rota(
        [
          { id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T16:00" },
          { id: "s2", start: "2026-03-03T08:00", end: "2026-03-03T16:00" },
        ] satisfies ShiftSpec[],
        { need: [need(ALL, "00:00", "24:00", 1)] },
      ),
    );
    expect(gaps(v)).toEqual([
      ["2026-03-02T00:00", "2026-03-02T08:00", 0, 1],
      ["2026-03-02T16:00", "2026-03-03T08:00", 0, 1],
      ["2026-03-03T16:00", "2026-03-04T00:00", 0, 1],
    ]);
  });

  it("is a warning in Norway too, with the source in the Norwegian message", () => {
    const v = only(
      "coverage-gap",
      rotaNo([{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00" }], {
        ...dayNeed(),
        locale: "nb",
      }),
    );
    expect(gaps(v)).toEqual([["2026-03-02T12:00", "2026-03-02T16:00", 0, 1]]);
    expect(v[0]?.severity).toBe("warning");
    expect(v[0]?.message).toContain(v[0]?.source ?? "?");
    const da = only(
      "coverage-gap",
      rota([{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00" }], {
        ...dayNeed(),
        locale: "da",
      }),
    )[0];
    expect(da?.message).toContain(da?.source ?? "?");
    expect(da?.message).not.toEqual(v[0]?.message);
  });
});
