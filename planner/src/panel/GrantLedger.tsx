/**
 * The grant ledger of today's year from core's `grantLedger`: the current grant period and the
 * year (granted, used, planned, remaining hours, and money with a budget), the pools, the
 * year-end forecast and the warnings in words, each with a symbol and a word, never colour
 * alone. A warning that appears after a change is announced politely. The annual account of the
 * year downloads as CSV.
 *
 * Counting a year of shifts takes tens of milliseconds on a large rota, so it runs when the page
 * is idle after the edit has been drawn and announced (and a short pause after the last change),
 * and only when the rota object changed (see `ledgerMemo`): never on a keystroke that changed
 * nothing.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import {
  annualAccount,
  type GrantLedger,
  type GrantLedgerResult,
  type LedgerPeriod,
  type LedgerWarning,
} from "../../../core/src/grant/index.js";
import type { RotaFile } from "../../../core/src/model/index.js";
import type { LocalDate, Zone } from "../../../core/src/time/index.js";
import { formatDay, t, tf, type Lang } from "../i18n/messages.js";
import { ledgerMemo } from "./ledger-memo.js";
import {
  accountCsvFile,
  currentPeriod,
  dayBefore,
  hoursText,
  moneyText,
  newWarnings,
  purposeName,
  warningText,
} from "./ledger-text.js";
import "./grant.css";

/** Milliseconds after the last change before the ledger is counted again. */
const RECOUNT_DELAY_MS = 150;

/**
 * Runs `run` once the page is idle, `delay` ms from now at the earliest (where the browser has
 * no `requestIdleCallback`, right then): the first rule check and the cell flags of an edit come
 * first. Returns a cancel function.
 */
function whenIdle(run: () => void, delay: number): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === "function") {
      idle = requestIdleCallback(run, { timeout: 1000 });
    } else run();
  }, delay);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

export interface GrantLedgerProps {
  readonly lang: Lang;
  readonly rota: RotaFile;
  readonly zone: Zone;
  /** Today in the arrangement's zone: days before it are used, from it on planned. */
  readonly today: LocalDate;
}

interface Shown {
  readonly rota: RotaFile;
  readonly today: string;
  readonly result: GrantLedgerResult;
}

