import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// The CLI folder has no index.ts of its own yet; tests may import the command line directly.
import { runTimesheet } from "../../../core/src/cli/index.js";
import { TimesheetSchema } from "../../../core/src/timesheet/index.js";

const dir = mkdtempSync(path.join(tmpdir(), "turnus-timesheet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixtureText = readFileSync(
  new URL("../../fixtures/timesheet/march-2026.rota.json", import.meta.url),
  "utf8",
);
const rotaFile = path.join(dir, "rota.json");
writeFileSync(rotaFile, fixtureText);

const invalid = JSON.parse(fixtureText) as { shifts: { end: string }[] };
invalid.shifts[1]!.end = "2026-03-02T05:00";
const invalidFile = path.join(dir, "invalid.json");
writeFileSync(invalidFile, JSON.stringify(invalid));

/** The fixture with actuals: s1 worked 07:00–16:00 (approved), s2 (22:00–06:00) sick. */
const withActuals = JSON.parse(fixtureText) as {
  shifts: { id: string; actual?: Record<string, unknown> }[];
};
withActuals.shifts.find((s) => s.id === "s1")!.actual = {
  status: "worked",
  start: "2026-03-02T07:00",
  end: "2026-03-02T16:00",
  approvedAt: "2026-03-03T09:00",
};
withActuals.shifts.find((s) => s.id === "s2")!.actual = { status: "sick" };
const actualsFile = path.join(dir, "actuals.json");
writeFileSync(actualsFile, JSON.stringify(withActuals));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runTimesheet(args, {
    readFile: (p) => readFile(p, "utf8"),
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

describe("turnus timesheet", () => {
  it("prints an aligned table in the rota's language by default (exit 0)", async () => {
    const r = await run(rotaFile, "--assistant", "a1", "--month", "2026-03");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("Timeindberetning: Anna Jensen (a1), 2026-03");
    expect(r.out).toMatch(/I alt\s+35,00/);
  });

  it("prints the JSON payload with --json", async () => {
    const r = await run(rotaFile, "--assistant=a1", "--month=2026-03", "--json");
    expect(r.code).toBe(0);
    const sheet = TimesheetSchema.parse(JSON.parse(r.out));
    expect(sheet.totals).toEqual({
      hours: 35,
      work: 31,
      oncall: 4,
      evening: 7,
      night: 20,
      saturday: 4,
      sunday: 17,
    });
  });

  it("prints CSV with --csv, in the language --locale asks for", async () => {
    const da = await run(rotaFile, "--csv", "--assistant", "a1", "--month", "2026-04");
    expect(da.code).toBe(0);
    expect(da.out.split("\r\n")[1]).toBe(
      "2026-04-01;00:00;06:00;Arbejde;6,00;0;0,00;6,00;0,00;0,00;0,00;s7",
    );
    const en = await run(
      rotaFile,
      "--csv",
      "--locale",
      "en",
      "--assistant",
      "a1",
      "--month",
      "2026-04",
    );
    expect(en.out.split("\r\n")[1]).toBe(
      "2026-04-01,00:00,06:00,Work,6.00,0,0.00,6.00,0.00,0.00,0.00,s7",
    );
  });

  it("shows actual hours, the plan they differ from, and absences apart", async () => {
    const table = await run(
      actualsFile,
      "--assistant",
      "a1",
      "--month",
      "2026-03",
      "--locale",
      "en",
    );
    expect(table.code).toBe(0);
    const lines = table.out.split("\n");
    expect(lines.find((l) => l.includes("s1"))).toMatch(
      /^2026-03-02\s+07:00\s+16:00\s+Work\s+9\.00 .* s1 {2}\(planned 07:00–15:00\)$/,
    );
    // No worked row for the sick night of 7 March.
    const rowLines = table.out.split("Absences")[0]!.split("\n");
    expect(rowLines.some((l) => l.startsWith("2026-03-07"))).toBe(false);
    // 35 planned hours + 1 hour longer on s1 − 8 hours sick on s2 = 28.
    expect(table.out).toMatch(/Total\s+28\.00/);
    expect(table.out).toContain(
      "Absences (reported on their own forms):\n" +
        "2026-03-07  22:00–06:00  Sick      8.00  s2\n" +
        "2026-03-14  08:00–16:00  Vacation  8.00  s4\n",
    );
    const json = await run(actualsFile, "--assistant", "a1", "--month", "2026-03", "--json");
    const sheet = TimesheetSchema.parse(JSON.parse(json.out));
    expect(sheet.rows.find((r) => r.shiftId === "s1")).toMatchObject({
      end: "16:00",
      hours: 9,
      planned: { start: "2026-03-02T07:00", end: "2026-03-02T15:00" },
      confirmed: true,
    });
    expect(sheet.absences?.map((a) => a.shiftId)).toEqual(["s2", "s4"]);
  });

  it("exits 2 when the file can not be read", async () => {
    const r = await run(path.join(dir, "missing.json"), "--assistant", "a1", "--month", "2026-03");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("cannot read");
  });

  it("exits 2 on an invalid rota, printing each issue as path: message", async () => {
    const r = await run(invalidFile, "--assistant", "a1", "--month", "2026-03");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^\$\.shifts\[1\]\.end: shift s1 ends/m);
  });

  it("exits 2 on an unknown assistant or a bad month", async () => {
    const who = await run(rotaFile, "--assistant", "zz", "--month", "2026-03");
    expect(who.code).toBe(2);
    expect(who.err).toContain('assistantId: no assistant with id "zz"');
    const when = await run(rotaFile, "--assistant", "a1", "--month", "2026-3");
    expect(when.code).toBe(2);
    expect(when.err).toContain("month:");
  });

  it("exits 2 with the usage on bad arguments", async () => {
    const cases = [
      [],
      [rotaFile],
      [rotaFile, "--assistant", "a1"],
      [rotaFile, "--month", "2026-03"],
      [rotaFile, "--assistant", "--month", "2026-03"],
      [rotaFile, "--assistant", "a1", "--month", "2026-03", "--json", "--csv"],
      [rotaFile, "--assistant", "a1", "--month", "2026-03", "--xml"],
      [rotaFile, rotaFile, "--assistant", "a1", "--month", "2026-03"],
      [rotaFile, "--assistant", "a1", "--month", "2026-03", "--locale", "fr"],
    ];
    for (const args of cases) {
      const r = await run(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err, args.join(" ")).toContain("Usage: turnus timesheet");
      expect(r.out).toBe("");
    }
  });

  it("prints the usage on --help (exit 0)", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: turnus timesheet");
  });
});
