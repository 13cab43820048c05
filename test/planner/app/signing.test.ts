/** Signed months as the session uses them: locks, status and the same figures. */
import { describe, expect, it } from "vitest";
import { readRota, type RotaFile } from "../../../core/src/model/index.js";
import { buildTimesheet } from "../../../core/src/timesheet/index.js";
import {
  lockedRefusal,
  sameSheet,
  sheetToSend,
  timesheetStatus,
} from "../../../planner/src/app/signing.js";

const read = (extra: object = {}): RotaFile => {
  const r = readRota(
    JSON.stringify({
      format: "turnus-rota/1",
      profile: "dk",
      timeZone: "Europe/Copenhagen",
      assistants: [{ id: "a1", name: "Anna" }],
      shifts: [{ id: "s1", assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" }],
      ...extra,
    }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rota;
};
const sheetOf = (rota: RotaFile) => {
  const r = readRota(JSON.stringify(rota));
  if (!r.ok) throw new Error("bad rota");
  return buildTimesheet(r.rota, r.zone, "a1", "2026-03");
};

describe("signed months", () => {
  const plain = read();
  const now = sheetOf(plain);
  if (!now.ok) throw new Error("no sheet");
  const leader = { name: "Lis", at: "2026-04-01T10:00" };
  const assistant = { name: "Anna", at: "2026-04-01T11:00" };
  const signed = (who: object) =>
    read({ signoffs: [{ assistantId: "a1", month: "2026-03", timesheet: now.sheet, ...who }] });

  it("lock a month only when both have signed, for shifts in it or reaching into it", () => {
    const shift = { assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" };
    expect(lockedRefusal(signed({ leader }), [shift], "en")).toBeUndefined();
    const both = signed({ leader, assistant });
    expect(lockedRefusal(both, [shift], "en")?.[0]?.message).toMatch(
      /Anna's timesheet for 2026-03 is signed/,
    );
    // a night from February into March touches March too
    const night = { assistantId: "a1", start: "2026-02-28T22:00", end: "2026-03-01T06:00" };
    expect(lockedRefusal(both, [night], "en")).toBeDefined();
    expect(
      lockedRefusal(both, [{ ...shift, start: "2026-04-02T07:00", end: "2026-04-02T15:00" }], "en"),
    ).toBeUndefined();
    expect(lockedRefusal(both, [undefined], "en")).toBeUndefined();
  });

  it("say who signed, whether the assistant signed today's figures, and what changed since", () => {
    const status = timesheetStatus(
      signed({ leader }),
      "a1",
      "2026-03",
      { ...assistant, timesheet: now.sheet },
      now,
    );
    expect(status.locked).toBe(false);
    expect(status.assistantSignature?.current).toBe(true);
    expect(status.corrections).toEqual({ added: [], removed: [], changed: [] });

    const later = read({
      shifts: [
        { id: "s1", assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
        { id: "s2", assistantId: "a1", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
      ],
    });
    const changed = sheetOf(later);
    const after = timesheetStatus(
      signed({ leader }),
      "a1",
      "2026-03",
      { ...assistant, timesheet: now.sheet },
      changed,
    );
    expect(after.assistantSignature?.current).toBe(false);
    expect(after.corrections?.added.map((r) => r.shiftId)).toEqual(["s2"]);
    expect(timesheetStatus(plain, "a1", "2026-03", undefined, now)).toEqual({ locked: false });
  });

  it("give the extension only what the work leader signed, while the figures are unchanged", () => {
    expect(sheetToSend(plain, "a1", "2026-03", now)).toEqual({ ok: false, reason: "unsigned" });
    expect(sheetToSend(signed({ assistant }), "a1", "2026-03", now)).toEqual({
      ok: false,
      reason: "unsigned",
    });
    expect(sheetToSend(signed({ leader }), "a1", "2026-03", now)).toEqual({
      ok: true,
      sheet: now.sheet,
    });
    const later = read({
      shifts: [{ id: "s1", assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T16:00" }],
    });
    expect(sheetToSend(signed({ leader }), "a1", "2026-03", sheetOf(later))).toEqual({
      ok: false,
      reason: "changed",
    });
  });

  it("compare payloads whatever their key order", () => {
    expect(sameSheet({ a: 1, b: { c: 2, d: [1, 2] } }, { b: { d: [1, 2], c: 2 }, a: 1 })).toBe(
      true,
    );
    expect(sameSheet({ a: 1 }, { a: 2 })).toBe(false);
  });
});
