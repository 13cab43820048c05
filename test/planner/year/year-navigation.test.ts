/** Keyboard movement between the days of the year overview. */
import { describe, expect, it } from "vitest";
import type { LocalDate } from "../../../core/src/time/index.js";
import { moveDay } from "../../../planner/src/year/year-navigation.js";

const d = (s: string) => s as LocalDate;

describe("moveDay", () => {
  it("moves a day with left and right, a week with up and down, across months", () => {
    expect(moveDay(d("2026-03-31"), "ArrowRight", false)).toBe("2026-04-01");
    expect(moveDay(d("2026-03-01"), "ArrowLeft", false)).toBe("2026-02-28");
    expect(moveDay(d("2026-03-29"), "ArrowDown", false)).toBe("2026-04-05");
    expect(moveDay(d("2026-03-03"), "ArrowUp", false)).toBe("2026-02-24");
  });

  it("stays inside the year", () => {
    expect(moveDay(d("2026-01-01"), "ArrowLeft", false)).toBe("2026-01-01");
    expect(moveDay(d("2026-01-05"), "ArrowUp", false)).toBe("2026-01-01");
    expect(moveDay(d("2026-12-31"), "ArrowRight", false)).toBe("2026-12-31");
    expect(moveDay(d("2026-12-28"), "ArrowDown", false)).toBe("2026-12-31");
    expect(moveDay(d("2026-01-15"), "PageUp", false)).toBe("2026-01-15");
    expect(moveDay(d("2026-12-15"), "PageDown", false)).toBe("2026-12-15");
  });

  it("goes to the week's Monday and Sunday with Home and End, within the month", () => {
    // Wednesday 11 March 2026
    expect(moveDay(d("2026-03-11"), "Home", false)).toBe("2026-03-09");
    expect(moveDay(d("2026-03-11"), "End", false)).toBe("2026-03-15");
    // 1 April 2026 is a Wednesday; 30 April a Thursday
    expect(moveDay(d("2026-04-02"), "Home", false)).toBe("2026-04-01");
    expect(moveDay(d("2026-04-28"), "End", false)).toBe("2026-04-30");
  });

  it("goes to the first and last day of the year with Ctrl+Home and Ctrl+End", () => {
    expect(moveDay(d("2026-06-10"), "Home", true)).toBe("2026-01-01");
    expect(moveDay(d("2026-06-10"), "End", true)).toBe("2026-12-31");
  });

  it("moves a month with PageUp and PageDown, to the month's last day when shorter", () => {
    expect(moveDay(d("2026-03-15"), "PageDown", false)).toBe("2026-04-15");
    expect(moveDay(d("2026-03-31"), "PageUp", false)).toBe("2026-02-28");
    expect(moveDay(d("2028-01-31"), "PageDown", false)).toBe("2028-02-29");
  });

  it("ignores other keys", () => {
    expect(moveDay(d("2026-03-15"), "a", false)).toBeUndefined();
    expect(moveDay(d("2026-03-15"), "Enter", false)).toBeUndefined();
  });
});
