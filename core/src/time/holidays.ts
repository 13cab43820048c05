/**
 * Public holidays and pay-relevant special days for Denmark and Norway.
 *
 * Easter comes from `date-easter`; everything else is a rule table per country owned here,
 * because general-purpose holiday data is wrong for payroll (Denmark's 1 May, 5 June and
 * 24 December are mere observances there and 31 December is missing; Norway lacks Easter Eve and
 * Whitsun Eve; half-day start times are not modelled).
 *
 * Sources: Danish helligdage (Store Bededag abolished from 2024 by lov nr. 144 af 28.02.2023);
 * Fredericia Kommune BPA handbook 4.1.2 (special days); Nyborg Kommune BPA handbook § 33;
 * Norwegian lov om helligdager og helligdagsfred § 1, lov om 1. og 17. mai som høgtidsdager,
 * arbeidsmiljøloven § 10-10 (work after 15:00 on the day before Easter Sunday, Whit Sunday and
 * Christmas Day counts as Sunday and holiday work).
 *
 * Pure: no clock, no I/O. Results are computed once per country and year and cached.
 */
import { gregorianEaster } from "date-easter";
import type { LocalDate } from "./types.js";

/** A country whose holiday calendar is known: Denmark (`dk`) or Norway (`no`). */
export type HolidayCountry = "dk" | "no";

/** The name of a holiday in Danish, Norwegian bokmål and English. */
export interface HolidayNames {
  /** Danish. */
  readonly da: string;
  /** Norwegian bokmål. */
  readonly nb: string;
  /** English. */
  readonly en: string;
}

/** One dated public holiday (or special day) of a country. */
export interface Holiday {
  /** The calendar date, `YYYY-MM-DD`. */
  readonly date: LocalDate;
  /** A stable id, unique within a country and year, e.g. `"easter-monday"`, `"christmas-eve"`. */
  readonly key: string;
  /** The localized name. */
  readonly names: HolidayNames;
}

/**
 * A day that counts as Sunday/holiday for pay from a wall-clock time on that day, without being
 * a public holiday itself. Denmark (Fredericia 4.1.2): 24 December from 06:00 (Christmas Eve from
 * the start of the day shift), 1 May, 5 June and 31 December from 12:00. Norway (aml. § 10-10):
 * Easter Eve, Whitsun Eve and Christmas Eve from 15:00.
 */
export interface SpecialDay extends Holiday {
  /** Local wall-clock time `HH:mm` from which the rest of the day counts as Sunday/holiday. */
  readonly sundayFrom: string;
}

/** The first year for which calendars are computed (inclusive). */
export const HOLIDAY_MIN_YEAR = 1900;
/** The last year for which calendars are computed (inclusive). */
export const HOLIDAY_MAX_YEAR = 2199;

/** When a rule falls: a fixed month and day, or a number of days after Easter Sunday. */
type RuleDate =
  { readonly month: number; readonly day: number } | { readonly easterOffset: number };

interface Rule {
  readonly key: string;
  readonly names: HolidayNames;
  readonly when: RuleDate;
  /** Last year (inclusive) in which the rule applies; unbounded when absent. */
  readonly untilYear?: number;
}

interface SpecialRule extends Rule {
  readonly sundayFrom: string;
}

const names = (da: string, nb: string, en: string): HolidayNames => Object.freeze({ da, nb, en });

// Shared names.
const NEW_YEARS_DAY = names("Nytårsdag", "1. nyttårsdag", "New Year's Day");
const MAUNDY_THURSDAY = names("Skærtorsdag", "Skjærtorsdag", "Maundy Thursday");
const GOOD_FRIDAY = names("Langfredag", "Langfredag", "Good Friday");
const EASTER_EVE = names("Påskelørdag", "Påskeaften", "Easter Eve");
const EASTER_SUNDAY = names("Påskedag", "1. påskedag", "Easter Sunday");
const EASTER_MONDAY = names("2. påskedag", "2. påskedag", "Easter Monday");
const LABOUR_DAY = names("1. maj", "Arbeidernes dag", "Labour Day");
const ASCENSION_DAY = names("Kristi himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day");
const WHITSUN_EVE = names("Pinselørdag", "Pinseaften", "Whitsun Eve");
const WHIT_SUNDAY = names("Pinsedag", "1. pinsedag", "Whit Sunday");
const WHIT_MONDAY = names("2. pinsedag", "2. pinsedag", "Whit Monday");
const CHRISTMAS_EVE = names("Juleaftensdag", "Julaften", "Christmas Eve");
const CHRISTMAS_DAY = names("Juledag", "1. juledag", "Christmas Day");
const BOXING_DAY = names("2. juledag", "2. juledag", "Boxing Day");

