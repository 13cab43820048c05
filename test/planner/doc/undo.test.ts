/** Undo reverts the user's own edits only: never a remote edit, an import or a publish. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createUndoManager,
  docToRota,
  importRota,
  publish,
  putShift,
  setSettings,
} from "../../../planner/src/doc/index.js";
import { docWith, replica, send, smallRota } from "./helpers.js";

const startOf = (doc: Y.Doc, id: string) => {
  const r = docToRota(doc);
  return r.ok ? r.rota.shifts.find((s) => s.id === id)?.start : undefined;
};

describe("undo", () => {
  it("reverts the local edit but not a remote one", () => {
    const local = docWith(smallRota());
    const remote = replica(local);
    const undo = createUndoManager(local);

    putShift(local, {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T09:00",
      end: "2026-03-02T15:00",
    });
    putShift(remote, {
      id: "s2",
      assistantId: "a2",
      start: "2026-03-03T10:00",
      end: "2026-03-03T15:00",
    });
    send(remote, local);
    expect(startOf(local, "s1")).toBe("2026-03-02T09:00");
    expect(startOf(local, "s2")).toBe("2026-03-03T10:00");

    undo.undo();
    expect(startOf(local, "s1")).toBe("2026-03-02T07:00");
    expect(startOf(local, "s2")).toBe("2026-03-03T10:00");
    expect(undo.canUndo()).toBe(false);

    undo.redo();
    expect(startOf(local, "s1")).toBe("2026-03-02T09:00");
    expect(startOf(local, "s2")).toBe("2026-03-03T10:00");

    // The undo travels to the other replica like any edit.
    undo.undo();
    send(local, remote);
    expect(startOf(remote, "s1")).toBe("2026-03-02T07:00");
    undo.destroy();
  });

  it("does not overwrite a remote edit of the same shift made after the local one", () => {
    const local = docWith(smallRota());
    const remote = replica(local);
    const undo = createUndoManager(local);
    putShift(local, {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T09:00",
      end: "2026-03-02T15:00",
    });
    send(local, remote);
    putShift(remote, {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T11:00",
      end: "2026-03-02T15:00",
    });
    send(remote, local);
    undo.undo();
    expect(startOf(local, "s1")).toBe("2026-03-02T11:00");
    undo.destroy();
  });

  it("groups edits closer than the capture timeout, and separates them after stopCapturing", () => {
    const doc = docWith(smallRota());
    const undo = createUndoManager(doc);
    putShift(doc, {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T09:00",
      end: "2026-03-02T15:00",
    });
    putShift(doc, {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T10:00",
      end: "2026-03-02T15:00",
    });
    undo.stopCapturing();
    setSettings(doc, { grant: { hours: 20, per: "week" } });
    undo.undo();
    expect(startOf(doc, "s1")).toBe("2026-03-02T10:00");
    const r = docToRota(doc);
    expect(r.ok && r.rota.grant).toBeUndefined();
    undo.undo();
    expect(startOf(doc, "s1")).toBe("2026-03-02T07:00");
    undo.destroy();
  });

  it("does not track imports or publishing", () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    importRota(doc, smallRota(), "Imported");
    publish(doc, "2026-02-20T12:00");
    expect(undo.canUndo()).toBe(false);
    undo.destroy();
  });

  it("forgets its steps when the content is replaced by an import", () => {
    const doc = docWith(smallRota());
    const undo = createUndoManager(doc);
    putShift(doc, {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T09:00",
      end: "2026-03-02T15:00",
    });
    expect(undo.canUndo()).toBe(true);
    importRota(doc, smallRota({ shifts: [] }), "Replaced");
    expect(undo.canUndo()).toBe(false);
    undo.undo();
    const r = docToRota(doc);
    expect(r.ok && r.rota.shifts).toEqual([]);
    undo.destroy();
  });
});
