/** The worked examples of shared/spec/rules.md, one test each. */
import { describe, expect, it } from "vitest";
import { check, days, only, rota } from "./helpers.js";
import { readRota } from "../../../core/src/model/index.js";
import { Zone } from "../../../core/src/time/index.js";

describe("rules.md worked examples (profile dk)", () => {
  it("1: 15–23 then 07–15 breaks daily-rest, anchored at the first shift", () => {
    const v = only(
      "daily-rest",
      rota([
        { id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T23:00" },
        { id: "s2", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
      ]),
    );
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "daily-rest",
      severity: "error",
      assistantId: "a1",
      shiftIds: ["s1", "s2"],
      from: "2026-03-02T15:00",
      to: "2026-03-03T15:00",
      measured: 8,
      limit: 11,
    });
    expect(v[0]?.message).toContain("hviletidsbekendtgørelsen");
  });

  it("2: split shifts with an 11-hour night rest are fine", () => {
    expect(
      only(
        "daily-rest",
        rota([
          { id: "s1", start: "2026-03-02T07:00", end: "2026-03-02T10:00" },
          { id: "s2", start: "2026-03-02T17:00", end: "2026-03-02T20:00" },
          { id: "s3", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
        ]),
      ),
    ).toEqual([]);
  });

  it("3: seven days of 08–16 break weekly-rest once, anchored at s1", () => {
    const v = only("weekly-rest", rota(days("s", "2026-03-02", 7, "08:00", "16:00")));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      shiftIds: ["s1", "s2", "s3", "s4", "s5", "s6", "s7"],
      from: "2026-03-02T08:00",
      to: "2026-03-09T08:00",
      measured: 16,
      limit: 35,
    });
  });

  it("4: a night across the October change lasts 9 hours, across March 7", () => {
    const zone = Zone.get("Europe/Copenhagen");
    const len = (a: string, b: string) => {
      const x = zone.resolve(a);
      const y = zone.resolve(b);
      if (!x.ok || !y.ok) throw new Error("bad");
      return (y.instant - x.instant) / 3_600_000;
    };
    expect(len("2026-10-24T22:00", "2026-10-25T06:00")).toBe(9);
    expect(len("2026-03-28T22:00", "2026-03-29T06:00")).toBe(7);
    // and the checker measures it so: 9 h of work leave 15 h of rest in the window
    const v = check(
      rota([
        { id: "n1", start: "2026-10-24T22:00", end: "2026-10-25T06:00" },
        { id: "n2", start: "2026-10-25T17:00", end: "2026-10-25T22:00" },
      ]),
    );
    expect(v.filter((x) => x.rule === "daily-rest")).toEqual([]);
    expect(
      readRota(rota([{ id: "x", start: "2026-03-29T02:30", end: "2026-03-29T08:00" }])).ok,
    ).toBe(false);
  });

  it("5: 16 + 16 + 12 hours in 2026-W12 against 40 granted", () => {
    const v = only(
      "grant-exceeded",
      rota(
        [
          { id: "a", a: "a1", start: "2026-03-16T08:00", end: "2026-03-16T16:00" },
          { id: "b", a: "a1", start: "2026-03-17T08:00", end: "2026-03-17T16:00" },
          { id: "c", a: "a2", start: "2026-03-18T08:00", end: "2026-03-18T16:00" },
          { id: "d", a: "a2", start: "2026-03-19T08:00", end: "2026-03-19T16:00" },
          { id: "e", a: "a3", start: "2026-03-20T08:00", end: "2026-03-20T20:00" },
        ],
        { grant: { hours: 40, per: "week" } },
      ),
    );
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      from: "2026-03-16T00:00",
      to: "2026-03-23T00:00",
      measured: 44,
      limit: 40,
      severity: "error",
    });
    expect(v[0]).not.toHaveProperty("assistantId");
  });
});
