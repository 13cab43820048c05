/**
 * The boundary between a Y.Doc and core's rota: lossless round trips of rota files (unknown
 * fields at every level), imports that change nothing when the file is bad, and corrupted
 * entities that are reported with their document path and left out, never lost.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  DOC_VERSION,
  arrangementName,
  docMaps,
  docToRota,
  exportRota,
  importRota,
  newArrangement,
} from "../../../planner/src/doc/index.js";
import { docWith, fixtureText, readFile, smallRota, writeRaw } from "./helpers.js";

/** The spec example with an unknown field at every level of the file. */
function withUnknownFields(): string {
  const file = JSON.parse(fixtureText("spec-example.rota.json")) as Record<string, unknown>;
  const shift = {
    id: "s1",
    assistantId: "a1",
    start: "2026-03-02T07:00",
    end: "2026-03-02T15:00",
    "x-shift": { colour: "teal", tags: ["a", 1, null] },
  };
  return JSON.stringify({
    ...file,
    "x-top": { nested: [1, { deep: true }] },
    "x-note": "kept",
    period: { from: "2026-03-01", to: "2026-03-31", "x-period": 1 },
    assistants: [
      { id: "a1", name: "Anna Jensen", birthDate: "1996-04-01", "x-assistant": { phone: "12" } },
      { id: "a0", name: "Zed", contractHoursPerWeek: 10 },
    ],
    shifts: [
      shift,
      { id: "s0", assistantId: "a0", start: "2026-03-05T22:00", end: "2026-03-06T06:00" },
    ],
    grant: { hours: 84, per: "week", "x-grant": "g" },
    need: [{ days: ["mon"], from: "07:00", to: "15:00", assistants: 1, "x-need": [] }],
    published: { at: "2026-02-01T12:00", shifts: [shift], "x-published": 0 },
  });
}

describe("round trip: rota file -> doc -> file", () => {
  it.each([
    ["spec-example.rota.json", fixtureText("spec-example.rota.json")],
    ["timesheet/march-2026.rota.json", fixtureText("timesheet/march-2026.rota.json")],
    ["unknown fields at every level", withUnknownFields()],
  ])("%s comes back deep-equal, in its order", (_name, text) => {
    const doc = docWith(text);
    const exported = exportRota(doc);
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(exported.issues).toEqual([]);
    expect(JSON.parse(exported.text)).toEqual(JSON.parse(text));

    const read = docToRota(doc);
    expect(read.ok && read.issues).toEqual([]);
    expect(read.ok && read.rota).toEqual(readFile(text));

    // And again through a second document: the export is itself a faithful file.
    const again = exportRota(docWith(exported.text));
    expect(again.ok && again.text).toBe(exported.text);
  });

  it("keeps the file's order of shifts, not the map's", () => {
    const doc = docWith(fixtureText("timesheet/march-2026.rota.json"));
    const read = docToRota(doc);
    expect(read.ok && read.rota.shifts.map((s) => s.id)).toEqual([
      "s7",
      "s1",
      "s2",
      "s3",
      "s4",
      "s5",
      "s6",
      "s0",
    ]);
  });

  it("stores the version, the name and each entity as { order, value }", () => {
    const doc = docWith(fixtureText("spec-example.rota.json"), "Anna's rota");
    const { meta, shifts } = docMaps(doc);
    expect(meta.get("version")).toBe(DOC_VERSION);
    expect(arrangementName(doc)).toBe("Anna's rota");
    expect(shifts.get("s1")).toMatchObject({ order: 0, value: { id: "s1", breakMinutes: 30 } });
  });

  it("creates a new, empty arrangement and refuses to overwrite one", () => {
    const doc = new Y.Doc();
    const r = newArrangement(doc, {
      name: "Ny",
      profile: "no",
      timeZone: "Europe/Oslo",
      locale: "nb",
    });
    expect(r.ok).toBe(true);
    expect(docToRota(doc)).toMatchObject({ ok: true, rota: { profile: "no", shifts: [] } });
    expect(newArrangement(doc, { name: "Again", profile: "dk", timeZone: "UTC" }).ok).toBe(false);
    const bad = newArrangement(new Y.Doc(), { name: "X", profile: "se", timeZone: "Mars/Base" });
    expect(bad.ok || bad.issues.map((i) => i.path)).toEqual(["$.profile"]);
  });
});

