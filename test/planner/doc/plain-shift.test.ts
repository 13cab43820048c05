/**
 * `plainShift`, the schema-free reading of a plainly valid stored shift, must never accept what
 * core's `ShiftSchema` refuses, nor give anything other than what the schema gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ShiftSchema } from "../../../core/src/model/index.js";
import { checkShift, plainShift } from "../../../planner/src/doc/convert.js";
import { Zone } from "../../../core/src/time/index.js";

const zone = Zone.get("Europe/Copenhagen");

/** Values a field may hold: good ones, near misses and anything at all. */
const fieldValue = fc.oneof(
  fc.constantFrom("", "s1", "a1", "2026-03-02T07:00", "work", "oncall", "sick", "help"),
  fc.constantFrom("meeting", "Work", "holiday", "note"),
  fc.constantFrom(0, -0, 1, 30, -1, 1.5, NaN, Infinity, 2 ** 53, null, undefined, true),
  fc.string(),
  fc.anything(),
);
const shiftLike = fc.dictionary(
  fc.constantFrom("id", "assistantId", "start", "end", "kind", "purpose", "breakMinutes", "note"),
  fieldValue,
);
const nearlyValid = fc
  .record({
    id: fc.constantFrom("s1", "x"),
    assistantId: fc.constantFrom("a1", "b"),
    start: fc.constantFrom("2026-03-02T07:00", "nonsense"),
    end: fc.constantFrom("2026-03-02T15:00", ""),
  })
  .chain((base) =>
    fc
      .record(
        {
          kind: fc.oneof(fc.constantFrom("work", "oncall", "vacation", "leave", "x"), fieldValue),
          purpose: fc.oneof(fc.constantFrom("help", "training", "appraisal", "y"), fieldValue),
          breakMinutes: fc.oneof(fc.integer({ min: -5, max: 90 }), fieldValue),
          note: fieldValue,
          extra: fc.anything(),
        },
        { requiredKeys: [] },
      )
      .map((more) => ({ ...base, ...more })),
  );

describe("plainShift", () => {
  it("accepts only what ShiftSchema accepts, and gives what it gives (property)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(nearlyValid, shiftLike, fc.anything()), (value) => {
        const plain = plainShift(value);
        if (plain === undefined) return;
        accepted++;
        const parsed = ShiftSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(plain).toStrictEqual(parsed.data);
        expect(plain).not.toBe(value);
      }),
      { numRuns: Number(process.env.TURNUS_PROPERTY_RUNS ?? 60) * 50 },
    );
    expect(accepted).toBeGreaterThan(10);
  });

  it("takes the ordinary stored shift, unknown fields kept", () => {
    const value = {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T07:00",
      end: "2026-03-02T15:00",
      kind: "work",
      breakMinutes: 30,
      colour: "blue",
    };
    expect(plainShift(value)).toEqual(value);
  });

  it("leaves the rest to the schema, which names the problem", () => {
    const value = { id: "s1", assistantId: "a1", start: "2026-03-02T07:00", end: 5 };
    expect(plainShift(value)).toBeUndefined();
    const r = checkShift(
      value,
      zone,
      () => "valid",
      (p) => p,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(["$.end"]);
  });
});
