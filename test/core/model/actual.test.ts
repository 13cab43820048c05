import { describe, expect, it } from "vitest";
import {
  ShiftSchema,
  effectiveRota,
  effectiveShift,
  readRota,
  writeRota,
  type Issue,
  type RotaFile,
  type Shift,
} from "../../../core/src/model/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";

/** A dk rota with assistants a1 and a2 and the given shifts (ids s1, s2, … unless given). */
const doc = (shifts: Record<string, unknown>[]): Record<string, unknown> => ({
  format: "turnus-rota/1",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  assistants: [
    { id: "a1", name: "Anna Jensen" },
    { id: "a2", name: "Bo Nielsen" },
  ],
  shifts: shifts.map((s, i) => ({
    id: `s${i + 1}`,
    assistantId: "a1",
    start: "2026-03-02T07:00",
    end: "2026-03-02T15:00",
    ...s,
  })),
});

const read = (d: unknown): RotaFile => {
  const r = readRota(d);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rota;
};
const issuesOf = (d: unknown): readonly Issue[] => {
  const r = readRota(d);
  if (r.ok) throw new Error("expected the rota to be rejected");
  return r.issues;
};
const day = (d: string): LocalDate => d as LocalDate;

describe("a shift's actual in the rota file", () => {
  it("accepts each status and keeps unknown fields of the actual on a round trip", () => {
    const d = doc([
      {
        actual: {
          status: "worked",
          start: "2026-03-02T07:15",
          end: "2026-03-02T15:30",
          breakMinutes: 20,
          assistantId: "a2",
          note: "came late, stayed longer",
          approvedBy: "Carl",
          approvedAt: "2026-03-03T09:00",
          x_device: "phone",
        },
      },
      { actual: { status: "sick" } },
      { actual: { status: "child-sick", note: "child with fever" } },
      { actual: { status: "cancelled" } },
    ]);
    const rota = read(d);
    expect(rota.shifts[0]?.actual?.assistantId).toBe("a2");
    expect(JSON.parse(writeRota(rota))).toEqual(d);
  });

  it("reports a missing, misplaced or unknown field of an actual with its JSON path", () => {
    const issues = issuesOf(
      doc([
        {},
        {},
        {},
        { actual: { status: "worked", start: "2026-03-02T07:00" } },
        { actual: { status: "sick", start: "2026-03-02T07:00" } },
        { actual: { status: "holiday" } },
        { actual: { status: "worked", start: "x", end: "y", breakMinutes: -5 } },
      ]),
    );
    expect(issues).toEqual([
      { path: "$.shifts[3].actual.end", message: "a worked shift's actual end is missing" },
      {
        path: "$.shifts[4].actual.start",
        message:
          'only a worked shift has actual times; a "sick" shift keeps its planned times, so leave out start',
      },
      {
        path: "$.shifts[5].actual.status",
        message: expect.stringContaining('unknown actual status "holiday"') as string,
      },
      { path: "$.shifts[6].actual.breakMinutes", message: "must not be negative" },
    ]);
  });

  it("says what an actual looks like when it is not an object", () => {
    expect(issuesOf(doc([{ actual: "sick" }]))).toEqual([
      {
        path: "$.shifts[0].actual",
        message: expect.stringContaining('{ "status": "sick" }') as string,
      },
    ]);
  });

  it("checks actual times in the zone and the order of start and end, like shift times", () => {
    const issues = issuesOf(
      doc([
        {},
        {},
        {},
        // 29 March 2026, 02:30 does not exist in Copenhagen (clocks go 02:00 -> 03:00).
        { actual: { status: "worked", start: "2026-03-29T02:30", end: "2026-03-29T08:00" } },
        { actual: { status: "worked", start: "2026-03-02T15:00", end: "2026-03-02T07:00" } },
        {
          actual: {
            status: "worked",
            start: "2026-03-02T07:00",
            end: "2026-03-02T15:00",
            approvedAt: "2026-03-29T02:15",
          },
        },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      "$.shifts[3].actual.start",
      "$.shifts[4].actual.end",
      "$.shifts[5].actual.approvedAt",
    ]);
    expect(issues[1]?.message).toBe(
      "the actual hours of shift s5 end (2026-03-02T07:00) before they start (2026-03-02T15:00); the end must be after the start",
    );
  });

  it("requires a swap's assistant to be in the assistants list", () => {
    const issues = issuesOf(
      doc([
        {
          actual: {
            status: "worked",
            start: "2026-03-02T07:00",
            end: "2026-03-02T15:00",
            assistantId: "a9",
          },
        },
      ]),
    );
    expect(issues).toEqual([
      {
        path: "$.shifts[0].actual.assistantId",
        message:
          'shift s1 was actually worked by assistant "a9", who is not in the assistants list',
      },
    ]);
  });

  it("validates an actual through ShiftSchema alone (as the planner does for one shift)", () => {
    const r = ShiftSchema.safeParse({
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T07:00",
      end: "2026-03-02T15:00",
      actual: { status: "worked" },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["actual.start", "actual.end"]);
  });
});

describe("effectiveRota", () => {
  const rota = read(
    doc([
      // s1: worked later, with a shorter break, by a2 (a swap), on Monday 2 March.
      {
        breakMinutes: 30,
        actual: {
          status: "worked",
          start: "2026-03-02T08:00",
          end: "2026-03-02T16:30",
          breakMinutes: 15,
          assistantId: "a2",
        },
      },
      // s2: sick on Tuesday 3 March.
      {
        start: "2026-03-03T07:00",
        end: "2026-03-03T15:00",
        purpose: "training",
        actual: { status: "sick" },
      },
      // s3: cancelled on Wednesday 4 March.
      { start: "2026-03-04T07:00", end: "2026-03-04T15:00", actual: { status: "cancelled" } },
      // s4: no actual, Thursday 5 March.
      { start: "2026-03-05T07:00", end: "2026-03-05T15:00" },
      // s5: an actual recorded ahead for Friday 6 March (child's sick day announced).
      { start: "2026-03-06T07:00", end: "2026-03-06T15:00", actual: { status: "child-sick" } },
      // s6: worked with no break given: the planned break stays.
      {
        start: "2026-03-01T22:00",
        end: "2026-03-02T06:00",
        kind: "oncall",
        breakMinutes: 30,
        actual: { status: "worked", start: "2026-03-01T22:00", end: "2026-03-02T07:00" },
      },
    ]),
  );

  it("uses actuals before today and the plan from today on", () => {
    const eff = effectiveRota(rota, day("2026-03-06"));
    expect(eff.shifts.map((s) => s.id)).toEqual(["s1", "s2", "s4", "s5", "s6"]);
    expect(eff.shifts[0]).toMatchObject({
      id: "s1",
      assistantId: "a2",
      start: "2026-03-02T08:00",
      end: "2026-03-02T16:30",
      breakMinutes: 15,
    });
    // Sick: the planned times and assistant, as an absence of that kind.
    expect(eff.shifts[1]).toMatchObject({
      id: "s2",
      assistantId: "a1",
      start: "2026-03-03T07:00",
      end: "2026-03-03T15:00",
      kind: "sick",
      purpose: "training",
    });
    // No actual: as planned, the same object.
    expect(eff.shifts[2]).toBe(rota.shifts[3]);
    // Today (6 March) is not the past: the child's sick day is not applied yet.
    expect(eff.shifts[3]).toBe(rota.shifts[4]);
    expect(eff.shifts[4]).toMatchObject({
      kind: "oncall",
      end: "2026-03-02T07:00",
      breakMinutes: 30,
    });
    // The input is not changed.
    expect(rota.shifts[0]).toMatchObject({ assistantId: "a1", start: "2026-03-02T07:00" });
    expect(rota.shifts).toHaveLength(6);
  });

  it("applies an actual once its planned start date is past", () => {
    const eff = effectiveRota(rota, day("2026-03-07"));
    expect(eff.shifts.find((s) => s.id === "s5")?.kind).toBe("child-sick");
  });

  it("keeps the plan for every shift when today is on or before the first", () => {
    expect(effectiveRota(rota, day("2026-03-01"))).toBe(rota);
  });

  it("gives a rota that reads back as valid, and is idempotent", () => {
    const eff = effectiveRota(rota, day("2026-03-31"));
    expect(readRota(JSON.parse(writeRota(eff))).ok).toBe(true);
    expect(effectiveRota(eff, day("2026-03-31"))).toEqual(eff);
  });
});

describe("effectiveShift", () => {
  const base: Shift = ShiftSchema.parse({
    id: "s1",
    assistantId: "a1",
    start: "2026-03-02T07:00",
    end: "2026-03-02T15:00",
    kind: "vacation",
  });

  it("turns an absence that was worked after all into work", () => {
    const worked = effectiveShift({
      ...base,
      actual: ShiftSchema.shape.actual.parse({
        status: "worked",
        start: "2026-03-02T07:00",
        end: "2026-03-02T12:00",
      }),
    });
    expect(worked).toMatchObject({ kind: "work", end: "2026-03-02T12:00" });
  });

  it("returns a shift without actual unchanged and drops a cancelled one", () => {
    expect(effectiveShift(base)).toBe(base);
    expect(effectiveShift({ ...base, actual: { status: "cancelled" } })).toBeUndefined();
  });
});
