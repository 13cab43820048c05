/**
 * Branded units of time. Mixing a wall-clock string with an instant, or minutes with hours,
 * does not compile.
 */
declare const brand: unique symbol;
/** `T` tagged with the name `B`, so that two numbers or strings of different meaning do not mix. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A moment in time: milliseconds since 1970-01-01T00:00Z. */
export type Instant = Brand<number, "Instant">;
/** A duration in whole or fractional minutes of real elapsed time. */
export type Minutes = Brand<number, "Minutes">;
/** A wall-clock date and time without zone, `YYYY-MM-DDTHH:mm`. */
export type LocalDateTime = Brand<string, "LocalDateTime">;
/** A calendar date without zone, `YYYY-MM-DD`. */
export type LocalDate = Brand<string, "LocalDate">;
/** An IANA time-zone name such as `Europe/Copenhagen`. */
export type ZoneId = Brand<string, "ZoneId">;

/** Milliseconds in a minute, an hour and a (24-hour) day of elapsed time. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Casts a number of epoch milliseconds to an {@link Instant}. */
export const instant = (ms: number): Instant => ms as Instant;
/** Casts a number to {@link Minutes}. */
export const minutes = (n: number): Minutes => n as Minutes;
/** Elapsed minutes between two instants (`to` after `from` gives a positive number). */
export const minutesBetween = (from: Instant, to: Instant): Minutes =>
  ((to - from) / MINUTE_MS) as Minutes;
