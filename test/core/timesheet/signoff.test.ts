import { describe, expect, it } from "vitest";
import { readRota, writeRota, type RotaFile } from "../../../core/src/model/index.js";
import type { Zone } from "../../../core/src/time/index.js";
import {
  SignoffSchema,
  buildTimesheet,
  currentSignoff,
  monthLocked,
  signedTimesheet,
  timesheetCorrections,
  type Timesheet,
} from "../../../core/src/timesheet/index.js";

const base = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  format: "turnus-rota/1",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  assistants: [
    { id: "a1", name: "Anna Jensen" },
    { id: "a2", name: "Bo Nielsen" },
  ],
  shifts: [
    { id: "s1", assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
    { id: "s2", assistantId: "a1", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
    { id: "s3", assistantId: "a1", start: "2026-03-31T22:00", end: "2026-04-01T06:00" },
  ],
  ...extra,
});

const read = (doc: unknown): { rota: RotaFile; zone: Zone } => {
  const r = readRota(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};
const sheetOf = (doc: unknown, month = "2026-03"): Timesheet => {
  const { rota, zone } = read(doc);
  const t = buildTimesheet(rota, zone, "a1", month);
  if (!t.ok) throw new Error(JSON.stringify(t.issues));
  return t.sheet;
};

const march = sheetOf(base());
const leader = { name: "Carl Holm", at: "2026-04-02T10:00" };
const assistant = { name: "Anna Jensen", at: "2026-04-02T10:05" };

describe("sign-offs in the rota file", () => {
  it("round-trips a sign-off with the signed payload and unknown fields", () => {
    const doc = base({
      signoffs: [
        { assistantId: "a1", month: "2026-03", timesheet: march, leader, assistant, x_pdf: "…" },
      ],
    });
    const { rota } = read(doc);
    expect(JSON.parse(writeRota(rota))).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(SignoffSchema.parse(rota.signoffs?.[0]).timesheet).toEqual(march);
  });

  it("reports a bad month, a missing payload and a signing time not in the zone by path", () => {
    const r = readRota(
      base({
        signoffs: [
          { assistantId: "a1", month: "2026-3", timesheet: march },
          { assistantId: "a1", month: "2026-03" },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual([
        "$.signoffs[0].month",
        "$.signoffs[1].timesheet",
      ]);
    }
    const gap = readRota(
      base({
        signoffs: [
          {
            assistantId: "a1",
            month: "2026-03",
            timesheet: march,
            leader: { name: "Carl", at: "2026-03-29T02:30" },
          },
        ],
      }),
    );
    expect(gap.ok).toBe(false);
    if (!gap.ok) expect(gap.issues.map((i) => i.path)).toEqual(["$.signoffs[0].leader.at"]);
  });

  it("validates the signed payload itself through signedTimesheet, with paths", () => {
    const bad = structuredClone(march) as unknown as { rows: { hours: unknown }[] };
    bad.rows[1]!.hours = "8";
    const { rota } = read(
      base({
        signoffs: [
          { assistantId: "a2", month: "2026-03", timesheet: march },
          { assistantId: "a1", month: "2026-03", timesheet: bad },
        ],
      }),
    );
    const r = signedTimesheet(rota, "a1", "2026-03");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.path)).toEqual(["$.signoffs[1].timesheet.rows[1].hours"]);
    expect(signedTimesheet(rota, "a2", "2026-03")).toEqual({ ok: true, sheet: march });
    expect(signedTimesheet(rota, "a1", "2026-02")).toEqual({ ok: true, sheet: undefined });
  });
});

describe("monthLocked", () => {
  const locked = (signoffs: unknown[], who = "a1", month = "2026-03"): boolean =>
    monthLocked(read(base({ signoffs })).rota, who, month);
  const signoff = (extra: Record<string, unknown>): Record<string, unknown> => ({
    assistantId: "a1",
    month: "2026-03",
    timesheet: march,
    ...extra,
  });

  it("is locked only when both the leader and the assistant signed", () => {
    expect(locked([])).toBe(false);
    expect(locked([signoff({ leader })])).toBe(false);
    expect(locked([signoff({ assistant })])).toBe(false);
    expect(locked([signoff({ leader, assistant })])).toBe(true);
  });

  it("looks only at that assistant and month, and at the latest sign-off of them", () => {
    const signed = signoff({ leader, assistant });
    expect(locked([signed], "a2")).toBe(false);
    expect(locked([signed], "a1", "2026-04")).toBe(false);
    // A newer, unsigned sign-off (a correction) reopens the month …
    const reopened = [signed, signoff({ leader: { name: "Carl Holm", at: "2026-04-20T09:00" } })];
    expect(locked(reopened)).toBe(false);
    expect(currentSignoff(read(base({ signoffs: reopened })).rota, "a1", "2026-03")).toEqual(
      reopened[1],
    );
    // … until both sign it; other assistants' sign-offs in between do not count.
    const other = { ...signed, assistantId: "a2" };
    expect(locked([...reopened, other, signoff({ leader, assistant })])).toBe(true);
    expect(locked([signoff({ leader, assistant }), other])).toBe(true);
  });
});

describe("timesheetCorrections", () => {
  it("finds no corrections when nothing changed", () => {
    expect(timesheetCorrections(march, march)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("lists rows added, removed and changed since signing, matched by shift and date", () => {
    const doc = base() as { shifts: Record<string, unknown>[] };
    // s1 actually ended an hour later; s2 was cancelled; s4 was added; s3 unchanged.
    doc.shifts[0]!.actual = {
      status: "worked",
      start: "2026-03-02T07:00",
      end: "2026-03-02T16:00",
      approvedAt: "2026-04-05T10:00",
    };
    doc.shifts[1]!.actual = { status: "cancelled" };
    doc.shifts.push({
      id: "s4",
      assistantId: "a1",
      start: "2026-03-10T07:00",
      end: "2026-03-10T15:00",
    });
    const current = sheetOf(doc);
    const c = timesheetCorrections(march, current);
    expect(c.added.map((r) => r.shiftId)).toEqual(["s4"]);
    expect(c.removed.map((r) => r.shiftId)).toEqual(["s2"]);
    expect(c.changed).toHaveLength(1);
    expect(c.changed[0]?.before).toMatchObject({ shiftId: "s1", end: "15:00", hours: 8 });
    expect(c.changed[0]?.after).toMatchObject({ shiftId: "s1", end: "16:00", hours: 9 });
    expect(c.changed[0]?.fields).toEqual(["end", "hours", "planned", "confirmed"]);
  });

  it("reads a payload signed before `confirmed` existed as not confirmed", () => {
    const old: Timesheet = {
      ...march,
      rows: march.rows.map(({ confirmed: _c, ...r }) => r),
    };
    expect(timesheetCorrections(old, march)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("treats the two parts of a month-crossing shift as rows of different months", () => {
    const april = sheetOf(base(), "2026-04");
    const c = timesheetCorrections(march, april);
    // s3's March part (31 March) is not April's part (1 April): different dates.
    expect(c.removed.map((r) => `${r.shiftId} ${r.date}`)).toEqual([
      "s1 2026-03-02",
      "s2 2026-03-03",
      "s3 2026-03-31",
    ]);
    expect(c.added.map((r) => `${r.shiftId} ${r.date}`)).toEqual(["s3 2026-04-01"]);
  });
});
