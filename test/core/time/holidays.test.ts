import { describe, it, expect } from "vitest";
import {
  holidayOn,
  publicHolidays,
  specialDayOn,
  specialDays,
  type HolidayCountry,
  type LocalDate,
} from "../../../core/src/time/index.js";

const d = (s: string): LocalDate => s as LocalDate;

/** `"date key"` strings, so a failing comparison shows both at once. */
const listed = (items: readonly { date: string; key: string }[]): string[] =>
  items.map((h) => `${h.date} ${h.key}`);

/*
 * Expected calendars, written out by hand from the Easter Sundays
 * 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21
 * (Maundy Thursday -3, Good Friday -2, Easter Monday +1, Ascension +39, Whit Sunday +49,
 * Whit Monday +50; Easter Eve -1, Whitsun Eve +48).
 */
const DK: Record<number, string[]> = {
  2024: [
    "2024-01-01 new-years-day",
    "2024-03-28 maundy-thursday",
    "2024-03-29 good-friday",
    "2024-03-31 easter-sunday",
    "2024-04-01 easter-monday",
    "2024-05-09 ascension-day",
    "2024-05-19 whit-sunday",
    "2024-05-20 whit-monday",
    "2024-12-25 christmas-day",
    "2024-12-26 boxing-day",
  ],
  2025: [
    "2025-01-01 new-years-day",
    "2025-04-17 maundy-thursday",
    "2025-04-18 good-friday",
    "2025-04-20 easter-sunday",
    "2025-04-21 easter-monday",
    "2025-05-29 ascension-day",
    "2025-06-08 whit-sunday",
    "2025-06-09 whit-monday",
    "2025-12-25 christmas-day",
    "2025-12-26 boxing-day",
  ],
  2026: [
    "2026-01-01 new-years-day",
    "2026-04-02 maundy-thursday",
    "2026-04-03 good-friday",
    "2026-04-05 easter-sunday",
    "2026-04-06 easter-monday",
    "2026-05-14 ascension-day",
    "2026-05-24 whit-sunday",
    "2026-05-25 whit-monday",
    "2026-12-25 christmas-day",
    "2026-12-26 boxing-day",
  ],
  2027: [
    "2027-01-01 new-years-day",
    "2027-03-25 maundy-thursday",
    "2027-03-26 good-friday",
    "2027-03-28 easter-sunday",
    "2027-03-29 easter-monday",
    "2027-05-06 ascension-day",
    "2027-05-16 whit-sunday",
    "2027-05-17 whit-monday",
    "2027-12-25 christmas-day",
    "2027-12-26 boxing-day",
  ],
  2028: [
    "2028-01-01 new-years-day",
    "2028-04-13 maundy-thursday",
    "2028-04-14 good-friday",
    "2028-04-16 easter-sunday",
    "2028-04-17 easter-monday",
    "2028-05-25 ascension-day",
    "2028-06-04 whit-sunday",
    "2028-06-05 whit-monday",
    "2028-12-25 christmas-day",
    "2028-12-26 boxing-day",
  ],
  2029: [
    "2029-01-01 new-years-day",
    "2029-03-29 maundy-thursday",
    "2029-03-30 good-friday",
    "2029-04-01 easter-sunday",
    "2029-04-02 easter-monday",
    "2029-05-10 ascension-day",
    "2029-05-20 whit-sunday",
    "2029-05-21 whit-monday",
    "2029-12-25 christmas-day",
    "2029-12-26 boxing-day",
  ],
  2030: [
    "2030-01-01 new-years-day",
    "2030-04-18 maundy-thursday",
    "2030-04-19 good-friday",
    "2030-04-21 easter-sunday",
    "2030-04-22 easter-monday",
    "2030-05-30 ascension-day",
    "2030-06-09 whit-sunday",
    "2030-06-10 whit-monday",
    "2030-12-25 christmas-day",
    "2030-12-26 boxing-day",
  ],
};

