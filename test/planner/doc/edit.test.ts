/** Typed edits: validated through core before anything is written, one transaction each. */
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import {
  LOCAL_ORIGIN,
  PUBLISH_ORIGIN,
  docMaps,
  docToRota,
  publish,
  putAssistant,
  putShift,
  removeAssistant,
  removeShift,
  setSettings,
} from "../../../planner/src/doc/index.js";
import { docWith, smallRota, writeRaw } from "./helpers.js";

/** Counts the transactions that changed `doc`, by origin. */
function origins(doc: Y.Doc): unknown[] {
  const seen: unknown[] = [];
  doc.on("afterTransaction", (tx: Y.Transaction) => {
    if (tx.changed.size > 0) seen.push(tx.origin);
  });
  return seen;
}

describe("shifts", () => {
  it("adds a valid shift after the others, with its unknown fields, in one local transaction", () => {
    const doc = docWith(smallRota());
    const seen = origins(doc);
    const r = putShift(doc, {
      id: "s4",
      assistantId: "a2",
      start: "2026-03-05T07:00",
      end: "2026-03-05T15:00",
      "x-colour": "teal",
    });
    expect(r).toEqual({ ok: true });
    expect(seen).toEqual([LOCAL_ORIGIN]);
    expect(docMaps(doc).shifts.get("s4")).toEqual({
      order: 3,
      value: {
        id: "s4",
        assistantId: "a2",
        start: "2026-03-05T07:00",
        end: "2026-03-05T15:00",
        "x-colour": "teal",
      },
    });
    const read = docToRota(doc);
    expect(read.ok && read.rota.shifts.map((s) => s.id)).toEqual(["s1", "s2", "s3", "s4"]);
  });

  it("replaces a shift as a whole and keeps its place", () => {
    const doc = docWith(smallRota());
    putShift(doc, {
      id: "s1",
      assistantId: "a2",
      start: "2026-03-02T08:00",
      end: "2026-03-02T12:00",
    });
    const read = docToRota(doc);
    expect(read.ok && read.rota.shifts[0]).toEqual({
      id: "s1",
      assistantId: "a2",
      start: "2026-03-02T08:00",
      end: "2026-03-02T12:00",
    });
  });

  it.each([
    [
      "an end before the start",
      { id: "s9", assistantId: "a1", start: "2026-03-02T15:00", end: "2026-03-02T07:00" },
      "$.end",
    ],
    [
      "a time in the spring-forward gap",
      { id: "s9", assistantId: "a1", start: "2026-03-29T02:30", end: "2026-03-29T06:00" },
      "$.start",
    ],
    [
      "an unknown assistant",
      { id: "s9", assistantId: "zz", start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
      "$.assistantId",
    ],
    [
      "an unknown kind",
      {
        id: "s9",
        assistantId: "a1",
        start: "2026-03-02T07:00",
        end: "2026-03-02T15:00",
        kind: "nap",
      },
      "$.kind",
    ],
  ])("refuses %s and writes nothing", (_what, shift, path) => {
    const doc = docWith(smallRota());
    const seen = origins(doc);
    const r = putShift(doc, shift);
    expect(r.ok || r.issues.map((i) => i.path)).toEqual([path]);
    expect(seen).toEqual([]);
  });

  it("removes a shift, and says so when there is none", () => {
    const doc = docWith(smallRota());
    expect(removeShift(doc, "s2")).toEqual({ ok: true });
    expect(docMaps(doc).shifts.has("s2")).toBe(false);
    expect(removeShift(doc, "s2")).toMatchObject({ ok: false, issues: [{ path: "$.id" }] });
  });
});

describe("assistants", () => {
  it("adds, updates, and refuses bad ones", () => {
    const doc = docWith(smallRota());
    expect(putAssistant(doc, { id: "a3", name: "Cai", birthDate: "2008-05-01" }).ok).toBe(true);
    expect(putAssistant(doc, { id: "a3", name: "Cai", birthDate: "2008-02-30" })).toMatchObject({
      ok: false,
      issues: [{ path: "$.birthDate" }],
    });
    expect(putAssistant(doc, { id: "", name: "Nobody" })).toMatchObject({
      ok: false,
      issues: [{ path: "$.id" }],
    });
    const read = docToRota(doc);
    expect(read.ok && read.rota.assistants.at(-1)).toEqual({
      id: "a3",
      name: "Cai",
      birthDate: "2008-05-01",
    });
  });

  it("refuses to remove an assistant who still has shifts", () => {
    const doc = docWith(smallRota());
    const r = removeAssistant(doc, "a1");
    expect(r.ok || r.issues[0]?.message).toMatch(/still has 2 shifts/);
    removeShift(doc, "s2");
    expect(removeAssistant(doc, "a2")).toEqual({ ok: true });
    expect(docMaps(doc).assistants.has("a2")).toBe(false);
  });
});

describe("settings", () => {
  it("changes several settings in one transaction, and removes with null", () => {
    const doc = docWith(smallRota({ locale: "da" }));
    const seen = origins(doc);
    const r = setSettings(doc, {
      name: "Renamed",
      grant: { hours: 40, per: "week" },
      need: [{ days: ["mon", "tue"], from: "07:00", to: "15:00", assistants: 1 }],
      period: { from: "2026-03-01", to: "2026-03-31" },
      overrides: { "daily-rest": { hours: 9 } },
      locale: null,
    });
    expect(r).toEqual({ ok: true });
    expect(seen).toEqual([LOCAL_ORIGIN]);
    const read = docToRota(doc);
    expect(read.ok && read.rota).toMatchObject({
      grant: { hours: 40, per: "week" },
      period: { from: "2026-03-01", to: "2026-03-31" },
      overrides: { "daily-rest": { hours: 9 } },
    });
    expect(read.ok && "locale" in read.rota).toBe(false);
    expect(docMaps(doc).meta.get("name")).toBe("Renamed");
  });

  it.each([
    ["a negative grant", { grant: { hours: -1, per: "week" as const } }, "$.grant.hours"],
    [
      "a period ending before it starts",
      { period: { from: "2026-03-31", to: "2026-03-01" } },
      "$.period.to",
    ],
    [
      "a need from 10:00 to 10:00",
      { need: [{ days: ["mon" as const], from: "10:00", to: "10:00", assistants: 1 }] },
      "$.need[0].to",
    ],
    ["an unknown profile", { profile: "se" }, "$.profile"],
    [
      "an unknown rule",
      { overrides: { "no-such-rule": { hours: 1 } } },
      '$.overrides["no-such-rule"]',
    ],
    ["an empty name", { name: " " }, "$.name"],
  ])("refuses %s and writes nothing", (_what, patch, path) => {
    const doc = docWith(smallRota());
    const seen = origins(doc);
    const r = setSettings(doc, patch);
    expect(r.ok || r.issues.map((i) => i.path)).toEqual([path]);
    expect(seen).toEqual([]);
  });

  it("is not blocked by an unrelated corrupted setting", () => {
    const doc = docWith(smallRota());
    writeRaw(doc, "meta", "grant", { hours: "lots" });
    expect(setSettings(doc, { period: { from: "2026-03-01", to: "2026-03-31" } }).ok).toBe(true);
  });
});

describe("publish", () => {
  it("stores the current valid shifts as the published rota, not undoably", () => {
    const doc = docWith(smallRota());
    writeRaw(doc, "shifts", "bad", { order: 9, value: { id: "bad" } });
    const seen = origins(doc);
    const r = publish(doc, "2026-02-20T12:00");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(seen).toEqual([PUBLISH_ORIGIN]);
    expect(r.issues.map((i) => i.path)).toEqual([
      'shifts["bad"].assistantId',
      'shifts["bad"].start',
      'shifts["bad"].end',
    ]);
    const read = docToRota(doc);
    expect(read.ok && read.rota.published?.at).toBe("2026-02-20T12:00");
    expect(read.ok && read.rota.published?.shifts.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    expect(publish(doc, "2026-03-29T02:30")).toMatchObject({
      ok: false,
      issues: [{ path: "$.at" }],
    });
  });
});
