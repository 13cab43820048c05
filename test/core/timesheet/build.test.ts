import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readRota, type RotaFile } from "../../../core/src/model/index.js";
import type { Zone } from "../../../core/src/time/index.js";
import {
  TimesheetSchema,
  buildTimesheet,
  hoursOf,
  parseMonth,
  type Timesheet,
} from "../../../core/src/timesheet/index.js";
import { minutes } from "../../../core/src/time/index.js";

const fixture = JSON.parse(
  readFileSync(new URL("../../fixtures/timesheet/march-2026.rota.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

const read = (doc: unknown): { rota: RotaFile; zone: Zone } => {
  const r = readRota(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};

const sheetOf = (doc: unknown, assistant: string, month: string): Timesheet => {
  const { rota, zone } = read(doc);
  const r = buildTimesheet(rota, zone, assistant, month);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.sheet;
};

/** A small rota with the given shifts for assistant a1. */
const rotaWith = (
  shifts: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  format: "turnus-rota/1",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  assistants: [{ id: "a1", name: "Anna Jensen" }],
  shifts: shifts.map((s, i) => ({ id: `s${i + 1}`, assistantId: "a1", ...s })),
  ...extra,
});

describe("buildTimesheet", () => {
  it("reproduces the example of rota-file.md exactly", () => {
    const sheet = sheetOf(
      rotaWith([{ start: "2026-03-07T22:00", end: "2026-03-08T06:00", kind: "work" }]),
      "a1",
      "2026-03",
    );
    expect(sheet).toMatchObject({
      assistantId: "a1",
      month: "2026-03",
      rows: [
        {
          date: "2026-03-07",
          start: "22:00",
          end: "06:00",
          kind: "work",
          hours: 8,
          categories: { evening: 1, night: 7, saturday: 2, sunday: 6 },
        },
      ],
      totals: { hours: 8, work: 8, oncall: 0, evening: 1, night: 7, saturday: 2, sunday: 6 },
    });
    // Only non-zero categories in a row, so the example's object is matched exactly.
    expect(sheet.rows[0]?.categories).toEqual({ evening: 1, night: 7, saturday: 2, sunday: 6 });
    expect(Object.keys(sheet.totals)).toEqual([
      "hours",
      "work",
      "oncall",
      "evening",
      "night",
      "saturday",
      "sunday",
    ]);
  });

  it("builds the fixture's March: sorted, split at both month ends, absences listed apart, others left out", () => {
    const sheet = sheetOf(fixture, "a1", "2026-03");
    expect(sheet).toEqual({
      format: "turnus-timesheet/1",
      assistantId: "a1",
      assistantName: "Anna Jensen",
      month: "2026-03",
      profile: "dk",
      timeZone: "Europe/Copenhagen",
      rows: [
        {
          date: "2026-03-01",
          start: "00:00",
          end: "06:00",
          kind: "work",
          hours: 6,
          categories: { night: 6, sunday: 6 },
          shiftId: "s0",
          purpose: "help",
          breakMinutes: 0,
          endDate: "2026-03-01",
          split: true,
          confirmed: false,
        },
        {
          date: "2026-03-02",
          start: "07:00",
          end: "15:00",
          kind: "work",
          hours: 8,
          categories: {},
          shiftId: "s1",
          purpose: "help",
          breakMinutes: 30,
          endDate: "2026-03-02",
          split: false,
          confirmed: false,
        },
        {
          date: "2026-03-07",
          start: "22:00",
          end: "06:00",
          kind: "work",
          hours: 8,
          categories: { evening: 1, night: 7, saturday: 2, sunday: 6 },
          shiftId: "s2",
          purpose: "help",
          breakMinutes: 0,
          endDate: "2026-03-08",
          split: false,
          confirmed: false,
        },
        {
          date: "2026-03-10",
          start: "18:00",
          end: "22:00",
          kind: "oncall",
          hours: 4,
          categories: { evening: 4, oncall: 4 },
          shiftId: "s3",
          purpose: "help",
          breakMinutes: 0,
          endDate: "2026-03-10",
          split: false,
          confirmed: false,
        },
        {
          date: "2026-03-28",
          start: "22:00",
          end: "06:00",
          kind: "work",
          hours: 7,
          categories: { evening: 1, night: 6, saturday: 2, sunday: 5 },
          shiftId: "s6",
          purpose: "training",
          breakMinutes: 0,
          endDate: "2026-03-29",
          split: false,
          confirmed: false,
        },
        {
          date: "2026-03-31",
          start: "22:00",
          end: "24:00",
          kind: "work",
          hours: 2,
          categories: { evening: 1, night: 1 },
          shiftId: "s7",
          purpose: "help",
          breakMinutes: 30,
          endDate: "2026-03-31",
          split: true,
          confirmed: false,
        },
      ],
      totals: { hours: 35, work: 31, oncall: 4, evening: 7, night: 20, saturday: 4, sunday: 17 },
      // The planned vacation is listed, not counted: 08:00–16:00 = 8 h.
      absences: [
        {
          date: "2026-03-14",
          kind: "vacation",
          hours: 8,
          shiftId: "s4",
          start: "08:00",
          end: "16:00",
          endDate: "2026-03-14",
        },
      ],
    });
    expect(TimesheetSchema.parse(sheet)).toEqual(sheet);
  });

  it("puts each part of a month-crossing shift on its own month's sheet", () => {
    const feb = sheetOf(fixture, "a1", "2026-02");
    expect(feb.rows).toEqual([
      expect.objectContaining({
        date: "2026-02-28",
        start: "22:00",
        end: "24:00",
        hours: 2,
        categories: { evening: 1, night: 1, saturday: 2 },
        split: true,
      }),
    ]);
    const apr = sheetOf(fixture, "a1", "2026-04");
    expect(apr.rows).toEqual([
      expect.objectContaining({
        date: "2026-04-01",
        start: "00:00",
        end: "06:00",
        hours: 6,
        categories: { night: 6 },
        shiftId: "s7",
        breakMinutes: 0,
        split: true,
      }),
    ]);
    expect(apr.totals).toEqual({
      hours: 6,
      work: 6,
      oncall: 0,
      evening: 0,
      night: 6,
      saturday: 0,
      sunday: 0,
    });
  });

  it("counts DST nights in real hours: 9 h in October, 7 h in March", () => {
    const oct = sheetOf(
      rotaWith([{ start: "2026-10-24T22:00", end: "2026-10-25T06:00" }]),
      "a1",
      "2026-10",
    );
    expect(oct.rows[0]).toMatchObject({
      hours: 9,
      categories: { evening: 1, night: 8, saturday: 2, sunday: 7 },
    });
    const mar = sheetOf(
      rotaWith([{ start: "2026-03-28T22:00", end: "2026-03-29T06:00" }]),
      "a1",
      "2026-03",
    );
    expect(mar.totals).toMatchObject({ hours: 7, night: 6, sunday: 5 });
  });

  it("pays Easter Sunday, Ascension Day, Christmas Eve, 1 May and 5 June as Sunday (DK 2026)", () => {
    const sheet = (start: string, end: string): Timesheet =>
      sheetOf(rotaWith([{ start, end }]), "a1", start.slice(0, 7));
    expect(sheet("2026-04-05T08:00", "2026-04-05T16:00").totals.sunday).toBe(8);
    expect(sheet("2026-05-14T08:00", "2026-05-14T16:00").totals.sunday).toBe(8);
    expect(sheet("2026-12-24T00:00", "2026-12-24T08:00").totals).toMatchObject({
      night: 6,
      sunday: 2,
    });
    expect(sheet("2026-05-01T10:00", "2026-05-01T14:00").totals.sunday).toBe(2);
    expect(sheet("2026-06-05T10:00", "2026-06-05T14:00").totals.sunday).toBe(2);
  });

  it("rounds totals half-up once from exact minutes, not from rounded rows", () => {
    const sheet = sheetOf(
      rotaWith([
        { start: "2026-03-02T10:00", end: "2026-03-02T10:20" },
        { start: "2026-03-03T10:00", end: "2026-03-03T10:20" },
        { start: "2026-03-04T10:00", end: "2026-03-04T10:20" },
      ]),
      "a1",
      "2026-03",
    );
    expect(sheet.rows.map((r) => r.hours)).toEqual([0.33, 0.33, 0.33]);
    expect(sheet.totals.hours).toBe(1);
    expect(sheet.totals.work).toBe(1);
  });

  it("does not deduct breaks", () => {
    const sheet = sheetOf(
      rotaWith([{ start: "2026-03-02T07:00", end: "2026-03-02T15:00", breakMinutes: 45 }]),
      "a1",
      "2026-03",
    );
    expect(sheet.rows[0]).toMatchObject({ hours: 8, breakMinutes: 45 });
  });

  it("uses the rota's pay overrides: a Norwegian evening from 18:00 to 22:00", () => {
    const shifts = [{ start: "2026-03-02T16:00", end: "2026-03-02T20:00" }];
    const no = { profile: "no", timeZone: "Europe/Oslo" };
    // Default evening 17:00–21:00.
    expect(sheetOf(rotaWith(shifts, no), "a1", "2026-03").totals.evening).toBe(3);
    const overridden = rotaWith(shifts, {
      ...no,
      overrides: { pay: { eveningFrom: "18:00", eveningTo: "22:00" } },
    });
    expect(sheetOf(overridden, "a1", "2026-03").totals.evening).toBe(2);
  });

  it("reports a bad pay override with its JSON path", () => {
    const { rota, zone } = read(
      rotaWith([{ start: "2026-03-02T16:00", end: "2026-03-02T23:00" }], {
        overrides: { pay: { eveningFrom: "5pm" } },
      }),
    );
    const r = buildTimesheet(rota, zone, "a1", "2026-03");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(["$.overrides.pay.eveningFrom"]);
  });

  it("reports an unknown assistant and a malformed month, without throwing", () => {
    const { rota, zone } = read(fixture);
    const r = buildTimesheet(rota, zone, "a9", "2026-13");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(["assistantId", "month"]);
    expect(r.issues[0]?.message).toContain('"a9"');
    expect(r.issues[0]?.message).toContain('"a1" (Anna Jensen)');
    for (const bad of ["2026-3", "2026-00", "March", "", "2026-03-01", "1899-12"]) {
      const m = buildTimesheet(rota, zone, "a1", bad);
      expect(m.ok, bad).toBe(false);
    }
  });

  it("gives an empty sheet with zero totals for a month without shifts", () => {
    const sheet = sheetOf(fixture, "a2", "2026-05");
    expect(sheet.rows).toEqual([]);
    expect(sheet.totals).toEqual({
      hours: 0,
      work: 0,
      oncall: 0,
      evening: 0,
      night: 0,
      saturday: 0,
      sunday: 0,
    });
  });
});

describe("TimesheetSchema", () => {
  it("still accepts a version-1 payload without absences, planned or confirmed", () => {
    const sheet = sheetOf(fixture, "a1", "2026-03");
    const { absences: _a, ...old } = sheet;
    const oldRows = old.rows.map(({ confirmed: _c, ...r }) => r);
    expect(TimesheetSchema.parse({ ...old, rows: oldRows })).toEqual({ ...old, rows: oldRows });
  });

  it("checks the new fields, naming them", () => {
    const sheet = sheetOf(fixture, "a1", "2026-03");
    const bad = structuredClone(sheet) as unknown as {
      rows: { planned?: unknown; confirmed?: unknown }[];
      absences: { kind: string }[];
    };
    bad.rows[0]!.planned = { start: "07:00", end: "2026-03-01T06:00" };
    bad.rows[1]!.confirmed = "yes";
    bad.absences[0]!.kind = "holiday";
    const r = TimesheetSchema.safeParse(bad);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([
      "rows.0.planned.start",
      "rows.1.confirmed",
      "absences.0.kind",
    ]);
  });

  it("rejects payloads of the wrong shape, naming the field", () => {
    const sheet = sheetOf(fixture, "a1", "2026-03");
    const bad = structuredClone(sheet) as unknown as { rows: { hours: unknown; end: string }[] };
    bad.rows[1]!.hours = "8";
    bad.rows[2]!.end = "25:00";
    const r = TimesheetSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["rows.1.hours", "rows.2.end"]);
  });
});

describe("hoursOf and parseMonth", () => {
  it("rounds half-up to hundredths", () => {
    expect(hoursOf(minutes(20))).toBe(0.33);
    expect(hoursOf(minutes(40))).toBe(0.67);
    expect(hoursOf(minutes(1))).toBe(0.02);
    expect(hoursOf(minutes(0.3))).toBe(0.01); // 0.005 h: half rounds up
    expect(hoursOf(minutes(0.29))).toBe(0);
    expect(hoursOf(minutes(540))).toBe(9);
  });

  it("reads months and their bounds", () => {
    expect(parseMonth("2026-12")).toEqual({
      ok: true,
      month: { first: "2026-12-01", next: "2027-01-01" },
    });
    expect(parseMonth("2026-13").ok).toBe(false);
  });
});
