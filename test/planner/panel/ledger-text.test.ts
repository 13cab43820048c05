/** The grant ledger in words: figures, periods, warning sentences, new warnings, the CSV file. */
import { describe, expect, it } from "vitest";
import { annualAccount, grantLedger, type LedgerWarning } from "../../../core/src/grant/index.js";
import { readRota } from "../../../core/src/model/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";
import {
  accountCsvFile,
  currentPeriod,
  dayBefore,
  hoursText,
  moneyText,
  newWarnings,
  periodPhrase,
  warningText,
} from "../../../planner/src/panel/ledger-text.js";

/** Normal spaces for non-breaking ones (Intl puts those in money and numbers). */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

const warning = (over: Partial<LedgerWarning> = {}): LedgerWarning => ({
  kind: "period-over",
  subject: "help",
  from: "2026-01-01" as LocalDate,
  until: "2027-01-01" as LocalDate,
  measured: 24 * 60,
  limit: 20 * 60,
  unit: "minutes",
  percent: 120,
  ...over,
});

function rota(grant: unknown, shifts: unknown[] = []) {
  const r = readRota({
    format: "turnus-rota/1",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    assistants: [{ id: "a1", name: "Anna" }],
    shifts,
    grant,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe("figures", () => {
  it("writes minutes as hours with the language's decimal mark", () => {
    expect(hoursText("da", 90)).toBe("1,5");
    expect(hoursText("en", 90)).toBe("1.5");
    expect(hoursText("en", -240)).toBe("-4");
  });

  it("writes øre as money in the currency", () => {
    expect(plain(moneyText("da", 180610, "DKK"))).toBe("1.806,10 kr.");
    expect(plain(moneyText("nb", 180610, "NOK"))).toBe("1 806,10 kr");
    expect(plain(moneyText("en", 180610, "DKK"))).toBe("DKK 1,806.10");
  });

  it("names a period: a year, a week, a month", () => {
    expect(periodPhrase("en", "2026-01-01", "2027-01-01")).toBe("in 2026");
    expect(periodPhrase("en", "2026-06-15", "2026-06-22")).toBe("in the week from Mon 15 Jun");
    expect(periodPhrase("da", "2026-06-01", "2026-07-01")).toBe("i juni 2026");
    expect(dayBefore("2026-03-01")).toBe("2026-02-28");
  });
});

describe("warnings in words", () => {
  it("says what is over which grant, with a symbol and a word", () => {
    const x = warningText("en", warning());
    expect(x).toEqual({
      level: "over",
      symbol: "⛔",
      label: "Over",
      sentence: "Help is over the grant in 2026: 24 hours used and planned of 20 hours.",
    });
    expect(warningText("da", warning({ subject: "meeting" })).sentence).toBe(
      "Personalemøder er over bevillingen i 2026: 24 timer brugt og planlagt af 20 timer.",
    );
  });

  it("gives every kind a sentence of its own; near is a warning sign, not a stop", () => {
    const kinds = [
      "period-over",
      "account-overdrawn",
      "projected-near",
      "projected-over",
      "budget-over",
      "budget-projected-near",
      "budget-projected-over",
    ] as const;
    const sentences = kinds.map((kind) => {
      const unit = kind.startsWith("budget") ? ("ore" as const) : ("minutes" as const);
      const subject = unit === "ore" ? ("money" as const) : ("help" as const);
      return warningText("en", warning({ kind, unit, subject }), "DKK");
    });
    expect(new Set(sentences.map((s) => s.sentence)).size).toBe(kinds.length);
    for (const lang of ["da", "nb"] as const) {
      for (const kind of kinds) {
        const w = warning({ kind, ...(kind.startsWith("budget") ? { unit: "ore" } : {}) });
        expect(warningText(lang, w, "DKK").sentence).not.toMatch(/\{|undefined|^ /);
      }
    }
    for (const s of sentences) expect(s.sentence).not.toMatch(/\{|undefined/);
    expect(sentences.map((s) => s.symbol)).toEqual(["⛔", "⛔", "⚠", "⛔", "⛔", "⚠", "⛔"]);
    expect(plain(sentences[2]?.sentence ?? "")).toBe(
      "The forecast for help reaches 120 % of the grant in 2026: 24 hours of 20 hours.",
    );
    expect(plain(sentences[4]?.sentence ?? "")).toBe(
      "Pay is over the budget in 2026: DKK 14.40 used and planned of DKK 12.00.",
    );
  });

  it("finds the warnings that are new after a change, not those that only changed figures", () => {
    const over = warning();
    const pool = warning({ subject: "meeting" });
    expect(newWarnings(undefined, [over])).toEqual([]);
    expect(newWarnings([], [over])).toEqual([over]);
    expect(newWarnings([over], [{ ...over, measured: 30 * 60 }, pool])).toEqual([pool]);
    expect(newWarnings([over, pool], [over])).toEqual([]);
  });
});

describe("the ledger's current period and the annual account file", () => {
  const r = rota({ hours: 10, per: "week", budget: { hourlyRate: 200.5 } }, [
    { id: "s1", assistantId: "a1", start: "2026-06-15T07:00", end: "2026-06-15T15:00" },
  ]);

  it("finds the grant period holding today", () => {
    const made = grantLedger(r.rota, r.zone, "2026-06-17" as LocalDate);
    if (!made.ok || !made.ledger) throw new Error("no ledger");
    const p = currentPeriod(made.ledger);
    expect(p?.from).toBe("2026-06-15");
    expect(p?.hours.used).toBe(8 * 60);
  });

  it("writes the annual account as CSV with a byte order mark, in the UI's language", () => {
    const made = annualAccount(r.rota, r.zone, 2026);
    if (!made.ok) throw new Error("no account");
    const file = accountCsvFile(made.account, "da");
    expect(file.name).toBe("aarsregnskab-2026.csv");
    expect(file.text.startsWith("\ufeffPeriode;Formål;")).toBe(true);
    const lines = file.text.split("\r\n");
    // June: 8 hours at 200,50 kr. plus 12,6 % pension = 1806,10 kr.
    expect(lines).toContain(
      "2026-06;I alt;;8,00;;8,00;0,00;0,00;0,00;0,00;0,00;1604,00;0,00;0,00;202,10;1806,10",
    );
    expect(accountCsvFile(made.account, "en").name).toBe("annual-account-2026.csv");
  });
});
