/**
 * Replicas converge (STYLE habit 9): two documents edited concurrently and exchanging updates in
 * either order end identical, with identical violations; edits to different shifts both survive
 * and two edits to the same shift resolve to one of them as a whole.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Shift } from "../../../core/src/model/index.js";
import {
  LiveCheck,
  docMaps,
  docToRota,
  exportRota,
  putShift,
  setSettings,
} from "../../../planner/src/doc/index.js";
import { clock, docWith, fixtureText, replica } from "./helpers.js";

/** Two replicas of the March fixture, each with concurrent edits not yet exchanged. */
function concurrentEdits(): { a: Y.Doc; b: Y.Doc; updA: Uint8Array; updB: Uint8Array } {
  const base = docWith(fixtureText("timesheet/march-2026.rota.json"));
  const a = replica(base);
  const b = replica(base);
  const svA = Y.encodeStateVector(a);
  const svB = Y.encodeStateVector(b);
  // Different shifts: both must survive.
  putShift(a, { id: "s1", assistantId: "a1", start: "2026-03-02T08:00", end: "2026-03-02T16:00" });
  putShift(b, { id: "s5", assistantId: "a2", start: "2026-03-03T09:00", end: "2026-03-03T17:00" });
  // New shifts on both sides (same next order number; ties go by id).
  putShift(a, { id: "s10", assistantId: "a2", start: "2026-03-20T07:00", end: "2026-03-20T15:00" });
  putShift(b, { id: "s11", assistantId: "a1", start: "2026-03-21T07:00", end: "2026-03-21T15:00" });
  // The same shift on both sides: one edit wins as a whole.
  putShift(a, { id: "s3", assistantId: "a1", start: "2026-03-10T17:00", end: "2026-03-10T21:00" });
  putShift(b, { id: "s3", assistantId: "a2", start: "2026-03-10T18:00", end: "2026-03-10T23:00" });
  // Different settings.
  setSettings(a, { grant: { hours: 30, per: "week" } });
  setSettings(b, { period: { from: "2026-03-01", to: "2026-03-31" } });
  return {
    a,
    b,
    updA: Y.encodeStateAsUpdate(a, svB),
    updB: Y.encodeStateAsUpdate(b, svA),
  };
}

const text = (doc: Y.Doc): string => {
  const e = exportRota(doc);
  if (!e.ok) throw new Error("export failed");
  return e.text;
};

describe("convergence", () => {
  it("converges whichever update arrives first, keeping edits to different shifts", () => {
    const { a, b, updA, updB } = concurrentEdits();
    const fullA = Y.encodeStateAsUpdate(a);
    const fullB = Y.encodeStateAsUpdate(b);
    const aThenB = new Y.Doc();
    Y.applyUpdate(aThenB, fullA);
    Y.applyUpdate(aThenB, fullB);
    const bThenA = new Y.Doc();
    Y.applyUpdate(bThenA, fullB);
    Y.applyUpdate(bThenA, fullA);
    Y.applyUpdate(a, updB);
    Y.applyUpdate(b, updA);

    const results = [a, b, aThenB, bThenA].map(text);
    for (const r of results) expect(r).toBe(results[0]);

    const read = docToRota(a);
    expect(read.ok && read.issues).toEqual([]);
    if (!read.ok) return;
    const byId = new Map<string, Shift>(read.rota.shifts.map((s) => [s.id, s]));
    expect(byId.get("s1")?.start).toBe("2026-03-02T08:00");
    expect(byId.get("s5")?.start).toBe("2026-03-03T09:00");
    expect(read.rota.shifts.map((s) => s.id).slice(-2)).toEqual(["s10", "s11"]);
    expect(read.rota.grant).toEqual({ hours: 30, per: "week" });
    expect(read.rota.period).toEqual({ from: "2026-03-01", to: "2026-03-31" });

    const s3 = byId.get("s3");
    const fromA = {
      id: "s3",
      assistantId: "a1",
      start: "2026-03-10T17:00",
      end: "2026-03-10T21:00",
    };
    const fromB = {
      id: "s3",
      assistantId: "a2",
      start: "2026-03-10T18:00",
      end: "2026-03-10T23:00",
    };
    expect([fromA, fromB]).toContainEqual(s3);
  });

  it("gives every replica the same violations", () => {
    const { a, b, updA, updB } = concurrentEdits();
    const liveA = new LiveCheck(a, clock);
    const liveB = new LiveCheck(b, clock);
    Y.applyUpdate(b, updA);
    Y.applyUpdate(a, updB);
    expect(liveA.violations().length).toBeGreaterThan(0);
    expect(liveA.violations()).toEqual(liveB.violations());
    expect(docMaps(a).shifts.toJSON()).toEqual(docMaps(b).shifts.toJSON());
    liveA.destroy();
    liveB.destroy();
  });

  it("converges under shuffled delivery of many small updates", () => {
    const base = docWith(fixtureText("spec-example.rota.json"));
    const replicas = [replica(base), replica(base), replica(base)];
    const inbox: Uint8Array[][] = replicas.map(() => []);
    replicas.forEach((doc, i) =>
      doc.on("update", (u: Uint8Array, origin: unknown) => {
        if (origin === "net") return;
        inbox.forEach((box, j) => j !== i && box.push(u));
      }),
    );
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let k = 0; k < 60; k++) {
      const doc = replicas[rand(3)] as Y.Doc;
      const day = String(2 + rand(20)).padStart(2, "0");
      putShift(doc, {
        id: `s${rand(8)}`,
        assistantId: "a1",
        start: `2026-03-${day}T${String(rand(12) + 6).padStart(2, "0")}:00`,
        end: `2026-03-${day}T20:00`,
      });
      // Deliver a random part of a random inbox, out of order.
      const box = inbox[rand(3)] as Uint8Array[];
      const target = replicas[inbox.indexOf(box)] as Y.Doc;
      for (let n = rand(box.length + 1); n > 0; n--) {
        const [u] = box.splice(rand(box.length), 1);
        if (u) Y.applyUpdate(target, u, "net");
      }
    }
    inbox.forEach((box, i) => box.forEach((u) => Y.applyUpdate(replicas[i] as Y.Doc, u, "net")));
    const texts = replicas.map(text);
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
  });
});
