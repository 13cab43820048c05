/**
 * A LiveCheck whose first full check is deferred: the document is read at once (rota, zone,
 * issues), the check follows when the scheduler calls back, and from then on (or from the first
 * transaction, whichever comes first) it equals a full check of what `docToRota` reads.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Y from "yjs";
import {
  LiveCheck,
  docToRota,
  putShift,
  setSettings,
  type LiveCheckUpdate,
} from "../../../planner/src/doc/index.js";
import { afterNextFrame } from "../../../planner/src/doc/live-check.js";
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

function expectInStep(live: LiveCheck, doc: Y.Doc): void {
  expect(live.checked()).toBe(true);
  expect(live.violations()).toEqual(fullCheck(doc));
  const read = docToRota(doc);
  expect(sortedIssues(live.issues())).toEqual(sortedIssues(read.issues));
}

/**
 * A LiveCheck deferred by hand: `run()` calls back every slice that is due, `slices` counts
 * them (`sliceMs` 0: one step of core's build per slice).
 */
function deferred(doc: Y.Doc, sliceMs?: number) {
  let pending: (() => void) | undefined;
  let slices = 0;
  const live = new LiveCheck(doc, clock, {
    defer: (run) => (pending = run),
    ...(sliceMs === undefined ? {} : { sliceMs }),
  });
  const updates: LiveCheckUpdate[] = [];
  live.subscribe((u) => updates.push(u));
  const one = () => {
    const run = pending;
    pending = undefined;
    if (run) slices++;
    run?.();
    return run !== undefined;
  };
  return {
    live,
    updates,
    one,
    run: () => {
      while (one());
    },
    slices: () => slices,
  };
}

const shift = (id: string, a: string, start: string, end: string) => ({
  id,
  assistantId: a,
  start,
  end,
});