const NO: Record<number, string[]> = {
  2024: [
    "2024-01-01 new-years-day",
    "2024-03-28 maundy-thursday",
    "2024-03-29 good-friday",
    "2024-03-31 easter-sunday",
    "2024-04-01 easter-monday",
    "2024-05-01 labour-day",
    "2024-05-09 ascension-day",
    "2024-05-17 constitution-day",
    "2024-05-19 whit-sunday",
    "2024-05-20 whit-monday",
    "2024-12-25 christmas-day",
    "2024-12-26 boxing-day",
  ],
  2025: [
    "2025-01-01 new-years-day",
    "2025-04-17 maundy-thursday",
    "2025-04-18 good-friday",
    "2025-04-20 easter-sunday",
    "2025-04-21 easter-monday",
    "2025-05-01 labour-day",
    "2025-05-17 constitution-day",
    "2025-05-29 ascension-day",
    "2025-06-08 whit-sunday",
    "2025-06-09 whit-monday",
    "2025-12-25 christmas-day",
    "2025-12-26 boxing-day",
  ],
  2026: [
    "2026-01-01 new-years-day",
    "2026-04-02 maundy-thursday",
    "2026-04-03 good-friday",
    "2026-04-05 easter-sunday",
    "2026-04-06 easter-monday",
    "2026-05-01 labour-day",
    "2026-05-14 ascension-day",
    "2026-05-17 constitution-day",
    "2026-05-24 whit-sunday",
    "2026-05-25 whit-monday",
    "2026-12-25 christmas-day",
    "2026-12-26 boxing-day",
  ],
  2027: [
    "2027-01-01 new-years-day",
    "2027-03-25 maundy-thursday",
    "2027-03-26 good-friday",
    "2027-03-28 easter-sunday",
    "2027-03-29 easter-monday",
    "2027-05-01 labour-day",
    "2027-05-06 ascension-day",
    "2027-05-16 whit-sunday",
    // 17 May and Whit Monday coincide in 2027: both are listed, table order breaks the tie.
    "2027-05-17 constitution-day",
    "2027-05-17 whit-monday",
    "2027-12-25 christmas-day",
    "2027-12-26 boxing-day",
  ],
  2028: [
    "2028-01-01 new-years-day",
    "2028-04-13 maundy-thursday",
    "2028-04-14 good-friday",
    "2028-04-16 easter-sunday",
    "2028-04-17 easter-monday",
    "2028-05-01 labour-day",
    "2028-05-17 constitution-day",
    "2028-05-25 ascension-day",
    "2028-06-04 whit-sunday",
    "2028-06-05 whit-monday",
    "2028-12-25 christmas-day",
    "2028-12-26 boxing-day",
  ],
  2029: [
    "2029-01-01 new-years-day",
    "2029-03-29 maundy-thursday",
    "2029-03-30 good-friday",
    "2029-04-01 easter-sunday",
    "2029-04-02 easter-monday",
    "2029-05-01 labour-day",
    "2029-05-10 ascension-day",
    "2029-05-17 constitution-day",
    "2029-05-20 whit-sunday",
    "2029-05-21 whit-monday",
    "2029-12-25 christmas-day",
    "2029-12-26 boxing-day",
  ],
  2030: [
    "2030-01-01 new-years-day",
    "2030-04-18 maundy-thursday",
    "2030-04-19 good-friday",
    "2030-04-21 easter-sunday",
    "2030-04-22 easter-monday",
    "2030-05-01 labour-day",
    "2030-05-17 constitution-day",
    "2030-05-30 ascension-day",
    "2030-06-09 whit-sunday",
    "2030-06-10 whit-monday",
    "2030-12-25 christmas-day",
    "2030-12-26 boxing-day",
  ],
};

const NO_SPECIAL: Record<number, string[]> = {
  2024: [
    "2024-03-30 easter-eve 15:00",
    "2024-05-18 whitsun-eve 15:00",
    "2024-12-24 christmas-eve 15:00",
  ],
  2025: [
    "2025-04-19 easter-eve 15:00",
    "2025-06-07 whitsun-eve 15:00",
    "2025-12-24 christmas-eve 15:00",
  ],
  2026: [
    "2026-04-04 easter-eve 15:00",
    "2026-05-23 whitsun-eve 15:00",
    "2026-12-24 christmas-eve 15:00",
  ],
  2027: [
    "2027-03-27 easter-eve 15:00",
    "2027-05-15 whitsun-eve 15:00",
    "2027-12-24 christmas-eve 15:00",
  ],
  2028: [
    "2028-04-15 easter-eve 15:00",
    "2028-06-03 whitsun-eve 15:00",
    "2028-12-24 christmas-eve 15:00",
  ],
  2029: [
    "2029-03-31 easter-eve 15:00",
    "2029-05-19 whitsun-eve 15:00",
    "2029-12-24 christmas-eve 15:00",
  ],
  2030: [
    "2030-04-20 easter-eve 15:00",
    "2030-06-08 whitsun-eve 15:00",
    "2030-12-24 christmas-eve 15:00",
  ],
};

const YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030];

const specialListed = (country: HolidayCountry, year: number): string[] =>
  specialDays(country, year).map((s) => `${s.date} ${s.key} ${s.sundayFrom}`);

