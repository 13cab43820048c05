/** What an assistant's own document may hold: availability, wishes and swap requests. */
import { describe, expect, it } from "vitest";
import {
  ActualReportSchema,
  AvailabilitySchema,
  SwapRequestSchema,
  WishSchema,
} from "../../../core/src/protocol/index.js";

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : (r.error?.issues ?? []).map((i) => i.path.join("."));

describe("availability", () => {
  const ok = { kind: "unavailable", from: "2026-12-03", to: "2026-12-05", at: 1 };

  it("takes whole days and part of days, keeping unknown fields", () => {
    expect(AvailabilitySchema.parse(ok)).toEqual(ok);
    const partly = { ...ok, hours: { start: "22:00", end: "06:00" }, note: "exams", x: 1 };
    expect(AvailabilitySchema.parse(partly)).toEqual(partly);
  });

  it("names what is wrong", () => {
    expect(paths(AvailabilitySchema.safeParse({ ...ok, to: "2026-12-01" }))).toEqual(["to"]);
    expect(paths(AvailabilitySchema.safeParse({ ...ok, from: "3.12.2026" }))).toEqual(["from"]);
    expect(paths(AvailabilitySchema.safeParse({ ...ok, from: "2026-13-40" }))).toEqual(["from"]);
    const sameHours = { ...ok, hours: { start: "08:00", end: "08:00" } };
    expect(paths(AvailabilitySchema.safeParse(sameHours))).toEqual(["hours"]);
    const badHour = { ...ok, hours: { start: "24:00", end: "08:00" } };
    expect(paths(AvailabilitySchema.safeParse(badHour))).toEqual(["hours.start"]);
    expect(paths(AvailabilitySchema.safeParse({ ...ok, kind: "maybe" }))).toEqual(["kind"]);
    expect(paths(AvailabilitySchema.safeParse({ ...ok, note: "x".repeat(501) }))).toEqual(["note"]);
  });
});

describe("wishes", () => {
  it("are a day off or work on a date", () => {
    expect(WishSchema.safeParse({ kind: "day-off", date: "2026-12-24", at: 0 }).success).toBe(true);
    expect(paths(WishSchema.safeParse({ kind: "holiday", date: "2026-12-24", at: 0 }))).toEqual([
      "kind",
    ]);
    expect(paths(WishSchema.safeParse({ kind: "work", at: 0 }))).toEqual(["date"]);
  });
});

describe("swap requests", () => {
  const open = {
    shiftId: "s1",
    start: "2026-12-03T07:00",
    end: "2026-12-03T15:00",
    status: "open",
    at: 5,
  };

  it("are open until answered, and an answer says when", () => {
    expect(SwapRequestSchema.safeParse(open).success).toBe(true);
    const approved = { ...open, status: "approved", decidedBy: "Lis", decidedAt: 9 };
    expect(SwapRequestSchema.safeParse(approved).success).toBe(true);
    expect(paths(SwapRequestSchema.safeParse({ ...open, status: "approved" }))).toEqual([
      "decidedAt",
    ]);
    expect(paths(SwapRequestSchema.safeParse({ ...open, decidedAt: 9 }))).toEqual(["decidedAt"]);
    expect(SwapRequestSchema.safeParse({ ...open, status: "withdrawn" }).success).toBe(true);
    expect(paths(SwapRequestSchema.safeParse({ ...open, start: "2026-12-03 07:00" }))).toEqual([
      "start",
    ]);
  });
});

describe("reports of actual time", () => {
  it("give times exactly when worked, and name what is wrong", () => {
    const worked = { status: "worked", start: "2026-12-03T07:00", end: "2026-12-03T15:30", at: 1 };
    expect(ActualReportSchema.safeParse(worked).success).toBe(true);
    expect(ActualReportSchema.safeParse({ status: "sick", at: 1 }).success).toBe(true);
    expect(paths(ActualReportSchema.safeParse({ status: "worked", at: 1 }))).toEqual(["start"]);
    expect(paths(ActualReportSchema.safeParse({ ...worked, status: "cancelled" }))).toEqual([
      "start",
    ]);
    expect(paths(ActualReportSchema.safeParse({ ...worked, end: "2026-12-03T06:00" }))).toEqual([
      "end",
    ]);
    expect(paths(ActualReportSchema.safeParse({ ...worked, start: "2026-12-03T7:00" }))).toEqual([
      "start",
    ]);
  });
});