/** Offers a file for download under `name`. */
function download(name: string, text: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

export function GrantLedgerView({ lang, rota, zone, today }: GrantLedgerProps) {
  const [memo] = useState(() => ledgerMemo());
  const [shown, setShown] = useState<Shown | undefined>();
  const [news, setNews] = useState("");
  /** Announces `message`; the same message again is changed a little, so that it is read again. */
  const say = (message: string) =>
    setNews((last) => (last === message ? `${message}\u00a0` : message));
  const before = useRef<readonly LedgerWarning[] | undefined>(undefined);

  useEffect(() => {
    if (shown?.rota === rota && shown.today === today) return;
    return whenIdle(
      () => setShown({ rota, today, result: memo(rota, zone, today) }),
      shown === undefined ? 0 : RECOUNT_DELAY_MS,
    );
  }, [rota, today]);

  useEffect(() => {
    if (!shown) return;
    const r = shown.result;
    const ledger = r.ok ? r.ledger : undefined;
    const warnings = ledger?.warnings ?? [];
    const fresh = newWarnings(before.current, warnings);
    before.current = warnings;
    if (fresh.length === 0) return;
    const sentences = fresh.map((w) => {
      const x = warningText(lang, w, ledger?.currency);
      return `${x.label}: ${x.sentence}`;
    });
    say(`${t(lang, "glNewWarning")}: ${sentences.join(" ")}`);
  }, [shown]);

  const year = Number(today.slice(0, 4));
  const onDownload = () => {
    const made = annualAccount(rota, zone, year);
    if (!made.ok) {
      say([t(lang, "glProblems"), ...made.issues.map((i) => i.message)].join(" "));
      return;
    }
    const file = accountCsvFile(made.account, lang);
    download(file.name, file.text);
    say(tf(lang, "glDownloaded", { year }));
  };

  return (
    <div class="ledger">
      <LedgerBody lang={lang} shown={shown} onDownload={onDownload} year={year} />
      <div role="status" aria-live="polite" class="visually-hidden" id="grant-live">
        {news}
      </div>
    </div>
  );
}

function LedgerBody({
  lang,
  shown,
  year,
  onDownload,
}: {
  readonly lang: Lang;
  readonly shown: Shown | undefined;
  readonly year: number;
  readonly onDownload: () => void;
}) {
  if (!shown) return <p>{t(lang, "glCounting")}</p>;
  const r = shown.result;
  if (!r.ok) {
    return (
      <div class="ledger-problems">
        <p>
          <span aria-hidden="true">⛔ </span>
          {t(lang, "glProblems")}
        </p>
        <ul>
          {r.issues.map((i) => (
            <li key={`${i.path}|${i.message}`}>
              {i.path}: {i.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const ledger = r.ledger;
  if (!ledger) return null;
  const current = currentPeriod(ledger);
  return (
    <>
      {current && ledger.per !== "year" ? (
        <Figures
          lang={lang}
          ledger={ledger}
          period={current}
          caption={tf(lang, "glPeriod", {
            from: formatDay(lang, current.from),
            to: formatDay(lang, dayBefore(current.until)),
          })}
          id="ledger-period"
        />
      ) : null}
      <Figures
        lang={lang}
        ledger={ledger}
        period={ledger.total}
        caption={tf(lang, "glYear", { year: ledger.year })}
        id="ledger-year"
      />
      <Pools lang={lang} ledger={ledger} />
      <h3>{t(lang, "glForecast")}</h3>
      <p id="ledger-forecast">{forecastText(lang, ledger)}</p>
      <h3>{t(lang, "glWarnings")}</h3>
      {ledger.warnings.length === 0 ? (
        <p>{t(lang, "glNoWarnings")}</p>
      ) : (
        <ul class="ledger-warnings">
          {ledger.warnings.map((w) => {
            const x = warningText(lang, w, ledger.currency);
            return (
              <li key={`${w.kind}|${w.subject}|${w.from}`} class={`ledger-warning ${x.level}`}>
                <span aria-hidden="true">{x.symbol} </span>
                <strong>{x.label}:</strong> {x.sentence}
              </li>
            );
          })}
        </ul>
      )}
      <p class="ledger-download">
        <button type="button" onClick={onDownload} aria-describedby="ledger-download-hint">
          {tf(lang, "glDownload", { year })}
        </button>{" "}
        <span id="ledger-download-hint">{t(lang, "glDownloadHint")}</span>
      </p>
    </>
  );
}

/** The forecast in a sentence: hours against the year's grant, and money against the budget. */
function forecastText(lang: Lang, ledger: GrantLedger): string {
  const f = ledger.forecast;
  if (f.method === "none") return t(lang, "glForecastNone");
  const hours = tf(lang, "glForecastHours", {
    hours: hoursText(lang, f.minutes),
    granted: hoursText(lang, ledger.total.hours.granted),
  });
  if (f.money === undefined || ledger.currency === undefined) return hours;
  const money = moneyText(lang, f.money, ledger.currency);
  const budget = ledger.total.money?.budget;
  return `${hours}; ${
    budget === undefined
      ? money
      : tf(lang, "glForecastMoney", { money, budget: moneyText(lang, budget, ledger.currency) })
  }`;
}

/** Granted, used, planned and remaining of one period: hours, and money with a budget. */
function Figures({
  lang,
  ledger,
  period,
  caption,
  id,
}: {
  readonly lang: Lang;
  readonly ledger: GrantLedger;
  readonly period: LedgerPeriod;
  readonly caption: string;
  readonly id: string;
}) {
  const { hours, money, account } = period;
  const currency = ledger.currency;
  const cash = (ore: number | undefined): string =>
    ore === undefined || currency === undefined ? "–" : moneyText(lang, ore, currency);
  const rows: [key: string, label: string, hours: string, money: string][] = [
    ["granted", t(lang, "glGranted"), hoursText(lang, hours.granted), cash(money?.budget)],
    ["used", t(lang, "glUsed"), hoursText(lang, hours.used), cash(money?.used.total)],
    ["planned", t(lang, "glPlanned"), hoursText(lang, hours.planned), cash(money?.planned.total)],
    ["remaining", t(lang, "glRemaining"), hoursText(lang, hours.remaining), cash(money?.remaining)],
  ];
  return (
    <>
      <table class="ledger-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t(lang, "glHours")}</th>
            {money ? (
              <th scope="col">{tf(lang, "glMoney", { currency: currency ?? "" })}</th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label, h, m]) => {
            const over =
              key === "remaining" && (hours.remaining < 0 || (money?.remaining ?? 0) < 0);
            return (
              <tr key={key} data-row={key} class={over ? "over" : undefined}>
                <th scope="row">{label}</th>
                <td>
                  <span class="figure">{h}</span>
                  {key === "remaining" && hours.remaining < 0 ? ` ⛔ ${t(lang, "glOver")}` : ""}
                </td>
                {money ? (
                  <td>
                    <span class="figure">{m}</span>
                    {key === "remaining" && (money.remaining ?? 0) < 0
                      ? ` ⛔ ${t(lang, "glOver")}`
                      : ""}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {account ? <p>{tf(lang, "glAccount", { hours: hoursText(lang, account.closing) })}</p> : null}
    </>
  );
}

/** Each pool's year, and purposes planned without a pool. */
function Pools({ lang, ledger }: { readonly lang: Lang; readonly ledger: GrantLedger }) {
  if (ledger.pools.length === 0) return null;
  return (
    <>
      <h3>{t(lang, "glPools")}</h3>
      <ul class="ledger-pools">
        {ledger.pools.map((p) => {
          const h = p.total;
          const name = purposeName(lang, p.purpose);
          return (
            <li key={p.purpose}>
              {p.granted
                ? tf(lang, "glPoolLine", {
                    name,
                    used: hoursText(lang, h.used),
                    planned: hoursText(lang, h.planned),
                    granted: hoursText(lang, h.granted),
                    remaining: hoursText(lang, h.remaining),
                  })
                : tf(lang, "glPoolMissing", { name, hours: hoursText(lang, h.used + h.planned) })}
            </li>
          );
        })}
      </ul>
    </>
  );
}
