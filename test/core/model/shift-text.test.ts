import { describe, expect, it } from "vitest";
import { formatShiftText, parseShiftText } from "../../../core/src/model/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";

const day = "2026-03-02" as LocalDate;

describe("parseShiftText", () => {
  it.each([
    ["7-15", "2026-03-02T07:00", "2026-03-02T15:00", "work", 30],
    ["07:30-15", "2026-03-02T07:30", "2026-03-02T15:00", "work", 30],
    ["7.30 – 15.45", "2026-03-02T07:30", "2026-03-02T15:45", "work", 30],
    ["22-7", "2026-03-02T22:00", "2026-03-03T07:00", "work", 30],
    ["22-7 r", "2026-03-02T22:00", "2026-03-03T07:00", "oncall", 30],
    ["23-7 P", "2026-03-02T23:00", "2026-03-03T07:00", "oncall", 30],
    ["16-24", "2026-03-02T16:00", "2026-03-03T00:00", "work", 30],
    ["0-8", "2026-03-02T00:00", "2026-03-02T08:00", "work", 30],
    ["7-12:30", "2026-03-02T07:00", "2026-03-02T12:30", "work", 0],
    ["7-12:31", "2026-03-02T07:00", "2026-03-02T12:31", "work", 30],
    ["22-3", "2026-03-02T22:00", "2026-03-03T03:00", "work", 0],
  ])("reads %s", (text, start, end, kind, breakMinutes) => {
    expect(parseShiftText(text, day)).toEqual({ ok: true, start, end, kind, breakMinutes });
  });

  it("expands a template by its short name, ignoring case", () => {
    const r = parseShiftText("n", day, { D: "7-15", N: "23-7 r" });
    expect(r).toEqual({
      ok: true,
      start: "2026-03-02T23:00",
      end: "2026-03-03T07:00",
      kind: "oncall",
      breakMinutes: 30,
    });
  });

  it.each(["", "hello", "7", "25-3", "7:61-15", "8-8", "24-8", "16-24:30"])(
    "rejects %j with a reason",
    (text) => {
      const r = parseShiftText(text, day);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(10);
    },
  );
});

describe("formatShiftText", () => {
  it("writes whole hours short and marks on-call", () => {
    expect(formatShiftText("2026-03-02T07:00", "2026-03-02T15:00", "work")).toBe("07–15");
    expect(formatShiftText("2026-03-02T22:00", "2026-03-03T07:00", "oncall")).toBe("22–07 r");
    expect(formatShiftText("2026-03-02T07:30", "2026-03-02T15:45", undefined)).toBe("07:30–15:45");
    expect(formatShiftText("2026-03-02T16:00", "2026-03-03T00:00", "work")).toBe("16–24");
  });
});
