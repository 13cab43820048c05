import { describe, expect, it } from "vitest";
import { grantUse, helpHoursPerDay } from "../../../core/src/grant/index.js";
import { readRota } from "../../../core/src/model/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";

const read = (shifts: unknown[], grant: unknown) => {
  const r = readRota({
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    assistants: [{ id: "a1", name: "A" }],
    shifts,
    grant,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};
const d = (s: string) => s as LocalDate;

describe("grantUse", () => {
  it("sums help working hours per ISO week, splitting a night across Sunday/Monday", () => {
    const { rota, zone } = read(
      [
        { id: "s1", assistantId: "a1", start: "2026-03-08T20:00", end: "2026-03-09T04:00" },
        {
          id: "s2",
          assistantId: "a1",
          start: "2026-03-09T08:00",
          end: "2026-03-09T16:00",
          kind: "oncall",
        },
        {
          id: "s3",
          assistantId: "a1",
          start: "2026-03-10T08:00",
          end: "2026-03-10T10:00",
          purpose: "meeting",
        },
        {
          id: "s4",
          assistantId: "a1",
          start: "2026-03-11T00:00",
          end: "2026-03-12T00:00",
          kind: "sick",
        },
      ],
      { hours: 40, per: "week" },
    );
    expect(grantUse(rota, zone, d("2026-03-02"), d("2026-03-15"))).toEqual([
      { from: "2026-03-02", until: "2026-03-09", plannedHours: 4, grantedHours: 40 },
      { from: "2026-03-09", until: "2026-03-16", plannedHours: 12, grantedHours: 40 },
    ]);
  });

  it("measures real hours across the October change and lists monthly periods", () => {
    const { rota, zone } = read(
      [{ id: "n", assistantId: "a1", start: "2026-10-24T22:00", end: "2026-10-25T06:00" }],
      { hours: 100, per: "month" },
    );
    expect(grantUse(rota, zone, d("2026-10-20"), d("2026-11-02"))).toEqual([
      { from: "2026-10-01", until: "2026-11-01", plannedHours: 9, grantedHours: 100 },
      { from: "2026-11-01", until: "2026-12-01", plannedHours: 0, grantedHours: 100 },
    ]);
  });

  it("is empty without a grant", () => {
    const { rota, zone } = read([], undefined);
    expect(grantUse(rota, zone, d("2026-03-01"), d("2026-03-31"))).toEqual([]);
  });
});

describe("helpHoursPerDay", () => {
  const shifts = [
    // 22:00–07:00 across the spring change: 2 hours on Saturday, 6 on Sunday
    { id: "n1", assistantId: "a1", start: "2026-03-28T22:00", end: "2026-03-29T07:00" },
    // and across the autumn change: 2 hours on Saturday, 8 on Sunday
    { id: "n2", assistantId: "a1", start: "2026-10-24T22:00", end: "2026-10-25T07:00" },
    {
      id: "m",
      assistantId: "a1",
      start: "2026-03-29T09:00",
      end: "2026-03-29T11:00",
      purpose: "meeting",
    },
    {
      id: "v",
      assistantId: "a1",
      start: "2026-03-29T12:00",
      end: "2026-03-29T20:00",
      kind: "vacation",
    },
    {
      id: "o",
      assistantId: "a1",
      start: "2026-03-30T08:00",
      end: "2026-03-30T12:00",
      kind: "oncall",
    },
  ];

  it("splits help at local midnight, DST nights at their real length, meetings and absences left out", () => {
    const { rota, zone } = read(shifts, undefined);
    expect(helpHoursPerDay(rota, zone, d("2026-03-28"), d("2026-03-30"))).toEqual([2, 6, 4]);
    expect(helpHoursPerDay(rota, zone, d("2026-10-24"), d("2026-10-25"))).toEqual([2, 8]);
    // a window that starts after the night began counts only the part inside it
    expect(helpHoursPerDay(rota, zone, d("2026-03-29"), d("2026-03-29"))).toEqual([6]);
    expect(helpHoursPerDay(rota, zone, d("2026-03-29"), d("2026-03-28"))).toEqual([]);
  });

  it("adds up to grantUse's month", () => {
    const { rota, zone } = read(shifts, { hours: 100, per: "month" });
    const days = helpHoursPerDay(rota, zone, d("2026-03-01"), d("2026-03-31"));
    const [march] = grantUse(rota, zone, d("2026-03-01"), d("2026-03-31"));
    expect(days.reduce((a, b) => a + b, 0)).toBe(march?.plannedHours);
  });
});
