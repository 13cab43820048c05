/** Assistant documents as the planner shows them: words and grid marks. */
import { describe, expect, it } from "vitest";
import { readRota } from "../../../core/src/model/index.js";
import type { AssistantData } from "../../../planner/src/doc/assistant-doc.js";
import {
  actualText,
  availabilityText,
  cellMarks,
  pendingActuals,
  reportableShifts,
  swapText,
  swappableShifts,
  wishText,
} from "../../../planner/src/requests/derived.js";

const data = (over: Partial<AssistantData>): AssistantData => ({
  availability: [],
  wishes: [],
  swaps: [],
  actuals: new Map(),
  signatures: new Map(),
  issues: [],
  ...over,
});
const days = ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"];

describe("entries in words", () => {
  it("says days, hours and notes", () => {
    const a = { kind: "unavailable", from: "2026-12-03", to: "2026-12-05", at: 0 } as const;
    expect(availabilityText("en", a as never)).toBe(
      "Thursday, 3 December 2026 – Saturday, 5 December 2026: cannot work",
    );
    const partly = {
      ...a,
      to: "2026-12-03",
      hours: { start: "08:00", end: "12:00" },
      note: "exam",
    };
    expect(availabilityText("en", partly as never)).toMatch(
      /3 December 2026: cannot work 08:00–12:00 \(exam\)$/,
    );
    expect(wishText("da", { kind: "day-off", date: "2026-12-24", at: 0 } as never)).toMatch(
      /ønsker fri$/,
    );
  });

  it("says who asked to swap what, to whom, and the answer", () => {
    const s = {
      shiftId: "s1",
      start: "2026-12-03T07:00",
      end: "2026-12-03T15:00",
      toAssistantId: "a2",
      status: "approved",
      decidedBy: "Lis",
      decidedAt: 1,
      at: 0,
    } as const;
    const names = new Map([["a2", "Bo"]]);
    expect(swapText("en", s, names, "Anna")).toBe(
      "Anna asks to swap Thursday, 3 December 2026 07:00–15:00 (to Bo): approved, by Lis",
    );
  });
});

describe("grid marks", () => {
  it("marks each visible day of a range, says when a shift is planned anyway, and lets 'cannot' win", () => {
    const d = data({
      availability: [
        {
          id: "q1",
          kind: "unavailable",
          from: "2026-11-28" as never,
          to: "2026-12-02" as never,
          at: 0,
        },
      ],
      wishes: [
        { id: "w1", kind: "day-off", date: "2026-12-02" as never, at: 0 },
        { id: "w2", kind: "work", date: "2026-12-04" as never, at: 0 },
        { id: "w3", kind: "work", date: "2027-01-04" as never, at: 0 },
      ],
    });
    const marks = cellMarks("en", days, new Map([["a1", d]]), (date) => date === "2026-12-02");
    expect([...marks.keys()].sort()).toEqual(["2026-12-01|a1", "2026-12-02|a1", "2026-12-04|a1"]);
    expect(marks.get("2026-12-01|a1")).toMatchObject({ kind: "unavailable", label: "Can't work" });
    expect(marks.get("2026-12-01|a1")?.description).not.toMatch(/Planned/);
    expect(marks.get("2026-12-02|a1")?.description).toMatch(
      /Planned although the assistant cannot work/,
    );
    expect(marks.get("2026-12-04|a1")).toMatchObject({ kind: "work", label: "Wants work" });
  });

  it("marks nothing without days", () => {
    const d = data({ wishes: [{ id: "w1", kind: "work", date: "2026-12-04" as never, at: 0 }] });
    expect(cellMarks("en", [], new Map([["a1", d]]), () => false).size).toBe(0);
  });
});

describe("swappable shifts", () => {
  it("are the assistant's work and on-call shifts from today on, by start", () => {
    const rota = readRota(
      JSON.stringify({
        format: "turnus-rota/1",
        profile: "dk",
        timeZone: "Europe/Copenhagen",
        assistants: [
          { id: "a1", name: "Anna" },
          { id: "a2", name: "Bo" },
        ],
        shifts: [
          { id: "s3", assistantId: "a1", start: "2026-12-05T07:00", end: "2026-12-05T15:00" },
          { id: "s1", assistantId: "a1", start: "2026-11-30T07:00", end: "2026-11-30T15:00" },
          {
            id: "s2",
            assistantId: "a1",
            start: "2026-12-03T22:00",
            end: "2026-12-04T07:00",
            kind: "oncall",
          },
          { id: "s4", assistantId: "a2", start: "2026-12-03T07:00", end: "2026-12-03T15:00" },
          {
            id: "s5",
            assistantId: "a1",
            start: "2026-12-04T00:00",
            end: "2026-12-05T00:00",
            kind: "vacation",
          },
        ],
      }),
    );
    if (!rota.ok) throw new Error(JSON.stringify(rota.issues));
    expect(swappableShifts(rota.rota, "a1", "2026-12-01").map((s) => s.id)).toEqual(["s2", "s3"]);
  });
});

describe("reported hours", () => {
  const rotaWith = (shifts: unknown[]) => {
    const r = readRota(
      JSON.stringify({
        format: "turnus-rota/1",
        profile: "dk",
        timeZone: "Europe/Copenhagen",
        assistants: [
          { id: "a1", name: "Anna" },
          { id: "a2", name: "Bo" },
        ],
        shifts,
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.rota;
  };
  const s1 = { id: "s1", assistantId: "a1", start: "2026-11-23T07:00", end: "2026-11-23T15:00" };
  const worked = {
    status: "worked",
    start: "2026-11-23T07:00",
    end: "2026-11-23T15:30",
    at: 5,
  } as const;

  it("are waiting until the rota's approved actual says the same", () => {
    const reports = (r: object) =>
      new Map([["a1", data({ actuals: new Map([["s1", r as never]]) })]]);
    const plain = rotaWith([s1]);
    expect(pendingActuals(plain, reports(worked)).map((p) => p.shift.id)).toEqual(["s1"]);
    const { at: _at, ...actual } = worked;
    const approved = rotaWith([
      { ...s1, actual: { ...actual, approvedBy: "Lis", approvedAt: "2026-11-24T08:00" } },
    ]);
    expect(pendingActuals(approved, reports(worked))).toEqual([]);
    // reported again, differently: waiting again
    expect(pendingActuals(approved, reports({ status: "sick", at: 9 }))).toHaveLength(1);
    // a shift that has moved to someone else is not the reporter's to report
    expect(pendingActuals(rotaWith([{ ...s1, assistantId: "a2" }]), reports(worked))).toEqual([]);
  });

  it("are offered for begun shifts of the last five weeks, newest first", () => {
    const rota = rotaWith([
      s1,
      { id: "s2", assistantId: "a1", start: "2026-11-29T07:00", end: "2026-11-29T15:00" },
      { id: "s3", assistantId: "a1", start: "2026-10-01T07:00", end: "2026-10-01T15:00" },
      {
        id: "s4",
        assistantId: "a1",
        start: "2026-11-25T00:00",
        end: "2026-11-26T00:00",
        kind: "sick",
      },
      { id: "s5", assistantId: "a1", start: "2026-11-28T22:00", end: "2026-11-29T07:00" },
    ]);
    expect(reportableShifts(rota, "a1", "2026-11-29T06:00").map((s) => s.id)).toEqual(["s5", "s1"]);
    expect(actualText("en", worked)).toBe("worked 07:00–15:30");
    expect(actualText("da", { status: "child-sick", note: "feber" })).toBe("barns sygedag (feber)");
  });
});
