/** The arrangement view's derived data: cells of the visible days from per-date indexes. */
import { describe, expect, it } from "vitest";
import type { Shift } from "../../../core/src/model/index.js";
import type { Violation } from "../../../core/src/rules/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";
import {
  cellsOf,
  grantPeriodsKey,
  shiftsByDate,
  violationsByShift,
} from "../../../planner/src/app/derived.js";

const shift = (id: string, assistantId: string, start: string, end: string, kind = "work") =>
  ({ id, assistantId, start, end, kind }) as unknown as Shift;
const shifts = [
  shift("s1", "a1", "2026-03-02T07:00", "2026-03-02T15:00"),
  shift("s2", "a1", "2026-03-02T22:00", "2026-03-03T07:00", "oncall"),
  shift("s3", "a2", "2026-03-03T07:00", "2026-03-03T15:00"),
  shift("s4", "a2", "2026-04-01T07:00", "2026-04-01T15:00"),
];
const violation = (ids: string[], severity: "error" | "warning", message: string) =>
  ({ shiftIds: ids, severity, message }) as unknown as Violation;

describe("cellsOf", () => {
  it("puts each shift in its start day's cell, with the problems that involve it", () => {
    const byShift = violationsByShift([
      violation(["s1", "s3"], "error", "rest"),
      violation(["s3"], "warning", "gap"),
    ]);
    const cells = cellsOf(shiftsByDate(shifts), byShift, ["2026-03-02", "2026-03-03"]);
    expect([...cells.keys()]).toEqual(["2026-03-02|a1", "2026-03-03|a2"]);
    expect(cells.get("2026-03-02|a1")?.map((c) => [c.id, c.text, c.problems.length])).toEqual([
      ["s1", "07–15", 1],
      ["s2", "22–07 r", 0],
    ]);
    expect(cells.get("2026-03-03|a2")?.[0]?.problems).toEqual([
      { severity: "error", message: "rest" },
      { severity: "warning", message: "gap" },
    ]);
  });

  it("leaves out shifts of days not shown", () => {
    expect(cellsOf(shiftsByDate(shifts), new Map(), ["2026-03-04"]).size).toBe(0);
  });
});

describe("cellsOf with the previous cells", () => {
  const days = ["2026-03-02", "2026-03-03"];

  it("keeps the lists of unchanged cells, so that the grid redraws only what changed", () => {
    const first = cellsOf(shiftsByDate(shifts), new Map(), days);
    const moved = shift("s3", "a2", "2026-03-03T08:00", "2026-03-03T15:00");
    const next = cellsOf(
      shiftsByDate([shifts[0], shifts[1], moved, shifts[3]] as Shift[]),
      new Map(),
      days,
      first,
    );
    expect(next.get("2026-03-02|a1")).toBe(first.get("2026-03-02|a1"));
    expect(next.get("2026-03-03|a2")).not.toBe(first.get("2026-03-03|a2"));
    expect(next.get("2026-03-03|a2")?.[0]?.text).toBe("08–15");
  });

  it("redraws a cell whose shift got or lost a problem", () => {
    const first = cellsOf(shiftsByDate(shifts), new Map(), days);
    const flagged = violationsByShift([violation(["s1"], "error", "rest")]);
    const next = cellsOf(shiftsByDate(shifts), flagged, days, first);
    expect(next.get("2026-03-02|a1")).not.toBe(first.get("2026-03-02|a1"));
    expect(next.get("2026-03-02|a1")?.[1]).toBe(first.get("2026-03-02|a1")?.[1]);
    expect(next.get("2026-03-03|a2")).toBe(first.get("2026-03-03|a2"));
    const again = cellsOf(shiftsByDate(shifts), new Map(), days, next);
    expect(again.get("2026-03-02|a1")?.[0]?.problems).toEqual([]);
  });
});

describe("grantPeriodsKey", () => {
  const d = (s: string) => s as LocalDate;
  it("is the same for two months inside one yearly grant period, and differs per month", () => {
    expect(grantPeriodsKey("year", d("2026-03-01"), d("2026-03-31"))).toBe(
      grantPeriodsKey("year", d("2026-04-01"), d("2026-04-30")),
    );
    expect(grantPeriodsKey("month", d("2026-03-01"), d("2026-03-31"))).not.toBe(
      grantPeriodsKey("month", d("2026-04-01"), d("2026-04-30")),
    );
  });

  it("spans the ISO weeks a month touches when the grant is weekly", () => {
    // March 2026 begins on a Sunday (week 9) and ends on a Tuesday (week 14)
    expect(grantPeriodsKey("week", d("2026-03-01"), d("2026-03-31"))).toBe(
      "week|2026-02-23|2026-04-06",
    );
    expect(grantPeriodsKey(undefined, d("2026-03-01"), d("2026-03-31"))).toBe("");
  });
});
