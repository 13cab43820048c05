/** An assistant's own document: entries written, read back validated, merged between replicas. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  ASSISTANT_ORIGIN,
  openAssistantDoc,
  putEntry,
  readAssistantDoc,
  removeEntry,
  observeAssistantDoc,
} from "../../../planner/src/doc/assistant-doc.js";
import { MemoryDocStorage } from "../../../planner/src/doc/index.js";

const off = (from: string, to = from, at = 1) =>
  ({ kind: "unavailable", from, to, at }) as Parameters<typeof putEntry<"availability">>[3];

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe("assistant document", () => {
  it("writes entries and reads them back sorted, with the layout version", () => {
    const doc = new Y.Doc();
    expect(putEntry(doc, "availability", "q2", off("2026-12-10"))).toEqual({ ok: true });
    expect(putEntry(doc, "availability", "q1", off("2026-12-03", "2026-12-05"))).toEqual({
      ok: true,
    });
    const wish = { kind: "day-off", date: "2026-12-24", note: "family", at: 2 } as const;
    expect(putEntry(doc, "wishes", "w1", wish as never)).toEqual({ ok: true });
    const read = readAssistantDoc(doc);
    expect(read.availability.map((a) => a.id)).toEqual(["q1", "q2"]);
    expect(read.wishes).toEqual([{ ...wish, id: "w1" }]);
    expect(read.issues).toEqual([]);
    expect(doc.getMap("meta").get("version")).toBe(1);
  });

  it("refuses bad input with paths and writes nothing", () => {
    const doc = new Y.Doc();
    const r = putEntry(doc, "availability", "q1", off("2026-12-05", "2026-12-01"));
    expect(r).toEqual({ ok: false, issues: [{ path: "$.to", message: "ends before it starts" }] });
    expect(putEntry(doc, "availability", "", off("2026-12-05")).ok).toBe(false);
    expect(doc.getMap("availability").size).toBe(0);
    expect(doc.getMap("meta").size).toBe(0);
  });

  it("reports an entry that does not validate and keeps it", () => {
    const doc = new Y.Doc();
    putEntry(doc, "availability", "q1", off("2026-12-03"));
    doc.getMap("availability").set("q9", { kind: "unavailable", from: "soon", at: 1 });
    const read = readAssistantDoc(doc);
    expect(read.availability.map((a) => a.id)).toEqual(["q1"]);
    expect(read.issues.map((i) => i.path)).toEqual([
      "$.availability.q9.from",
      "$.availability.q9.to",
    ]);
    expect(doc.getMap("availability").has("q9")).toBe(true);
  });

  it("refuses a document from a newer planner, reading and writing nothing", () => {
    const doc = new Y.Doc();
    putEntry(doc, "availability", "q1", off("2026-12-03"));
    doc.getMap("meta").set("version", 2);
    const read = readAssistantDoc(doc);
    expect(read.availability).toEqual([]);
    expect(read.issues[0]?.message).toMatch(/newer Turnus/);
    expect(putEntry(doc, "availability", "q2", off("2026-12-04")).ok).toBe(false);
    removeEntry(doc, "availability", "q1");
    expect(doc.getMap("availability").has("q1")).toBe(true);
  });

  it("merges two people's edits: different entries both stay, the same one is one person's", () => {
    const assistant = new Y.Doc();
    const leader = new Y.Doc();
    const swap = {
      shiftId: "s1",
      start: "2026-12-03T07:00",
      end: "2026-12-03T15:00",
      status: "open",
      at: 1,
    } as const;
    putEntry(assistant, "swaps", "r1", swap as never);
    sync(assistant, leader);
    // concurrently: the leader approves, the assistant withdraws and adds a day off
    putEntry(leader, "swaps", "r1", {
      ...swap,
      status: "approved",
      decidedBy: "Lis",
      decidedAt: 5,
    } as never);
    putEntry(assistant, "swaps", "r1", { ...swap, status: "withdrawn" } as never);
    putEntry(assistant, "availability", "q1", off("2026-12-10"));
    sync(assistant, leader);
    const a = readAssistantDoc(assistant);
    expect(a).toEqual(readAssistantDoc(leader));
    expect(a.availability).toHaveLength(1);
    expect(["approved", "withdrawn"]).toContain(a.swaps[0]?.status);
    // whole-entry: an approved request always says who approved it
    if (a.swaps[0]?.status === "approved") expect(a.swaps[0].decidedBy).toBe("Lis");
    else expect(a.swaps[0]?.decidedBy).toBeUndefined();
  });

  it("tells observers about changes, with its own origin", () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on("afterTransaction", (tr: Y.Transaction) => origins.push(tr.origin));
    let calls = 0;
    const stop = observeAssistantDoc(doc, () => (calls += 1));
    putEntry(doc, "availability", "q1", off("2026-12-03"));
    removeEntry(doc, "availability", "q1");
    removeEntry(doc, "availability", "q1"); // nothing to remove: no transaction
    stop();
    putEntry(doc, "availability", "q2", off("2026-12-04"));
    expect(calls).toBe(2);
    expect(origins).toEqual([ASSISTANT_ORIGIN, ASSISTANT_ORIGIN, ASSISTANT_ORIGIN]);
  });

  it("is stored on the device under the arrangement and assistant", async () => {
    const storage = new MemoryDocStorage();
    const first = await openAssistantDoc("r1", "a1", storage);
    putEntry(first.doc, "availability", "q1", off("2026-12-03"));
    await first.close();
    const again = await openAssistantDoc("r1", "a1", storage);
    expect(readAssistantDoc(again.doc).availability.map((a) => a.id)).toEqual(["q1"]);
    const other = await openAssistantDoc("r1", "a2", storage);
    expect(readAssistantDoc(other.doc).availability).toEqual([]);
  });
});
