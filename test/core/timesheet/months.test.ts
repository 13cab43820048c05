/**
 * Whole months computed by hand. Every expected figure is written out with its arithmetic, from
 * the rules of shared/domain/README.md: DK (Nyborg § 33, Fredericia 4.1.2) evening 17–23,
 * night 23–06, Saturday 08–24, Sunday and public holidays 00–24; Christmas Eve from the start
 * of the day shift (06:00 unless the arrangement sets `christmasEveFrom`); 1 May, 5 June and
 * 31 December from 12:00. Hours are real elapsed time in Europe/Copenhagen.
 */
import { describe, expect, it } from "vitest";
import { readRota } from "../../../core/src/model/index.js";
import {
  TimesheetSchema,
  buildTimesheet,
  type Timesheet,
} from "../../../core/src/timesheet/index.js";

/** A rota with assistants a1 and a2; shifts default to a1 and get ids s1, s2, … */
const rota = (
  shifts: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  format: "turnus-rota/1",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  assistants: [
    { id: "a1", name: "Anna Jensen" },
    { id: "a2", name: "Bo Nielsen" },
  ],
  shifts: shifts.map((s, i) => ({ id: `s${i + 1}`, assistantId: "a1", ...s })),
  ...extra,
});

const sheet = (doc: unknown, assistant: string, month: string): Timesheet => {
  const r = readRota(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const t = buildTimesheet(r.rota, r.zone, assistant, month);
  if (!t.ok) throw new Error(JSON.stringify(t.issues));
  // Every sheet is a valid payload for the extension.
  expect(TimesheetSchema.parse(t.sheet)).toEqual(t.sheet);
  return t.sheet;
};

const zeroTotals = { hours: 0, work: 0, oncall: 0, evening: 0, night: 0, saturday: 0, sunday: 0 };

describe("DST nights (last Sundays of March and October 2026)", () => {
  it("March: Sat 28 22:00 – Sun 29 07:00 is 8 h (02:00–03:00 does not exist)", () => {
    const s = sheet(
      rota([{ start: "2026-03-28T22:00", end: "2026-03-29T07:00" }]),
      "a1",
      "2026-03",
    );
    expect(s.rows).toEqual([
      expect.objectContaining({
        date: "2026-03-28",
        start: "22:00",
        end: "07:00",
        endDate: "2026-03-29",
        // 9 wall-clock hours − the skipped hour = 8
        hours: 8,
        categories: {
          evening: 1, // 22–23
          night: 6, // 23–06 = 7 wall-clock hours − 1
          saturday: 2, // 22–24 on Saturday
          sunday: 6, // 00–07 on Sunday = 7 − 1
        },
      }),
    ]);
    expect(s.totals).toEqual({
      ...zeroTotals,
      hours: 8,
      work: 8,
      evening: 1,
      night: 6,
      saturday: 2,
      sunday: 6,
    });
  });

  it("October: Sat 24 22:00 – Sun 25 07:00 is 10 h (02:00–03:00 happens twice)", () => {
    const s = sheet(
      rota([{ start: "2026-10-24T22:00", end: "2026-10-25T07:00" }]),
      "a1",
      "2026-10",
    );
    expect(s.rows[0]).toMatchObject({
      hours: 10, // 9 wall-clock hours + the repeated hour
      categories: {
        evening: 1, // 22–23
        night: 8, // 23–06 = 7 + 1
        saturday: 2, // 22–24
        sunday: 8, // 00–07 = 7 + 1
      },
    });
    expect(s.totals).toMatchObject({ hours: 10, night: 8, sunday: 8 });
  });
});

describe("a shift crossing the month end", () => {
  // Thu 30 April 22:00 – Fri 1 May 07:00, 30 min break; 1 May is special only from 12:00.
  const doc = rota([{ start: "2026-04-30T22:00", end: "2026-05-01T07:00", breakMinutes: 30 }]);

  it("puts 22:00–24:00 on April's sheet, with the break", () => {
    const s = sheet(doc, "a1", "2026-04");
    expect(s.rows).toEqual([
      expect.objectContaining({
        date: "2026-04-30",
        start: "22:00",
        end: "24:00",
        hours: 2, // 22–24
        categories: { evening: 1, night: 1 }, // 22–23, 23–24
        breakMinutes: 30,
        split: true,
      }),
    ]);
    expect(s.totals).toEqual({ ...zeroTotals, hours: 2, work: 2, evening: 1, night: 1 });
  });

  it("puts 00:00–07:00 on May's sheet, without the break and before 1 May's 12:00", () => {
    const s = sheet(doc, "a1", "2026-05");
    expect(s.rows).toEqual([
      expect.objectContaining({
        date: "2026-05-01",
        start: "00:00",
        end: "07:00",
        hours: 7, // 00–07
        categories: { night: 6 }, // 00–06; no Sunday supplement before 12:00
        breakMinutes: 0,
        split: true,
      }),
    ]);
  });

  it("New Year's Eve into New Year's Day: Sunday pay on both sides of the split", () => {
    const doc2 = rota([{ start: "2026-12-31T20:00", end: "2027-01-01T04:00" }]);
    expect(sheet(doc2, "a1", "2026-12").totals).toEqual({
      ...zeroTotals,
      hours: 4, // 20–24
      work: 4,
      evening: 3, // 20–23
      night: 1, // 23–24
      sunday: 4, // 31 December from 12:00: 20–24
    });
    expect(sheet(doc2, "a1", "2027-01").totals).toEqual({
      ...zeroTotals,
      hours: 4, // 00–04
      work: 4,
      night: 4, // 00–04
      sunday: 4, // New Year's Day, a public holiday: 00–04
    });
  });
});

describe("Easter and Ascension Day 2026 (Sunday/holiday supplement 00–24)", () => {
  it("April 2026: Maundy Thursday to Easter Monday, and an ordinary Tuesday", () => {
    const s = sheet(
      rota([
        { start: "2026-04-02T08:00", end: "2026-04-02T16:00" }, // Maundy Thursday
        { start: "2026-04-03T15:00", end: "2026-04-03T23:00" }, // Good Friday
        { start: "2026-04-04T08:00", end: "2026-04-04T16:00" }, // Easter Saturday: no holiday
        { start: "2026-04-05T07:00", end: "2026-04-05T15:00" }, // Easter Sunday
        { start: "2026-04-06T22:00", end: "2026-04-07T06:00" }, // Easter Monday night
        { start: "2026-04-07T08:00", end: "2026-04-07T16:00" }, // ordinary Tuesday
      ]),
      "a1",
      "2026-04",
    );
    expect(s.rows.map((r) => r.categories)).toEqual([
      { sunday: 8 }, // 08–16 on a holiday
      { evening: 6, sunday: 8 }, // evening 17–23; holiday 15–23
      { saturday: 8 }, // Saturday 08–16, not a Danish holiday
      { sunday: 8 }, // 07–15 on Easter Sunday
      { evening: 1, night: 7, sunday: 2 }, // 22–23; 23–06; 22–24 on Easter Monday only
      {}, // nothing on an ordinary Tuesday 08–16
    ]);
    expect(s.totals).toEqual({
      hours: 48, // 6 × 8
      work: 48,
      oncall: 0,
      evening: 7, // 6 + 1
      night: 7,
      saturday: 8,
      sunday: 26, // 8 + 8 + 0 + 8 + 2
    });
  });

  it("May 2026: 1 May from 12:00, Ascension Day all day, the Friday after ordinary", () => {
    const s = sheet(
      rota([
        { start: "2026-05-01T08:00", end: "2026-05-01T16:00" }, // 1 May, a Friday
        { start: "2026-05-14T07:00", end: "2026-05-14T15:00" }, // Ascension Day (Easter + 39)
        { start: "2026-05-15T07:00", end: "2026-05-15T15:00" }, // Friday after
      ]),
      "a1",
      "2026-05",
    );
    expect(s.rows.map((r) => r.categories)).toEqual([{ sunday: 4 }, { sunday: 8 }, {}]);
    // Sunday: 12–16 on 1 May (4) + 07–15 on Ascension Day (8) = 12
    expect(s.totals).toEqual({ ...zeroTotals, hours: 24, work: 24, sunday: 12 });
  });

  it("Constitution Day, 5 June 2026 (a Friday), from 12:00", () => {
    const s = sheet(
      rota([{ start: "2026-06-05T10:00", end: "2026-06-05T18:00" }]),
      "a1",
      "2026-06",
    );
    // Sunday 12–18 = 6; evening 17–18 = 1
    expect(s.totals).toEqual({ ...zeroTotals, hours: 8, work: 8, evening: 1, sunday: 6 });
  });
});

describe("Christmas Eve from the start of the day shift (Fredericia 4.1.2)", () => {
  const december = [
    { start: "2026-12-23T23:00", end: "2026-12-24T07:00" }, // night into Christmas Eve (Thu)
    { start: "2026-12-24T15:00", end: "2026-12-24T23:00" }, // Christmas Eve afternoon/evening
    { start: "2026-12-25T07:00", end: "2026-12-25T15:00" }, // Christmas Day
    { start: "2026-12-31T08:00", end: "2026-12-31T16:00" }, // New Year's Eve
  ];

  it("by default from 06:00, where the night ends", () => {
    const s = sheet(rota(december), "a1", "2026-12");
    expect(s.rows.map((r) => r.categories)).toEqual([
      { night: 7, sunday: 1 }, // night 23–06; Christmas Eve 06–07
      { evening: 6, sunday: 8 }, // evening 17–23; Christmas Eve 15–23
      { sunday: 8 }, // Christmas Day 07–15
      { sunday: 4 }, // New Year's Eve 12–16
    ]);
    expect(s.totals).toEqual({
      ...zeroTotals,
      hours: 32, // 4 × 8
      work: 32,
      evening: 6,
      night: 7,
      sunday: 21, // 1 + 8 + 8 + 4
    });
  });

  it("from the arrangement's own day-shift start (overrides.pay.christmasEveFrom)", () => {
    const s = sheet(
      rota(december, { overrides: { pay: { christmasEveFrom: "07:00" } } }),
      "a1",
      "2026-12",
    );
    // The night 23:00–07:00 ends as the day shift starts: no Christmas Eve hours in it.
    expect(s.rows[0]?.categories).toEqual({ night: 7 });
    expect(s.totals.sunday).toBe(20); // 0 + 8 + 8 + 4
  });

  it("Norway (NO profile): Christmas Eve from 15:00 (aml. § 10-10)", () => {
    const s = sheet(
      rota([{ start: "2026-12-24T08:00", end: "2026-12-24T20:00" }], {
        profile: "no",
        timeZone: "Europe/Oslo",
      }),
      "a1",
      "2026-12",
    );
    // NO defaults: evening 17–21, night 21–06. Evening 17–20 = 3; Sunday/holiday 15–20 = 5.
    expect(s.totals).toEqual({ ...zeroTotals, hours: 12, work: 12, evening: 3, sunday: 5 });
  });

  it("Norway: the eve of 1 May from 18:00", () => {
    const s = sheet(
      rota([{ start: "2026-04-30T16:00", end: "2026-05-01T00:00" }], {
        profile: "no",
        timeZone: "Europe/Oslo",
      }),
      "a1",
      "2026-04",
    );
    // Evening 17–21 = 4; night 21–24 = 3; Sunday/holiday from 18:00 before a holiday: 18–24 = 6.
    expect(s.totals).toEqual({ ...zeroTotals, hours: 8, work: 8, evening: 4, night: 3, sunday: 6 });
  });
});

describe("actual hours on the month's sheet", () => {
  const march = rota(
    [
      // s1: worked as planned, approved.
      {
        start: "2026-03-02T07:00",
        end: "2026-03-02T15:00",
        actual: {
          status: "worked",
          start: "2026-03-02T07:00",
          end: "2026-03-02T15:00",
          approvedAt: "2026-03-03T09:00",
          approvedBy: "Carl",
        },
      },
      // s2: sick.
      { start: "2026-03-03T07:00", end: "2026-03-03T15:00", actual: { status: "sick" } },
      // s3: child's sick day, a night crossing midnight.
      { start: "2026-03-04T22:00", end: "2026-03-05T06:00", actual: { status: "child-sick" } },
      // s4: a planned day of vacation.
      { start: "2026-03-20T00:00", end: "2026-03-21T00:00", kind: "vacation" },
      // s5: cancelled.
      { start: "2026-03-06T07:00", end: "2026-03-06T15:00", actual: { status: "cancelled" } },
      // s6: planned for a1, worked by a2 (a swap), 08:00–16:30 instead of 07:00–15:00.
      {
        start: "2026-03-09T07:00",
        end: "2026-03-09T15:00",
        breakMinutes: 30,
        actual: {
          status: "worked",
          start: "2026-03-09T08:00",
          end: "2026-03-09T16:30",
          breakMinutes: 20,
          assistantId: "a2",
        },
      },
      // s7: sick on a night crossing the month end.
      { start: "2026-03-31T22:00", end: "2026-04-01T06:00", actual: { status: "sick" } },
      // s8: planned 22:00–06:00 across the month end, worked 23:00–07:00, not yet approved.
      {
        start: "2026-03-30T22:00",
        end: "2026-03-31T06:00",
        assistantId: "a2",
        actual: { status: "worked", start: "2026-03-30T23:00", end: "2026-03-31T07:00" },
      },
    ],
    { now: "2026-04-02T09:00" },
  );

  it("lists sick days, child's sick days and vacation as absences, not rows", () => {
    const s = sheet(march, "a1", "2026-03");
    expect(s.rows.map((r) => r.shiftId)).toEqual(["s1"]);
    expect(s.rows[0]).toMatchObject({ hours: 8, confirmed: true });
    expect(s.rows[0]).not.toHaveProperty("planned"); // worked as planned
    const at = (start: string, end: string, endDate: string) => ({ start, end, endDate });
    expect(s.absences).toEqual([
      // 07–15 = 8
      {
        date: "2026-03-03",
        kind: "sick",
        hours: 8,
        shiftId: "s2",
        ...at("07:00", "15:00", "2026-03-03"),
      },
      // 22–06 = 8
      {
        date: "2026-03-04",
        kind: "child-sick",
        hours: 8,
        shiftId: "s3",
        ...at("22:00", "06:00", "2026-03-05"),
      },
      // 00–24 = 24
      {
        date: "2026-03-20",
        kind: "vacation",
        hours: 24,
        shiftId: "s4",
        ...at("00:00", "24:00", "2026-03-20"),
      },
      // 22–24 in March = 2
      {
        date: "2026-03-31",
        kind: "sick",
        hours: 2,
        shiftId: "s7",
        ...at("22:00", "24:00", "2026-03-31"),
      },
    ]);
    // Absences are not in the totals: only s1's 8 hours.
    expect(s.totals).toEqual({ ...zeroTotals, hours: 8, work: 8 });
    // April gets the rest of the sick night: 00–06 = 6.
    expect(sheet(march, "a1", "2026-04").absences).toEqual([
      {
        date: "2026-04-01",
        kind: "sick",
        hours: 6,
        shiftId: "s7",
        ...at("00:00", "06:00", "2026-04-01"),
      },
    ]);
  });

  it("puts a swapped shift on the sheet of the assistant who worked it, with the plan", () => {
    const s = sheet(march, "a2", "2026-03");
    expect(s.rows).toEqual([
      {
        date: "2026-03-09",
        start: "08:00",
        end: "16:30",
        kind: "work",
        hours: 8.5, // 08:00–16:30
        categories: {},
        shiftId: "s6",
        purpose: "help",
        breakMinutes: 20, // the actual break
        endDate: "2026-03-09",
        split: false,
        planned: { start: "2026-03-09T07:00", end: "2026-03-09T15:00" },
        confirmed: false,
      },
      {
        date: "2026-03-30",
        start: "23:00",
        end: "07:00",
        kind: "work",
        hours: 8, // 23–07
        categories: { night: 7 }, // 23–06
        shiftId: "s8",
        purpose: "help",
        breakMinutes: 0,
        endDate: "2026-03-31",
        split: false,
        planned: { start: "2026-03-30T22:00", end: "2026-03-31T06:00" },
        confirmed: false,
      },
    ]);
    expect(s.totals).toEqual({ ...zeroTotals, hours: 16.5, work: 16.5, night: 7 });
    expect(s.absences).toEqual([]);
  });
});
