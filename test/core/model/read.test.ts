import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  migrate,
  readRota,
  writeRota,
  type Issue,
  type Migration,
  type RotaFileSchema,
} from "../../../core/src/model/index.js";

const example = JSON.parse(
  readFileSync(new URL("../../fixtures/spec-example.rota.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
type Doc = z.input<typeof RotaFileSchema> & {
  assistants: Array<Record<string, unknown> & { id: string; name: string }>;
  shifts: Array<Record<string, unknown> & { id: string; end: string; start: string }>;
  need: Array<Record<string, unknown>>;
  grant: Record<string, unknown>;
  [k: string]: unknown;
};
const clone = (): Doc => structuredClone(example) as Doc;
const first = <T>(list: T[]): T => {
  const x = list[0];
  if (x === undefined) throw new Error("empty");
  return x;
};
const issuesOf = (input: unknown): readonly Issue[] => {
  const r = readRota(input);
  if (r.ok) throw new Error("expected the rota to be rejected");
  return r.issues;
};

describe("readRota", () => {
  it("accepts the example of rota-file.md", () => {
    const r = readRota(JSON.stringify(example));
    expect(r.ok).toBe(true);
  });

  it("keeps unknown fields on a round trip, at every level", () => {
    const doc = clone();
    doc.x_employer = { cvr: "12345678" };
    first(doc.assistants).x_colour = "#aa0000";
    first(doc.shifts).x_origin = "import";
    doc.grant.x_case = "2026-123";
    const r = readRota(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(JSON.parse(writeRota(r.rota))).toEqual(doc);
  });

  it("does not add defaults to fields that were absent", () => {
    const doc = clone();
    delete first(doc.shifts).kind;
    delete first(doc.shifts).purpose;
    const r = readRota(doc);
    if (!r.ok) throw new Error("rejected");
    expect(r.rota.shifts[0]).not.toHaveProperty("kind");
  });

  it("names an unknown profile with the allowed ones", () => {
    const doc = { ...clone(), profile: "de" };
    expect(issuesOf(doc)).toEqual([
      { path: "$.profile", message: 'unknown profile "de": use "dk", "no"' },
    ]);
  });

  it("reports a shift ending before it starts at the shift's end", () => {
    const doc = clone();
    first(doc.shifts).end = "2026-03-02T06:00";
    const [issue] = issuesOf(doc);
    expect(issue?.path).toBe("$.shifts[0].end");
    expect(issue?.message).toContain("ends (2026-03-02T06:00) before it starts");
  });

  it("reports a time that does not exist in the zone", () => {
    const doc = clone();
    first(doc.shifts).start = "2026-03-29T02:30";
    first(doc.shifts).end = "2026-03-29T08:00";
    const [issue] = issuesOf(doc);
    expect(issue?.path).toBe("$.shifts[0].start");
    expect(issue?.message).toContain("does not exist in Europe/Copenhagen");
  });

  it("reports a shift for an unknown assistant and duplicate ids, all at once", () => {
    const doc = clone();
    doc.shifts.push({ ...first(doc.shifts), assistantId: "ghost" });
    doc.assistants.push({ id: "a1", name: "Anna again" });
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.path).sort()).toEqual([
      "$.assistants[1].id",
      "$.shifts[1].assistantId",
      "$.shifts[1].id",
    ]);
    expect(issues.find((i) => i.path === "$.shifts[1].assistantId")?.message).toContain('"ghost"');
  });

  it("reports an unknown zone, bad JSON, a wrong format and schema errors with paths", () => {
    expect(issuesOf({ ...clone(), timeZone: "Mars/Olympus" })[0]?.path).toBe("$.timeZone");
    expect(issuesOf("{ not json")[0]?.message).toMatch(/^not valid JSON/);
    expect(issuesOf({ ...clone(), format: "turnus-rota/9" })[0]?.message).toContain("newer Turnus");
    expect(issuesOf({ ...clone(), format: undefined })[0]?.path).toBe("$.format");
    const doc = clone();
    first(doc.shifts).kind = "holiday";
    first(doc.shifts).breakMinutes = -5;
    const issues = issuesOf(doc);
    expect(issues).toContainEqual({
      path: "$.shifts[0].kind",
      message:
        'unknown shift kind "holiday": use "work", "oncall", "vacation", "sick", "child-sick", "leave"',
    });
    expect(issues.map((i) => i.path)).toContain("$.shifts[0].breakMinutes");
  });

  it("reports an impossible birth date, period and need", () => {
    const doc = clone();
    first(doc.assistants).birthDate = "1996-02-30";
    doc.period = { from: "2026-03-31", to: "2026-03-01" };
    first(doc.need).to = "25:00";
    expect(
      issuesOf(doc)
        .map((i) => i.path)
        .sort(),
    ).toEqual(["$.assistants[0].birthDate", "$.need[0].to", "$.period.to"]);
  });
});

describe("migrate", () => {
  it("runs steps in order up to the current format", () => {
    const steps: Migration[] = [
      { from: "turnus-rota/0", to: "turnus-rota/0.5", up: (d) => ({ ...d, a: 1 }) },
      { from: "turnus-rota/0.5", to: "turnus-rota/1", up: (d) => ({ ...d, b: Number(d.a) + 1 }) },
    ];
    const r = migrate({ format: "turnus-rota/0" }, steps);
    expect(r).toEqual({ ok: true, doc: { format: "turnus-rota/1", a: 1, b: 2 } });
  });

  it("refuses a cycle instead of looping", () => {
    const steps: Migration[] = [
      { from: "x", to: "y", up: (d) => ({ ...d }) },
      { from: "y", to: "x", up: (d) => ({ ...d }) },
    ];
    expect(migrate({ format: "x" }, steps).ok).toBe(false);
  });
});
