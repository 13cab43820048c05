/**
 * LiveCheck follows local and remote edits through core's incremental checker and must always
 * equal a fresh full check of what `docToRota` reads, issues included.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { RotaChecker } from "../../../core/src/rules/index.js";
import type * as Y from "yjs";
import {
  LiveCheck,
  docToRota,
  putAssistant,
  putShift,
  removeAssistant,
  removeShift,
  setSettings,
  type LiveCheckUpdate,
} from "../../../planner/src/doc/index.js";
import {
  clock,
  docWith,
  fixtureText,
  fullCheck,
  replica,
  send,
  smallRota,
  sortedIssues,
  writeRaw,
} from "./helpers.js";

/** Asserts that `live` equals a full check of `doc`, violations and issues. */
function expectInStep(live: LiveCheck, doc: Y.Doc): void {
  expect(live.violations()).toEqual(fullCheck(doc));
  const read = docToRota(doc);
  expect(sortedIssues(live.issues())).toEqual(sortedIssues(read.issues));
}

const shift = (id: string, a: string, start: string, end: string, more: object = {}) => ({
  id,
  assistantId: a,
  start,
  end,
  ...more,
});

describe("LiveCheck", () => {
  it("emits a daily-rest violation as added when a violating shift is put, and as removed when fixed", () => {
    const doc = docWith(smallRota());
    const live = new LiveCheck(doc, clock);
    const updates: LiveCheckUpdate[] = [];
    live.subscribe((u) => updates.push(u));
    expect(live.violations().filter((v) => v.rule === "daily-rest")).toEqual([]);

    // s1 ends 2026-03-02 15:00; a shift from 22:00 leaves 7 hours of rest.
    putShift(doc, shift("s9", "a1", "2026-03-02T22:00", "2026-03-03T02:00"));
    const put = updates.at(-1);
    expect(put?.added.map((v) => v.rule)).toContain("daily-rest");
    expect(put?.added.find((v) => v.rule === "daily-rest")?.shiftIds).toContain("s9");
    expect(put?.removed).toEqual([]);
    expectInStep(live, doc);

    putShift(doc, shift("s9", "a1", "2026-03-03T07:00", "2026-03-03T11:00"));
    const fixed = updates.at(-1);
    expect(fixed?.removed.map((v) => v.rule)).toContain("daily-rest");
    expect(fixed?.added.filter((v) => v.rule === "daily-rest")).toEqual([]);
    expect(live.violations().filter((v) => v.rule === "daily-rest")).toEqual([]);
    expectInStep(live, doc);
    live.destroy();
  });

  it("stays equal to a full check through local and remote edits", () => {
    const local = docWith(fixtureText("spec-example.rota.json"));
    const remote = replica(local);
    const live = new LiveCheck(local, clock, { rebuildAbove: 50 });
    let emitted = 0;
    live.subscribe(() => emitted++);
    expectInStep(live, local);

    const steps: [string, () => void][] = [
      [
        "local: a short rest",
        () => void putShift(local, shift("s2", "a1", "2026-03-02T20:00", "2026-03-03T04:00")),
      ],
      [
        "remote: a new assistant and her shifts, in one transaction",
        () =>
          remote.transact(() => {
            putAssistant(remote, { id: "a2", name: "Bo", birthDate: "2009-06-01" });
            putShift(remote, shift("s3", "a2", "2026-03-03T20:00", "2026-03-04T06:00"));
            putShift(remote, shift("s4", "a2", "2026-03-04T12:00", "2026-03-04T18:00"));
          }),
      ],
      [
        "remote: a late change against the published rota",
        () => void putShift(remote, shift("s1", "a1", "2026-03-02T08:00", "2026-03-02T15:00")),
      ],
      [
        "remote: a corrupted shift (end before start) written raw",
        () =>
          writeRaw(remote, "shifts", "s4", {
            order: 9,
            value: shift("s4", "a2", "2026-03-04T12:00", "2026-03-04T11:00"),
          }),
      ],
      [
        "local: the assistant becomes invalid",
        () => writeRaw(local, "assistants", "a2", { order: 1, value: { id: "a2" } }),
      ],
      ["remote: the assistant is fixed", () => void putAssistant(remote, { id: "a2", name: "Bo" })],
      [
        "local: the corrupted shift is fixed",
        () => void putShift(local, shift("s4", "a2", "2026-03-05T12:00", "2026-03-05T18:00")),
      ],
      [
        "remote: a shift moves to another assistant",
        () => void putShift(remote, shift("s3", "a1", "2026-03-03T20:00", "2026-03-04T06:00")),
      ],
      [
        "local: settings change (rebuild)",
        () => void setSettings(local, { overrides: { "daily-rest": { hours: 9 } } }),
      ],
      [
        "remote: the assistant and her shift removed together",
        () =>
          remote.transact(() => {
            removeShift(remote, "s4");
            removeAssistant(remote, "a2");
          }),
      ],
      [
        "remote: an assistant removed raw while she still has shifts",
        () => remote.transact(() => remote.getMap("assistants").delete("a1")),
      ],
      [
        "local: the assistant comes back",
        () => void putAssistant(local, { id: "a1", name: "Anna Jensen" }),
      ],
      [
        "remote: many shifts at once (rebuild)",
        () =>
          remote.transact(() => {
            for (let d = 10; d < 30; d++) {
              const day = `2026-03-${d}`;
              putShift(remote, shift(`m${d}a`, "a1", `${day}T07:00`, `${day}T15:00`));
              putShift(remote, shift(`m${d}b`, "a1", `${day}T19:00`, `${day}T23:00`));
              putShift(remote, shift(`m${d}c`, "a1", `${day}T23:00`, `2026-03-${d + 1}T05:00`));
            }
          }),
      ],
      ["local: remove a shift", () => void removeShift(local, "s2")],
    ];
    for (const [what, step] of steps) {
      step();
      send(remote, local);
      send(local, remote);
      expect(docToRota(local).ok, what).toBe(true);
      expectInStep(live, local);
    }
    expect(emitted).toBeGreaterThanOrEqual(steps.length);
    live.destroy();
  });

  it("stays equal to a full check under random edits from two replicas (property)", () => {
    const ids = ["s1", "s2", "s3", "s4", "s5", "s6"];
    const assistants = ["a1", "a2", "a3"];
    const edit = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          op: fc.constant("put" as const),
          id: fc.constantFrom(...ids),
          a: fc.constantFrom(...assistants),
          day: fc.integer({ min: 2, max: 12 }),
          hour: fc.integer({ min: 0, max: 23 }),
          hours: fc.integer({ min: -2, max: 14 }),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({ op: fc.constant("remove" as const), id: fc.constantFrom(...ids) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          op: fc.constant("assistant" as const),
          a: fc.constantFrom(...assistants),
          born: fc.constantFrom(undefined, "2009-03-05", "bad"),
          remove: fc.boolean(),
        }),
      },
    );
    const step = fc.record({ onLocal: fc.boolean(), edit, deliver: fc.boolean() });
    const pad = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const local = docWith(smallRota());
        const remote = replica(local);
        const live = new LiveCheck(local, clock);
        for (const { onLocal, edit: e, deliver } of steps) {
          const doc = onLocal ? local : remote;
          if (e.op === "put") {
            const start = `2026-03-${pad(e.day)}T${pad(e.hour)}:00`;
            const endMs = Date.UTC(2026, 2, e.day, e.hour + e.hours);
            const end = new Date(endMs).toISOString().slice(0, 16);
            // Raw writes too, so that invalid shifts reach the document.
            writeRaw(doc, "shifts", e.id, { order: 0, value: shift(e.id, e.a, start, end) });
          } else if (e.op === "remove") {
            doc.transact(() => doc.getMap("shifts").delete(e.id));
          } else if (e.remove) {
            doc.transact(() => doc.getMap("assistants").delete(e.a));
          } else {
            const value = { id: e.a, name: e.a, ...(e.born ? { birthDate: e.born } : {}) };
            writeRaw(doc, "assistants", e.a, { order: 0, value });
          }
          if (deliver) send(remote, local);
          expectInStep(live, local);
        }
        send(remote, local);
        expectInStep(live, local);
        live.destroy();
      }),
      { numRuns: Number(process.env.TURNUS_PROPERTY_RUNS ?? 60) },
    );
  });

  it("applies entity edits incrementally and rebuilds only for settings and big transactions", () => {
    const doc = docWith(smallRota());
    const live = new LiveCheck(doc, clock, { rebuildAbove: 3 });
    const create = vi.spyOn(RotaChecker, "create");
    try {
      putShift(doc, shift("s9", "a1", "2026-03-02T22:00", "2026-03-03T02:00"));
      putAssistant(doc, { id: "a3", name: "Cai" });
      removeShift(doc, "s9");
      setSettings(doc, { name: "Only the name" });
      expect(create).not.toHaveBeenCalled();
      setSettings(doc, { grant: { hours: 10, per: "week" } });
      expect(create).toHaveBeenCalledTimes(1);
      doc.transact(() => {
        for (const d of ["10", "11", "12", "13"]) {
          putShift(doc, shift(`n${d}`, "a2", `2026-03-${d}T07:00`, `2026-03-${d}T15:00`));
        }
      });
      expect(create).toHaveBeenCalledTimes(2);
      expectInStep(live, doc);
    } finally {
      create.mockRestore();
      live.destroy();
    }
  });

  it("reports an unreadable document instead of crashing, and recovers", () => {
    const doc = docWith(smallRota());
    const live = new LiveCheck(doc, clock);
    const updates: LiveCheckUpdate[] = [];
    live.subscribe((u) => updates.push(u));
    putShift(doc, shift("s9", "a1", "2026-03-02T22:00", "2026-03-03T02:00"));
    expect(live.violations().length).toBeGreaterThan(0);
    writeRaw(doc, "meta", "timeZone", "Mars/Base");
    expect(live.violations()).toEqual([]);
    expect(live.issues().map((i) => i.path)).toContain("meta.timeZone");
    expect(updates.at(-1)?.removed.length).toBeGreaterThan(0);
    writeRaw(doc, "meta", "timeZone", "Europe/Copenhagen");
    expectInStep(live, doc);
    expect(live.violations().length).toBeGreaterThan(0);
    live.destroy();
  });

  it("does not emit after destroy", () => {
    const doc = docWith(smallRota());
    const live = new LiveCheck(doc, clock);
    let calls = 0;
    live.subscribe(() => calls++);
    live.destroy();
    putShift(doc, shift("s9", "a1", "2026-03-02T22:00", "2026-03-03T02:00"));
    expect(calls).toBe(0);
  });
});