describe("a bad import changes nothing and says why", () => {
  const badFiles: [string, string, string][] = [
    ["not JSON", "{ this is not json", "$"],
    ["a newer format", smallRota({ format: "turnus-rota/9" }), "$.format"],
    ["an unknown profile", smallRota({ profile: "se" }), "$.profile"],
    ["an unknown time zone", smallRota({ timeZone: "Mars/Base" }), "$.timeZone"],
    [
      "a shift ending before it starts",
      smallRota({
        shifts: [
          { id: "s1", assistantId: "a1", start: "2026-03-02T15:00", end: "2026-03-02T07:00" },
        ],
      }),
      "$.shifts[0].end",
    ],
    [
      "a shift for an unknown assistant",
      smallRota({
        shifts: [
          { id: "s1", assistantId: "zz", start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
        ],
      }),
      "$.shifts[0].assistantId",
    ],
    [
      "an unknown rule override",
      smallRota({ overrides: { "no-such-rule": { x: 1 } } }),
      "$.overrides",
    ],
  ];

  it.each(badFiles)("%s", (_what, text, path) => {
    const doc = docWith(fixtureText("spec-example.rota.json"), "Kept");
    const before = Y.encodeStateAsUpdate(doc);
    let updates = 0;
    doc.on("update", () => updates++);
    const r = importRota(doc, text, "Replacement");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.some((i) => i.path.startsWith(path))).toBe(true);
    for (const i of r.issues) expect(i.message.length).toBeGreaterThan(5);
    expect(updates).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(arrangementName(doc)).toBe("Kept");
  });

  it("refuses an empty name", () => {
    const r = importRota(new Y.Doc(), smallRota(), "  ");
    expect(r.ok || r.issues[0]?.path).toBe("name");
  });
});

describe("a corrupted document: reported with its path, left out, never lost", () => {
  it("leaves out a shift that ends before it starts, and the rest works", () => {
    const doc = docWith(fixtureText("timesheet/march-2026.rota.json"));
    const s7 = docMaps(doc).shifts.get("s7") as { order: number; value: Record<string, unknown> };
    writeRaw(doc, "shifts", "s7", {
      order: s7.order,
      value: { ...s7.value, end: "2026-03-31T21:00" },
    });
    const r = docToRota(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.path).toBe('shifts["s7"].end');
    expect(r.issues[0]?.message).toMatch(/before it starts/);
    expect(r.rota.shifts.map((s) => s.id)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6", "s0"]);
    // Still in the document, and in a (lossless) export, named in its issues.
    expect(docMaps(doc).shifts.has("s7")).toBe(true);
    const exported = exportRota(doc);
    expect(exported.ok && exported.issues.map((i) => i.path)).toEqual(['shifts["s7"].end']);
    expect(exported.ok && exported.text).toContain('"2026-03-31T21:00"');
  });

  it("names every kind of bad entity by its key", () => {
    const doc = docWith(smallRota());
    writeRaw(doc, "shifts", "junk", 42);
    writeRaw(doc, "shifts", "s9", {
      order: 9,
      value: { id: "s9", assistantId: "a1", start: "2026-03-29T02:30", end: "2026-03-29T05:00" },
    });
    writeRaw(doc, "shifts", "s8", {
      order: 8,
      value: { id: "other", assistantId: "a1", start: "2026-03-05T07:00", end: "2026-03-05T08:00" },
    });
    writeRaw(doc, "shifts", "s10", {
      order: 10,
      value: { id: "s10", assistantId: "a1", start: "2026-03-06T07:00", kind: "nap" },
    });
    writeRaw(doc, "assistants", "a2", { order: 1, value: { id: "a2", name: 7 } });
    const r = docToRota(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual([
      'assistants["a2"].name',
      'shifts["s2"].assistantId',
      'shifts["s8"].id',
      'shifts["s9"].start',
      'shifts["s10"].end',
      'shifts["s10"].kind',
      'shifts["junk"]',
    ]);
    expect(r.issues[1]?.message).toMatch(/whose entry has problems/);
    expect(r.rota.assistants.map((a) => a.id)).toEqual(["a1"]);
    expect(r.rota.shifts.map((s) => s.id)).toEqual(["s1", "s3"]);
  });

  it("leaves out a bad optional setting, and refuses an unusable time zone", () => {
    const doc = docWith(fixtureText("spec-example.rota.json"));
    writeRaw(doc, "meta", "grant", { hours: -5, per: "week" });
    writeRaw(doc, "meta", "overrides", { "daily-rest": { hours: "eleven" } });
    const r = docToRota(doc);
    expect(r.ok && r.issues.map((i) => i.path)).toEqual([
      "meta.grant.hours",
      'meta.overrides["daily-rest"].hours',
    ]);
    expect(r.ok && r.rota.grant).toBeUndefined();
    expect(r.ok && r.rota.overrides).toBeUndefined();
    expect(r.ok && r.rota.shifts).toHaveLength(1);

    writeRaw(doc, "meta", "timeZone", "Mars/Base");
    const bad = docToRota(doc);
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.path)).toContain("meta.timeZone");
  });
});
