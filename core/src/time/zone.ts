/**
 * Wall-clock time in an IANA zone <-> instants, DST-correct and fast.
 *
 * The zone rules come from the Temporal polyfill (which reads the platform's tz database
 * through Intl). Asking Temporal for every shift costs ~20 µs a call, too slow for re-checking a
 * year of shifts on each keystroke, so a {@link Zone} asks Temporal once for the zone's offset
 * transitions and answers later questions from that table by binary search. A property test
 * checks the table against Temporal itself.
 */
import { Temporal } from "temporal-polyfill";
import type { Instant, LocalDate, LocalDateTime, ZoneId } from "./types.js";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "./types.js";
import {
  dateToDay,
  dayToDate,
  fieldsToLocalMs,
  localMsToDateTime,
  parseLocalDateTime,
  type LocalFields,
} from "./local.js";

/** Years covered by the transition table; outside them Temporal is asked directly. */
const TABLE_FROM_YEAR = 1970;
const TABLE_TO_YEAR = 2100;

/** Why a wall-clock time could not be turned into an instant. */
export type ZoneProblem =
  | { readonly kind: "malformed"; readonly reason: string }
  | { readonly kind: "nonexistent"; readonly reason: string }
  | { readonly kind: "bad-offset"; readonly reason: string };

/** An instant, or the reason there is none. */
export type Resolved =
  | { readonly ok: true; readonly instant: Instant; readonly ambiguous: boolean }
  | { readonly ok: false; readonly problem: ZoneProblem };

const fmtOffset = (ms: number): string => {
  const total = Math.round(ms / MINUTE_MS);
  const sign = total < 0 ? "-" : "+";
  const abs = Math.abs(total);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
};

/** How many resolved wall-clock texts a zone remembers (a year's rota has a few thousand). */
const RESOLVED_KEPT = 50_000;

/** One IANA zone with a cached table of its UTC-offset transitions. */
export class Zone {
  /** Instants (epoch ms) at which the offset changes, ascending. */
  private readonly at: number[] = [];
  /** {@link resolve}'s answers by text (bounded; results are immutable). */
  private readonly resolved = new Map<string, Resolved>();
  /** `offsets[i]` is the offset in force before `at[i]`; the last entry is after the last change. */
  private readonly offsets: number[] = [];
  private readonly tableFrom: number;
  private readonly tableTo: number;

  private constructor(readonly id: ZoneId) {
    this.tableFrom = Date.UTC(TABLE_FROM_YEAR, 0, 1);
    this.tableTo = Date.UTC(TABLE_TO_YEAR, 0, 1);
    let zdt = Temporal.Instant.fromEpochMilliseconds(this.tableFrom).toZonedDateTimeISO(id);
    this.offsets.push(zdt.offsetNanoseconds / 1e6);
    for (;;) {
      const next = zdt.getTimeZoneTransition("next");
      if (!next || next.epochMilliseconds >= this.tableTo) break;
      this.at.push(next.epochMilliseconds);
      this.offsets.push(next.offsetNanoseconds / 1e6);
      zdt = next;
    }
  }

  private static readonly cache = new Map<string, Zone>();

  /**
   * The zone named `id`, or a plain reason when no such IANA zone exists.
   * Zones are immutable and cached by name.
   */
  static of(id: string): { ok: true; zone: Zone } | { ok: false; reason: string } {
    const cached = Zone.cache.get(id);
    if (cached) return { ok: true, zone: cached };
    try {
      const zone = new Zone(id as ZoneId);
      Zone.cache.set(id, zone);
      return { ok: true, zone };
    } catch {
      return {
        ok: false,
        reason: `"${id}" is not a known IANA time zone (such as Europe/Copenhagen)`,
      };
    }
  }

  /** Like {@link Zone.of} but throws a RangeError for an unknown zone. */
  static get(id: string): Zone {
    const r = Zone.of(id);
    if (!r.ok) throw new RangeError(r.reason);
    return r.zone;
  }