describe("LiveCheck on actuals", () => {
  /** NOW is 2026-02-10 09:00: shifts before are past, after are future. */
  const worked = (start: string, end: string) => ({
    actual: { status: "worked", start, end, approvedBy: "Lis", approvedAt: "2026-02-09T12:00" },
  });
  const rest = (live: LiveCheck) =>
    live
      .violations()
      .filter((v) => v.rule === "daily-rest")
      .map((v) => v.shiftIds.map(String).sort());

  it("checks a past shift as it actually happened, keeps the plan in the rota, and follows edits", () => {
    const doc = docWith(smallRota());
    const live = new LiveCheck(doc, clock);
    // as planned (07–15, then 07–15 the next day) nothing is wrong
    putShift(doc, shift("p1", "a1", "2026-02-02T07:00", "2026-02-02T15:00"));
    putShift(doc, shift("p2", "a1", "2026-02-03T07:00", "2026-02-03T15:00"));
    expect(rest(live)).toEqual([]);
    // actually worked until 23:00: 8 h of rest before the next shift
    putShift(
      doc,
      shift(
        "p1",
        "a1",
        "2026-02-02T07:00",
        "2026-02-02T15:00",
        worked("2026-02-02T07:00", "2026-02-02T23:00"),
      ),
    );
    putShift(doc, shift("p2", "a1", "2026-02-03T07:00", "2026-02-03T15:00"));
    expect(rest(live).some((ids) => ids.includes("p1"))).toBe(true);
    expect(live.rota()?.shifts.find((s) => s.id === "p1")?.end).toBe("2026-02-02T15:00");
    // a fresh LiveCheck (full check) agrees with the incremental one
    expect(new LiveCheck(doc, clock).violations()).toEqual(live.violations());

    // cancelled after all: out of the check, still in the rota as planned
    putShift(
      doc,
      shift("p1", "a1", "2026-02-02T07:00", "2026-02-02T15:00", {
        actual: { status: "cancelled" },
      }),
    );
    expect(rest(live)).toEqual([]);
    expect(live.rota()?.shifts.map((s) => s.id)).toContain("p1");
    expect(new LiveCheck(doc, clock).violations()).toEqual(live.violations());
  });

  it("checks a future shift as planned, whatever actual it carries", () => {
    const doc = docWith(smallRota());
    const live = new LiveCheck(doc, clock);
    putShift(
      doc,
      shift(
        "f1",
        "a1",
        "2026-03-20T07:00",
        "2026-03-20T15:00",
        worked("2026-03-20T07:00", "2026-03-20T23:00"),
      ),
    );
    putShift(doc, shift("f2", "a1", "2026-03-21T07:00", "2026-03-21T15:00"));
    expect(rest(live).filter((ids) => ids.includes("f1"))).toEqual([]);
  });
});