describe("publicHolidays", () => {
  it.each(YEARS)("Denmark %i matches the official calendar", (year) => {
    expect(listed(publicHolidays("dk", year))).toEqual(DK[year]);
  });

  it.each(YEARS)("Norway %i matches the official calendar", (year) => {
    expect(listed(publicHolidays("no", year))).toEqual(NO[year]);
  });

  it("includes Store Bededag up to and including 2023", () => {
    expect(listed(publicHolidays("dk", 2023))).toEqual([
      "2023-01-01 new-years-day",
      "2023-04-06 maundy-thursday",
      "2023-04-07 good-friday",
      "2023-04-09 easter-sunday",
      "2023-04-10 easter-monday",
      "2023-05-05 great-prayer-day",
      "2023-05-18 ascension-day",
      "2023-05-28 whit-sunday",
      "2023-05-29 whit-monday",
      "2023-12-25 christmas-day",
      "2023-12-26 boxing-day",
    ]);
    expect(holidayOn("dk", d("2023-05-05"))?.names.da).toBe("Store bededag");
    expect(holidayOn("dk", d("1990-05-11"))?.key).toBe("great-prayer-day");
  });

  it("has no Store Bededag from 2024 on", () => {
    for (let year = 2024; year <= 2199; year++) {
      expect(publicHolidays("dk", year).map((h) => h.key)).not.toContain("great-prayer-day");
    }
    // Where it would have been: the 4th Friday after Easter.
    expect(holidayOn("dk", d("2024-04-26"))).toBeUndefined();
    expect(holidayOn("dk", d("2025-05-16"))).toBeUndefined();
  });

  it("does not list Danish special days or Grundlovsdag as public holidays", () => {
    const keys = publicHolidays("dk", 2025).map((h) => h.key);
    expect(keys).not.toContain("labour-day");
    expect(keys).not.toContain("constitution-day");
    expect(keys).not.toContain("christmas-eve");
    expect(keys).not.toContain("new-years-eve");
  });

  it("is sorted by date for every supported year and both countries", () => {
    for (const country of ["dk", "no"] as const) {
      for (let year = 1900; year <= 2199; year++) {
        for (const list of [publicHolidays(country, year), specialDays(country, year)]) {
          const dates = list.map((h) => h.date);
          expect(dates).toEqual([...dates].sort());
          for (const date of dates) expect(date.startsWith(`${year}-`)).toBe(true);
        }
      }
    }
  });

  it("gives every holiday a name in Danish, Norwegian bokmål and English", () => {
    for (const country of ["dk", "no"] as const) {
      for (const h of [...publicHolidays(country, 2023), ...specialDays(country, 2023)]) {
        expect(h.names.da.length).toBeGreaterThan(0);
        expect(h.names.nb.length).toBeGreaterThan(0);
        expect(h.names.en.length).toBeGreaterThan(0);
      }
    }
    expect(holidayOn("dk", d("2025-04-21"))?.names).toEqual({
      da: "2. påskedag",
      nb: "2. påskedag",
      en: "Easter Monday",
    });
    expect(holidayOn("no", d("2025-05-17"))?.names.nb).toBe("Grunnlovsdag");
    expect(holidayOn("no", d("2025-05-01"))?.names.nb).toBe("Arbeidernes dag");
    expect(holidayOn("dk", d("2025-12-25"))?.names.da).toBe("Juledag");
    expect(holidayOn("no", d("2025-12-25"))?.names.nb).toBe("1. juledag");
  });

  it("returns the same frozen array on repeated calls", () => {
    const a = publicHolidays("no", 2026);
    expect(publicHolidays("no", 2026)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
  });
});

describe("specialDays", () => {
  it.each(YEARS)("Denmark %i: 1 May, 5 June, 31 Dec from 12:00 and 24 Dec from 06:00", (year) => {
    expect(specialListed("dk", year)).toEqual([
      `${year}-05-01 labour-day 12:00`,
      `${year}-06-05 constitution-day 12:00`,
      `${year}-12-24 christmas-eve 06:00`,
      `${year}-12-31 new-years-eve 12:00`,
    ]);
  });

  it.each(YEARS)("Norway %i: Easter Eve, Whitsun Eve and Christmas Eve from 15:00", (year) => {
    expect(specialListed("no", year)).toEqual(NO_SPECIAL[year]);
  });

  it("has Danish names", () => {
    expect(specialDayOn("dk", d("2025-12-24"))?.names.da).toBe("Juleaftensdag");
    expect(specialDayOn("dk", d("2025-12-31"))?.names.da).toBe("Nytårsaftensdag");
    expect(specialDayOn("dk", d("2025-06-05"))?.names.da).toBe("Grundlovsdag");
    expect(specialDayOn("no", d("2025-04-19"))?.names.nb).toBe("Påskeaften");
    expect(specialDayOn("no", d("2025-06-07"))?.names.nb).toBe("Pinseaften");
  });
});

describe("holidayOn", () => {
  it("finds public holidays", () => {
    expect(holidayOn("dk", d("2026-01-01"))?.key).toBe("new-years-day");
    expect(holidayOn("dk", d("2026-04-02"))?.key).toBe("maundy-thursday");
    expect(holidayOn("dk", d("2026-05-14"))?.key).toBe("ascension-day");
    expect(holidayOn("no", d("2026-05-17"))?.key).toBe("constitution-day");
    expect(holidayOn("no", d("2026-05-01"))?.key).toBe("labour-day");
    expect(holidayOn("no", d("2026-12-26"))?.date).toBe("2026-12-26");
  });

  it("misses ordinary days and special days", () => {
    expect(holidayOn("dk", d("2026-01-02"))).toBeUndefined();
    expect(holidayOn("dk", d("2026-05-01"))).toBeUndefined();
    expect(holidayOn("dk", d("2026-06-05"))).toBeUndefined();
    expect(holidayOn("dk", d("2026-12-24"))).toBeUndefined();
    expect(holidayOn("dk", d("2026-12-31"))).toBeUndefined();
    expect(holidayOn("dk", d("2026-05-17"))).toBeUndefined();
    expect(holidayOn("no", d("2026-04-04"))).toBeUndefined();
    expect(holidayOn("no", d("2026-12-24"))).toBeUndefined();
    expect(holidayOn("no", d("2026-06-05"))).toBeUndefined();
  });

  it("returns the first listed holiday when two coincide", () => {
    expect(holidayOn("no", d("2027-05-17"))?.key).toBe("constitution-day");
  });
});

describe("specialDayOn", () => {
  it("finds special days with their start times", () => {
    expect(specialDayOn("dk", d("2027-12-24"))).toMatchObject({
      key: "christmas-eve",
      sundayFrom: "06:00",
    });
    expect(specialDayOn("dk", d("2027-05-01"))?.sundayFrom).toBe("12:00");
    expect(specialDayOn("no", d("2027-12-24"))?.sundayFrom).toBe("15:00");
    expect(specialDayOn("no", d("2027-03-27"))?.key).toBe("easter-eve");
    expect(specialDayOn("no", d("2027-05-15"))?.key).toBe("whitsun-eve");
  });

  it("misses public holidays and ordinary days", () => {
    expect(specialDayOn("dk", d("2027-12-25"))).toBeUndefined();
    expect(specialDayOn("dk", d("2027-03-27"))).toBeUndefined();
    expect(specialDayOn("no", d("2027-05-01"))).toBeUndefined();
    expect(specialDayOn("no", d("2027-12-31"))).toBeUndefined();
  });

  it("can fall on a public holiday (5 June 2028 is Whit Monday in Denmark)", () => {
    expect(holidayOn("dk", d("2028-06-05"))?.key).toBe("whit-monday");
    expect(specialDayOn("dk", d("2028-06-05"))?.key).toBe("constitution-day");
  });
});

describe("supported years", () => {
  it("accepts 1900 and 2199", () => {
    expect(publicHolidays("dk", 1900)[0]?.date).toBe("1900-01-01");
    expect(publicHolidays("no", 2199).at(-1)?.date).toBe("2199-12-26");
  });

  it.each([1500, 1899, 2200, 3000, 2024.5, Number.NaN, Number.POSITIVE_INFINITY])(
    "throws a RangeError naming the year %s",
    (year) => {
      expect(() => publicHolidays("dk", year)).toThrow(RangeError);
      expect(() => specialDays("no", year)).toThrow(RangeError);
      expect(() => publicHolidays("no", year)).toThrow(String(year));
    },
  );

  it("throws a RangeError for dates outside the range or malformed", () => {
    expect(() => holidayOn("dk", d("1500-01-01"))).toThrow(RangeError);
    expect(() => holidayOn("dk", d("1500-01-01"))).toThrow("1500");
    expect(() => specialDayOn("no", d("3000-12-24"))).toThrow("3000");
    expect(() => holidayOn("dk", d("2024-1-1"))).toThrow(RangeError);
  });

  it("throws a RangeError for an unknown country", () => {
    expect(() => publicHolidays("se" as HolidayCountry, 2024)).toThrow(RangeError);
  });
});