describe("LiveCheck with a deferred first check", () => {
  it("reads the document at once and checks it when called back, announcing the first check", () => {
    const doc = docWith(fixtureText("spec-example.rota.json"));
    writeRaw(doc, "shifts", "bad", { order: 99, value: { id: "bad", assistantId: "nobody" } });
    const { live, updates, run } = deferred(doc);
    const read = docToRota(doc);
    if (!read.ok) throw new Error("unreadable fixture");

    expect(live.checked()).toBe(false);
    expect(live.violations()).toEqual([]);
    expect(live.rota()).toEqual(read.rota);
    expect(live.zone()).toBe(read.zone);
    expect(sortedIssues(live.issues())).toEqual(sortedIssues(read.issues));
    expect(updates).toEqual([]);

    run();
    const all = fullCheck(doc);
    expect(all.length).toBeGreaterThan(0);
    expectInStep(live, doc);
    expect(live.rota()).toEqual(read.rota);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.first).toBe(true);
    expect(updates[0]?.added).toEqual(all);
    expect(updates[0]?.removed).toEqual([]);

    run(); // a second call back changes nothing
    expect(updates).toHaveLength(1);
    live.destroy();
  });

  it("checks first when a transaction comes before the call back, then applies it", () => {
    const doc = docWith(smallRota());
    const { live, updates, run } = deferred(doc);
    putShift(doc, shift("s9", "a1", "2026-03-02T22:00", "2026-03-03T02:00"));
    expect(updates.map((u) => u.first ?? false)).toEqual([true, false]);
    expect(updates[1]?.added.map((v) => v.rule)).toContain("daily-rest");
    expectInStep(live, doc);
    run();
    expect(updates).toHaveLength(2);
    live.destroy();
  });

  it("rebuilds once, as the first check, when the settings change before the call back", () => {
    const doc = docWith(smallRota());
    const { live, updates, run } = deferred(doc);
    setSettings(doc, { grant: { hours: 10, per: "week" } });
    expect(updates.map((u) => u.first)).toEqual([true]);
    expectInStep(live, doc);
    run();
    expect(updates).toHaveLength(1);
    live.destroy();
  });

  it("checks in slices, and a transaction between slices finishes the check first", () => {
    const doc = docWith(fixtureText("spec-example.rota.json"));
    const whole = deferred(doc, 0);
    whole.run();
    expect(whole.slices()).toBeGreaterThan(3);
    expectInStep(whole.live, doc);
    expect(whole.updates.map((u) => u.first)).toEqual([true]);
    whole.live.destroy();

    const cut = deferred(doc, 0);
    cut.one();
    cut.one();
    expect(cut.live.checked()).toBe(false);
    expect(cut.live.violations()).toEqual([]);
    putShift(doc, shift("s90", "a1", "2026-02-02T22:00", "2026-02-03T02:00"));
    expect(cut.updates.map((u) => u.first ?? false)).toEqual([true, false]);
    expectInStep(cut.live, doc);
    cut.run();
    expect(cut.updates).toHaveLength(2);
    cut.live.destroy();
  });

  it("with defer: true, checks in later tasks, slice after slice, without being called", async () => {
    const doc = docWith(fixtureText("spec-example.rota.json"));
    const live = new LiveCheck(doc, clock, { defer: true, sliceMs: 0 });
    const first = new Promise<LiveCheckUpdate>((resolve) =>
      live.subscribe((u) => u.first && resolve(u)),
    );
    expect(live.checked()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(live.checked()).toBe(false); // one slice (one step) so far: the rest in later tasks
    const update = await first;
    expect(update.added).toEqual(fullCheck(doc));
    expectInStep(live, doc);
    live.destroy();
  });

  it("does not check after destroy", () => {
    const doc = docWith(smallRota());
    const { live, updates, run } = deferred(doc);
    live.destroy();
    run();
    expect(updates).toEqual([]);
    expect(live.violations()).toEqual([]);
  });

  it("stays equal to a full check when edits from two replicas come between slices (property)", () => {
    const pad = (n: number) => String(n).padStart(2, "0");
    const edit = fc.record({
      onLocal: fc.boolean(),
      deliver: fc.boolean(),
      id: fc.constantFrom("s1", "s2", "s3", "s4"),
      a: fc.constantFrom("a1", "a2", "a3"),
      day: fc.integer({ min: 2, max: 6 }),
      hour: fc.integer({ min: 0, max: 23 }),
      hours: fc.integer({ min: -1, max: 12 }),
      slicesBefore: fc.nat(4),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const local = docWith(smallRota());
        const remote = replica(local);
        const { live, one, run } = deferred(local, 0);
        edits.forEach((e) => {
          for (let i = 0; i < e.slicesBefore; i++) one();
          const doc = e.onLocal ? local : remote;
          const start = `2026-03-${pad(e.day)}T${pad(e.hour)}:00`;
          const end = new Date(Date.UTC(2026, 2, e.day, e.hour + e.hours))
            .toISOString()
            .slice(0, 16);
          writeRaw(doc, "shifts", e.id, { order: 0, value: shift(e.id, e.a, start, end) });
          if (e.deliver) send(remote, local);
          if (live.checked()) expectInStep(live, local);
        });
        run();
        send(remote, local);
        expectInStep(live, local);
        live.destroy();
      }),
      { numRuns: Number(process.env.TURNUS_PROPERTY_RUNS ?? 40) },
    );
  });
});

describe("afterNextFrame", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("runs once in a task after the frame that follows the next, or after a timeout", () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal("requestAnimationFrame", (f: () => void) => frames.push(f));
    let runs = 0;
    afterNextFrame(() => runs++);
    vi.advanceTimersByTime(100);
    expect(runs).toBe(0); // waiting for the frame
    frames.shift()?.();
    vi.advanceTimersByTime(0);
    expect(runs).toBe(0); // the next frame painted what was rendered; one more
    frames.shift()?.();
    expect(runs).toBe(0); // not in the frame itself
    vi.advanceTimersByTime(0);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(1);

    afterNextFrame(() => runs++); // no frame comes (a hidden tab)
    vi.advanceTimersByTime(499);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(2);
    frames.shift()?.();
    frames.shift()?.();
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(2);
  });

  it("runs in a later task where there are no frames", () => {
    vi.useFakeTimers();
    let runs = 0;
    afterNextFrame(() => runs++);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(0);
    expect(runs).toBe(1);
  });
});
