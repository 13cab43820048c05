/**
 * "What happened to my offline edits": a replica that was offline is told, per shift, assistant
 * or setting changed on both sides, what it set, what the other side set and what was kept.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  MIGRATION_ORIGIN,
  createUndoManager,
  docMaps,
  putAssistant,
  putShift,
  removeShift,
  setSettings,
  trackOfflineEdits,
  type ConflictReport,
} from "../../../planner/src/doc/index.js";
import { docWith, replica, send, smallRota } from "./helpers.js";

const S1 = { id: "s1", assistantId: "a1" } as const;
const mine = { ...S1, start: "2026-03-02T08:00", end: "2026-03-02T16:00" };
const theirs = { ...S1, start: "2026-03-02T06:00", end: "2026-03-02T14:00" };

/** Two replicas of the small rota; `me` is tracked. */
function pair() {
  const base = docWith(smallRota());
  const me = replica(base);
  const other = replica(base);
  const tracker = trackOfflineEdits(me);
  return { me, other, tracker };
}

/** Both directions, the other side's first (as a sync after reconnecting does). */
function reconnect(me: Y.Doc, other: Y.Doc): void {
  send(other, me);
  send(me, other);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const ok = (r: { ok: boolean }) => expect(r.ok).toBe(true);

/** The shift the document holds under `id` (its file object). */
const shiftIn = (doc: Y.Doc, id: string) =>
  (docMaps(doc).shifts.get(id) as { value: unknown } | undefined)?.value;

/** Which of two replicas' ids wins a concurrent set of the same key: Yjs keeps the higher one. */
const winnerIsMe = (me: Y.Doc, other: Y.Doc) => me.clientID > other.clientID;

describe("trackOfflineEdits", () => {
  it("reports a shift both sides changed: yours, theirs, and what was kept", () => {
    const { me, other, tracker } = pair();
    tracker.goOffline();
    expect(tracker.isOffline()).toBe(true);
    ok(putShift(me, mine));
    ok(putShift(other, theirs));
    reconnect(me, other);
    const report = tracker.cameBack();
    expect(tracker.isOffline()).toBe(false);
    const kept = winnerIsMe(me, other) ? mine : theirs;
    expect(shiftIn(me, "s1")).toEqual(kept);
    expect(report).toEqual<ConflictReport[]>([
      {
        kind: "shift",
        id: "s1",
        yours: mine,
        theirs,
        now: kept,
        outcome: winnerIsMe(me, other) ? "yours-kept" : "theirs-kept",
      },
    ]);
  });

  it("sees the other side's edit even when it lost, with either winner", () => {
    // Client ids decide the winner; try both orders.
    for (const [meId, otherId] of [
      [1, 2],
      [2, 1],
    ] as const) {
      const base = docWith(smallRota());
      const me = new Y.Doc();
      me.clientID = meId;
      Y.applyUpdate(me, Y.encodeStateAsUpdate(base));
      const other = new Y.Doc();
      other.clientID = otherId;
      Y.applyUpdate(other, Y.encodeStateAsUpdate(base));
      const tracker = trackOfflineEdits(me);
      tracker.goOffline();
      ok(putShift(me, mine));
      ok(putShift(other, theirs));
      reconnect(me, other);
      const [item] = tracker.cameBack();
      expect(item?.theirs).toEqual(theirs);
      expect(item?.yours).toEqual(mine);
      expect(item?.outcome).toBe(meId > otherId ? "yours-kept" : "theirs-kept");
      expect(item?.now).toEqual(meId > otherId ? mine : theirs);
    }
  });

  it("leaves no report for a removal your edit outlived; the remover is told", () => {
    const { me, other, tracker } = pair();
    const theirTracker = trackOfflineEdits(other);
    tracker.goOffline();
    theirTracker.goOffline();
    ok(putShift(me, mine));
    ok(removeShift(other, "s1"));
    reconnect(me, other);
    expect(shiftIn(me, "s1")).toEqual(mine);
    expect(tracker.cameBack()).toEqual([]);
    expect(theirTracker.cameBack()).toEqual([
      {
        kind: "shift",
        id: "s1",
        yours: undefined,
        theirs: mine,
        now: mine,
        outcome: "theirs-kept",
      },
    ]);
  });

  it("reports a shift you removed that they edited (their edit keeps it)", () => {
    const { me, other, tracker } = pair();
    tracker.goOffline();
    ok(removeShift(me, "s1"));
    ok(putShift(other, theirs));
    reconnect(me, other);
    expect(tracker.cameBack()).toEqual([
      {
        kind: "shift",
        id: "s1",
        yours: undefined,
        theirs,
        now: theirs,
        outcome: "theirs-kept",
      },
    ]);
  });

  it("counts a third device's later edit as the other side's", () => {
    const { me, other, tracker } = pair();
    const third = replica(other);
    tracker.goOffline();
    ok(putShift(me, mine));
    ok(putShift(other, theirs));
    send(other, third);
    const later = { ...S1, start: "2026-03-02T10:00", end: "2026-03-02T12:00" };
    ok(putShift(third, later));
    send(other, me);
    send(third, me);
    const [item] = tracker.cameBack();
    expect(item?.theirs).toEqual(later);
    const kept = shiftIn(me, "s1");
    expect([mine, later]).toContainEqual(kept);
    expect(item?.now).toEqual(kept);
    expect(item?.outcome).toBe(same(kept, mine) ? "yours-kept" : "theirs-kept");
  });

  it("says so when the document holds neither value", () => {
    const base = docWith(smallRota());
    const me = new Y.Doc();
    me.clientID = 1;
    Y.applyUpdate(me, Y.encodeStateAsUpdate(base));
    const other = new Y.Doc();
    other.clientID = 2; // theirs is kept, and the third value is written on top of it
    Y.applyUpdate(other, Y.encodeStateAsUpdate(base));
    const tracker = trackOfflineEdits(me, { isOwn: (origin) => origin !== "script" });
    tracker.goOffline();
    ok(putShift(me, mine));
    ok(putShift(other, theirs));
    reconnect(me, other);
    const raw = docMaps(me).shifts.get("s1") as { order: number };
    const third = { ...S1, start: "2026-03-02T11:00", end: "2026-03-02T12:00" };
    me.transact(() => docMaps(me).shifts.set("s1", { order: raw.order, value: third }), "script");
    const [item] = tracker.cameBack();
    expect(item?.outcome).toBe("changed-again");
    expect(item?.now).toEqual(third);
  });

  it("reports assistants and settings too, settings first", () => {
    const { me, other, tracker } = pair();
    tracker.goOffline();
    ok(putAssistant(me, { id: "a1", name: "Anna M" }));
    ok(putAssistant(other, { id: "a1", name: "Anna K" }));
    ok(setSettings(me, { grant: { hours: 30, per: "week" } }));
    ok(setSettings(other, { grant: { hours: 40, per: "week" } }));
    reconnect(me, other);
    const report = tracker.cameBack();
    expect(report.map((r) => [r.kind, r.id])).toEqual([
      ["setting", "grant"],
      ["assistant", "a1"],
    ]);
    expect(report[0]?.yours).toEqual({ hours: 30, per: "week" });
    expect(report[0]?.theirs).toEqual({ hours: 40, per: "week" });
    expect(report[1]?.yours).toEqual({ id: "a1", name: "Anna M" });
    expect(report[1]?.theirs).toEqual({ id: "a1", name: "Anna K" });
  });

  it("reports nothing for edits of different shifts", () => {
    const { me, other, tracker } = pair();
    tracker.goOffline();
    ok(putShift(me, mine));
    ok(
      putShift(other, {
        id: "s3",
        assistantId: "a1",
        start: "2026-03-04T09:00",
        end: "2026-03-04T15:00",
      }),
    );
    ok(removeShift(other, "s2"));
    reconnect(me, other);
    expect(tracker.cameBack()).toEqual([]);
  });

  it("reports nothing when both sides made the same change", () => {
    const { me, other, tracker } = pair();
    tracker.goOffline();
    ok(putShift(me, mine));
    const { end, start, ...rest } = mine;
    ok(putShift(other, { end, start, ...rest })); // the same shift, its fields in another order
    ok(removeShift(me, "s2"));
    ok(removeShift(other, "s2"));
    reconnect(me, other);
    expect(tracker.cameBack()).toEqual([]);
  });

  it("reports nothing for own edits while online", () => {
    const { me, other, tracker } = pair();
    ok(putShift(me, mine));
    send(me, other);
    ok(putShift(other, theirs));
    send(other, me);
    expect(tracker.isOffline()).toBe(false);
    expect(tracker.cameBack()).toEqual([]);
  });

  it("does not count an edit the other side made after seeing yours", () => {
    const { me, other, tracker } = pair();
    tracker.goOffline();
    ok(putShift(me, mine));
    send(me, other); // they see my edit (e.g. through a third device) ...
    ok(putShift(other, theirs)); // ... and then change it: not concurrent
    reconnect(me, other);
    expect(shiftIn(me, "s1")).toEqual(theirs);
    expect(tracker.cameBack()).toEqual([]);
  });

  it("does not count a removal the other side made after seeing your edit", () => {
    const { me, other, tracker } = pair();
    tracker.goOffline();
    ok(putShift(me, mine));
    send(me, other);
    ok(removeShift(other, "s1"));
    reconnect(me, other);
    expect(shiftIn(me, "s1")).toBeUndefined();
    expect(tracker.cameBack()).toEqual([]);
  });

  it("reports a shift they changed and then removed, when their removal stands", () => {
    const base = docWith(smallRota());
    const me = new Y.Doc();
    me.clientID = 1;
    Y.applyUpdate(me, Y.encodeStateAsUpdate(base));
    const other = new Y.Doc();
    other.clientID = 2; // their value of s1 is placed after yours, so their removal stands
    Y.applyUpdate(other, Y.encodeStateAsUpdate(base));
    const tracker = trackOfflineEdits(me);
    tracker.goOffline();
    ok(putShift(me, mine));
    ok(putShift(other, theirs));
    ok(removeShift(other, "s1"));
    reconnect(me, other);
    expect(shiftIn(me, "s1")).toBeUndefined();
    expect(tracker.cameBack()).toEqual([
      {
        kind: "shift",
        id: "s1",
        yours: mine,
        theirs: undefined,
        now: undefined,
        outcome: "removed-by-them",
      },
    ]);
  });

  it("counts an edit you make after theirs arrived as settled by you", () => {
    const { me, other, tracker } = pair();
    tracker.goOffline();
    ok(putShift(me, mine));
    ok(putShift(other, theirs));
    send(other, me);
    ok(putShift(me, { ...mine, end: "2026-03-02T17:00" }));
    send(me, other);
    expect(tracker.cameBack()).toEqual([]);
  });

  it("counts undo as your edit, and not migrations or remote edits", () => {
    const { me, other, tracker } = pair();
    const undo = createUndoManager(me);
    ok(putShift(me, mine));
    tracker.goOffline();
    undo.undo(); // back to the original s1, offline
    const s3 = docMaps(me).shifts.get("s3") as { order: number; value: object };
    me.transact(
      () => docMaps(me).shifts.set("s3", { ...s3, value: { ...s3.value, note: "m" } }),
      MIGRATION_ORIGIN,
    );
    ok(putShift(other, theirs));
    ok(
      putShift(other, {
        id: "s3",
        assistantId: "a1",
        start: "2026-03-04T08:00",
        end: "2026-03-04T15:00",
      }),
    );
    reconnect(me, other);
    const report = tracker.cameBack();
    expect(report.map((r) => r.id)).toEqual(["s1"]);
    expect(report[0]?.yours).toEqual({
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T07:00",
      end: "2026-03-02T15:00",
    });
    undo.destroy();
  });

  it("starts afresh at each time offline, and stops when destroyed", () => {
    const { me, other, tracker } = pair();
    tracker.goOffline();
    ok(putShift(me, mine));
    tracker.goOffline(); // already recording: keeps what it has
    ok(putShift(other, theirs));
    reconnect(me, other);
    expect(tracker.cameBack()).toHaveLength(1);
    tracker.goOffline();
    expect(tracker.cameBack()).toEqual([]);
    tracker.goOffline();
    ok(putShift(me, { ...mine, note: "x" }));
    ok(putShift(other, { ...theirs, note: "y" }));
    tracker.destroy();
    expect(tracker.isOffline()).toBe(false);
    reconnect(me, other);
    expect(tracker.cameBack()).toEqual([]);
  });

  it("honours isOwn: only the origins it accepts are yours", () => {
    const base = docWith(smallRota());
    const me = replica(base);
    const other = replica(base);
    const tracker = trackOfflineEdits(me, { isOwn: (origin) => origin === "form" });
    tracker.goOffline();
    ok(putShift(me, mine)); // LOCAL_ORIGIN: not accepted here
    ok(putShift(other, theirs));
    reconnect(me, other);
    expect(tracker.cameBack()).toEqual([]);
  });
});
