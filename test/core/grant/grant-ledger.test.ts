import { describe, expect, it } from "vitest";
import {
  grantLedger,
  grantUse,
  nyborgMeetingPool,
  type GrantLedger,
} from "../../../core/src/grant/index.js";
import { minutes } from "../../../core/src/time/index.js";
import { d, rotaOf, shift } from "./grant-fixtures.js";

const ledgerOf = (r: ReturnType<typeof grantLedger>): GrantLedger => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  if (r.ledger === undefined) throw new Error("no ledger");
  return r.ledger;
};

/** A DK year grant of 2 000 h with Nyborg's meeting pool for 3 assistants (24 h). */
const dkYear = () =>
  rotaOf(
    "dk",
    [
      // Mon 2 March, 8 h weekday day: no supplements
      shift("2026-03-02T07:00", "2026-03-02T15:00"),
      // Sat 7 – Sun 8 March, 8 h: evening 1, night 7, Saturday 2, Sunday 6
      shift("2026-03-07T22:00", "2026-03-08T06:00"),
      // Tue 10 March, staff meeting 2 h
      shift("2026-03-10T10:00", "2026-03-10T12:00", { purpose: "meeting" }),
      // Wed 11 – Thu 12 March, on call 8 h, 7 of them in the night window
      shift("2026-03-11T23:00", "2026-03-12T07:00", { kind: "oncall" }),
      // Mon 16 March (after asOf): 8 h weekday day
      shift("2026-03-16T07:00", "2026-03-16T15:00"),
      // a sick day is not working time
      shift("2026-03-17T07:00", "2026-03-17T15:00", { kind: "sick" }),
    ],
    {
      hours: 2000,
      per: "year",
      pools: [nyborgMeetingPool(3)],
      budget: { hourlyRate: 200, amount: 1_000_000 },
    },
  );

describe("grantLedger: a Danish year grant with a meeting pool", () => {
  const { rota, zone } = dkYear();
  const ledger = ledgerOf(grantLedger(rota, zone, d("2026-03-13")));

  it("splits help hours into used (before asOf) and planned", () => {
    // used: 8 + 8 + 8 (on call counts against the grant) = 24 h = 1 440 min; planned 8 h = 480
    // remaining 120 000 − 1 440 − 480 = 118 080 min
    const hours = { granted: 120_000, used: 1440, planned: 480, remaining: 118_080 };
    expect(ledger.periods).toHaveLength(1);
    expect(ledger.periods[0]).toMatchObject({ from: "2026-01-01", until: "2027-01-01", hours });
    expect(ledger.total.hours).toEqual(hours);
    expect(ledger.total.account).toBeUndefined();
  });

  it("draws the meeting on its pool: 6 × 2 × (3 − 1) = 24 h a year", () => {
    expect(ledger.pools).toEqual([
      {
        purpose: "meeting",
        per: "year",
        granted: true,
        periods: [
          {
            from: "2026-01-01",
            until: "2027-01-01",
            hours: { granted: 1440, used: 120, planned: 0, remaining: 1320 },
          },
        ],
        total: { granted: 1440, used: 120, planned: 0, remaining: 1320 },
      },
    ]);
  });

  it("prices used and planned time with supplements, on call at 75 % and pension", () => {
    // used (all purposes): work 8 + 8 + 2 = 18 h, on call 8 h; evening 1, night 7 + 7 = 14,
    // Saturday 2, Sunday 6 h; at 200 kr/h:
    //   base 18 × 200 = 3 600 kr; on call 8 × 200 × 75 % = 1 200 kr
    //   supplements 1 × 60 + 14 × 66 + 2 × 56 + 6 × 100 = 60 + 924 + 112 + 600 = 1 696 kr
    //   pension 12.6 % × 4 800 = 604.80 + 4 % × 1 696 = 67.84 → 672.64 kr
    //   total 7 168.64 kr
    // planned: 8 h × 200 = 1 600 kr + 12.6 % = 201.60 → 1 801.60 kr
    // remaining 1 000 000 − 7 168.64 − 1 801.60 = 991 029.76 kr
    expect(ledger.currency).toBe("DKK");
    expect(ledger.total.money).toEqual({
      used: {
        base: 360_000,
        oncall: 120_000,
        supplements: 169_600,
        pension: 67_264,
        total: 716_864,
      },
      planned: { base: 160_000, oncall: 0, supplements: 0, pension: 20_160, total: 180_160 },
      budget: 100_000_000,
      remaining: 99_102_976,
    });
    expect(ledger.periods[0]?.money).toEqual(ledger.total.money);
  });

  it("forecasts the year end from the recent average and does not warn far below the grant", () => {
    // sample: 8 weeks before 13 March, but help began on 2 March → 2–12 March, 11 days, 24 h
    // planned through 16 March (last help); unplanned 17 March – 31 December = 365 − 75 = 290 days
    // estimate 1 440 × 290 / 11 = 37 963.6 → 37 964 min; forecast 1 440 + 480 + 37 964 = 39 884
    expect(ledger.forecast).toMatchObject({
      method: "recent",
      sampleFrom: "2026-03-02",
      sampleUntil: "2026-03-13",
      averagePerWeek: 916, // 1 440 × 7 / 11 = 916.4
      plannedThrough: "2026-03-16",
      unplannedDays: 290,
      usedAndPlanned: 1920,
      minutes: 39_884,
    });
    expect(ledger.warnings).toEqual([]);
  });

  it("counts a shift that crosses asOf's midnight in both parts", () => {
    // asOf 12 March: the on-call night has 1 h used (11 March) and 7 h planned (12 March)
    const l = ledgerOf(grantLedger(rota, zone, d("2026-03-12")));
    expect(l.total.hours).toEqual({
      granted: 120_000,
      used: 1020,
      planned: 900,
      remaining: 118_080,
    });
  });

  it("is undefined without a grant", () => {
    const r = rotaOf("dk", [], undefined);
    expect(grantLedger(r.rota, r.zone, d("2026-03-01"))).toEqual({ ok: true, ledger: undefined });
  });
});

