/**
 * The year-end forecast of the grant ledger.
 *
 * Method: forecast = used + planned + estimate, where
 * - used: the help time of the year's days before `asOf` (the caller has replaced past planned
 *   shifts with the actual ones), planned: from `asOf` to the year's end;
 * - the plan reaches `plannedThrough`: the latest of the rota's `period.to`, the last day with
 *   help time, and the day before `asOf`; days after it until the year's end are unplanned
 *   (days inside the plan without shifts are planned as free);
 * - estimate = the average help time per day of a sample × the unplanned days. The sample is
 *   the `recentWeeks` weeks (default 8, i.e. 56 days) before `asOf`, starting no earlier than the
 *   first day with help time (a rota that began 10 days ago gives a 10-day sample). Without any
 *   help time before `asOf`, the planned days from `asOf` on are the sample; without those
 *   either, the estimate is 0 (`method: "none"`).
 * The money forecast applies the same scaling to the sample's minutes of every purpose and pay
 * category (each scaled to whole minutes) and costs the sum once.
 */
import type { LocalDate, Minutes } from "../time/index.js";
import { dayToDate, minutes } from "../time/index.js";
import {
  TALLY_KEYS,
  addTally,
  costOf,
  tallyMinutes,
  type MoneyRates,
  type Ore,
  type PayTally,
} from "./money.js";
import { sumDays, type DayTallies } from "./tally.js";

/** The forecast of the help hours (and money) at the end of the calendar year. */
export interface Forecast {
  /** Where the average came from: recent use, the plan ahead, or nowhere. */
  readonly method: "recent" | "planned" | "none";
  /** The sample's days: its first day and the first day after it. */
  readonly sampleFrom: LocalDate;
  readonly sampleUntil: LocalDate;
  /** Average help minutes per 7 days in the sample, rounded to the minute. */
  readonly averagePerWeek: Minutes;
  /** The last day the rota plans. */
  readonly plannedThrough: LocalDate;
  /** Days from after `plannedThrough` to the year's end, estimated from the sample. */
  readonly unplannedDays: number;
  /** Help minutes used + planned in the year. */
  readonly usedAndPlanned: Minutes;
  /** Help minutes expected by the end of the year. */
  readonly minutes: Minutes;
  /** Money expected by the end of the year (every purpose), when the grant has a budget. */
  readonly money: Ore | undefined;
}

/** What the forecast needs, as day numbers. */
export interface ForecastInput {
  readonly tallies: DayTallies;
  readonly yearFirst: number;
  readonly yearUntil: number;
  readonly asOfDay: number;
  /** The rota's `period.to` as a day number, if any. */
  readonly periodTo: number | undefined;
  readonly recentWeeks: number;
  readonly rates: MoneyRates | undefined;
}

const scaled = (t: PayTally, num: number, den: number): PayTally => {
  const out = { ...t };
  for (const k of TALLY_KEYS) out[k] = minutes(Math.round((t[k] * num) / den));
  return out;
};

/** The year-end forecast (see the file comment for the method). */
export function forecastYear(input: ForecastInput): Forecast {
  const { tallies, yearFirst, yearUntil, asOfDay, recentWeeks } = input;
  const plannedThroughDay = Math.max(
    asOfDay - 1,
    input.periodTo ?? -Infinity,
    tallies.lastHelpDay ?? -Infinity,
  );
  const unplannedFrom = Math.max(plannedThroughDay + 1, yearFirst);
  const unplannedDays = Math.max(0, yearUntil - unplannedFrom);

  let method: Forecast["method"] = "none";
  let sampleFrom = asOfDay;
  let sampleUntil = asOfDay;
  const firstHelp = tallies.firstHelpDay;
  if (firstHelp !== undefined && firstHelp < asOfDay) {
    method = "recent";
    sampleFrom = Math.max(asOfDay - 7 * recentWeeks, firstHelp);
  } else if (plannedThroughDay >= asOfDay) {
    method = "planned";
    sampleUntil = plannedThroughDay + 1;
  }
  const sampleDays = sampleUntil - sampleFrom;
  const sampleHelp = sumDays(tallies, sampleFrom, sampleUntil, ["help"]);
  const help = tallyMinutes(sumDays(tallies, yearFirst, yearUntil, ["help"]));
  const estimate =
    sampleDays > 0 ? Math.round((tallyMinutes(sampleHelp) * unplannedDays) / sampleDays) : 0;

  let money: Ore | undefined;
  if (input.rates !== undefined) {
    const all = sumDays(tallies, yearFirst, yearUntil);
    if (sampleDays > 0) {
      addTally(all, scaled(sumDays(tallies, sampleFrom, sampleUntil), unplannedDays, sampleDays));
    }
    money = costOf(input.rates, all).total;
  }
  return {
    method,
    sampleFrom: dayToDate(sampleFrom),
    sampleUntil: dayToDate(sampleUntil),
    averagePerWeek: minutes(
      sampleDays > 0 ? Math.round((tallyMinutes(sampleHelp) * 7) / sampleDays) : 0,
    ),
    plannedThrough: dayToDate(plannedThroughDay),
    unplannedDays,
    usedAndPlanned: help,
    minutes: minutes(help + estimate),
    money,
  };
}
