import { describe, expect, it } from "vitest";
import {
  accountLang,
  annualAccount,
  formatAccountCsv,
  formatAccountText,
  nyborgMeetingPool,
  type AnnualAccount,
} from "../../../core/src/grant/index.js";
import { rotaOf, shift } from "./grant-fixtures.js";

const accountOf = (r: ReturnType<typeof annualAccount>): AnnualAccount => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.account;
};

const dkRota = () =>
  rotaOf(
    "dk",
    [
      shift("2026-03-02T07:00", "2026-03-02T15:00"), // 8 h weekday
      shift("2026-03-07T22:00", "2026-03-08T06:00"), // 8 h: evening 1, night 7, Sat 2, Sun 6
      shift("2026-03-10T10:00", "2026-03-10T12:00", { purpose: "meeting" }), // 2 h meeting
      shift("2026-03-11T23:00", "2026-03-12T07:00", { kind: "oncall" }), // 8 h on call, 7 night
      shift("2026-03-31T20:00", "2026-04-01T02:00"), // 6 h: 4 in March, 2 in April
    ],
    {
      hours: 2000,
      per: "year",
      pools: [nyborgMeetingPool(3)],
      budget: { hourlyRate: 200, amount: 1_000_000 },
    },
  );

describe("annualAccount (Fredericia 1.1.6 årsregnskab, Nyborg § 36)", () => {
  const { rota, zone } = dkRota();
  const account = accountOf(annualAccount(rota, zone, 2026));

  it("lists hours per month and purpose, a month crossing shift split at midnight", () => {
    expect(account.months.map((m) => m.label)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    const march = account.months[2];
    // help: 8 + 8 + 8 + 4 = 28 h = 1 680 min; a yearly grant sets no monthly figure
    expect(march?.lines.map((l) => [l.purpose, l.granted, l.used, l.remaining])).toEqual([
      ["help", undefined, 1680, undefined],
      ["meeting", undefined, 120, undefined],
    ]);
    expect(march?.used).toBe(1800);
    // April: the 2 h after midnight
    expect(account.months[3]?.lines[0]?.used).toBe(120);
  });

  it("sums the year against the grant and the pools", () => {
    expect(account.total.label).toBe("2026");
    expect(account.total.lines.map((l) => [l.purpose, l.granted, l.used, l.remaining])).toEqual([
      // 2 000 h = 120 000 min; 8 + 8 + 8 + 6 = 30 h = 1 800 min
      ["help", 120_000, 1800, 118_200],
      // 24 h = 1 440 min; 2 h used
      ["meeting", 1440, 120, 1320],
    ]);
  });

  it("prices each month and the year", () => {
    // March: work 8 + 8 + 2 + 4 = 22 h, on call 8 h, evening 1 + 3 (20–23 on 31 March) = 4 h,
    // night 7 + 7 + 1 (23–24) = 15 h, Saturday 2 h, Sunday 6 h; at 200 kr/h:
    //   base 22 × 200 = 4 400; on call 1 200; supplements 4 × 60 + 15 × 66 + 2 × 56 + 6 × 100
    //   = 240 + 990 + 112 + 600 = 1 942; pension 12.6 % × 5 600 = 705.60 + 4 % × 1 942 = 77.68
    //   → 783.28; total 8 325.28 kr
    expect(account.months[2]?.money).toEqual({
      base: 440_000,
      oncall: 120_000,
      supplements: 194_200,
      pension: 78_328,
      total: 832_528,
    });
    // April: 2 h night work on Wednesday 1 April: 400 + 2 × 66 = 132; pension 50.40 + 5.28
    // → 587.68 kr
    expect(account.months[3]?.money?.total).toBe(58_768);
    // year = March + April: 8 325.28 + 587.68 = 8 912.96 kr
    expect(account.total.money?.total).toBe(891_296);
    expect(account.currency).toBe("DKK");
    expect(account.budget).toBe(100_000_000);
    expect(account.budgetRemaining).toBe(100_000_000 - 891_296);
  });

  it("shares a weekly grant out over months by days", () => {
    const r = rotaOf("no", [shift("2026-02-02T08:00", "2026-02-02T16:00")], {
      hours: 20,
      per: "week",
    });
    const a = accountOf(annualAccount(r.rota, r.zone, 2026));
    // January: 1 200 × 31 / 7 = 5 314.3 → 5 314; February 1 200 × 28 / 7 = 4 800
    expect(a.months[0]?.lines[0]?.granted).toBe(5314);
    expect(a.months[1]?.lines[0]).toMatchObject({ granted: 4800, used: 480, remaining: 4320 });
    // year: 1 200 × 365 / 7 = 62 571.4 → 62 571
    expect(a.total.lines[0]?.granted).toBe(62_571);
    expect(a.currency).toBeUndefined();
    expect(a.total.money).toBeUndefined();
  });

  it("refuses bad grant settings with their paths", () => {
    const r = rotaOf("dk", [], { hours: 10, per: "month", budget: { hourlyRate: -1 } });
    const a = annualAccount(r.rota, r.zone, 2026);
    expect(!a.ok && a.issues.map((i) => i.path)).toEqual(["$.grant.budget.hourlyRate"]);
  });
});

describe("formatAccountCsv / formatAccountText", () => {
  const { rota, zone } = dkRota();
  const account = accountOf(annualAccount(rota, zone, 2026));

  it("writes one CSV line per month and purpose plus a line for all purposes", () => {
    const csv = formatAccountCsv(account);
    const lines = csv.split("\r\n");
    expect(csv.endsWith("\r\n")).toBe(true);
    // header + 13 periods × (2 purposes + all) + the final empty string
    expect(lines).toHaveLength(1 + 13 * 3 + 1);
    expect(lines[0]).toBe(
      "Period,Purpose,Granted (hours),Used (hours),Remaining (hours),Work,On call,Evening,Night,Saturday,Sunday/holiday,Base pay (DKK),On-call pay (DKK),Supplements (DKK),Pension (DKK),All (DKK)",
    );
    // help in March: work 20 h, on call 8; base 4 000, on call 1 200, supplements 1 942 kr;
    // pension 12.6 % × 5 200 = 655.20 + 4 % × 1 942 = 77.68 → 732.88; total 7 874.88 kr
    expect(lines[7]).toBe(
      "2026-03,Help,,28.00,,20.00,8.00,4.00,15.00,2.00,6.00,4000.00,1200.00,1942.00,732.88,7874.88",
    );
    expect(lines[9]).toBe(
      "2026-03,All,,30.00,,22.00,8.00,4.00,15.00,2.00,6.00,4400.00,1200.00,1942.00,783.28,8325.28",
    );
    // the year's help: night 7 + 7 + 3 = 17 h, evening 1 + 3 = 4 h; supplements
    // 4 × 60 + 17 × 66 + 2 × 56 + 6 × 100 = 2 074 kr; pension 12.6 % × 5 600 = 705.60
    // + 4 % × 2 074 = 82.96 → 788.56; total 4 400 + 1 200 + 2 074 + 788.56 = 8 462.56 kr
    expect(lines[37]).toBe(
      "2026,Help,2000.00,30.00,1970.00,22.00,8.00,4.00,17.00,2.00,6.00,4400.00,1200.00,2074.00,788.56,8462.56",
    );
  });

  it("writes Danish with ; and decimal commas", () => {
    const csv = formatAccountCsv(account, accountLang("da"));
    const lines = csv.split("\r\n");
    expect(lines[0]?.startsWith("Periode;Formål;Bevilget (timer);Forbrugt (timer)")).toBe(true);
    expect(lines[38]).toBe(
      "2026;Personalemøder;24,00;2,00;22,00;2,00;0,00;0,00;0,00;0,00;0,00;400,00;0,00;0,00;50,40;450,40",
    );
  });

  it("writes a table with the budget", () => {
    const text = formatAccountText(account, "en");
    expect(text.split("\n")[0]).toBe("Annual account 2026");
    const lines = text.split("\n");
    expect(lines).toContain(
      "2026     Help                    2000.00         30.00            1970.00      8462.56",
    );
    // months with nothing used and no monthly grant are left out: March, April and the year
    expect(lines.filter((l) => /^2026-\d\d /.test(l)).map((l) => l.slice(0, 7))).toEqual([
      ...["2026-03", "2026-03", "2026-03", "2026-04", "2026-04", "2026-04"],
    ]);
    expect(text).toContain("Money granted: 1000000.00 DKK; Remaining: 991087.04");
  });

  it("leaves the money columns out without a budget", () => {
    const r = rotaOf("dk", [shift("2026-05-04T07:00", "2026-05-04T15:00")], {
      hours: 40,
      per: "month",
    });
    const csv = formatAccountCsv(accountOf(annualAccount(r.rota, r.zone, 2026)), "nb");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "Periode;Formål;Vedtak (timer);Brukt (timer);Rest (timer);Arbeid;Passiv tid;Kveld;Natt;Lørdag;Søn- og helligdag",
    );
    // May: 40 h granted, 8 used, 32 left
    expect(lines[9]).toBe("2026-05;Assistanse;40,00;8,00;32,00;8,00;0,00;0,00;0,00;0,00;0,00");
  });
});
