/**
 * Profiles and overrides (rules.md: "the table's numbers are the profile's parameters ... a user
 * can override a parameter per arrangement"; rota-file.md: bad input is reported with the JSON
 * path of the offending value).
 */
import { describe, expect, it } from "vitest";
import { readRota } from "../../../core/src/model/index.js";
import { PROFILE_PARAMS } from "../../../core/src/rules/index.js";
import { check, checkIssues, days, only, rota, rotaNo, type ShiftSpec } from "./helpers.js";

/** Worked example 1: 15–23 then 07–15, 8 hours of rest, no breaks. */
const example1: ShiftSpec[] = [
  { id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T23:00" },
  { id: "s2", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
];
const overrides = (o: Record<string, Record<string, unknown>>) => ({ overrides: o });
const paths = (value: unknown) => checkIssues(value).map((i) => i.path);

describe("profile parameters follow the table of rules.md", () => {
  it("dk", () => {
    const p = PROFILE_PARAMS.dk;
    expect(p["daily-rest"]).toMatchObject({ enabled: true, severity: "error", hours: 11 });
    expect(p["weekly-rest"]).toMatchObject({ severity: "error", hours: 35, mode: "rolling" });
    expect(p["average-weekly-hours"]).toMatchObject({ severity: "error", hours: 48, weeks: 17 });
    expect(p["weekly-hours-cap"].enabled).toBe(false);
    expect(p.break).toMatchObject({ severity: "error", afterHours: 6, youngAfterHours: 4.5 });
    expect(p["young-worker"]).toMatchObject({ nightFrom: "20:00", nightTo: "06:00", age: 18 });
    expect(p["daily-rest"].youngHours).toBe(12);
    expect(p["weekly-rest"].youngHours).toBe(48);
    expect(p["late-change"].noticeDays).toBe(28);
    expect(p.overlap.severity).toBe("error");
    expect(p["grant-exceeded"].severity).toBe("error");
    expect(p["coverage-gap"].severity).toBe("warning");
  });

  it("no", () => {
    const p = PROFILE_PARAMS.no;
    expect(p["daily-rest"]).toMatchObject({ severity: "error", hours: 11, youngHours: 12 });
    expect(p["weekly-rest"]).toMatchObject({ hours: 35, mode: "rolling" });
    expect(p["average-weekly-hours"]).toMatchObject({ hours: 48, weeks: 8 });
    expect(p["weekly-hours-cap"]).toMatchObject({ enabled: true, severity: "error", hours: 69 });
    expect(p.break).toMatchObject({ enabled: true, severity: "warning", afterHours: 5.5 });
    expect(p["young-worker"]).toMatchObject({ nightFrom: "21:00", nightTo: "06:00", age: 18 });
    expect(p["late-change"].noticeDays).toBe(14);
    expect(p["coverage-gap"].severity).toBe("warning");
    expect(p["grant-exceeded"].severity).toBe("error");
  });
});

describe("valid overrides", () => {
  it("change a limit: daily rest 8 h (the handicap-helper agreement) accepts example 1", () => {
    expect(only("daily-rest", rota(example1, overrides({ "daily-rest": { hours: 8 } })))).toEqual(
      [],
    );
    const v = only("daily-rest", rota(example1, overrides({ "daily-rest": { hours: 9 } })));
    expect(v.map((x) => [x.measured, x.limit])).toEqual([[8, 9]]);
  });

  it("keep the other parameters of the rule (the young limit stays 12 h)", () => {
    const young = {
      assistants: [{ id: "a1", name: "A", birthDate: "2009-06-01" }],
      ...overrides({ "daily-rest": { hours: 8 } }),
    };
    const v = only(
      "daily-rest",
      rota(
        [
          { id: "s1", start: "2026-03-16T10:00", end: "2026-03-16T18:30" },
          { id: "s2", start: "2026-03-17T06:00", end: "2026-03-17T12:00" },
        ],
        young,
      ),
    );
    expect(v.map((x) => [x.measured, x.limit])).toEqual([[11.5, 12]]);
  });

  it("switch a rule off with enabled: false, leaving the others", () => {
    const all = check(rota(example1, overrides({ "daily-rest": { enabled: false } })));
    expect(all.filter((v) => v.rule === "daily-rest")).toEqual([]);
    expect(all.filter((v) => v.rule === "break").map((v) => v.shiftIds)).toEqual([["s1"], ["s2"]]);
  });

  it("change the severity", () => {
    const br = only("break", rota(example1, overrides({ break: { severity: "warning" } })));
    expect(br.map((v) => v.severity)).toEqual(["warning", "warning"]);
    const gap = only(
      "coverage-gap",
      rota([{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T12:00" }], {
        period: { from: "2026-03-02", to: "2026-03-02" },
        need: [{ days: ["mon"], from: "08:00", to: "16:00", assistants: 1 }],
        ...overrides({ "coverage-gap": { severity: "error" } }),
      }),
    );
    expect(gap.map((v) => v.severity)).toEqual(["error"]);
  });

  it("switch on the weekly cap in Denmark with a limit of one's own", () => {
    // 7 × 9 h = 63 h in the week of 2 March.
    const shifts = days("s", "2026-03-02", 7, "08:00", "17:00");
    const v = only(
      "weekly-hours-cap",
      rota(shifts, overrides({ "weekly-hours-cap": { enabled: true, hours: 60 } })),
    );
    expect(v.map((x) => [x.from, x.measured, x.limit, x.severity])).toEqual([
      ["2026-03-02T00:00", 63, 60, "error"],
    ]);
  });

  it("change the Norwegian break threshold and the averaging period", () => {
    const six = [{ id: "s1", start: "2026-03-02T08:00", end: "2026-03-02T14:00" }];
    expect(only("break", rotaNo(six, overrides({ break: { afterHours: 6 } })))).toEqual([]);
    // One week of 7 × 7 h = 49 h averaged over 1 week.
    const week = days("s", "2026-03-02", 7, "08:00", "15:00");
    const v = only(
      "average-weekly-hours",
      rotaNo(week, overrides({ "average-weekly-hours": { weeks: 1 } })),
    );
    expect(v.map((x) => [x.from, x.to, x.measured])).toEqual([
      ["2026-03-02T00:00", "2026-03-09T00:00", 49],
    ]);
  });
});

describe("invalid overrides are reported with JSON paths", () => {
  it("an unknown rule id", () => {
    expect(paths(rota(example1, overrides({ "daily-rests": { hours: 8 } })))).toEqual([
      '$.overrides["daily-rests"]',
    ]);
  });

  it("an unknown parameter, at the path of that parameter", () => {
    const issues = checkIssues(rota(example1, overrides({ "daily-rest": { hour: 8 } })));
    expect(issues.map((i) => i.path)).toEqual(['$.overrides["daily-rest"].hour']);
    expect(issues[0]?.message).toContain("hour");
  });

  it("a value of the wrong type", () => {
    const issues = checkIssues(rota(example1, overrides({ "daily-rest": { hours: "eleven" } })));
    expect(issues.map((i) => i.path)).toEqual(['$.overrides["daily-rest"].hours']);
    expect(paths(rota(example1, overrides({ "weekly-rest": { mode: "fortnight" } })))).toEqual([
      '$.overrides["weekly-rest"].mode',
    ]);
    expect(paths(rota(example1, overrides({ "late-change": { noticeDays: 2.5 } })))).toEqual([
      '$.overrides["late-change"].noticeDays',
    ]);
    expect(paths(rota(example1, overrides({ "coverage-gap": { enabled: "no" } })))).toEqual([
      '$.overrides["coverage-gap"].enabled',
    ]);
    expect(paths(rota(example1, overrides({ "grant-exceeded": { severity: "fatal" } })))).toEqual([
      '$.overrides["grant-exceeded"].severity',
    ]);
    expect(paths(rota(example1, overrides({ "young-worker": { nightFrom: "8 pm" } })))).toEqual([
      '$.overrides["young-worker"].nightFrom',
    ]);
  });

  it("every problem at once", () => {
    expect(
      paths(
        rota(
          example1,
          overrides({
            "daily-rest": { hours: -1 },
            "no-such-rule": {},
            "late-change": { noticeDays: "x" },
          }),
        ),
      ).sort(),
    ).toEqual([
      '$.overrides["daily-rest"].hours',
      '$.overrides["late-change"].noticeDays',
      '$.overrides["no-such-rule"]',
    ]);
  });

  it("a rule's overrides that are not an object are rejected when the file is read", () => {
    const r = readRota(rota(example1, { overrides: { "daily-rest": 8 } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['$.overrides["daily-rest"]']);
  });
});

describe("message language (locale) and legal source", () => {
  it("da, nb and en messages all carry the source; nn and no read as bokmål", () => {
    const msg = (locale: string) =>
      only("daily-rest", rotaNo(example1, { locale }))[0]?.message ?? "";
    const [da, nb, en, nn, no] = ["da", "nb", "en", "nn", "no"].map(msg);
    for (const m of [da, nb, en]) expect(m).toContain("arbeidsmiljøloven § 10-8 (1)");
    expect(new Set([da, nb, en]).size).toBe(3);
    expect(nn).toEqual(nb);
    expect(no).toEqual(nb);
    expect(en).toContain("8 h");
    expect(nb).toContain("8 t");
  });
});