/** Official public holidays per country, in calendar order (the tie-break for equal dates). */
const HOLIDAY_RULES: Readonly<Record<HolidayCountry, readonly Rule[]>> = {
  dk: [
    { key: "new-years-day", names: NEW_YEARS_DAY, when: { month: 1, day: 1 } },
    { key: "maundy-thursday", names: MAUNDY_THURSDAY, when: { easterOffset: -3 } },
    { key: "good-friday", names: GOOD_FRIDAY, when: { easterOffset: -2 } },
    { key: "easter-sunday", names: EASTER_SUNDAY, when: { easterOffset: 0 } },
    { key: "easter-monday", names: EASTER_MONDAY, when: { easterOffset: 1 } },
    {
      // The 4th Friday after Easter; abolished as a public holiday from 2024.
      key: "great-prayer-day",
      names: names("Store bededag", "Store bededag", "Great Prayer Day"),
      when: { easterOffset: 26 },
      untilYear: 2023,
    },
    { key: "ascension-day", names: ASCENSION_DAY, when: { easterOffset: 39 } },
    { key: "whit-sunday", names: WHIT_SUNDAY, when: { easterOffset: 49 } },
    { key: "whit-monday", names: WHIT_MONDAY, when: { easterOffset: 50 } },
    { key: "christmas-day", names: CHRISTMAS_DAY, when: { month: 12, day: 25 } },
    { key: "boxing-day", names: BOXING_DAY, when: { month: 12, day: 26 } },
  ],
  no: [
    { key: "new-years-day", names: NEW_YEARS_DAY, when: { month: 1, day: 1 } },
    { key: "maundy-thursday", names: MAUNDY_THURSDAY, when: { easterOffset: -3 } },
    { key: "good-friday", names: GOOD_FRIDAY, when: { easterOffset: -2 } },
    { key: "easter-sunday", names: EASTER_SUNDAY, when: { easterOffset: 0 } },
    { key: "easter-monday", names: EASTER_MONDAY, when: { easterOffset: 1 } },
    { key: "labour-day", names: LABOUR_DAY, when: { month: 5, day: 1 } },
    {
      key: "constitution-day",
      names: names("Grundlovsdag", "Grunnlovsdag", "Constitution Day"),
      when: { month: 5, day: 17 },
    },
    { key: "ascension-day", names: ASCENSION_DAY, when: { easterOffset: 39 } },
    { key: "whit-sunday", names: WHIT_SUNDAY, when: { easterOffset: 49 } },
    { key: "whit-monday", names: WHIT_MONDAY, when: { easterOffset: 50 } },
    { key: "christmas-day", names: CHRISTMAS_DAY, when: { month: 12, day: 25 } },
    { key: "boxing-day", names: BOXING_DAY, when: { month: 12, day: 26 } },
  ],
};

/** Special days per country (Sunday/holiday pay from `sundayFrom`), in calendar order. */
const SPECIAL_RULES: Readonly<Record<HolidayCountry, readonly SpecialRule[]>> = {
  dk: [
    {
      key: "labour-day",
      names: names("1. maj", "1. mai", "Labour Day"),
      when: { month: 5, day: 1 },
      sundayFrom: "12:00",
    },
    {
      key: "constitution-day",
      names: names("Grundlovsdag", "Grunnlovsdag", "Constitution Day"),
      when: { month: 6, day: 5 },
      sundayFrom: "12:00",
    },
    {
      key: "christmas-eve",
      names: CHRISTMAS_EVE,
      when: { month: 12, day: 24 },
      sundayFrom: "06:00",
    },
    {
      key: "new-years-eve",
      names: names("Nytårsaftensdag", "Nyttårsaften", "New Year's Eve"),
      when: { month: 12, day: 31 },
      sundayFrom: "12:00",
    },
  ],
  no: [
    { key: "easter-eve", names: EASTER_EVE, when: { easterOffset: -1 }, sundayFrom: "15:00" },
    { key: "whitsun-eve", names: WHITSUN_EVE, when: { easterOffset: 48 }, sundayFrom: "15:00" },
    {
      key: "christmas-eve",
      names: CHRISTMAS_EVE,
      when: { month: 12, day: 24 },
      sundayFrom: "15:00",
    },
  ],
};

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Formats a proleptic-Gregorian UTC day as a {@link LocalDate}. */
const formatDate = (year: number, month: number, day: number): LocalDate => {
  // Date.UTC normalises day overflow (e.g. 3 April + 50 days) without touching the clock.
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` as LocalDate;
};

const checkCountry = (country: HolidayCountry): void => {
  if (!Object.hasOwn(HOLIDAY_RULES, country)) {
    throw new RangeError(
      `Unknown holiday country ${JSON.stringify(country)}; expected "dk" or "no"`,
    );
  }
};

const checkYear = (year: number): void => {
  if (!Number.isInteger(year) || year < HOLIDAY_MIN_YEAR || year > HOLIDAY_MAX_YEAR) {
    throw new RangeError(
      `Holiday year ${String(year)} is not supported; expected an integer from ${HOLIDAY_MIN_YEAR} to ${HOLIDAY_MAX_YEAR}`,
    );
  }
};

interface YearCalendar {
  readonly holidays: readonly Holiday[];
  readonly specials: readonly SpecialDay[];
  readonly holidayByDate: ReadonlyMap<string, Holiday>;
  readonly specialByDate: ReadonlyMap<string, SpecialDay>;
}

const cache = new Map<string, YearCalendar>();

const dateOf = (when: RuleDate, year: number, easter: { month: number; day: number }): LocalDate =>
  "easterOffset" in when
    ? formatDate(year, easter.month, easter.day + when.easterOffset)
    : formatDate(year, when.month, when.day);

const applies = (rule: Rule, year: number): boolean =>
  rule.untilYear === undefined || year <= rule.untilYear;

/** Stable sort by date; rules are already in table order, which breaks ties. */
const byDate = <T extends Holiday>(items: T[]): T[] =>
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** First item per date (the earliest in sorted order wins on a tie). */
const indexByDate = <T extends Holiday>(items: readonly T[]): ReadonlyMap<string, T> => {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.date)) map.set(item.date, item);
  return map;
};

const calendar = (country: HolidayCountry, year: number): YearCalendar => {
  checkCountry(country);
  checkYear(year);
  const cacheKey = `${country}:${year}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;

  const easter = gregorianEaster(year);
  const holidays = byDate(
    HOLIDAY_RULES[country]
      .filter((rule) => applies(rule, year))
      .map((rule): Holiday =>
        Object.freeze({ date: dateOf(rule.when, year, easter), key: rule.key, names: rule.names }),
      ),
  );
  const specials = byDate(
    SPECIAL_RULES[country]
      .filter((rule) => applies(rule, year))
      .map((rule): SpecialDay =>
        Object.freeze({
          date: dateOf(rule.when, year, easter),
          key: rule.key,
          names: rule.names,
          sundayFrom: rule.sundayFrom,
        }),
      ),
  );
  const result: YearCalendar = {
    holidays: Object.freeze(holidays),
    specials: Object.freeze(specials),
    holidayByDate: indexByDate(holidays),
    specialByDate: indexByDate(specials),
  };
  cache.set(cacheKey, result);
  return result;
};

