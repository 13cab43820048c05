import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { Zone, type Instant } from "../../../core/src/time/index.js";

const cph = Zone.get("Europe/Copenhagen");
const hours = (a: Instant, b: Instant): number => (b - a) / 3_600_000;
const at = (zone: Zone, text: string): Instant => {
  const r = zone.resolve(text);
  if (!r.ok) throw new Error(r.problem.reason);
  return r.instant;
};

describe("Zone", () => {
  it("measures a night across the October change as 9 hours and across March as 7", () => {
    expect(hours(at(cph, "2026-10-24T22:00"), at(cph, "2026-10-25T06:00"))).toBe(9);
    expect(hours(at(cph, "2026-03-28T22:00"), at(cph, "2026-03-29T06:00"))).toBe(7);
  });

  it("remembers resolved texts: the same answer object for the same text, bad ones too", () => {
    expect(cph.resolve("2026-05-04T07:00")).toBe(cph.resolve("2026-05-04T07:00"));
    expect(cph.resolve("2026-05-04T07:00")).not.toBe(cph.resolve("2026-05-04T07:30"));
    const bad = cph.resolve("2026-13-04T07:00");
    expect(bad.ok).toBe(false);
    expect(cph.resolve("2026-13-04T07:00")).toBe(bad);
  });

  it("rejects a wall-clock time skipped by the March change", () => {
    const r = cph.resolve("2026-03-29T02:30");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.kind).toBe("nonexistent");
      expect(r.problem.reason).toContain("does not exist in Europe/Copenhagen");
    }
  });

  it("takes the first occurrence of an ambiguous October time unless an offset picks one", () => {
    const first = cph.resolve("2026-10-25T02:30");
    expect(first.ok && first.ambiguous).toBe(true);
    expect(first.ok && new Date(first.instant).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(at(cph, "2026-10-25T02:30+01:00")).toBe(Date.UTC(2026, 9, 25, 1, 30));
    expect(at(cph, "2026-10-25T02:30+02:00")).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it("rejects an offset the zone does not use at that time", () => {
    const r = cph.resolve("2026-07-01T12:00+01:00");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.reason).toContain("+02:00");
  });

  it("rejects malformed and impossible wall-clock texts", () => {
    for (const bad of ["2026-02-30T10:00", "2026-03-01T24:00", "2026-3-1T10:00", "noon"]) {
      const r = cph.resolve(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.problem.kind).toBe("malformed");
    }
  });

  it("names an unknown zone", () => {
    const r = Zone.of("Europe/Aarhus");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain("Europe/Aarhus");
  });

  it("knows day lengths on change days", () => {
    expect(cph.dayLengthHours("2026-03-29" as never)).toBe(23);
    expect(cph.dayLengthHours("2026-10-25" as never)).toBe(25);
    expect(cph.dayLengthHours("2026-10-26" as never)).toBe(24);
  });

  for (const id of ["Europe/Copenhagen", "Europe/Oslo", "Europe/Stockholm", "America/New_York"]) {
    it(`agrees with Temporal in ${id} for random instants and wall-clock times`, () => {
      const zone = Zone.get(id);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2090, 0, 1) }), (ms) => {
          const t = Math.floor(ms / 60_000) * 60_000;
          const zdt = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(id);
          expect(zone.toLocal(t as Instant)).toBe(zdt.toPlainDateTime().toString().slice(0, 16));
          const wall = zdt.toPlainDateTime().toString().slice(0, 16);
          const mine = zone.resolve(wall);
          const theirs = Temporal.PlainDateTime.from(wall).toZonedDateTime(id, {
            disambiguation: "earlier",
          });
          expect(mine.ok && mine.instant).toBe(theirs.epochMilliseconds);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it("agrees with Temporal on every hour around the 2026 changes", () => {
    for (const day of ["2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25"]) {
      for (let h = 0; h < 24; h++) {
        for (const m of [0, 30, 59]) {
          const wall = `${day}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
          const pdt = Temporal.PlainDateTime.from(wall);
          let expected: number | undefined;
          try {
            expected = pdt.toZonedDateTime("Europe/Copenhagen", {
              disambiguation: "reject",
            }).epochMilliseconds;
          } catch {
            const e = pdt.toZonedDateTime("Europe/Copenhagen", { disambiguation: "earlier" });
            expected = e.toPlainDateTime().equals(pdt) ? e.epochMilliseconds : undefined;
          }
          const mine = cph.resolve(wall);
          expect(mine.ok ? mine.instant : undefined, wall).toBe(expected);
        }
      }
    }
  });
});
