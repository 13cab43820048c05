/**
 * The incremental checker must always equal a full check: random rotas, random edit sequences
 * (including invalid edits, which must change nothing), both profiles and rule variants.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRota, type Change } from "../../../core/src/rules/index.js";
import { checker, read, rota } from "./helpers.js";

const pad = (n: number) => String(n).padStart(2, "0");
/** A wall-clock time `q` quarter-hours after 2026-03-16 00:00 (wall-clock arithmetic, may fall in the DST gap). */
const wall = (q: number): string => {
  const d = new Date(Date.UTC(2026, 2, 16) + q * 15 * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
const SPAN_Q = 7 * 7 * 96; // seven weeks of quarter hours, across the March change and Easter

const shiftArb = (ids: string[], assistants: string[]) =>
  fc.record({
    id: fc.constantFrom(...ids),
    a: fc.constantFrom(...assistants),
    q: fc.integer({ min: 0, max: SPAN_Q }),
    len: fc.oneof(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 1, max: 12 * 4 * 4 })),
    kind: fc.constantFrom("work", "work", "work", "oncall", "vacation", "sick"),
    purpose: fc.constantFrom("help", "help", "help", "meeting"),
    breakMinutes: fc.constantFrom(0, 0, 15, 30),
  });

const editArb = (ids: string[], assistants: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: shiftArb(ids, assistants).map((s) => ({ op: "put" as const, s })) },
    { weight: 2, arbitrary: fc.constantFrom(...ids).map((id) => ({ op: "remove" as const, id })) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          a: fc.constantFrom(...assistants),
          born: fc.constantFrom(undefined, "2008-04-01", "2008-03-20", "1990-01-01"),
        })
        .map((x) => ({ op: "assistant" as const, ...x })),
    },
  );

const settingsArb = fc.record({
  profile: fc.constantFrom("dk", "no"),
  grantPer: fc.constantFrom("week", "month", "year", undefined),
  grantHours: fc.constantFrom(10, 40, 200),
  need: fc.constantFrom("none", "allday", "overnight", "two"),
  period: fc.boolean(),
  isoWeek: fc.boolean(),
  weeks: fc.constantFrom(1, 2, 17),
  agreement: fc.boolean(),
});

type Settings = typeof settingsArb extends fc.Arbitrary<infer T> ? T : never;

function baseRota(s: Settings, assistants: string[]) {
  const need =
    s.need === "allday"
      ? [
          {
            days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            from: "00:00",
            to: "24:00",
            assistants: 1,
          },
        ]
      : s.need === "overnight"
        ? [{ days: ["fri", "sat"], from: "22:00", to: "07:00", assistants: 1 }]
        : s.need === "two"
          ? [
              {
                days: ["mon", "tue", "wed", "thu", "fri"],
                from: "07:00",
                to: "19:00",
                assistants: 1,
              },
              { days: ["mon", "wed"], from: "08:00", to: "12:00", assistants: 2 },
            ]
          : undefined;
  return rota([], {
    profile: s.profile,
    timeZone: s.profile === "dk" ? "Europe/Copenhagen" : "Europe/Oslo",
    assistants: assistants.map((id, i) => ({
      id,
      name: id,
      ...(i === 0 ? { birthDate: "2008-04-01" } : {}),
    })),
    now: "2026-03-20T12:00",
    published: {
      at: "2026-03-01T12:00",
      shifts: [
        { id: "x1", assistantId: "a1", start: "2026-03-25T08:00", end: "2026-03-25T16:00" },
        { id: "x2", assistantId: "a2", start: "2026-03-26T08:00", end: "2026-03-26T16:00" },
      ],
    },
    ...(s.grantPer ? { grant: { hours: s.grantHours, per: s.grantPer } } : {}),
    ...(need ? { need } : {}),
    ...(s.period ? { period: { from: "2026-03-18", to: "2026-04-20" } } : {}),
    overrides: {
      ...(s.isoWeek ? { "weekly-rest": { mode: "iso-week" } } : {}),
      ...(s.agreement ? { "daily-rest": { reducedHours: 8, reducedPerWeek: 2 } } : {}),
      "average-weekly-hours": { weeks: s.weeks, hours: 30 },
      "weekly-hours-cap": { enabled: true, hours: 40 },
    },
  });
}

