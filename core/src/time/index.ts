/** Time: wall clock in an IANA zone, DST-correct durations, calendar arithmetic and holidays. */
export type { Brand, Instant, LocalDate, LocalDateTime, Minutes, ZoneId } from "./types.js";
export { DAY_MS, HOUR_MS, MINUTE_MS, instant, minutes, minutesBetween } from "./types.js";
export type { IsoWeek, LocalFields, Parsed } from "./local.js";
export {
  addDays,
  dateOf,
  dateToDay,
  dateToLocalMs,
  dayToDate,
  daysBetween,
  daysInMonth,
  fieldsToLocalMs,
  formatIsoWeek,
  isoWeekOf,
  isoWeekday,
  localMsToDate,
  localMsToDateTime,
  mondayOf,
  mondayOfDay,
  parseClock,
  parseLocalDate,
  parseLocalDateTime,
  weekdayOfDay,
} from "./local.js";
export type { Resolved, ZoneProblem } from "./zone.js";
export { Zone } from "./zone.js";
export type { Holiday, HolidayCountry, HolidayNames, SpecialDay } from "./holidays.js";
export {
  HOLIDAY_MAX_YEAR,
  HOLIDAY_MIN_YEAR,
  holidayOn,
  publicHolidays,
  specialDayOn,
  specialDays,
} from "./holidays.js";
