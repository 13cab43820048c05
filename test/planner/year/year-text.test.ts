/** The year overview's words: every figure of a day in its accessible name, symbols with words. */
import { describe, expect, it } from "vitest";
import type { GrantUse } from "../../../core/src/grant/index.js";
import {
  holidayOn,
  specialDayOn,
  type Holiday,
  type LocalDate,
  type SpecialDay,
} from "../../../core/src/time/index.js";
import type { DaySummary, MonthSummary } from "../../../planner/src/year/year-summary.js";
import {
  dayHours,
  dayLabel,
  daySymbols,
  monthName,
  monthText,
  weekText,
  weekdayNames,
} from "../../../planner/src/year/year-text.js";

const day = (over: Partial<DaySummary> = {}): DaySummary => ({
  date: "2026-04-06" as LocalDate,
  plannedHours: 16.5,
  errors: 0,
  warnings: 0,
  problems: [],
  gapHours: 0,
  ...over,
});

const easterMonday = holidayOn("dk", "2026-04-06" as LocalDate) as Holiday;
const christmasEve = specialDayOn("dk", "2026-12-24" as LocalDate) as SpecialDay;

const use = (planned: number, granted: number, from = "2026-03-30"): GrantUse => ({
  from: from as LocalDate,
  until: "2026-04-06" as LocalDate,
  plannedHours: planned,
  grantedHours: granted,
});

describe("dayLabel", () => {
  it("says the full date and the hours planned", () => {
    expect(dayLabel("en", day({ date: "2026-04-07" as LocalDate }))).toBe(
      "Tuesday, 7 April 2026: 16.5 hours planned",
    );
    expect(dayLabel("da", day({ date: "2026-04-07" as LocalDate }))).toBe(
      "tirsdag den 7. april 2026: 16,5 timer planlagt",
    );
  });

  it("names the holiday and every count in words", () => {
    const d = day({
      errors: 1,
      warnings: 2,
      gapHours: 3,
      holiday: easterMonday,
    });
    expect(dayLabel("en", d)).toBe(
      "Monday, 6 April 2026, Easter Monday (public holiday): 16.5 hours planned, 1 error, 2 warnings, coverage gap 3 hours",
    );
    expect(dayLabel("nb", d)).toContain("2. påskedag (helligdag)");
    expect(dayLabel("nb", d)).toContain("1 feil, 2 advarsler, dekningshull 3 timer");
  });

  it("says when the day's week is over a weekly grant", () => {
    expect(dayLabel("en", day(), use(90, 84))).toBe(
      "Monday, 6 April 2026: 16.5 hours planned, week 15 over the grant",
    );
  });

  it("names a special day with the time holiday pay starts", () => {
    const d = day({
      date: "2026-12-24" as LocalDate,
      special: christmasEve,
    });
    expect(dayLabel("da", d)).toContain("Juleaftensdag (helligdagstillæg fra 06:00)");
  });
});

describe("the visible day", () => {
  it("shows hours with a unit, and nothing on an empty day", () => {
    expect(dayHours("da", day())).toBe("16,5 t");
    expect(dayHours("en", day({ plannedHours: 8 }))).toBe("8 h");
    expect(dayHours("en", day({ plannedHours: 0 }))).toBe("");
  });

  it("shows a symbol per state, with counts", () => {
    const d = day({
      errors: 2,
      warnings: 1,
      gapHours: 1,
      holiday: easterMonday,
    });
    expect(daySymbols(d, true)).toBe("⛔2 ⚠1 ◌ ▲ ★");
    expect(daySymbols(day(), false)).toBe("");
  });
});

describe("totals", () => {
  it("says a week's grant use", () => {
    expect(weekText("en", "2026-03-30" as LocalDate, use(90, 84))).toBe(
      "Week 14: 90 of 84 granted hours planned, over the grant",
    );
    expect(weekText("da", "2026-03-30" as LocalDate)).toBe("Uge 14");
  });

  it("says a month's hours against a monthly grant, problems and gaps, with symbols", () => {
    const m: MonthSummary = {
      month: 3,
      days: [day({ date: "2026-03-01" as LocalDate }), day({ date: "2026-03-31" as LocalDate })],
      plannedHours: 24,
      errors: 2,
      warnings: 1,
      gapDays: 2,
      grant: use(24, 20, "2026-03-01"),
    };
    expect(monthText("en", new Map(), m)).toBe(
      "▲ 24 of 20 granted hours planned, over the grant · ⛔ 2 errors · ⚠ 1 warning · ◌ coverage gaps on 2 days",
    );
  });

  it("counts the weeks starting in a month that are over a weekly grant", () => {
    const m: MonthSummary = {
      month: 3,
      days: [day({ date: "2026-03-01" as LocalDate }), day({ date: "2026-03-31" as LocalDate })],
      plannedHours: 300,
      errors: 0,
      warnings: 0,
      gapDays: 0,
    };
    const weeks = new Map<LocalDate, GrantUse>([
      ["2026-02-23" as LocalDate, use(90, 84, "2026-02-23")],
      ["2026-03-02" as LocalDate, use(90, 84, "2026-03-02")],
      ["2026-03-09" as LocalDate, use(80, 84, "2026-03-09")],
      ["2026-03-30" as LocalDate, use(85, 84, "2026-03-30")],
    ]);
    expect(monthText("da", weeks, m)).toBe("300 timer planlagt · ▲ 2 uger over bevillingen");
  });

  it("names months and weekdays in the language", () => {
    expect(monthName("da", 2026, 3)).toBe("Marts 2026");
    expect(monthName("en", 2026, 3)).toBe("March 2026");
    expect(weekdayNames("en")[0]).toEqual({ short: "Mon", long: "Monday" });
    expect(weekdayNames("nb")[6]?.long).toBe("søndag");
  });
});