describe("incremental re-check", () => {
  it("equals a full check after every edit of random edit sequences", () => {
    const assistants = ["a1", "a2", "a3"];
    const ids = ["x1", "x2", ...Array.from({ length: 14 }, (_, i) => `s${i}`)];
    fc.assert(
      fc.property(
        settingsArb,
        fc.array(editArb(ids, assistants), { minLength: 1, maxLength: 40 }),
        (settings, edits) => {
          const value = baseRota(settings, assistants);
          const c = checker(value);
          const { zone } = read(value);
          for (const e of edits) {
            let change: Change;
            if (e.op === "put") {
              const s = e.s;
              change = {
                type: "put-shift",
                shift: {
                  id: s.id,
                  assistantId: s.a,
                  start: wall(s.q),
                  end: wall(s.q + s.len),
                  kind: s.kind,
                  purpose: s.purpose,
                  breakMinutes: s.breakMinutes,
                },
              };
            } else if (e.op === "remove") {
              change = { type: "remove-shift", id: e.id };
            } else {
              change = {
                type: "put-assistant",
                assistant: { id: e.a, name: e.a, ...(e.born ? { birthDate: e.born } : {}) },
              };
            }
            const before = c.violations();
            const result = c.apply(change);
            const after = c.violations();
            if (!result.ok) {
              expect(after).toEqual(before);
              continue;
            }
            const full = checkRota(c.rota(), zone);
            if (!full.ok) throw new Error("full check failed");
            expect(after).toEqual(full.violations);
            // the diff explains the change exactly
            const keys = (l: readonly { key: string; message: string }[]) =>
              l.map((v) => `${v.key}|${v.message}`).sort();
            const expected = new Set(keys(before));
            for (const k of keys(result.diff.removed)) expected.delete(k);
            const expectedAfter = [...expected, ...keys(result.diff.added)].sort();
            expect(expectedAfter).toEqual(keys(after));
          }
        },
      ),
      { numRuns: Number(process.env.TURNUS_PROPERTY_RUNS ?? 150) },
    );
  }, 120_000);

  it("rejects an edit with a time in the DST gap or an unknown assistant and changes nothing", () => {
    const c = checker(rota([{ id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T23:00" }]));
    const before = c.violations();
    const gap = c.apply({
      type: "put-shift",
      shift: { id: "s2", assistantId: "a1", start: "2026-03-29T02:30", end: "2026-03-29T08:00" },
    });
    expect(gap.ok).toBe(false);
    if (!gap.ok) expect(gap.issues[0]?.path).toBe("$.start");
    const ghost = c.apply({
      type: "put-shift",
      shift: { id: "s2", assistantId: "zz", start: "2026-03-03T07:00", end: "2026-03-03T08:00" },
    });
    expect(ghost.ok).toBe(false);
    expect(c.violations()).toEqual(before);
    expect(c.rota().shifts).toHaveLength(1);
  });

  it("gives the same rota object until a change, and the changed rota after it", () => {
    const c = checker(rota([{ id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T23:00" }]));
    const first = c.rota();
    expect(c.rota()).toBe(first);
    c.apply({
      type: "put-shift",
      shift: { id: "s2", assistantId: "a1", start: "2026-03-04T07:00", end: "2026-03-04T15:00" },
    });
    const second = c.rota();
    expect(second).not.toBe(first);
    expect(second.shifts.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(first.shifts.map((s) => s.id)).toEqual(["s1"]);
    // unchanged shifts stay the same objects (the planner redraws only changed cells)
    expect(second.shifts[0]).toBe(first.shifts[0]);
  });

  it("reports a new violation as added and its repair as removed", () => {
    const c = checker(
      rota([{ id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T23:00", breakMinutes: 30 }]),
    );
    const add = c.apply({
      type: "put-shift",
      shift: {
        id: "s2",
        assistantId: "a1",
        start: "2026-03-03T07:00",
        end: "2026-03-03T15:00",
        breakMinutes: 30,
      },
    });
    expect(add.ok && add.diff.added.map((v) => v.rule)).toEqual(["daily-rest"]);
    const fix = c.apply({
      type: "put-shift",
      shift: {
        id: "s2",
        assistantId: "a1",
        start: "2026-03-03T10:00",
        end: "2026-03-03T15:00",
        breakMinutes: 30,
      },
    });
    expect(fix.ok && fix.diff.removed.map((v) => v.rule)).toEqual(["daily-rest"]);
    expect(fix.ok && fix.diff.added).toEqual([]);
  });
});
