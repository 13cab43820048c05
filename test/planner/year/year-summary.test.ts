/**
 * The year overview's figures, with hand-computed expectations: hours split at local midnight
 * (DST nights in Europe/Copenhagen: 29 March and 25 October 2026), what counts as help, where
 * each violation lands, coverage-gap hours, holidays, and grant periods from core `grantUse`.
 */
import { describe, expect, it } from "vitest";
import { grantUse } from "../../../core/src/grant/index.js";
import { readRota, type RotaFile } from "../../../core/src/model/index.js";
import { checkRota, type Violation } from "../../../core/src/rules/index.js";
import { Zone, type LocalDate } from "../../../core/src/time/index.js";
import { summariseYear, type YearSummary } from "../../../planner/src/year/year-summary.js";
import { yearRota } from "../../bench/year-rota.js";

const zone = Zone.get("Europe/Copenhagen");

const shift = (id: string, start: string, end: string, more: Record<string, unknown> = {}) => ({
  id,
  assistantId: "a1",
  start,
  end,
  ...more,
});

function rotaOf(extra: Record<string, unknown> = {}): RotaFile {
  const r = readRota({
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    assistants: [{ id: "a1", name: "Anna" }],
    shifts: [
      shift("s1", "2026-03-02T07:00", "2026-03-02T15:00"),
      // spring forward at 02:00 on 29 March: 22:00–07:00 is 8 real hours, 2 + 6
      shift("s2", "2026-03-28T22:00", "2026-03-29T07:00"),
      // fall back at 03:00 on 25 October: 22:00–07:00 is 10 real hours, 2 + 8
      shift("s3", "2026-10-24T22:00", "2026-10-25T07:00"),
      shift("s4", "2026-03-03T00:00", "2026-03-04T00:00", { kind: "vacation" }),
      shift("s5", "2026-03-05T10:00", "2026-03-05T12:00", { purpose: "meeting" }),
      // on call at the workplace is working time: 2 + 6
      shift("s6", "2026-03-06T22:00", "2026-03-07T06:00", { kind: "oncall" }),
      // from the year before: 7 hours on 1 January
      shift("s7", "2025-12-31T22:00", "2026-01-01T07:00"),
      // into the next year: 4 hours on 31 December
      shift("s8", "2026-12-31T20:00", "2027-01-01T08:00"),
      shift("s9", "2025-06-01T07:00", "2025-06-01T15:00"),
    ],
    grant: { hours: 20, per: "month" },
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rota;
}

const violation = (
  rule: Violation["rule"],
  severity: Violation["severity"],
  from: string,
  to: string,
): Violation =>
  ({
    rule,
    severity,
    shiftIds: [],
    from,
    to,
    measured: 0,
    limit: 0,
    unit: "hours",
    source: "",
    message: `${rule} ${from}`,
    key: `${rule}|${from}`,
  }) as unknown as Violation;

const dayOf = (s: YearSummary, date: string) => {
  const m = s.months[Number(date.slice(5, 7)) - 1];
  const d = m?.days.find((x) => x.date === date);
  if (!d) throw new Error(`no ${date}`);
  return d;
};

describe("summariseYear: planned hours", () => {
  const s = summariseYear(rotaOf(), zone, [], 2026);

  it("has every day of the year once, in order", () => {
    const dates = s.months.flatMap((m) => m.days.map((d) => d.date));
    expect(dates).toHaveLength(365);
    expect(dates[0]).toBe("2026-01-01");
    expect(dates[58]).toBe("2026-02-28");
    expect(dates[59]).toBe("2026-03-01");
    expect(dates[364]).toBe("2026-12-31");
    expect(summariseYear(rotaOf(), zone, [], 2028).months[1]?.days).toHaveLength(29);
  });

  it("splits a night shift at local midnight, counting the real hours of DST nights", () => {
    expect(dayOf(s, "2026-03-28").plannedHours).toBe(2);
    expect(dayOf(s, "2026-03-29").plannedHours).toBe(6);
    expect(dayOf(s, "2026-10-24").plannedHours).toBe(2);
    expect(dayOf(s, "2026-10-25").plannedHours).toBe(8);
  });

  it("counts working help only: work and on call, not absences or meetings", () => {
    expect(dayOf(s, "2026-03-02").plannedHours).toBe(8);
    expect(dayOf(s, "2026-03-03").plannedHours).toBe(0);
    expect(dayOf(s, "2026-03-05").plannedHours).toBe(0);
    expect(dayOf(s, "2026-03-06").plannedHours).toBe(2);
    expect(dayOf(s, "2026-03-07").plannedHours).toBe(6);
  });

  it("counts only the part of a shift inside the year", () => {
    expect(dayOf(s, "2026-01-01").plannedHours).toBe(7);
    expect(dayOf(s, "2026-12-31").plannedHours).toBe(4);
  });

  it("totals months and the year from the days", () => {
    expect(s.months.map((m) => m.plannedHours)).toEqual([7, 0, 24, 0, 0, 0, 0, 0, 0, 10, 0, 4]);
    expect(s.plannedHours).toBe(45);
  });
});

describe("summariseYear: grant", () => {
  it("takes a monthly grant's figures from grantUse, equal to the month's days", () => {
    const rota = rotaOf();
    const s = summariseYear(rota, zone, [], 2026);
    expect(s.grantPer).toBe("month");
    const march = s.months[2];
    expect(march?.grant).toEqual({
      from: "2026-03-01",
      until: "2026-04-01",
      plannedHours: 24,
      grantedHours: 20,
    });
    expect(march?.grant).toEqual(
      grantUse(rota, zone, "2026-03-01" as LocalDate, "2026-03-31" as LocalDate)[0],
    );
    expect(s.months.map((m) => m.grant?.plannedHours)).toEqual(s.months.map((m) => m.plannedHours));
    expect(s.weeks.size).toBe(0);
    expect(s.yearGrant).toBeUndefined();
  });

  it("keys a weekly grant by Monday, from the week holding 1 January", () => {
    const s = summariseYear(rotaOf({ grant: { hours: 7, per: "week" } }), zone, [], 2026);
    expect(s.months[0]?.grant).toBeUndefined();
    // 1 January 2026 is a Thursday: the first week starts on Monday 29 December 2025
    expect([...s.weeks.keys()][0]).toBe("2025-12-29");
    expect(s.weeks.get("2025-12-29" as LocalDate)?.plannedHours).toBe(9); // 2 + 7
    // 28–29 March and 6–7 March lie in weeks starting 23 March and 2 March
    expect(s.weeks.get("2026-03-23" as LocalDate)?.plannedHours).toBe(8);
    expect(s.weeks.get("2026-03-02" as LocalDate)?.plannedHours).toBe(16);
    expect(s.weeks.size).toBe(53);
  });

  it("takes the caller's grant use for the year instead of asking again, and no other", () => {
    const rota = rotaOf();
    const given = grantUse(rota, zone, "2026-01-01" as LocalDate, "2026-12-31" as LocalDate).map(
      (u) => ({ ...u, grantedHours: 99 }),
    );
    const s = summariseYear(rota, zone, [], 2026, given);
    expect(s.grantPeriods).toBe(given);
    expect(s.months[2]?.grant?.grantedHours).toBe(99);
    // uses of another span (a week view's month) are not the year's: core is asked
    const march = given.slice(2, 3);
    const t = summariseYear(rota, zone, [], 2026, march);
    expect(t.grantPeriods).toHaveLength(12);
    expect(t.months[2]?.grant?.grantedHours).toBe(20);
  });

  it("has the year's use when the grant is per year, and nothing without a grant", () => {
    const y = summariseYear(rotaOf({ grant: { hours: 40, per: "year" } }), zone, [], 2026);
    expect(y.yearGrant?.plannedHours).toBe(45);
    expect(y.yearGrant?.grantedHours).toBe(40);
    const none = summariseYear(rotaOf({ grant: undefined }), zone, [], 2026);
    expect(none.grantPer).toBeUndefined();
    expect(none.grantPeriods).toEqual([]);
  });
});

describe("summariseYear: violations, gaps and holidays", () => {
  const violations = [
    violation("daily-rest", "error", "2026-03-02T15:00", "2026-03-03T02:00"),
    violation("break", "warning", "2026-03-02T07:00", "2026-03-02T15:00"),
    violation("overlap", "error", "2026-03-02T08:00", "2026-03-02T09:00"),
    // a gap over the spring night: 20:00–24:00 is 4 hours, 00:00–04:00 only 3
    violation("coverage-gap", "warning", "2026-03-28T20:00", "2026-03-29T04:00"),
    violation("grant-exceeded", "error", "2026-03-01T00:00", "2026-04-01T00:00"),
    violation("break", "warning", "2027-01-02T07:00", "2027-01-02T15:00"),
  ];
  const s = summariseYear(rotaOf(), zone, violations, 2026);

  it("counts a violation once, on the day its span starts, errors first", () => {
    const d = dayOf(s, "2026-03-02");
    expect([d.errors, d.warnings]).toEqual([2, 1]);
    expect(d.problems.map((p) => p.severity)).toEqual(["error", "error", "warning"]);
    expect(dayOf(s, "2026-03-03").errors).toBe(0);
    expect([s.months[2]?.errors, s.months[2]?.warnings]).toEqual([2, 1]);
    expect([s.errors, s.warnings]).toEqual([2, 1]);
  });

  it("shows a coverage gap as hours short on each day it touches, not as a count", () => {
    expect(dayOf(s, "2026-03-28").gapHours).toBe(4);
    expect(dayOf(s, "2026-03-29").gapHours).toBe(3);
    expect(dayOf(s, "2026-03-28").warnings).toBe(0);
    expect(s.months[2]?.gapDays).toBe(2);
  });

  it("leaves grant-exceeded to the grant figures, not to a day", () => {
    expect(dayOf(s, "2026-03-01").errors).toBe(0);
  });

  it("names Danish holidays and special days (Easter 2026 is 5 April)", () => {
    expect(dayOf(s, "2026-04-06").holiday?.key).toBe("easter-monday");
    expect(dayOf(s, "2026-04-03").holiday?.key).toBe("good-friday");
    expect(dayOf(s, "2026-12-24").holiday).toBeUndefined();
    expect(dayOf(s, "2026-12-24").special?.sundayFrom).toBe("06:00");
    expect(dayOf(s, "2026-04-07").holiday).toBeUndefined();
    const no = summariseYear(rotaOf({ profile: "no", timeZone: "Europe/Oslo" }), zone, [], 2026);
    expect(dayOf(no, "2026-05-17").holiday?.key).toBe("constitution-day");
  });

  it("places real checker violations on the day the grid shows them", () => {
    const rota = rotaOf({
      shifts: [
        shift("late", "2026-05-04T15:00", "2026-05-04T23:00"),
        shift("early", "2026-05-05T07:00", "2026-05-05T15:00"),
      ],
      grant: undefined,
    });
    const checked = checkRota(rota, zone);
    if (!checked.ok) throw new Error("not checked");
    const rest = checked.violations.filter((v) => v.rule === "daily-rest");
    expect(rest).toHaveLength(1);
    const y = summariseYear(rota, zone, checked.violations, 2026);
    const counted = y.months[4]?.days.filter((d) => d.errors + d.warnings > 0);
    expect(counted?.map((d) => d.date)).toContain(rest[0]?.from.slice(0, 10));
  });
});

describe("summariseYear: a year × 30 assistants", () => {
  it("agrees with grantUse month by month, and stays cheap", () => {
    const read = readRota(yearRota());
    if (!read.ok) throw new Error("bench rota does not read");
    const rota = { ...read.rota, grant: { hours: 20_000, per: "month" as const } };
    const checked = checkRota(rota, read.zone);
    if (!checked.ok) throw new Error("not checked");
    summariseYear(rota, read.zone, checked.violations, 2026); // warm up
    const t0 = performance.now();
    const s = summariseYear(rota, read.zone, checked.violations, 2026);
    const ms = performance.now() - t0;
    console.log(
      `summariseYear: ${rota.shifts.length} shifts, ${checked.violations.length} violations: ${ms.toFixed(1)} ms`,
    );
    const uses = grantUse(rota, read.zone, "2026-01-01" as LocalDate, "2026-12-31" as LocalDate);
    expect(s.months.map((m) => m.plannedHours)).toEqual(uses.map((u) => u.plannedHours));
    expect(s.months.map((m) => m.grant)).toEqual(uses);
    // a generous bound: a regression to quadratic work would take seconds
    expect(ms).toBeLessThan(1000);
  });
});