  /** The UTC offset in milliseconds in force at an instant. */
  offsetAt(t: number): number {
    if (t < this.tableFrom || t >= this.tableTo) {
      return (
        Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(this.id).offsetNanoseconds /
        1e6
      );
    }
    // number of transitions at or before t
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.at[mid] as number) <= t) lo = mid + 1;
      else hi = mid;
    }
    return this.offsets[lo] as number;
  }

  /** Local epoch milliseconds (wall clock as if it were UTC) of an instant. */
  localMs(t: Instant): number {
    return t + this.offsetAt(t);
  }

  /** The wall-clock `YYYY-MM-DDTHH:mm` of an instant in this zone. */
  toLocal(t: Instant): LocalDateTime {
    return localMsToDateTime(this.localMs(t));
  }

  /** The local calendar date of an instant in this zone. */
  dateOf(t: Instant): LocalDate {
    return dayToDate(this.dayOf(t));
  }

  /** The local day number (days since 1970-01-01) of an instant. */
  dayOf(t: number): number {
    return Math.floor((t + this.offsetAt(t)) / DAY_MS);
  }

  private readonly dayStarts = new Map<number, Instant>();

  /** The instant a local day (by day number) starts; cached. */
  dayStart(day: number): Instant {
    let t = this.dayStarts.get(day);
    if (t === undefined) {
      t = this.atLocalMs(day * DAY_MS);
      this.dayStarts.set(day, t);
    }
    return t;
  }

  /**
   * The instant(s) a wall-clock time (as local epoch ms) names: none in a spring-forward gap,
   * two in an autumn fold (earlier first), else one.
   */
  candidates(localMs: number): number[] {
    // Offsets never exceed ±18 h and real zones never change twice within 52 hours, so the
    // offsets in force 26 hours either side are every offset this wall-clock time can have.
    const found: number[] = [];
    for (const probe of [localMs - 26 * HOUR_MS, localMs, localMs + 26 * HOUR_MS]) {
      const t = localMs - this.offsetAt(probe);
      if (this.offsetAt(t) === localMs - t && !found.includes(t)) found.push(t);
    }
    return found.sort((a, b) => a - b);
  }

  /**
   * The instant of wall-clock fields. A time skipped by a DST change is an error; an ambiguous
   * one means its first occurrence unless the fields carry an explicit offset, which must be one
   * the zone uses at that wall-clock time.
   */
  resolveFields(f: LocalFields, text: string): Resolved {
    const local = fieldsToLocalMs(f);
    const options = this.candidates(local);
    if (f.offsetMinutes !== undefined) {
      const t = local - f.offsetMinutes * MINUTE_MS;
      if (options.includes(t)) return { ok: true, instant: t as Instant, ambiguous: false };
      const valid = options.map((c) => fmtOffset(local - c)).join(" or ");
      return {
        ok: false,
        problem: {
          kind: "bad-offset",
          reason: `"${text}" has offset ${fmtOffset(f.offsetMinutes * MINUTE_MS)}, but ${this.id} uses ${valid || "no offset"} at that time`,
        },
      };
    }
    const first = options[0];
    if (first === undefined) {
      const before = this.offsetAt(local - 26 * HOUR_MS);
      const after = this.offsetAt(local + 26 * HOUR_MS);
      const jump = Math.round((after - before) / MINUTE_MS);
      return {
        ok: false,
        problem: {
          kind: "nonexistent",
          reason: `${localMsToDateTime(local)} does not exist in ${this.id}: the clocks jump forward ${jump} minutes that night`,
        },
      };
    }
    return { ok: true, instant: first as Instant, ambiguous: options.length > 1 };
  }

  /** The instant of a wall-clock text (see {@link Zone.resolveFields}). */
  resolve(text: string): Resolved {
    // A rota has few distinct wall-clock texts (shifts start and end on the hour): remembered.
    let r = this.resolved.get(text);
    if (r === undefined) {
      const p = parseLocalDateTime(text);
      r = p.ok
        ? this.resolveFields(p.value, text)
        : { ok: false, problem: { kind: "malformed", reason: p.reason } };
      if (this.resolved.size >= RESOLVED_KEPT) this.resolved.clear();
      this.resolved.set(text, r);
    }
    return r;
  }

  /**
   * The instant of a wall-clock time that may fall in a DST gap: a skipped time moves forward
   * by the length of the gap (as a wall clock would read it), an ambiguous one takes the first
   * occurrence. Used for boundaries such as "17:00 every day" that must always exist.
   */
  atLocalMs(localMs: number): Instant {
    const options = this.candidates(localMs);
    const first = options[0];
    if (first !== undefined) return first as Instant;
    return (localMs - this.offsetAt(localMs - 26 * HOUR_MS)) as Instant;
  }

  /** The instant at which a local date starts (its first existing moment). */
  startOfDay(date: LocalDate): Instant {
    return this.dayStart(dateToDay(date));
  }

  /** Real elapsed length in hours of a local day (23 or 25 on DST change days). */
  dayLengthHours(date: LocalDate): number {
    const start = this.startOfDay(date);
    const end = this.dayStart(dateToDay(date) + 1);
    return (end - start) / HOUR_MS;
  }
}
