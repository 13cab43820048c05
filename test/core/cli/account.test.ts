/**
 * `turnus account` (core/src/grant/README.md): through `main` with an in-memory io and an
 * injected clock, then once as a real process. Every figure below is worked out by hand from
 * the fixture.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main, runAccount, type CliIo } from "../../../core/src/cli/index.js";
import type { AnnualAccount } from "../../../core/src/grant/index.js";

const root = path.resolve(import.meta.dirname, "../../..");

interface ShiftSpec {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly purpose?: string;
  readonly breakMinutes?: number;
  readonly actual?: Readonly<Record<string, unknown>>;
}

/**
 * The fixture's shifts, for assistant a1 (DK pay windows: evening 17–23, Saturday 08–24):
 *
 * - s0 Mon 1 Dec 2025 07–15, help: 8 h, no supplement (the 2025 account).
 * - s1 Mon 2 Mar 2026 07–15, help, 30 min break: 8 h (breaks count), no supplement.
 * - s2 Sat 7 Mar 2026 16–20, help: 4 h, 3 h evening (17–20), 4 h Saturday.
 * - s3 Tue 10 Mar 2026 10–12, staff meeting: 2 h, no supplement.
 */
const SHIFTS: readonly ShiftSpec[] = [
  { id: "s0", start: "2025-12-01T07:00", end: "2025-12-01T15:00" },
  { id: "s1", start: "2026-03-02T07:00", end: "2026-03-02T15:00", breakMinutes: 30 },
  { id: "s2", start: "2026-03-07T16:00", end: "2026-03-07T20:00" },
  { id: "s3", start: "2026-03-10T10:00", end: "2026-03-10T12:00", purpose: "meeting" },
];

/**
 * A DK year grant of 20 help hours, a staff-meeting pool of 12 hours a year, and a budget at
 * 200 kr/h (DK supplements 30 % evening, 28 % Saturday; Fredericia pension 12.6 % of base pay
 * + 4 % of supplements) with 10 000 kr granted.
 */
const GRANT = {
  hours: 20,
  per: "year",
  pools: [{ purpose: "meeting", hours: 12, per: "year", note: "Nyborg § 32" }],
  budget: { hourlyRate: 200, amount: 10_000 },
} as const;

/** A `dk` rota file in Danish with the fixture's shifts and grant, changed by `extra`. */
const rotaText = (
  extra: Record<string, unknown> = {},
  shifts: readonly ShiftSpec[] = SHIFTS,
): string =>
  JSON.stringify({
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    locale: "da",
    assistants: [{ id: "a1", name: "Anna Jensen" }],
    shifts: shifts.map((s) => ({ assistantId: "a1", kind: "work", ...s })),
    grant: GRANT,
    ...extra,
  });

/** s1 actually worked 07:00–17:00 (10 h, still no evening: that starts at 17:00). */
const withActual = SHIFTS.map((s) =>
  s.id === "s1"
    ? {
        ...s,
        actual: {
          status: "worked",
          start: "2026-03-02T07:00",
          end: "2026-03-02T17:00",
          approvedAt: "2026-03-03T09:00",
        },
      }
    : s,
);

const FILES: Readonly<Record<string, string>> = {
  "rota.json": rotaText(),
  "english.json": rotaText({ locale: "en" }),
  "no-locale.json": rotaText({ locale: undefined }),
  "with-now.json": rotaText({ now: "2025-06-01T12:00" }),
  "actual.json": rotaText({}, withActual),
  "over.json": rotaText({ grant: { ...GRANT, hours: 10 } }),
  "exact.json": rotaText({ grant: { ...GRANT, hours: 12 } }),
  "pool-over.json": rotaText({
    grant: { ...GRANT, pools: [{ purpose: "meeting", hours: 1, per: "year" }] },
  }),
  "money-over.json": rotaText({ grant: { ...GRANT, budget: { hourlyRate: 200, amount: 1000 } } }),
  "no-grant.json": rotaText({ grant: undefined }),
  "bad-budget.json": rotaText({ grant: { ...GRANT, budget: { hourlyRate: -1 } } }),
  "misspelt-budget.json": rotaText({
    grant: { ...GRANT, budget: { hourlyRate: 200, hourlyWage: 200 } },
  }),
  "bad-pool.json": rotaText({
    grant: { ...GRANT, pools: [{ purpose: "meeting", hours: "twelve", per: "year" }] },
  }),
  "invalid.json": rotaText({}, [{ id: "s1", start: "2026-03-02T15:00", end: "2026-03-02T07:00" }]),
  "broken.json": "{ not json",
};

