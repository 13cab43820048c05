/** The ledger is counted once per rota object, zone and day: not again on a re-render. */
import { describe, expect, it } from "vitest";
import type { GrantLedgerResult } from "../../../core/src/grant/index.js";
import { readRota } from "../../../core/src/model/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";
import { ledgerMemo } from "../../../planner/src/panel/ledger-memo.js";

function read(hours: number) {
  const r = readRota({
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    assistants: [{ id: "a1", name: "Anna" }],
    shifts: [{ id: "s1", assistantId: "a1", start: "2026-06-15T07:00", end: "2026-06-15T15:00" }],
    grant: { hours, per: "year" },
  });
  if (!r.ok) throw new Error("unreadable");
  return r;
}

describe("ledgerMemo", () => {
  it("counts again only when the rota object, the zone or the day changes", () => {
    let calls = 0;
    const memo = ledgerMemo((): GrantLedgerResult => {
      calls++;
      return { ok: true, ledger: undefined };
    });
    const a = read(100);
    const today = "2026-06-17" as LocalDate;
    const first = memo(a.rota, a.zone, today);
    expect(memo(a.rota, a.zone, today)).toBe(first);
    expect(calls).toBe(1);
    // an equal but new rota object is a change of the document
    memo({ ...a.rota }, a.zone, today);
    expect(calls).toBe(2);
    const b = read(100);
    memo(b.rota, b.zone, today);
    memo(b.rota, b.zone, "2026-06-18" as LocalDate);
    expect(calls).toBe(4);
  });

  it("computes core's grant ledger by default", () => {
    const a = read(20);
    const r = ledgerMemo()(a.rota, a.zone, "2026-06-17" as LocalDate);
    expect(r.ok && r.ledger?.total.hours).toEqual({
      granted: 1200,
      used: 480,
      planned: 0,
      remaining: 720,
    });
  });
});
