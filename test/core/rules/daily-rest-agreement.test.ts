/**
 * The handicap-helper agreement as a profile variant: daily rest down to 8 h at most twice an
 * ISO week, not on consecutive days (rules.md, "Agreements can change the limits").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRota, type Change } from "../../../core/src/rules/index.js";
import { checker, only, read, rota, type ShiftSpec } from "./helpers.js";

const agreement = { overrides: { "daily-rest": { reducedHours: 8, reducedPerWeek: 2 } } };

/** A late shift 15–23 on `late` followed by an early 07–15 the next day (8 h rest): a reduced day. */
const reducedPair = (id: string, late: string, early: string): ShiftSpec[] => [
  { id: `${id}l`, start: `${late}T15:00`, end: `${late}T23:00`, breakMinutes: 30 },
  { id: `${id}e`, start: `${early}T07:00`, end: `${early}T15:00`, breakMinutes: 30 },
];

describe("daily-rest with the agreement variant", () => {
  it("allows two reduced days in an ISO week that are not consecutive", () => {
    // Mon 2 Mar 15-23 -> Tue 07-15 (reduced on Mon), Thu 5 Mar 15-23 -> Fri 07-15 (reduced on Thu)
    const shifts = [
      ...reducedPair("a", "2026-03-02", "2026-03-03"),
      ...reducedPair("b", "2026-03-05", "2026-03-06"),
    ];
    expect(only("daily-rest", rota(shifts, agreement))).toEqual([]);
    // without the agreement both are violations
    expect(only("daily-rest", rota(shifts)).map((v) => v.shiftIds[0])).toEqual(["al", "bl"]);
  });

  it("flags the third reduced day of a week, naming the agreement's limit", () => {
    const shifts = [
      ...reducedPair("a", "2026-03-02", "2026-03-03"),
      ...reducedPair("b", "2026-03-04", "2026-03-05"),
      ...reducedPair("c", "2026-03-06", "2026-03-07"),
    ];
    const v = only("daily-rest", rota(shifts, agreement));
    expect(v.map((x) => x.shiftIds[0])).toEqual(["cl"]);
    expect(v[0]?.message).toContain("at most 2 times a week, not on consecutive days");
  });

  it("flags a reduced day that follows another reduced day", () => {
    // Mon 15-23, Tue 07-15 and 15-23 ... the windows from Mon 15:00 and Tue 15:00 both hold 8 h
    const shifts: ShiftSpec[] = [
      { id: "m", start: "2026-03-02T15:00", end: "2026-03-02T23:00", breakMinutes: 30 },
      { id: "t1", start: "2026-03-03T07:00", end: "2026-03-03T11:00" },
      { id: "t2", start: "2026-03-03T15:00", end: "2026-03-03T23:00", breakMinutes: 30 },
      { id: "w", start: "2026-03-04T07:00", end: "2026-03-04T11:00" },
    ];
    const v = only("daily-rest", rota(shifts, agreement));
    // Monday's window (rest 23-07 = 8 h) is allowed; Tuesday's windows are reduced too and follow
    // a reduced day: t1's window (07:00 -> 07:00) holds 11-15 (4 h) and 23-07 (8 h) -> reduced;
    // t2's window holds 23-07 (8 h) -> reduced. Both are on Tuesday, after reduced Monday.
    expect(v.map((x) => x.shiftIds[0])).toEqual(["t1", "t2"]);
  });

  it("never reduces below reducedHours, nor for workers under 18", () => {
    const short = [
      { id: "x", start: "2026-03-02T15:00", end: "2026-03-02T23:00", breakMinutes: 30 },
      { id: "y", start: "2026-03-03T06:00", end: "2026-03-03T14:00", breakMinutes: 30 },
    ];
    expect(only("daily-rest", rota(short, agreement)).map((v) => v.measured)).toEqual([7]);
    const young = rota(reducedPair("a", "2026-03-02", "2026-03-03"), {
      ...agreement,
      assistants: [{ id: "a1", name: "Young", birthDate: "2009-01-01" }],
    });
    expect(only("daily-rest", young).map((v) => v.limit)).toEqual([12]);
  });
});

describe("daily-rest agreement variant, incrementally", () => {
  it("equals a full check after random edits of early and late shifts", () => {
    const slots = [
      ["07:00", "15:00", 0],
      ["15:00", "23:00", 0],
      ["07:00", "11:00", 0],
      ["19:00", "23:00", 0],
      ["23:00", "07:00", 1],
    ] as const;
    const day = (d: number) => new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.integer({ min: 0, max: 11 }),
            day: fc.integer({ min: 0, max: 21 }),
            slot: fc.integer({ min: 0, max: slots.length - 1 }),
            remove: fc.boolean(),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (edits) => {
          const value = rota([], {
            ...agreement,
            assistants: [{ id: "a1", name: "A" }],
          });
          const c = checker(value);
          const { zone } = read(value);
          for (const e of edits) {
            const [from, to, next] = slots[e.slot] as (typeof slots)[number];
            const change: Change = e.remove
              ? { type: "remove-shift", id: `s${e.id}` }
              : {
                  type: "put-shift",
                  shift: {
                    id: `s${e.id}`,
                    assistantId: "a1",
                    start: `${day(e.day)}T${from}`,
                    end: `${day(e.day + next)}T${to}`,
                    breakMinutes: 30,
                  },
                };
            if (!c.apply(change).ok) continue;
            const full = checkRota(c.rota(), zone);
            if (!full.ok) throw new Error("full check failed");
            expect(c.violations()).toEqual(full.violations);
          }
        },
      ),
      { numRuns: Number(process.env.TURNUS_PROPERTY_RUNS ?? 150) },
    );
  }, 120_000);
});
