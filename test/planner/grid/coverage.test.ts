/** The day row's coverage: stretches as fractions of the day and shortfalls in clock times. */
import { describe, expect, it } from "vitest";
import { readRota } from "../../../core/src/model/index.js";
import { shiftsByDate } from "../../../planner/src/app/derived.js";
import { coverageOfDays, dayCoverage } from "../../../planner/src/grid/coverage.js";

const H = 3_600_000;
const clock = (t: number) => `${String(Math.floor(t / H)).padStart(2, "0")}:00`;

describe("dayCoverage", () => {
  it("merges equal neighbours, names each level of shortage and writes the end as 24:00", () => {
    const c = dayCoverage(
      [
        { from: 0, to: 7 * H, staffed: 1, required: 1 },
        { from: 7 * H, to: 15 * H, staffed: 1, required: 1 },
        { from: 15 * H, to: 16 * H, staffed: 1, required: 2 },
        { from: 16 * H, to: 24 * H, staffed: 0, required: 2 },
      ],
      0,
      24 * H,
      clock,
    );
    expect(c.stretches).toEqual([
      { from: 0, to: 15 / 24, staffed: 1, required: 1 },
      { from: 15 / 24, to: 16 / 24, staffed: 1, required: 2 },
      { from: 16 / 24, to: 1, staffed: 0, required: 2 },
    ]);
    expect(c.shortfalls).toEqual([
      { from: "15:00", to: "16:00", staffed: 1, required: 2 },
      { from: "16:00", to: "24:00", staffed: 0, required: 2 },
    ]);
    expect(c.peak).toBe(2);
  });

  it("joins neighbouring short stretches of the same level into one", () => {
    const c = dayCoverage(
      [
        { from: 5 * H, to: 6 * H, staffed: 0, required: 2 },
        { from: 6 * H, to: 9 * H, staffed: 0, required: 2 },
      ],
      0,
      24 * H,
      clock,
    );
    expect(c.shortfalls).toEqual([{ from: "05:00", to: "09:00", staffed: 0, required: 2 }]);
  });

  it("has no shortfall when staffing meets the need, and a peak of at least 1", () => {
    const c = dayCoverage([{ from: 0, to: 24 * H, staffed: 0, required: 0 }], 0, 24 * H, clock);
    expect(c.shortfalls).toEqual([]);
    expect(c.peak).toBe(1);
  });
});

describe("coverageOfDays", () => {
  const read = readRota({
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    assistants: [
      { id: "a1", name: "A" },
      { id: "a2", name: "B" },
    ],
    shifts: [
      { id: "n", assistantId: "a1", start: "2026-03-28T22:00", end: "2026-03-29T07:00" },
      { id: "d", assistantId: "a2", start: "2026-03-29T07:00", end: "2026-03-29T15:00" },
    ],
    need: [
      {
        days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        from: "00:00",
        to: "24:00",
        assistants: 1,
      },
    ],
  });
  if (!read.ok) throw new Error("fixture");

  it("reads the night before, and draws the 23-hour DST day on its real length", () => {
    const days = coverageOfDays(read.zone, read.rota.need, shiftsByDate(read.rota.shifts), [
      "2026-03-29",
    ]);
    const sunday = days.get("2026-03-29");
    // 00:00–07:00 local is 6 real hours of a 23-hour day, 07:00–15:00 another 8
    expect(sunday?.stretches.map((s) => Math.round(s.to * 23 * 100) / 100)).toEqual([14, 23]);
    expect(sunday?.shortfalls).toEqual([{ from: "15:00", to: "24:00", staffed: 0, required: 1 }]);
  });

  it("finds the night shift's morning only when the day before is read", () => {
    const days = coverageOfDays(read.zone, read.rota.need, shiftsByDate(read.rota.shifts), [
      "2026-03-28",
    ]);
    expect(days.get("2026-03-28")?.shortfalls).toEqual([
      { from: "00:00", to: "22:00", staffed: 0, required: 1 },
    ]);
  });
});
