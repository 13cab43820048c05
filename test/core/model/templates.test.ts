import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  parseShiftText,
  readRota,
  templateMap,
  writeRota,
  type Issue,
} from "../../../core/src/model/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";

const example = JSON.parse(
  readFileSync(new URL("../../fixtures/spec-example.rota.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const withTemplates = (templates: unknown): Record<string, unknown> => ({
  ...structuredClone(example),
  templates,
});
const issuesOf = (input: unknown): readonly Issue[] => {
  const r = readRota(input);
  if (r.ok) throw new Error("expected the rota to be rejected");
  return r.issues;
};
const GOOD = [
  { short: "D", text: "7-15", name: "Day" },
  { short: "N", text: "22-7" },
  { short: "R", text: "22-7 r", x_colour: "#00f" },
];

describe("shift templates in the rota file", () => {
  it("accepts templates and keeps them, unknown fields included, on a round trip", () => {
    const doc = withTemplates(GOOD);
    const r = readRota(doc);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(JSON.parse(writeRota(r.rota))).toEqual(doc);
  });

  it("gives parseShiftText its map, so that a short name types a shift", () => {
    const r = readRota(withTemplates(GOOD));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const map = templateMap(r.rota);
    expect(map).toEqual({ D: "7-15", N: "22-7", R: "22-7 r" });
    expect(parseShiftText("r", "2026-03-02" as LocalDate, map)).toMatchObject({
      ok: true,
      start: "2026-03-02T22:00",
      end: "2026-03-03T07:00",
      kind: "oncall",
    });
    expect(templateMap({})).toEqual({});
  });

  it("reports a text that is not a shift at the template's text", () => {
    expect(issuesOf(withTemplates([{ short: "D", text: "7-99" }]))).toEqual([
      { path: "$.templates[0].text", message: '"7-99" has a time that does not exist' },
    ]);
  });

  it("reports short names used twice without regard to case", () => {
    const [issue, ...rest] = issuesOf(
      withTemplates([
        { short: "D", text: "7-15" },
        { short: "d", text: "8-16" },
      ]),
    );
    expect(rest).toEqual([]);
    expect(issue?.path).toBe("$.templates[1].short");
    expect(issue?.message).toContain("also at $.templates[0]");
  });

  it("refuses a short name that is itself a shift text", () => {
    const [issue] = issuesOf(withTemplates([{ short: "7-15", text: "7-15" }]));
    expect(issue?.path).toBe("$.templates[0].short");
    expect(issue?.message).toContain("reads as a shift itself");
  });

  it("refuses empty, long, padded and missing fields with their paths", () => {
    const issues = issuesOf(
      withTemplates([
        { short: "", text: "7-15" },
        { short: "ABCDEFG", text: "7-15" },
        { short: " D", text: "7-15" },
        { short: "E" },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      "$.templates[0].short",
      "$.templates[1].short",
      "$.templates[2].short",
      "$.templates[3].text",
    ]);
    expect(issues[0]?.message).toBe("must not be empty");
    expect(issues[1]?.message).toBe("must be at most 6 characters");
    expect(issues[3]?.message).toBe("a shift text is missing");
  });

  it("refuses templates that are not a list", () => {
    expect(issuesOf(withTemplates({ D: "7-15" }))[0]?.path).toBe("$.templates");
  });
});
