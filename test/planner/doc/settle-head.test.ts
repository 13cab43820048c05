/**
 * `settleHead` reads a published rota's shifts without the schema when they are plainly valid;
 * whatever they are, its result must be core's `readRota` of the settings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRota } from "../../../core/src/model/index.js";
import { settleHead } from "../../../planner/src/doc/convert.js";

const shiftVariant = fc.constantFrom<Record<string, unknown>>(
  { id: "p1", assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
  {
    id: "p2",
    assistantId: "a1",
    start: "2026-03-02T22:00",
    end: "2026-03-03T06:00",
    kind: "oncall",
  },
  { id: "p3", assistantId: "a2", start: "2026-03-29T02:30", end: "2026-03-29T08:00" }, // no 02:30 that night
  { id: "p4", assistantId: "a2", start: "2026-03-04T15:00", end: "2026-03-04T07:00" }, // ends first
  { id: "p5", assistantId: "a2", start: "2026-03-05T07:00", end: "2026-03-05T15:00", kind: "nap" },
  { id: "p6", assistantId: "a1", start: "2026-03-06T07:00", end: 15 },
  { id: "p7", assistantId: "a1", start: "2026-03-07T07:00", end: "2026-03-07T15:00", note: "x" },
);

const head = (published: unknown) => ({
  format: "turnus-rota/1",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  ...(published === undefined ? {} : { published }),
});

describe("settleHead", () => {
  it("gives readRota's reading of the settings, published shifts whatever they are (property)", () => {
    const published = fc.oneof(
      fc.constant(undefined),
      fc.record({
        at: fc.constantFrom("2026-02-01T12:00", "2026-03-29T02:30"),
        shifts: fc.array(shiftVariant, { maxLength: 6 }),
      }),
      fc.record({ at: fc.constant("2026-02-01T12:00"), shifts: fc.constant("none") }),
    );
    fc.assert(
      fc.property(published, (p) => {
        const file = head(p);
        const r = readRota({ ...structuredClone(file), assistants: [], shifts: [] });
        const s = settleHead(structuredClone(file));
        if (r.ok) {
          expect(s.ok).toBe(true);
          if (s.ok) expect(s.head.rota).toStrictEqual(r.rota);
          expect(s.issues).toEqual([]);
        } else {
          expect(s.issues.slice(0, r.issues.length)).toEqual(r.issues);
        }
      }),
      { numRuns: Number(process.env.TURNUS_PROPERTY_RUNS ?? 60) * 5 },
    );
  });

  it("refuses a published rota that names a shift twice, as readRota does", () => {
    const shift = {
      id: "p1",
      assistantId: "a1",
      start: "2026-03-02T07:00",
      end: "2026-03-02T15:00",
    };
    const s = settleHead(head({ at: "2026-02-01T12:00", shifts: [shift, shift] }));
    expect(s.issues.map((i) => i.path)).toEqual(["$.published.shifts[1].id"]);
  });
});