const DATE_PATTERN = /^(\d{4})-\d{2}-\d{2}$/;

const yearOf = (date: LocalDate): number => {
  const match = DATE_PATTERN.exec(date);
  if (match?.[1] === undefined) {
    throw new RangeError(`Invalid date ${JSON.stringify(date)}; expected YYYY-MM-DD`);
  }
  return Number(match[1]);
};

/**
 * Official public holidays of a country in a year, sorted by date (Denmark: *helligdage*;
 * Norway: *helligdager og høytidsdager*, including 1 and 17 May). Denmark's Store Bededag is
 * included up to and including 2023 only. Days that are special for pay only (e.g. Danish
 * Christmas Eve) are not included: see {@link specialDays}.
 *
 * When two holidays fall on the same date (e.g. Norway's 17 May and Whit Monday in 2027) both are
 * listed, in the order of the country's table.
 *
 * @throws RangeError if `year` is not an integer from 1900 to 2199, or `country` is unknown.
 */
export function publicHolidays(country: HolidayCountry, year: number): readonly Holiday[] {
  return calendar(country, year).holidays;
}

/**
 * Days of a country in a year that count as Sunday/holiday for pay from a wall-clock time on that
 * day, sorted by date. They are not public holidays themselves (a special day can coincide with
 * one, e.g. 5 June and Whit Monday in Denmark in 2028; then the whole day is a holiday).
 *
 * - Denmark (Fredericia 4.1.2): 24 December from 06:00 (from the start of the day shift);
 *   1 May, 5 June and 31 December from 12:00.
 * - Norway (aml. § 10-10): Easter Eve, Whitsun Eve and Christmas Eve from 15:00.
 *
 * @throws RangeError if `year` is not an integer from 1900 to 2199, or `country` is unknown.
 */
export function specialDays(country: HolidayCountry, year: number): readonly SpecialDay[] {
  return calendar(country, year).specials;
}

/**
 * The public holiday of a country on a date, or `undefined`. If two holidays fall on the date,
 * the first of {@link publicHolidays} is returned. Cached per country and year.
 *
 * @throws RangeError if the date is not `YYYY-MM-DD`, its year is outside 1900–2199, or
 *   `country` is unknown.
 */
export function holidayOn(country: HolidayCountry, date: LocalDate): Holiday | undefined {
  return calendar(country, yearOf(date)).holidayByDate.get(date);
}

/**
 * The special day (Sunday/holiday pay from a wall-clock time) of a country on a date, or
 * `undefined`. Cached per country and year.
 *
 * @throws RangeError if the date is not `YYYY-MM-DD`, its year is outside 1900–2199, or
 *   `country` is unknown.
 */
export function specialDayOn(country: HolidayCountry, date: LocalDate): SpecialDay | undefined {
  return calendar(country, yearOf(date)).specialByDate.get(date);
}
