/** Repeating weeks 1–N until a date: copies by the wall clock, replacements, DST, one undo step. */
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import {
  LOCAL_ORIGIN,
  createUndoManager,
  docMaps,
  docToRota,
  planRepeat,
  putShift,
  repeatWeeks,
} from "../../../planner/src/doc/index.js";
import { docWith, smallRota } from "./helpers.js";

/** A counter for new ids, so that the tests are deterministic. */
const counter = () => {
  let n = 0;
  return { newId: () => `c${++n}` };
};

/** The shifts of the document as `assistant start–end kind`, sorted. */
const lines = (doc: Y.Doc) => {
  const r = docToRota(doc);
  if (!r.ok) throw new Error("unreadable");
  return r.rota.shifts
    .map((s) => `${s.assistantId} ${s.start}–${s.end.slice(11)} ${s.kind ?? "work"}`)
    .sort();
};
const origins = (doc: Y.Doc) => {
  const seen: unknown[] = [];
  doc.on("afterTransaction", (tx: Y.Transaction) => seen.push(tx.origin));
  return seen;
};

describe("repeatWeeks", () => {
  it("copies one week into the following weeks, replacing work but keeping absences", () => {
    const doc = docWith(
      smallRota({
        shifts: [
          // the source week, Monday 2 March 2026
          { id: "s1", assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
          {
            id: "s2",
            assistantId: "a2",
            start: "2026-03-03T22:00",
            end: "2026-03-04T07:00",
            kind: "oncall",
            note: "night",
            breakMinutes: 0,
          },
          {
            id: "v0",
            assistantId: "a2",
            start: "2026-03-05T00:00",
            end: "2026-03-06T00:00",
            kind: "vacation",
          },
          // in the target weeks: replaced (work) and kept (sick)
          { id: "old", assistantId: "a1", start: "2026-03-10T08:00", end: "2026-03-10T12:00" },
          {
            id: "sick",
            assistantId: "a1",
            start: "2026-03-11T00:00",
            end: "2026-03-12T00:00",
            kind: "sick",
          },
          // after `until`: untouched
          { id: "late", assistantId: "a1", start: "2026-03-17T08:00", end: "2026-03-17T12:00" },
        ],
      }),
    );
    const seen = origins(doc);
    const r = repeatWeeks(doc, { from: "2026-03-02", weeks: 1, until: "2026-03-16" }, counter());
    expect(r).toEqual({ ok: true, copied: 3, replaced: 1, skipped: [] });
    expect(seen).toEqual([LOCAL_ORIGIN]);
    expect(lines(doc)).toEqual([
      "a1 2026-03-02T07:00–15:00 work",
      "a1 2026-03-09T07:00–15:00 work",
      "a1 2026-03-11T00:00–00:00 sick",
      "a1 2026-03-16T07:00–15:00 work",
      "a1 2026-03-17T08:00–12:00 work",
      "a2 2026-03-03T22:00–07:00 oncall",
      "a2 2026-03-05T00:00–00:00 vacation",
      "a2 2026-03-10T22:00–07:00 oncall",
    ]);
    // a copy keeps the source's other fields (note, break), under a new id
    const values = [...docMaps(doc).shifts.values()].map(
      (v) => (v as { value: Record<string, unknown> }).value,
    );
    expect(values.filter((v) => v.note === "night")).toEqual([
      expect.objectContaining({ id: "s2", start: "2026-03-03T22:00" }),
      expect.objectContaining({
        id: expect.stringMatching(/^c\d+$/) as unknown,
        start: "2026-03-10T22:00",
        end: "2026-03-11T07:00",
        kind: "oncall",
        breakMinutes: 0,
      }),
    ]);
  });

  it("repeats a cycle of several weeks in step", () => {
    const doc = docWith(
      smallRota({
        shifts: [
          { id: "w1", assistantId: "a1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
          { id: "w2", assistantId: "a2", start: "2026-03-09T07:00", end: "2026-03-09T15:00" },
        ],
      }),
    );
    const r = repeatWeeks(doc, { from: "2026-03-02", weeks: 2, until: "2026-04-05" }, counter());
    expect(r.ok && [r.copied, r.replaced]).toEqual([3, 0]);
    expect(lines(doc)).toEqual([
      "a1 2026-03-02T07:00–15:00 work",
      "a1 2026-03-16T07:00–15:00 work",
      "a1 2026-03-30T07:00–15:00 work",
      "a2 2026-03-09T07:00–15:00 work",
      "a2 2026-03-23T07:00–15:00 work",
    ]);
  });

  it("keeps the wall clock across the DST change and skips a copy that does not exist", () => {
    // Copenhagen springs forward on Sunday 29 March 2026, 02:00 -> 03:00.
    const doc = docWith(
      smallRota({
        shifts: [
          { id: "n1", assistantId: "a1", start: "2026-03-21T22:00", end: "2026-03-22T07:00" },
          { id: "g1", assistantId: "a2", start: "2026-03-22T02:30", end: "2026-03-22T08:00" },
        ],
      }),
    );
    const r = repeatWeeks(doc, { from: "2026-03-16", weeks: 1, until: "2026-03-29" }, counter());
    if (!r.ok) throw new Error("refused");
    expect([r.copied, r.replaced]).toEqual([1, 0]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]).toMatchObject({
      sourceId: "g1",
      assistantId: "a2",
      start: "2026-03-29T02:30",
    });
    expect(r.skipped[0]?.reason).toMatch(/not exist|does not exist|gap/i);
    // 22-7 stays 22-7 by the wall clock (8 hours that night, not 9)
    expect(lines(doc)).toContain("a1 2026-03-28T22:00–07:00 work");
  });

  it("drops an offset that picked a side of the autumn fold: the copy is plain wall-clock", () => {
    // Copenhagen falls back on Sunday 25 October 2026, 03:00 -> 02:00: 02:30 happens twice.
    const doc = docWith(
      smallRota({
        shifts: [
          { id: "f1", assistantId: "a1", start: "2026-10-25T02:30+01:00", end: "2026-10-25T08:00" },
        ],
      }),
    );
    const r = repeatWeeks(doc, { from: "2026-10-19", weeks: 1, until: "2026-11-01" }, counter());
    expect(r).toEqual({ ok: true, copied: 1, replaced: 0, skipped: [] });
    expect(lines(doc)).toContain("a1 2026-11-01T02:30–08:00 work");
  });

  it("is one undo step, after which the replaced shifts are back", () => {
    const doc = docWith(smallRota());
    // no time-based merging: only a single transaction makes a single step
    const undo = createUndoManager(doc, { captureTimeout: 0 });
    putShift(doc, {
      id: "t",
      assistantId: "a2",
      start: "2026-03-10T09:00",
      end: "2026-03-10T13:00",
    });
    const before = lines(doc);
    const r = repeatWeeks(doc, { from: "2026-03-02", weeks: 1, until: "2026-03-29" }, counter());
    expect(r.ok && [r.copied, r.replaced]).toEqual([9, 1]);
    expect(lines(doc)).not.toEqual(before);
    undo.undo();
    expect(lines(doc)).toEqual(before);
    expect(undo.canUndo()).toBe(true); // the putShift before it is its own step
    undo.redo();
    expect(lines(doc)).toHaveLength(3 + 9);
    undo.destroy();
  });

  it("previews without writing", () => {
    const doc = docWith(smallRota());
    const seen = origins(doc);
    const p = planRepeat(doc, { from: "2026-03-02", weeks: 1, until: "2026-03-15" });
    expect(p.ok && [p.plan.put.length, p.plan.remove.length, p.plan.firstDay]).toEqual([
      3,
      0,
      "2026-03-09",
    ]);
    expect(seen).toEqual([]);
  });

  it.each([
    ["from not a Monday", { from: "2026-03-03", weeks: 1, until: "2026-03-31" }, "$.from"],
    ["from not a date", { from: "2026-02-30", weeks: 1, until: "2026-03-31" }, "$.from"],
    ["no weeks", { from: "2026-03-02", weeks: 0, until: "2026-03-31" }, "$.weeks"],
    ["13 weeks", { from: "2026-03-02", weeks: 13, until: "2026-12-31" }, "$.weeks"],
    ["half a week", { from: "2026-03-02", weeks: 1.5, until: "2026-03-31" }, "$.weeks"],
    [
      "until inside the source weeks",
      { from: "2026-03-02", weeks: 2, until: "2026-03-15" },
      "$.until",
    ],
    [
      "until more than two years ahead",
      { from: "2026-03-02", weeks: 1, until: "2028-03-05" },
      "$.until",
    ],
  ])("refuses %s and writes nothing", (_what, input, path) => {
    const doc = docWith(smallRota());
    const seen = origins(doc);
    const r = repeatWeeks(doc, input);
    expect(r.ok || r.issues.map((i) => i.path)).toEqual([path]);
    expect(seen).toEqual([]);
  });
});
