/**
 * Planned hours against the grant, per grant period (ISO week, calendar month or year): what the
 * planner's grant meter shows. Counts working time (work and on-call) with purpose `help`, split
 * at period boundaries, in real elapsed hours — the same measure as the `grant-exceeded` rule.
 */
import { WORKING_KINDS, resolveShiftTimes, type RotaFile } from "../model/index.js";
import { grantPeriod } from "../rules/index.js";
import { HOUR_MS, addDays, type LocalDate, type Zone } from "../time/index.js";

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
  // Wall-clock texts compare like dates: skip shifts clearly outside before resolving times.
  const before = addDays(first, -1);
  for (const s of rota.shifts) {
    if (s.start.slice(0, 10) > last || s.end.slice(0, 10) < before) continue;
    if (!WORKING_KINDS.has(s.kind ?? "work") || (s.purpose ?? "help") !== "help") continue;
    const t = resolveShiftTimes(zone, s);
    if (!t.ok) continue;
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

/** The last day of a period given by its first day after. */
export const lastDay = (until: LocalDate): LocalDate => addDays(until, -1);
