/**
 * `late-change` (rules.md): after publication, a working shift that starts within the notice
 * period from `now` (DK 28 days, NO 14 days) was added, removed or moved → warning, naming that
 * shift. Documented choices: a move counts when its old or new start is in the notice period;
 * absences and shifts that already started are not reported; `measured` is the days from now to
 * the earliest start concerned inside the period.
 */
import { describe, expect, it } from "vitest";
import { brief, only, rota, rotaNo, type ShiftSpec } from "./helpers.js";

const NOW = "2026-03-01T12:00";
const pub = (...shifts: ShiftSpec[]) => ({
  now: NOW,
  published: {
    at: "2026-02-01T12:00",
    shifts: shifts.map(({ a, ...s }) => ({ assistantId: a ?? "a1", kind: "work", ...s })),
  },
  assistants: [
    { id: "a1", name: "A" },
    { id: "a2", name: "B" },
  ],
});
const p1: ShiftSpec = { id: "p1", start: "2026-03-05T08:00", end: "2026-03-05T16:00" };

describe("late-change, profile dk (28 days)", () => {
  it("reports nothing for an unchanged rota", () => {
    expect(only("late-change", rota([p1], pub(p1)))).toEqual([]);
  });

  it("reports a shift added 8 days 20 hours ahead, with every field", () => {
    const added: ShiftSpec = { id: "n1", start: "2026-03-10T08:00", end: "2026-03-10T16:00" };
    const v = only("late-change", rota([p1, added], pub(p1)));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "late-change",
      severity: "warning",
      assistantId: "a1",
      shiftIds: ["n1"],
      from: "2026-03-10T08:00",
      to: "2026-03-10T16:00",
      measured: 8.83,
      limit: 28,
    });
  });

  it("does not report a shift added beyond the notice period", () => {
    const added: ShiftSpec = { id: "n1", start: "2026-04-15T08:00", end: "2026-04-15T16:00" };
    expect(only("late-change", rota([p1, added], pub(p1)))).toEqual([]);
  });

  it("reports a removed shift by its published id and times", () => {
    const v = only("late-change", rota([], pub(p1)));
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["p1"],
        from: "2026-03-05T08:00",
        to: "2026-03-05T16:00",
        measured: 3.83,
        limit: 28,
      },
    ]);
    expect(v[0]?.assistantId).toBe("a1");
  });

  it("reports a moved shift with its new times, measured from the earlier start", () => {
    const moved = { ...p1, start: "2026-03-05T10:00", end: "2026-03-05T18:00" };
    const v = only("late-change", rota([moved], pub(p1)));
    expect(v.map(brief)).toEqual([
      {
        shiftIds: ["p1"],
        from: "2026-03-05T10:00",
        to: "2026-03-05T18:00",
        measured: 3.83,
        limit: 28,
      },
    ]);
  });

  it("reports a shift moved into or out of the notice period", () => {
    const far = { ...p1, start: "2026-04-20T08:00", end: "2026-04-20T16:00" };
    const near = { ...p1, start: "2026-03-10T08:00", end: "2026-03-10T16:00" };
    const into = only("late-change", rota([near], pub(far)));
    expect(into.map((v) => [v.shiftIds, v.from, v.measured])).toEqual([
      [["p1"], "2026-03-10T08:00", 8.83],
    ]);
    const out = only("late-change", rota([far], pub(near)));
    expect(out.map((v) => [v.shiftIds, v.from, v.measured])).toEqual([
      [["p1"], "2026-04-20T08:00", 8.83],
    ]);
  });

  it("does not report a move that stays beyond the notice period", () => {
    const a = { ...p1, start: "2026-04-20T08:00", end: "2026-04-20T16:00" };
    const b = { ...p1, start: "2026-04-21T08:00", end: "2026-04-21T16:00" };
    expect(only("late-change", rota([b], pub(a)))).toEqual([]);
  });

  it("reports a shift handed to another assistant, under the new assistant", () => {
    const v = only("late-change", rota([{ ...p1, a: "a2" }], pub(p1)));
    expect(v.map((x) => [x.assistantId, x.shiftIds])).toEqual([["a2", ["p1"]]]);
  });

  it("does not report changes to a shift that already started", () => {
    const started: ShiftSpec = { id: "p0", start: "2026-03-01T08:00", end: "2026-03-01T16:00" };
    const longer = { ...started, end: "2026-03-01T18:00" };
    expect(only("late-change", rota([longer], pub(started)))).toEqual([]);
  });

  it("does not report an absence being recorded", () => {
    const sick: ShiftSpec = {
      id: "k",
      start: "2026-03-03T00:00",
      end: "2026-03-04T00:00",
      kind: "sick",
    };
    expect(only("late-change", rota([p1, sick], pub(p1)))).toEqual([]);
  });

  it("reports an added on-call shift", () => {
    const oc: ShiftSpec = {
      id: "oc",
      start: "2026-03-10T08:00",
      end: "2026-03-10T16:00",
      kind: "oncall",
    };
    expect(only("late-change", rota([p1, oc], pub(p1))).map((v) => v.shiftIds)).toEqual([["oc"]]);
  });

  it("needs a published rota and a now", () => {
    const added: ShiftSpec = { id: "n1", start: "2026-03-10T08:00", end: "2026-03-10T16:00" };
    expect(only("late-change", rota([p1, added], { now: NOW }))).toEqual([]);
    const { now: _now, ...noNow } = pub(p1);
    expect(only("late-change", rota([p1, added], noNow))).toEqual([]);
  });

  it("uses 28 days: a shift 18 days ahead is late in Denmark, not in Norway", () => {
    const added: ShiftSpec = { id: "n1", start: "2026-03-20T08:00", end: "2026-03-20T16:00" };
    expect(only("late-change", rota([p1, added], pub(p1))).map((v) => v.shiftIds)).toEqual([
      ["n1"],
    ]);
    expect(only("late-change", rotaNo([p1, added], pub(p1)))).toEqual([]);
  });

  it("cites Nyborg § 17 in Danish", () => {
    const added: ShiftSpec = { id: "n1", start: "2026-03-10T08:00", end: "2026-03-10T16:00" };
    const v = only("late-change", rota([p1, added], { ...pub(p1), locale: "da" }));
    expect(v[0]?.message).toContain("Nyborg § 17");
    expect(v[0]?.message).toContain("n1");
  });
});

describe("late-change, profile no (14 days)", () => {
  it("ends the notice period 14 days after now", () => {
    // now 1 March 12:00; 15 March 11:00 is 13 days 23 hours ahead = 13.96 days.
    const inside: ShiftSpec = { id: "n1", start: "2026-03-15T11:00", end: "2026-03-15T19:00" };
    const edge: ShiftSpec = { id: "n2", start: "2026-03-15T12:00", end: "2026-03-15T20:00" };
    const v = only("late-change", rotaNo([p1, inside, edge], { ...pub(p1), locale: "nb" }));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      severity: "warning",
      assistantId: "a1",
      shiftIds: ["n1"],
      from: "2026-03-15T11:00",
      to: "2026-03-15T19:00",
      measured: 13.96,
      limit: 14,
    });
    expect(v[0]?.message).toContain("§ 10-3");
  });
});