describe("grantLedger: a Norwegian weekly grant with a time account", () => {
  const { rota, zone } = rotaOf(
    "no",
    [
      // week 2 (5–11 Jan): 16 h
      shift("2026-01-05T08:00", "2026-01-05T16:00"),
      shift("2026-01-06T08:00", "2026-01-06T16:00"),
      // week 3 (12–18 Jan): 24 h
      shift("2026-01-12T08:00", "2026-01-12T16:00"),
      shift("2026-01-13T08:00", "2026-01-13T16:00"),
      shift("2026-01-14T08:00", "2026-01-14T16:00"),
      // week 4 (19–25 Jan): 26 h, 16 used before asOf (21 Jan), 10 planned
      shift("2026-01-19T08:00", "2026-01-19T16:00"),
      shift("2026-01-20T08:00", "2026-01-20T16:00"),
      shift("2026-01-21T08:00", "2026-01-21T18:00"),
      // week 5 (26 Jan – 1 Feb): 14 h
      shift("2026-01-26T08:00", "2026-01-26T16:00"),
      shift("2026-01-27T08:00", "2026-01-27T14:00"),
    ],
    { hours: 20, per: "week", timeAccount: true },
  );
  const ledger = ledgerOf(grantLedger(rota, zone, d("2026-01-21")));

  it("carries unused and overused hours from week to week", () => {
    // 2026 has 53 ISO weeks; week 1 begins Mon 29 Dec 2025
    expect(ledger.periods).toHaveLength(53);
    expect(ledger.periods[0]?.from).toBe("2025-12-29");
    expect(ledger.periods[52]).toMatchObject({ from: "2026-12-28", until: "2027-01-04" });
    const weeks = ledger.periods.slice(0, 5).map((p) => [p.from, p.hours, p.account]);
    expect(weeks).toEqual([
      // week 1 has no help: the account opens with week 2
      ["2025-12-29", { granted: 1200, used: 0, planned: 0, remaining: 1200 }, undefined],
      // 0 + 20 − 16 = +4 h
      [
        "2026-01-05",
        { granted: 1200, used: 960, planned: 0, remaining: 240 },
        { opening: 0, closing: 240 },
      ],
      // +4 + 20 − 24 = 0
      [
        "2026-01-12",
        { granted: 1200, used: 1440, planned: 0, remaining: -240 },
        { opening: 240, closing: 0 },
      ],
      // 0 + 20 − 26 = −6 h
      [
        "2026-01-19",
        { granted: 1200, used: 960, planned: 600, remaining: -360 },
        { opening: 0, closing: -360 },
      ],
      // −6 + 20 − 14 = 0
      [
        "2026-01-26",
        { granted: 1200, used: 0, planned: 840, remaining: 360 },
        { opening: -360, closing: 0 },
      ],
    ]);
    // weeks 6–53 plan nothing: 48 × 20 h = 960 h saved by the year's end
    expect(ledger.total.account).toEqual({ opening: 0, closing: 57_600 });
  });

  it("agrees with grantUse (the grant meter and the grant-exceeded rule's measure)", () => {
    const use = grantUse(rota, zone, d("2026-01-01"), d("2026-12-31"));
    expect(use.map((u) => [u.from, u.plannedHours * 60])).toEqual(
      ledger.periods.map((p) => [p.from, p.hours.used + p.hours.planned]),
    );
  });

  it("shares the weekly grant out by days over the calendar year", () => {
    // 20 h × 60 × 365 / 7 = 62 571.4 → 62 571 min; used 960 + 1 440 + 960, planned 600 + 840
    expect(ledger.total.hours).toEqual({
      granted: 62_571,
      used: 3360,
      planned: 1440,
      remaining: 57_771,
    });
  });

  it("warns when the account is overdrawn, not for a week over its grant the account covers", () => {
    // forecast: sample 5–20 Jan (16 days, 56 h = 3 360 min); plan through 27 Jan;
    // unplanned 28 Jan – 31 Dec = 365 − 27 = 338 days → 3 360 × 338 / 16 = 70 980 min;
    // forecast 4 800 + 70 980 = 75 780 min = 121.1 % of 62 571
    expect(ledger.forecast).toMatchObject({
      method: "recent",
      sampleFrom: "2026-01-05",
      sampleUntil: "2026-01-21",
      averagePerWeek: 1470, // 3 360 × 7 / 16
      plannedThrough: "2026-01-27",
      unplannedDays: 338,
      minutes: 75_780,
      money: undefined,
    });
    expect(ledger.warnings).toEqual([
      {
        kind: "account-overdrawn",
        subject: "help",
        from: "2026-01-19",
        until: "2026-01-26",
        measured: -360,
        limit: 0,
        unit: "minutes",
        percent: undefined,
      },
      {
        kind: "projected-over",
        subject: "help",
        from: "2026-01-01",
        until: "2027-01-01",
        measured: 75_780,
        limit: 62_571,
        unit: "minutes",
        percent: 121.1,
      },
    ]);
  });

  it("opens the account with a balance carried in", () => {
    const l = ledgerOf(grantLedger(rota, zone, d("2026-01-21"), { accountOpening: minutes(-300) }));
    // −5 h + 20 − 16 = −1 h: week 2 is overdrawn too
    expect(l.periods[1]?.account).toEqual({ opening: -300, closing: -60 });
    expect(l.total.account).toEqual({ opening: -300, closing: 57_300 });
    expect(l.warnings.filter((w) => w.kind === "account-overdrawn").map((w) => w.from)).toEqual([
      "2026-01-05",
      "2026-01-12",
      "2026-01-19",
      "2026-01-26",
    ]);
  });

  it("opens the account with the rota's period when it has one", () => {
    const r = rotaOf("no", rota.shifts, rota.grant, {
      period: { from: "2026-01-12", to: "2026-01-31" },
    });
    const l = ledgerOf(grantLedger(r.rota, r.zone, d("2026-01-21")));
    // week 2 is before the period: 24 h in week 3 overdraw a fresh account by 4 h
    expect(l.periods[1]?.account).toBeUndefined();
    expect(l.periods[2]?.account).toEqual({ opening: 0, closing: -240 });
  });
});

