/** dayStaffing: a day's staffing against the need, hand-computed, on normal and DST days. */
import { describe, expect, it } from "vitest";
import { dayStaffing } from "../../../core/src/rules/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";
import { read, rota } from "./helpers.js";

const ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** The day's stretches as local clock times: `[from, to, staffed, required]`. */
function staffing(value: Record<string, unknown>, date: string) {
  const { rota: r, zone } = read(value);
  return dayStaffing(zone, r.need, r.shifts, date as LocalDate).map((s) => [
    zone.toLocal(s.from as never).slice(11),
    zone.toLocal(s.to as never).slice(11),
    s.staffed,
    s.required,
  ]);
}

describe("dayStaffing", () => {
  const need = [{ days: ALL_DAYS, from: "07:00", to: "22:00", assistants: 2 }];

  it("counts distinct assistants on help shifts against the need, night before included", () => {
    const value = rota(
      [
        { id: "n", a: "a3", start: "2026-03-09T22:00", end: "2026-03-10T07:00" },
        { id: "d1", a: "a1", start: "2026-03-10T07:00", end: "2026-03-10T15:00" },
        // the same assistant twice at once counts once
        { id: "d1b", a: "a1", start: "2026-03-10T14:00", end: "2026-03-10T16:00" },
        { id: "d2", a: "a2", start: "2026-03-10T07:00", end: "2026-03-10T15:00" },
        {
          id: "m",
          a: "a2",
          start: "2026-03-10T16:00",
          end: "2026-03-10T18:00",
          purpose: "meeting",
        },
        { id: "v", a: "a3", start: "2026-03-10T18:00", end: "2026-03-10T20:00", kind: "vacation" },
      ],
      { need },
    );
    expect(staffing(value, "2026-03-10")).toEqual([
      ["00:00", "07:00", 1, 0],
      ["07:00", "14:00", 2, 2],
      ["14:00", "15:00", 2, 2],
      ["15:00", "16:00", 1, 2],
      ["16:00", "22:00", 0, 2],
      ["22:00", "00:00", 0, 0],
    ]);
  });

  it("measures the 23-hour day of the spring DST change from its real start to its real end", () => {
    const value = rota([{ id: "n", a: "a1", start: "2026-03-28T22:00", end: "2026-03-29T07:00" }], {
      need: [{ days: ALL_DAYS, from: "00:00", to: "24:00", assistants: 1 }],
    });
    const { rota: r, zone } = read(value);
    const day = dayStaffing(zone, r.need, r.shifts, "2026-03-29" as LocalDate);
    expect(day.map((s) => (s.to - s.from) / 3_600_000)).toEqual([6, 17]);
    expect(day.map((s) => s.staffed)).toEqual([1, 0]);
    expect(day.every((s) => s.required === 1)).toBe(true);
  });

  it("takes the larger of overlapping needs and runs a need past midnight", () => {
    const value = rota([], {
      need: [
        { days: ALL_DAYS, from: "22:00", to: "06:00", assistants: 1 },
        { days: ["tue"], from: "05:00", to: "09:00", assistants: 2 },
      ],
    });
    expect(staffing(value, "2026-03-10")).toEqual([
      ["00:00", "05:00", 0, 1],
      ["05:00", "06:00", 0, 2],
      ["06:00", "09:00", 0, 2],
      ["09:00", "22:00", 0, 0],
      ["22:00", "00:00", 0, 1],
    ]);
  });
});
