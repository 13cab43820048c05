/**
 * Planned hours against the grant, per grant period (ISO week, calendar month or year): what the
 * planner's grant meter shows. Counts working time (work and on-call) with purpose `help`, split
 * at period boundaries, in real elapsed hours — the same measure as the `grant-exceeded` rule.
 */
import { WORKING_KINDS, resolveShiftTimes, type RotaFile } from "../model/index.js";
import { grantPeriod } from "../rules/index.js";
import { HOUR_MS, addDays, dateToDay, type LocalDate, type Zone } from "../time/index.js";

/** One grant period's use. */
export interface GrantUse {
  readonly from: LocalDate;
  /** The first day after the period. */
  readonly until: LocalDate;
  readonly plannedHours: number;
  readonly grantedHours: number;
}

/**
 * The grant periods that overlap the dates `from`..`to` (both included), with the hours planned
 * in each; empty when the rota has no grant.
 */
export function grantUse(rota: RotaFile, zone: Zone, from: LocalDate, to: LocalDate): GrantUse[] {
  const grant = rota.grant;
  if (!grant) return [];
  const periods: Array<{
    from: LocalDate;
    until: LocalDate;
    start: number;
    end: number;
    ms: number;
  }> = [];
  for (let [a, b] = grantPeriod(grant.per, from); a <= to; [a, b] = grantPeriod(grant.per, b)) {
    periods.push({ from: a, until: b, start: zone.startOfDay(a), end: zone.startOfDay(b), ms: 0 });
  }
  const first = periods[0]?.from;
  const last = periods[periods.length - 1]?.until;
  if (first === undefined || last === undefined) return [];
  for (const t of helpTimes(rota, zone, first, last)) {
    for (const p of periods) {
      const ms = Math.min(t.end, p.end) - Math.max(t.start, p.start);
      if (ms > 0) p.ms += ms;
    }
  }
  return periods.map((p) => ({
    from: p.from,
    until: p.until,
    plannedHours: Math.round((p.ms / HOUR_MS) * 100) / 100,
    grantedHours: grant.hours,
  }));
}

/**
 * The resolved times of the help shifts (working time with purpose `help`: what the grant
 * counts) that may touch the dates `from` up to the day before `until`. Wall-clock texts compare
 * like dates, so shifts clearly outside are skipped before their times are resolved; shifts whose
 * times do not resolve are left out (the rules report them).
 */
function* helpTimes(
  rota: RotaFile,
  zone: Zone,
  from: LocalDate,
  until: LocalDate,
): Generator<{ start: number; end: number }> {
  const before = addDays(from, -1);
  for (const s of rota.shifts) {
    if (s.start.slice(0, 10) > until || s.end.slice(0, 10) < before) continue;
    if (!WORKING_KINDS.has(s.kind ?? "work") || (s.purpose ?? "help") !== "help") continue;
    const t = resolveShiftTimes(zone, s);
    if (t.ok) yield t;
  }
}

/**
 * Hours of help planned in each local day from `from` to `to` (both included), measured as the
 * grant measures them (real elapsed time, breaks included), each shift split at local midnight:
 * a night shift counts on both days, and the days add up exactly to {@link grantUse}'s periods.
 * Unrounded; index 0 is `from`.
 */
export function helpHoursPerDay(
  rota: RotaFile,
  zone: Zone,
  from: LocalDate,
  to: LocalDate,
): number[] {
  const day0 = dateToDay(from);
  const length = dateToDay(to) - day0 + 1;
  const ms = new Array<number>(Math.max(0, length)).fill(0);
  if (length <= 0) return ms;
  const first = zone.dayStart(day0);
  const last = zone.dayStart(day0 + length);
  for (const { start, end } of helpTimes(rota, zone, from, addDays(to, 1))) {
    let t = Math.max(start, first);
    const stop = Math.min(end, last);
    for (let d = zone.dayOf(t); t < stop; d++) {
      const next = Math.min(stop, zone.dayStart(d + 1));
      ms[d - day0] = (ms[d - day0] as number) + (next - t);
      t = next;
    }
  }
  return ms.map((x) => x / HOUR_MS);
}

/** The last day of a period given by its first day after. */
export const lastDay = (until: LocalDate): LocalDate => addDays(until, -1);