/** 1 June 2026, 10:00 in Copenhagen: the clock for most runs. */
const JUNE_2026 = Date.UTC(2026, 5, 1, 8, 0);
/** 1 March 2026, 10:00 in Copenhagen: before s1. */
const MARCH_1_2026 = Date.UTC(2026, 2, 1, 9, 0);
/** 31 Dec 2025 23:30 UTC: already 00:30 on 1 Jan 2026 in Copenhagen (UTC+1). */
const NEW_YEAR_CPH = Date.UTC(2025, 11, 31, 23, 30);
/** 31 Dec 2025 22:30 UTC: still 23:30 on 31 Dec 2025 in Copenhagen. */
const NEW_YEARS_EVE_CPH = Date.UTC(2025, 11, 31, 22, 30);

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `turnus ...argv` against the in-memory files, with the clock at `now`. */
async function turnus(argv: readonly string[], now = JUNE_2026): Promise<Run> {
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

const account = (...args: string[]): Promise<Run> => turnus(["account", ...args]);

/** The parsed `--json` output. */
const accountOf = (r: Run): AnnualAccount => JSON.parse(r.out) as AnnualAccount;

/** The year's lines as [purpose, granted, used, remaining] in minutes. */
const yearLines = (a: AnnualAccount) =>
  a.total.lines.map((l) => [l.purpose, l.granted, l.used, l.remaining]);

/** A table's lines as cells (columns are at least two spaces apart; empty cells vanish). */
const cells = (text: string): string[][] => text.split("\n").map((l) => l.split(/\s{2,}/));

describe("turnus account: output", () => {
  it("prints the table in the rota's language by default (exit 0)", async () => {
    const r = await account("rota.json", "--year", "2026");
    expect(r).toMatchObject({ code: 0, err: "" });
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Årsregnskab 2026");
    const rows = cells(r.out);
    expect(rows[2]).toEqual([
      "Periode",
      "Formål",
      "Bevilget (timer)",
      "Forbrugt (timer)",
      "Rest (timer)",
      "Beløb (DKK)",
    ]);
    // Only March has anything (a yearly grant sets no monthly figure), then the year.
    // Help in March: 8 + 4 = 12 h; base 12 × 200 = 2 400 kr, supplements 3 h × 60 (30 %) +
    // 4 h × 56 (28 %) = 404 kr, pension 12.6 % × 2 400 = 302.40 + 4 % × 404 = 16.16 → 318.56;
    // total 3 122.56 kr. The meeting: 2 h × 200 = 400 + 12.6 % = 50.40 → 450.40 kr.
    // All: 3 122.56 + 450.40 = 3 572.96 kr.
    expect(rows.slice(3, 9)).toEqual([
      ["2026-03", "Hjælp", "12,00", "3122,56"],
      ["2026-03", "Personalemøder", "2,00", "450,40"],
      ["2026-03", "I alt", "14,00", "3572,96"],
      // the year: 20 h granted, 12 used, 8 left; 12 meeting hours, 2 used, 10 left
      ["2026", "Hjælp", "20,00", "12,00", "8,00", "3122,56"],
      ["2026", "Personalemøder", "12,00", "2,00", "10,00", "450,40"],
      ["2026", "I alt", "14,00", "3572,96"],
    ]);
    // 10 000 − 3 572.96 = 6 427.04 kr
    expect(lines.slice(9)).toEqual(["", "Bevilget beløb: 10000,00 DKK; Rest: 6427,04", ""]);
  });

  it("prints the account as JSON with --json: minutes and øre", async () => {
    const r = await account("rota.json", "--year=2026", "--json");
    expect(r).toMatchObject({ code: 0, err: "" });
    const a = accountOf(r);
    expect(a).toMatchObject({
      year: 2026,
      profile: "dk",
      currency: "DKK",
      budget: 1_000_000,
      budgetRemaining: 1_000_000 - 357_296,
    });
    expect(a.months.map((m) => m.label)).toHaveLength(12);
    expect(a.months[2]).toMatchObject({ label: "2026-03", from: "2026-03-01", used: 840 });
    expect(a.months[3]?.used).toBe(0);
    expect(yearLines(a)).toEqual([
      ["help", 1200, 720, 480],
      ["meeting", 720, 120, 600],
    ]);
    expect(a.total.lines[0]?.tally).toEqual({
      work: 720,
      oncall: 0,
      evening: 180,
      night: 0,
      saturday: 240,
      sunday: 0,
    });
    expect(a.total.lines[0]?.money).toEqual({
      base: 240_000,
      oncall: 0,
      supplements: 40_400,
      pension: 31_856,
      total: 312_256,
    });
    // all purposes: base 2 800 kr, pension 12.6 % × 2 800 = 352.80 + 16.16 = 368.96
    expect(a.total.money).toEqual({
      base: 280_000,
      oncall: 0,
      supplements: 40_400,
      pension: 36_896,
      total: 357_296,
    });
  });

  it("prints CSV with --csv in the rota's language, or the one --locale asks for", async () => {
    const da = await account("rota.json", "--year", "2026", "--csv");
    expect(da).toMatchObject({ code: 0, err: "" });
    const lines = da.out.split("\r\n");
    // header, 13 periods × (help, meeting, all), and the empty string after the last CRLF
    expect(lines).toHaveLength(1 + 13 * 3 + 1);
    expect(lines[0]).toBe(
      "Periode;Formål;Bevilget (timer);Forbrugt (timer);Rest (timer);Arbejde;Rådighed;Aften;Nat;Lørdag;Søn- og helligdag;Grundløn (DKK);Rådighedsløn (DKK);Tillæg (DKK);Pension (DKK);I alt (DKK)",
    );
    expect(lines[1]).toBe(
      "2026-01;Hjælp;;0,00;;0,00;0,00;0,00;0,00;0,00;0,00;0,00;0,00;0,00;0,00;0,00",
    );
    expect(lines.slice(7, 10)).toEqual([
      "2026-03;Hjælp;;12,00;;12,00;0,00;3,00;0,00;4,00;0,00;2400,00;0,00;404,00;318,56;3122,56",
      "2026-03;Personalemøder;;2,00;;2,00;0,00;0,00;0,00;0,00;0,00;400,00;0,00;0,00;50,40;450,40",
      "2026-03;I alt;;14,00;;14,00;0,00;3,00;0,00;4,00;0,00;2800,00;0,00;404,00;368,96;3572,96",
    ]);
    expect(lines.slice(37, 40)).toEqual([
      "2026;Hjælp;20,00;12,00;8,00;12,00;0,00;3,00;0,00;4,00;0,00;2400,00;0,00;404,00;318,56;3122,56",
      "2026;Personalemøder;12,00;2,00;10,00;2,00;0,00;0,00;0,00;0,00;0,00;400,00;0,00;0,00;50,40;450,40",
      "2026;I alt;;14,00;;14,00;0,00;3,00;0,00;4,00;0,00;2800,00;0,00;404,00;368,96;3572,96",
    ]);

    const en = await account("rota.json", "--year", "2026", "--csv", "--locale", "en");
    expect(en.code).toBe(0);
    expect(en.out.split("\r\n")[37]).toBe(
      "2026,Help,20.00,12.00,8.00,12.00,0.00,3.00,0.00,4.00,0.00,2400.00,0.00,404.00,318.56,3122.56",
    );
    const nb = await account("english.json", "--year", "2026", "--locale", "nb");
    expect(nb.out.split("\n")[0]).toBe("Årsregnskap 2026");
  });

  it("uses the rota's locale, else its profile's language", async () => {
    const en = await account("english.json", "--year", "2026");
    expect(en.out.split("\n")[0]).toBe("Annual account 2026");
    expect(en.out).toContain("Money granted: 10000.00 DKK; Remaining: 6427.04");
    const none = await account("no-locale.json", "--year", "2026");
    expect(none.out.split("\n")[0]).toBe("Årsregnskab 2026");
  });

  it("accounts another year with --year, pools included when unused", async () => {
    const r = await account("rota.json", "--year", "2025");
    expect(r.code).toBe(0);
    // s0 only: 8 h × 200 = 1 600 kr + 12.6 % = 201.60 → 1 801.60 kr
    expect(cells(r.out).filter((c) => c[0] === "2025")).toEqual([
      ["2025", "Hjælp", "20,00", "8,00", "12,00", "1801,60"],
      ["2025", "Personalemøder", "12,00", "0,00", "12,00", "0,00"],
      ["2025", "I alt", "8,00", "1801,60"],
    ]);
    const empty = accountOf(await account("rota.json", "--year", "2030", "--json"));
    expect(yearLines(empty)).toEqual([
      ["help", 1200, 0, 1200],
      ["meeting", 720, 0, 720],
    ]);
  });

  it("counts a past shift's approved actual as worked, a future one's plan as planned", async () => {
    // On 1 June s1 is past: worked 07–17, 10 h; help 10 + 4 = 14 h = 840 min.
    const june = accountOf(await account("actual.json", "--year", "2026", "--json"));
    expect(yearLines(june)[0]).toEqual(["help", 1200, 840, 360]);
    // On 1 March s1 is still ahead: its plan, 8 h; help 12 h.
    const march = accountOf(
      await turnus(["account", "actual.json", "--year", "2026", "--json"], MARCH_1_2026),
    );
    expect(yearLines(march)[0]).toEqual(["help", 1200, 720, 480]);
  });
});

describe("turnus account: the default year", () => {
  it("is the clock's year in the rota's time zone", async () => {
    const after = await turnus(["account", "rota.json", "--json"], NEW_YEAR_CPH);
    expect(after.code).toBe(0);
    expect(accountOf(after).year).toBe(2026);
    expect(yearLines(accountOf(after))[0]).toEqual(["help", 1200, 720, 480]);

    const before = await turnus(["account", "rota.json"], NEW_YEARS_EVE_CPH);
    expect(before.code).toBe(0);
    expect(before.out.split("\n")[0]).toBe("Årsregnskab 2025");
    expect(before.out).toMatch(/^2025 +Hjælp +20,00 +8,00 +12,00 +1801,60$/m);
  });

  it("is the year of the file's `now` when it names one", async () => {
    const r = await turnus(["account", "with-now.json", "--json"], JUNE_2026);
    expect(accountOf(r).year).toBe(2025);
    // --year still wins
    const y = await turnus(["account", "with-now.json", "--json", "--year", "2026"], JUNE_2026);
    expect(accountOf(y).year).toBe(2026);
  });
});

describe("turnus account: exit codes", () => {
  it("exits 1 when the year's help hours are over the grant, still printing the account", async () => {
    // 10 h granted, 12 used: 2 h over
    const text = await account("over.json", "--year", "2026");
    expect(text.code).toBe(1);
    expect(text.err).toBe("");
    expect(cells(text.out)).toContainEqual(["2026", "Hjælp", "10,00", "12,00", "-2,00", "3122,56"]);
    const json = await account("over.json", "--year", "2026", "--json");
    expect(json.code).toBe(1);
    expect(yearLines(accountOf(json))[0]).toEqual(["help", 600, 720, -120]);
    const csv = await account("over.json", "--year", "2026", "--csv");
    expect(csv.code).toBe(1);
    expect(csv.out.split("\r\n")[37]).toMatch(/^2026;Hjælp;10,00;12,00;-2,00;/);
    // the same rota in a year within the grant: 8 h of 10
    expect((await account("over.json", "--year", "2025")).code).toBe(0);
  });

  it("exits 0 with help exactly at the grant, without a grant, or with only a pool or money over", async () => {
    const exact = await account("exact.json", "--year", "2026", "--json");
    expect(exact.code).toBe(0);
    expect(yearLines(accountOf(exact))[0]).toEqual(["help", 720, 720, 0]);

    const none = await account("no-grant.json", "--year", "2026", "--json");
    expect(none.code).toBe(0);
    const a = accountOf(none);
    // no grant, no pools: nothing granted (left out of the JSON), nothing remaining
    expect(yearLines(a)).toEqual([
      ["help", undefined, 720, undefined],
      ["meeting", undefined, 120, undefined],
    ]);
    expect(a.currency).toBeUndefined();

    const pool = await account("pool-over.json", "--year", "2026", "--json");
    expect(pool.code).toBe(0);
    expect(yearLines(accountOf(pool))[1]).toEqual(["meeting", 60, 120, -60]);

    // 1 000 kr granted, 3 572.96 spent
    const money = await account("money-over.json", "--year", "2026", "--json");
    expect(money.code).toBe(0);
    expect(accountOf(money).budgetRemaining).toBe(100_000 - 357_296);
  });

  it("exits 2 when the file can not be read or is not a valid rota", async () => {
    const missing = await account("missing.json");
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect(missing.err).toContain("cannot read missing.json");
    expect(missing.err).toContain("ENOENT");

    const broken = await account("broken.json");
    expect(broken).toMatchObject({ code: 2, out: "" });
    expect(broken.err).toContain("broken.json is not a valid rota");
    expect(broken.err).toMatch(/^\$: not valid JSON/m);

    const invalid = await account("invalid.json", "--year", "2026");
    expect(invalid).toMatchObject({ code: 2, out: "" });
    expect(invalid.err).toMatch(/^\$\.shifts\[0\]\.end: .*before it starts/m);
  });

  it("exits 2 on bad grant settings, each issue as path: message", async () => {
    const rate = await account("bad-budget.json", "--year", "2026");
    expect(rate).toMatchObject({ code: 2, out: "" });
    expect(rate.err).toMatch(/^turnus account: bad-budget\.json has grant settings/);
    // (the message is the budget reader's; only the path is this command's business)
    expect(rate.err).toMatch(/^\$\.grant\.budget\.hourlyRate: \S/m);

    const misspelt = await account("misspelt-budget.json", "--year", "2026", "--json");
    expect(misspelt).toMatchObject({ code: 2, out: "" });
    expect(misspelt.err).toMatch(/^\$\.grant\.budget\.hourlyWage: unknown name "hourlyWage"$/m);

    const pool = await account("bad-pool.json", "--year", "2026", "--csv");
    expect(pool).toMatchObject({ code: 2, out: "" });
    expect(pool.err).toMatch(/^\$\.grant\.pools\[0\]\.hours: must be a number of hours$/m);
  });

  it("exits 2 with the usage on bad arguments", async () => {
    const cases: readonly (readonly string[])[] = [
      [],
      ["rota.json", "rota.json"],
      ["rota.json", "--year"],
      ["rota.json", "--year", "26"],
      ["rota.json", "--year", "2026-03"],
      ["rota.json", "--year", "0999"],
      ["rota.json", "--year", "twenty"],
      ["rota.json", "--json", "--csv"],
      ["rota.json", "--xml"],
      ["rota.json", "--locale", "fr"],
      ["rota.json", "--locale"],
    ];
    for (const args of cases) {
      const r = await account(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.out, args.join(" ")).toBe("");
      expect(r.err, args.join(" ")).toMatch(/^turnus account: .+\n\nUsage: turnus account FILE/);
    }
    expect((await account("rota.json", "--year", "26")).err).toContain(
      '--year must be a year such as 2026, not "26"',
    );
    expect((await account()).err).toContain("no rota file given");
    expect((await account("rota.json", "--json", "--csv")).err).toContain(
      "choose one of --json and --csv",
    );
  });

  it("prints its usage, with the exit codes, on --help (exit 0)", async () => {
    const r = await account("--help");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("Usage: turnus account FILE [--year YYYY]");
    expect(r.out).toContain("1 the year's help hours are over the grant");
    // runAccount works without main, too
    let out = "";
    const code = await runAccount(["-h"], {
      readFile: () => Promise.reject(new Error("not read")),
      out: (t) => {
        out += t;
      },
      err: () => undefined,
      now: () => JUNE_2026,
    });
    expect(code).toBe(0);
    expect(out).toContain("Usage: turnus account");
  });

  it("is listed in turnus --help and the top-level usage", async () => {
    const r = await turnus(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ {2}account FILE \[--year YYYY\]/m);
    expect(r.out).toContain("Usage: turnus account FILE");
    const bare = await turnus([]);
    expect(bare.err).toMatch(/^ {2}account FILE/m);
  });
});

describe("turnus account as a real process", () => {
  const SPAWN_TIMEOUT = 60_000;
  const dir = mkdtempSync(path.join(tmpdir(), "turnus-account-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const overFile = path.join(dir, "over.rota.json");
  writeFileSync(overFile, FILES["over.json"] ?? "");

  it(
    "exits 1 over the grant and prints the account",
    () => {
      const r = spawnSync(
        process.execPath,
        ["core/bin/turnus.mjs", "account", overFile, "--year", "2026", "--locale", "en"],
        { cwd: root, encoding: "utf8", timeout: SPAWN_TIMEOUT },
      );
      if (r.error) throw r.error;
      expect(r.stderr).toBe("");
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^2026 +Help +10\.00 +12\.00 +-2\.00 +3122\.56$/m);
    },
    SPAWN_TIMEOUT,
  );
});