describe("grantLedger: forecast and warnings", () => {
  const shifts = [
    // January: Mon 5 – Fri 9, 5 × 8 h = 40 h (the month's grant exactly)
    ...[5, 6, 7, 8, 9].map((day) => shift(`2026-01-0${day}T07:00`, `2026-01-0${day}T15:00`)),
    // February (planned): Mon 2 – Fri 6 and Mon 9, 6 × 8 h = 48 h
    ...[2, 3, 4, 5, 6, 9].map((day) => shift(`2026-02-0${day}T07:00`, `2026-02-0${day}T15:00`)),
  ];
  const grant = { hours: 40, per: "month", budget: { hourlyRate: 100, amount: 9000 } };
  const { rota, zone } = rotaOf("dk", shifts, grant, {
    period: { from: "2026-01-01", to: "2026-02-28" },
  });
  const asOf = d("2026-02-01");

  it("warns for a month planned over its grant, the projection and the budget", () => {
    const ledger = ledgerOf(grantLedger(rota, zone, asOf));
    // sample: 8 weeks before 1 Feb, from the first help day 5 Jan → 27 days, 40 h = 2 400 min
    // planned through 28 Feb (the rota's period); unplanned 1 Mar – 31 Dec = 365 − 59 = 306 days
    // estimate 2 400 × 306 / 27 = 27 200; forecast 2 400 + 2 880 + 27 200 = 32 480 min
    // year granted 12 × 40 h = 28 800 min → 112.8 %
    expect(ledger.forecast).toMatchObject({
      method: "recent",
      sampleFrom: "2026-01-05",
      sampleUntil: "2026-02-01",
      plannedThrough: "2026-02-28",
      unplannedDays: 306,
      minutes: 32_480,
      // money: 2 400 + 2 880 + 27 200 = 32 480 work min at 100 kr/h = 5 413 333.33 øre
      //   + pension 12.6 % = 682 080 øre → 6 095 413.33 → 6 095 413 øre
      money: 6_095_413,
    });
    // money used: 40 h × 100 = 4 000 kr + 12.6 % = 4 504 kr; planned 48 h: 4 800 + 604.80 kr
    // → 9 908.80 kr against 9 000 kr
    expect(ledger.warnings).toEqual([
      {
        kind: "period-over",
        subject: "help",
        from: "2026-02-01",
        until: "2026-03-01",
        measured: 2880,
        limit: 2400,
        unit: "minutes",
        percent: 120,
      },
      {
        kind: "projected-over",
        subject: "help",
        from: "2026-01-01",
        until: "2027-01-01",
        measured: 32_480,
        limit: 28_800,
        unit: "minutes",
        percent: 112.8,
      },
      {
        kind: "budget-over",
        subject: "money",
        from: "2026-01-01",
        until: "2027-01-01",
        measured: 990_880,
        limit: 900_000,
        unit: "ore",
        percent: 110.1,
      },
      {
        kind: "budget-projected-over",
        subject: "money",
        from: "2026-01-01",
        until: "2027-01-01",
        measured: 6_095_413,
        limit: 900_000,
        unit: "ore",
        percent: 677.3,
      },
    ]);
  });

  it("takes its thresholds from the caller: 112.8 % is only near when over means 120 %", () => {
    const ledger = ledgerOf(
      grantLedger(rota, zone, asOf, { thresholds: { near: 110, over: 120 } }),
    );
    const help = ledger.warnings.filter((w) => w.subject === "help").map((w) => w.kind);
    expect(help).toEqual(["period-over", "projected-near"]);
    const calm = ledgerOf(grantLedger(rota, zone, asOf, { thresholds: { near: 115, over: 120 } }));
    expect(calm.warnings.map((w) => w.kind)).not.toContain("projected-near");
  });

  it("warns when the money forecast nears the budget", () => {
    // the money forecast is 6 095 413 øre (above); a budget of 62 000 kr makes that 98.3 %
    const near = rotaOf(
      "dk",
      shifts,
      { ...grant, budget: { hourlyRate: 100, amount: 62_000 } },
      {
        period: { from: "2026-01-01", to: "2026-02-28" },
      },
    );
    const ledger = ledgerOf(grantLedger(near.rota, near.zone, asOf));
    expect(ledger.warnings.filter((w) => w.subject === "money")).toEqual([
      {
        kind: "budget-projected-near",
        subject: "money",
        from: "2026-01-01",
        until: "2027-01-01",
        measured: 6_095_413,
        limit: 6_200_000,
        unit: "ore",
        percent: 98.3,
      },
    ]);
  });

  it("gives the ledger of another year than asOf's", () => {
    // year 2026 seen from 2027: everything is used, nothing is left to plan
    const ledger = ledgerOf(grantLedger(rota, zone, d("2027-02-01"), { year: 2026 }));
    expect(ledger.year).toBe(2026);
    expect(ledger.total.hours).toEqual({
      granted: 28_800,
      used: 5280,
      planned: 0,
      remaining: 23_520,
    });
    expect(ledger.forecast).toMatchObject({ unplannedDays: 0, minutes: 5280 });
  });

  it("reports bad pay overrides with their paths", () => {
    const bad = rotaOf("dk", shifts, grant, { overrides: { pay: { eveningFrom: "25:00" } } });
    const r = grantLedger(bad.rota, bad.zone, asOf);
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(["$.overrides.pay.eveningFrom"]);
  });

  it("averages over the given recent weeks only", () => {
    // asOf 1 Mar with 2 recent weeks: sample 15–28 Feb holds nothing → estimate 0
    const ledger = ledgerOf(grantLedger(rota, zone, d("2026-03-01"), { recentWeeks: 2 }));
    expect(ledger.forecast).toMatchObject({
      method: "recent",
      sampleFrom: "2026-02-15",
      sampleUntil: "2026-03-01",
      averagePerWeek: 0,
      minutes: 5280, // 40 h + 48 h used
    });
  });

  it("uses the plan ahead when there is no history, and nothing when there is no plan", () => {
    // asOf 1 Jan: no help before; the plan 1 Jan – 28 Feb (59 days) holds 88 h = 5 280 min;
    // unplanned 306 days → 5 280 × 306 / 59 = 27 384.4 → 27 384; forecast 5 280 + 27 384
    const ahead = ledgerOf(grantLedger(rota, zone, d("2026-01-01")));
    expect(ahead.forecast).toMatchObject({
      method: "planned",
      sampleFrom: "2026-01-01",
      sampleUntil: "2026-03-01",
      minutes: 32_664,
    });
    const empty = rotaOf("dk", [], { hours: 40, per: "month" });
    const none = ledgerOf(grantLedger(empty.rota, empty.zone, d("2026-06-01")));
    expect(none.forecast).toMatchObject({ method: "none", minutes: 0, unplannedDays: 214 });
    expect(none.warnings).toEqual([]);
  });

  it("reports a purpose without a pool as a pool granted 0, over from its first minute", () => {
    const r = rotaOf(
      "dk",
      [shift("2026-01-07T16:00", "2026-01-07T18:00", { purpose: "training" })],
      { hours: 40, per: "month" },
    );
    const ledger = ledgerOf(grantLedger(r.rota, r.zone, d("2026-02-01")));
    expect(ledger.pools).toEqual([
      {
        purpose: "training",
        per: "year",
        granted: false,
        periods: [
          {
            from: "2026-01-01",
            until: "2027-01-01",
            hours: { granted: 0, used: 120, planned: 0, remaining: -120 },
          },
        ],
        total: { granted: 0, used: 120, planned: 0, remaining: -120 },
      },
    ]);
    expect(ledger.warnings).toEqual([
      {
        kind: "period-over",
        subject: "training",
        from: "2026-01-01",
        until: "2027-01-01",
        measured: 120,
        limit: 0,
        unit: "minutes",
        percent: undefined,
      },
    ]);
  });

  it("warns per month of a monthly pool", () => {
    const r = rotaOf(
      "dk",
      [
        shift("2026-04-07T10:00", "2026-04-07T11:00", { purpose: "appraisal" }),
        shift("2026-04-08T10:00", "2026-04-08T11:30", { purpose: "appraisal" }),
      ],
      { hours: 40, per: "month", pools: [{ purpose: "appraisal", hours: 2, per: "month" }] },
    );
    const ledger = ledgerOf(grantLedger(r.rota, r.zone, d("2026-04-01")));
    const pool = ledger.pools[0];
    expect(pool?.periods).toHaveLength(12);
    // April: 1 + 1.5 = 2.5 h planned against 2 h
    expect(pool?.periods[3]?.hours).toEqual({
      granted: 120,
      used: 0,
      planned: 150,
      remaining: -30,
    });
    expect(pool?.total).toEqual({ granted: 1440, used: 0, planned: 150, remaining: 1290 });
    expect(ledger.warnings.map((w) => [w.kind, w.subject, w.from, w.percent])).toEqual([
      ["period-over", "appraisal", "2026-04-01", 125],
    ]);
  });
});
