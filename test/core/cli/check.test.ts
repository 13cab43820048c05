/**
 * `turnus check` (shared/spec/rota-file.md): first through `main` with an in-memory io, then as
 * a real process (`node core/bin/turnus.mjs`, `npx turnus`), the way a user runs it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main, runCheck, type CliIo } from "../../../core/src/cli/index.js";
import { RULE_IDS } from "../../../core/src/rules/index.js";

const root = path.resolve(import.meta.dirname, "../../..");
const specExamplePath = "test/fixtures/spec-example.rota.json";
const timesheetFixturePath = "test/fixtures/timesheet/march-2026.rota.json";
const specExample = readFileSync(path.join(root, specExamplePath), "utf8");

interface ShiftSpec {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly breakMinutes?: number;
  readonly actual?: Readonly<Record<string, unknown>>;
}

/** A small `dk` rota file (English messages) for assistant a1, Anna Jensen. */
const rotaText = (shifts: readonly ShiftSpec[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    locale: "en",
    assistants: [{ id: "a1", name: "Anna Jensen" }],
    shifts: shifts.map((s) => ({ assistantId: "a1", kind: "work", ...s })),
    ...extra,
  });

/** rules.md worked example 1: Mon 15–23 (s1), Tue 07–15 (s2), no breaks → daily-rest at s1. */
const example1 = rotaText([
  { id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T23:00" },
  { id: "s2", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
]);

/** Published empty on 1 Feb; one shift added for Mon 2 March 07:00; the file names no `now`. */
const lateWithoutNow = rotaText(
  [{ id: "s1", start: "2026-03-02T07:00", end: "2026-03-02T15:00", breakMinutes: 30 }],
  { published: { at: "2026-02-01T12:00", shifts: [] } },
);

/** The shift ends before it starts: an invalid rota. */
const endsBeforeStart = rotaText([
  { id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T07:00" },
]);

/**
 * Example 1 with s1 actually worked 15:00–19:00 (12 hours' rest before s2 at 07:00), as the
 * file's `now` sees it: on 4 March both shifts are past; on 2 March s1 is not.
 */
const actualFile = (now: string): string =>
  rotaText(
    [
      { id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T23:00" },
      { id: "s2", start: "2026-03-03T07:00", end: "2026-03-03T15:00" },
    ].map((s) =>
      s.id === "s1"
        ? { ...s, actual: { status: "worked", start: "2026-03-02T15:00", end: "2026-03-02T19:00" } }
        : s,
    ),
    { now },
  );

const FILES: Readonly<Record<string, string>> = {
  "actual-past.json": actualFile("2026-03-04T09:00"),
  "actual-ahead.json": actualFile("2026-03-02T09:00"),
  "spec-example.json": specExample,
  "example1.json": example1,
  "late.json": lateWithoutNow,
  "broken.json": "{ not json",
  "invalid.json": endsBeforeStart,
};

/** 2026-02-20 09:00 in Copenhagen (UTC+1): 9.92 days before s1 of `late.json`. */
const FEB_20 = Date.UTC(2026, 1, 20, 8, 0);
/** 2026-01-02 09:00 in Copenhagen: s1 of `late.json` is more than 28 days ahead. */
const JAN_2 = Date.UTC(2026, 0, 2, 8, 0);

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `turnus ...argv` against the in-memory files, with the clock at `now`. */
async function turnus(argv: readonly string[], now = FEB_20): Promise<Run> {
  let out = "";
  let err = "";
  const io: CliIo = {
    readFile: (p) => {
      const text = FILES[p];
      return text === undefined
        ? Promise.reject(new Error(`ENOENT: no such file or directory, open '${p}'`))
        : Promise.resolve(text);
    },
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    now: () => now,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

interface JsonViolation {
  readonly rule: string;
  readonly severity: string;
  readonly assistantId?: string;
  readonly shiftIds: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly measured: number;
  readonly limit: number;
  readonly message: string;
}

/** The violations of a `--json` output; fails unless it is exactly `{"violations":[...]}`. */
function violationsOf(out: string): JsonViolation[] {
  const parsed = JSON.parse(out) as unknown;
  expect(parsed).toBeTypeOf("object");
  expect(Object.keys(parsed as object)).toEqual(["violations"]);
  const { violations } = parsed as { violations: unknown };
  expect(Array.isArray(violations)).toBe(true);
  return violations as JsonViolation[];
}

describe("turnus check, through main", () => {
  it("exits 0 for a rota with only warnings (the spec's example file)", async () => {
    const r = await turnus(["check", "spec-example.json"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("0 errors");
    expect(r.out).toContain("WARNING");
    expect(r.out).not.toContain("ERROR");
  });

  it("exits 1 for rules.md example 1, a daily-rest error anchored at s1", async () => {
    const r = await turnus(["check", "example1.json", "--json"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    const daily = violationsOf(r.out).filter((v) => v.rule === "daily-rest");
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatchObject({
      severity: "error",
      assistantId: "a1",
      shiftIds: ["s1", "s2"],
      from: "2026-03-02T15:00",
      to: "2026-03-03T15:00",
      measured: 8,
      limit: 11,
    });
  });

  it("prints exactly {violations: [...]} with --json, each with the fields of rules.md", async () => {
    const r = await turnus(["check", "spec-example.json", "--json"]);
    expect(r.code).toBe(0);
    const violations = violationsOf(r.out);
    expect(violations.length).toBeGreaterThan(0);
    for (const v of violations) {
      expect(RULE_IDS).toContain(v.rule);
      expect(["error", "warning"]).toContain(v.severity);
      expect(Array.isArray(v.shiftIds)).toBe(true);
      expect(v.from).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
      expect(v.to).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
      expect(v.measured).toBeTypeOf("number");
      expect(v.limit).toBeTypeOf("number");
      expect(v.message).toBeTypeOf("string");
      expect(v.message).not.toBe("");
    }
    // assistantId is there for assistant rules and absent for arrangement-wide ones
    const late = violations.find((v) => v.rule === "late-change");
    expect(late).toMatchObject({ assistantId: "a1", shiftIds: ["s1"] });
    const gap = violations.find((v) => v.rule === "coverage-gap");
    expect(gap).toBeDefined();
    expect(gap).not.toHaveProperty("assistantId");
  });

  it("reports only the rules named by --rule", async () => {
    const all = violationsOf((await turnus(["check", "example1.json", "--json"])).out);
    expect(new Set(all.map((v) => v.rule))).toEqual(new Set(["daily-rest", "break"]));

    const r = await turnus(["check", "example1.json", "--json", "--rule", "daily-rest"]);
    expect(r.code).toBe(1);
    expect(violationsOf(r.out).map((v) => [v.rule, v.shiftIds[0]])).toEqual([["daily-rest", "s1"]]);

    const two = await turnus([
      "check",
      "example1.json",
      "--json",
      "--rule=daily-rest",
      "--rule=break",
    ]);
    expect(violationsOf(two.out)).toHaveLength(all.length);

    // the exit code follows what is reported: only warnings left → 0
    const warnings = await turnus(["check", "spec-example.json", "--json", "--rule", "overlap"]);
    expect(warnings.code).toBe(0);
    expect(violationsOf(warnings.out)).toEqual([]);
  });

  it("names the rule, the assistant's name and the message in the human report", async () => {
    const json = violationsOf((await turnus(["check", "example1.json", "--json"])).out);
    const message = json.find((v) => v.rule === "daily-rest")?.message;
    expect(message).toBeDefined();

    const r = await turnus(["check", "example1.json"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).toContain("daily-rest");
    expect(r.out).toContain("Anna Jensen");
    expect(r.out).toContain(message ?? "(no daily-rest message)");
    expect(r.out).toContain("hviletidsbekendtgørelsen");
  });

  it("uses io.now() for late-change when the file names no `now`", async () => {
    const near = await turnus(["check", "late.json", "--json"], FEB_20);
    expect(near.code).toBe(0);
    expect(violationsOf(near.out)).toEqual([
      expect.objectContaining({
        rule: "late-change",
        severity: "warning",
        shiftIds: ["s1"],
        measured: 9.92,
        limit: 28,
      }),
    ]);

    const far = await turnus(["check", "late.json", "--json"], JAN_2);
    expect(far.code).toBe(0);
    expect(violationsOf(far.out)).toEqual([]);
  });

  it("checks past shifts as actually worked and today's and later ones as planned", async () => {
    const past = await turnus(["check", "actual-past.json", "--json", "--rule", "daily-rest"]);
    expect(past.code).toBe(0);
    expect(violationsOf(past.out)).toEqual([]);
    const ahead = await turnus(["check", "actual-ahead.json", "--json", "--rule", "daily-rest"]);
    expect(ahead.code).toBe(1);
    expect(violationsOf(ahead.out).map((v) => v.shiftIds)).toEqual([["s1", "s2"]]);
  });

  it("prefers the file's `now` to io.now()", async () => {
    for (const now of [FEB_20, JAN_2]) {
      const r = await turnus(
        ["check", "spec-example.json", "--json", "--rule", "late-change"],
        now,
      );
      // spec example: now 2026-02-10T09:00, s1 at 2026-03-02T07:00
      expect(violationsOf(r.out).map((v) => v.measured)).toEqual([19.92]);
    }
  });

  it("exits 2 when the file can not be read", async () => {
    const r = await turnus(["check", "missing.json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("cannot read missing.json");
    expect(r.err).toContain("ENOENT");
  });

  it("exits 2 on a file that is not JSON", async () => {
    const r = await turnus(["check", "broken.json", "--json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("broken.json is not a valid rota");
    expect(r.err).toMatch(/^\$: not valid JSON/m);
  });

  it("exits 2 on an invalid rota, with the JSON path and the reason on err", async () => {
    const r = await turnus(["check", "invalid.json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^\$\.shifts\[0\]\.end: .*before it starts/m);
  });

  it("exits 2 on an invalid override, naming it", async () => {
    const text = rotaText([{ id: "s1", start: "2026-03-02T07:00", end: "2026-03-02T15:00" }], {
      overrides: { "daily-rest": { hours: "eleven" } },
    });
    let err = "";
    const code = await runCheck(["rota.json"], {
      readFile: () => Promise.resolve(text),
      out: () => undefined,
      err: (t) => {
        err += t;
      },
      now: () => FEB_20,
    });
    expect(code).toBe(2);
    expect(err).toContain('$.overrides["daily-rest"].hours');
  });

  it("exits 2 with the usage on an unknown option or an unknown --rule", async () => {
    const option = await turnus(["check", "example1.json", "--frob"]);
    expect(option.code).toBe(2);
    expect(option.out).toBe("");
    expect(option.err).toContain("--frob");
    expect(option.err).toContain("Usage: turnus check");

    const rule = await turnus(["check", "example1.json", "--rule", "daly-rest"]);
    expect(rule.code).toBe(2);
    expect(rule.out).toBe("");
    expect(rule.err).toContain('unknown rule "daly-rest"');
    expect(rule.err).toContain("Usage: turnus check");
  });

  it("exits 2 with a plain reason when no file, or more than one, is given", async () => {
    const none = await turnus(["check"]);
    expect(none.code).toBe(2);
    expect(none.out).toBe("");
    expect(none.err).toContain("no rota file given");
    expect(none.err).not.toContain("unknown rule");
    expect(none.err).toContain("Usage: turnus check");

    const two = await turnus(["check", "example1.json", "late.json"]);
    expect(two.code).toBe(2);
    expect(two.err).toContain("one rota file only");
    expect(two.err).not.toContain("unknown rule");
  });

  it("prints its usage on check --help (exit 0)", async () => {
    const r = await turnus(["check", "--help"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("Usage: turnus check");
    for (const id of RULE_IDS) expect(r.out).toContain(id);
  });
});

describe("turnus, the command dispatcher", () => {
  it("prints the usage and exits 2 without a command", async () => {
    const r = await turnus([]);
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain("Usage: turnus <command>");
  });

  it("prints the usage of every command on --help (exit 0)", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const r = await turnus([flag]);
      expect(r.code, flag).toBe(0);
      expect(r.err).toBe("");
      expect(r.out).toContain("Usage: turnus <command>");
      expect(r.out).toContain("Usage: turnus check");
      expect(r.out).toContain("Usage: turnus timesheet");
    }
  });

  it("exits 2 on an unknown command", async () => {
    const r = await turnus(["chek", "example1.json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain('unknown command "chek"');
  });
});

describe("turnus as a real process", () => {
  const SPAWN_TIMEOUT = 60_000;
  const dir = mkdtempSync(path.join(tmpdir(), "turnus-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const example1File = path.join(dir, "example1.rota.json");
  writeFileSync(example1File, example1);
  const invalidFile = path.join(dir, "invalid.rota.json");
  writeFileSync(invalidFile, endsBeforeStart);

  /** Runs `command args` in the repository root and returns its exit code and output. */
  const spawn = (command: string, args: readonly string[]): Run => {
    const r = spawnSync(command, [...args], {
      cwd: root,
      encoding: "utf8",
      timeout: SPAWN_TIMEOUT,
    });
    if (r.error) throw r.error;
    expect(r.signal, `${command} ${args.join(" ")} was killed`).toBeNull();
    return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
  };
  const bin = (...args: string[]): Run => spawn(process.execPath, ["core/bin/turnus.mjs", ...args]);

  it(
    "check exits 0 for warnings only and prints JSON",
    () => {
      const r = bin("check", specExamplePath, "--json");
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const violations = violationsOf(r.out);
      expect(violations.length).toBeGreaterThan(0);
      expect(violations.every((v) => v.severity === "warning")).toBe(true);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "check exits 1 for rules.md example 1",
    () => {
      const r = bin("check", example1File, "--json", "--rule", "daily-rest");
      expect(r.err).toBe("");
      expect(r.code).toBe(1);
      expect(violationsOf(r.out)).toEqual([
        expect.objectContaining({ rule: "daily-rest", shiftIds: ["s1", "s2"], measured: 8 }),
      ]);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "check exits 2 for a missing file and for an invalid rota, with reasons on stderr",
    () => {
      const missing = bin("check", path.join(dir, "missing.json"), "--json");
      expect(missing.code).toBe(2);
      expect(missing.out).toBe("");
      expect(missing.err).toContain("cannot read");

      const invalid = bin("check", invalidFile, "--json");
      expect(invalid.code).toBe(2);
      expect(invalid.out).toBe("");
      expect(invalid.err).toContain("$.shifts[0].end");
    },
    SPAWN_TIMEOUT,
  );

  it(
    "timesheet exits 0 and prints the JSON payload",
    () => {
      const r = bin(
        "timesheet",
        timesheetFixturePath,
        "--assistant",
        "a1",
        "--month",
        "2026-03",
        "--json",
      );
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const sheet = JSON.parse(r.out) as { assistantId: string; month: string; totals: unknown };
      expect(sheet).toMatchObject({ assistantId: "a1", month: "2026-03" });
      expect(sheet.totals).toEqual({
        hours: 35,
        work: 31,
        oncall: 4,
        evening: 7,
        night: 20,
        saturday: 4,
        sunday: 17,
      });
    },
    SPAWN_TIMEOUT,
  );

  it(
    "timesheet exits 2 for an unknown assistant",
    () => {
      const r = bin(
        "timesheet",
        timesheetFixturePath,
        "--assistant",
        "zz",
        "--month",
        "2026-03",
        "--json",
      );
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain('no assistant with id "zz"');
    },
    SPAWN_TIMEOUT,
  );

  it(
    "npx turnus check runs the project's own bin (exit 0)",
    () => {
      // --no: never fetch a package named "turnus" from the registry; the local bin must answer.
      const r = spawn("npx", ["--no", "turnus", "check", specExamplePath]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`${specExamplePath}: `);
      expect(r.out).toContain("late-change");
    },
    SPAWN_TIMEOUT,
  );
});
