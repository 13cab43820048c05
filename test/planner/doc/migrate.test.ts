/** Layout migrations on open: an old document is brought up to date; a newer one is refused. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  DOC_VERSION,
  MemoryDocStorage,
  arrangementDocName,
  docMaps,
  docToRota,
  docVersion,
  exportRota,
  importRota,
  migrateDoc,
  openArrangementDoc,
  putShift,
} from "../../../planner/src/doc/index.js";
import { docWith, replica, smallRota } from "./helpers.js";

/** A version-0 document: no version, plain entity objects, unknown file fields as meta keys. */
function v0Doc(): Y.Doc {
  const doc = new Y.Doc();
  const { meta, assistants, shifts } = docMaps(doc);
  doc.transact(() => {
    meta.set("name", "Old");
    meta.set("profile", "dk");
    meta.set("timeZone", "Europe/Copenhagen");
    meta.set("x-legacy", { kept: true });
    assistants.set("a1", { id: "a1", name: "Anna" });
    shifts.set("s2", {
      id: "s2",
      assistantId: "a1",
      start: "2026-03-03T07:00",
      end: "2026-03-03T15:00",
    });
    shifts.set("s1", {
      id: "s1",
      assistantId: "a1",
      start: "2026-03-02T07:00",
      end: "2026-03-02T15:00",
    });
  });
  return doc;
}

/** A document written by a future planner. */
function futureDoc(): Y.Doc {
  const doc = docWith(smallRota());
  doc.transact(() => docMaps(doc).meta.set("version", 99));
  return doc;
}

describe("migrations", () => {
  it("migrates a version-0 document", () => {
    const doc = v0Doc();
    expect(docVersion(doc)).toEqual({ kind: "version", version: 0 });
    expect(docToRota(doc).ok).toBe(false);
    expect(migrateDoc(doc)).toEqual({ ok: true, from: 0, to: DOC_VERSION });
    expect(docMaps(doc).meta.get("version")).toBe(DOC_VERSION);
    const read = docToRota(doc);
    expect(read.ok && read.issues).toEqual([]);
    expect(read.ok && read.rota.shifts.map((s) => s.id)).toEqual(["s1", "s2"]);
    const exported = exportRota(doc);
    expect(exported.ok && JSON.parse(exported.text)).toMatchObject({ "x-legacy": { kept: true } });
    // Running again does nothing.
    expect(migrateDoc(doc)).toEqual({ ok: true, from: DOC_VERSION, to: DOC_VERSION });
  });

  it("migrates deterministically: two replicas migrating offline converge", () => {
    const a = v0Doc();
    const b = replica(a);
    migrateDoc(a);
    migrateDoc(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const ea = exportRota(a);
    const eb = exportRota(b);
    expect(ea.ok && ea.text).toBe(eb.ok && eb.text);
  });

  it("refuses a newer document with a clear message, and writes nothing", () => {
    const doc = futureDoc();
    let updates = 0;
    doc.on("update", () => updates++);
    const r = migrateDoc(doc);
    expect(r.ok).toBe(false);
    expect(r.ok || r.issues[0]?.message).toMatch(/newer Turnus.*version 99/);
    expect(docToRota(doc).ok).toBe(false);
    expect(exportRota(doc).ok).toBe(false);
    expect(
      putShift(doc, {
        id: "s9",
        assistantId: "a1",
        start: "2026-03-05T07:00",
        end: "2026-03-05T08:00",
      }).ok,
    ).toBe(false);
    expect(importRota(doc, smallRota(), "Overwrite").ok).toBe(false);
    expect(updates).toBe(0);
  });

  it("refuses a version that is not a number", () => {
    const doc = docWith(smallRota());
    doc.transact(() => docMaps(doc).meta.set("version", "one"));
    expect(migrateDoc(doc)).toMatchObject({ ok: false, issues: [{ path: "meta.version" }] });
  });
});

describe("opening from storage (the in-memory twin of IndexedDB)", () => {
  it("migrates an old stored document on open and stores the result", async () => {
    const storage = new MemoryDocStorage();
    const seed = new Y.Doc();
    const binding = await storage.attach(arrangementDocName("old"), seed);
    Y.applyUpdate(seed, Y.encodeStateAsUpdate(v0Doc()));
    await binding.close();

    const opened = await openArrangementDoc("old", storage);
    expect(opened.ok && opened.migrated).toEqual({ ok: true, from: 0, to: DOC_VERSION });
    if (!opened.ok) return;
    await opened.close();

    const again = await openArrangementDoc("old", storage);
    expect(again.ok && again.migrated).toEqual({ ok: true, from: DOC_VERSION, to: DOC_VERSION });
    if (again.ok) {
      expect(docToRota(again.doc).ok).toBe(true);
      await again.remove();
    }
    expect(storage.updateCount(arrangementDocName("old"))).toBe(0);
  });

  it("refuses a newer stored document and leaves it as stored", async () => {
    const storage = new MemoryDocStorage();
    const name = arrangementDocName("future");
    const seed = new Y.Doc();
    const binding = await storage.attach(name, seed);
    Y.applyUpdate(seed, Y.encodeStateAsUpdate(futureDoc()));
    await binding.close();
    const stored = storage.updateCount(name);

    const opened = await openArrangementDoc("future", storage);
    expect(opened.ok).toBe(false);
    expect(opened.ok || opened.issues[0]?.message).toMatch(/newer Turnus/);
    expect(storage.updateCount(name)).toBe(stored);
  });

  it("opens a new id as an empty document", async () => {
    const opened = await openArrangementDoc("new", new MemoryDocStorage());
    expect(opened.ok && opened.migrated).toEqual({ ok: true, from: "empty", to: "empty" });
  });
});
