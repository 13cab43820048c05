/**
 * Working minutes per local day, per purpose, by how they are paid: the one primitive the ledger
 * and the annual account sum over any periods (ISO weeks, months, the year, a window of recent
 * weeks). Each shift is split at local midnights and measured in real elapsed time (DST-correct),
 * like {@link grantUse}; breaks are not deducted (the timesheet does not deduct them either).
 */
import {
  PURPOSES,
  WORKING_KINDS,
  resolveShiftTimes,
  type Purpose,
  type RotaFile,
  type Shift,
  type ShiftKind,
} from "../model/index.js";
import { MINUTE_MS, addDays, dayToDate, instant, minutes, type Zone } from "../time/index.js";
import { addTally, tallyOf, zeroTally, type PayTally } from "./money.js";
import { payMinutes } from "./pay.js";
import type { PayParams } from "./pay-settings.js";

/** The tallies of the days `first` up to (not including) `until`, as day numbers. */
export interface DayTallies {
  readonly first: number;
  readonly until: number;
  /** Per purpose, per day index (day − first): the day's tally, undefined when empty. */
  readonly byPurpose: Readonly<Record<Purpose, readonly (PayTally | undefined)[]>>;
  /** The first and last day in the range with help time, undefined when none. */
  readonly firstHelpDay: number | undefined;
  readonly lastHelpDay: number | undefined;
}

/** One local day's part of a shift. */
interface Part {
  readonly day: number;
  readonly tally: PayTally;
}
/** A shift's parts with the texts they were computed from (checked on every use). */
interface Entry {
  readonly start: string;
  readonly end: string;
  readonly kind: ShiftKind;
  readonly parts: readonly Part[] | undefined;
}

/**
 * Day parts already computed, per pay parameters and zone (as text: callers build new parameter
 * objects for every call) and shift object. Pure memoisation (like `pay.ts`'s day cache): a
 * shift's parts depend only on its times and kind, which are compared on every hit, so a year's
 * ledger recomputed after one edit recomputes one shift.
 */
const partCache = new Map<string, WeakMap<Shift, Entry>>();

/** The cache of one zone and pay parameters. */
function cacheOf(pay: PayParams, zone: Zone): WeakMap<Shift, Entry> {
  const key = `${zone.id}|${pay.country}|${JSON.stringify(pay.settings)}`;
  let shifts = partCache.get(key);
  if (shifts === undefined) partCache.set(key, (shifts = new WeakMap<Shift, Entry>()));
  return shifts;
}

/** The day parts of a working shift, or undefined when its times do not resolve. */
function partsOf(
  pay: PayParams,
  zone: Zone,
  shifts: WeakMap<Shift, Entry>,
  s: Shift,
  kind: ShiftKind,
): readonly Part[] | undefined {
  const hit = shifts.get(s);
  if (hit !== undefined && hit.start === s.start && hit.end === s.end && hit.kind === kind) {
    return hit.parts;
  }
  const t = resolveShiftTimes(zone, s);
  let parts: Part[] | undefined;
  if (t.ok) {
    parts = [];
    let a: number = t.start;
    for (let d = zone.dayOf(a); a < t.end; d++) {
      const b = Math.min(t.end, zone.dayStart(d + 1));
      const cats = payMinutes(pay, zone, instant(a), instant(b), kind);
      parts.push({ day: d, tally: tallyOf(minutes((b - a) / MINUTE_MS), kind === "oncall", cats) });
      a = b;
    }
  }
  shifts.set(s, { start: s.start, end: s.end, kind, parts });
  return parts;
}

/**
 * Tallies the working shifts (kinds `work` and `oncall`) of a rota in the days `first` up to
 * `until` (day numbers, `until` excluded). Shifts whose times do not resolve are left out (the
 * rules and `readRota` report them).
 */
export function tallyDays(
  rota: RotaFile,
  zone: Zone,
  pay: PayParams,
  first: number,
  until: number,
): DayTallies {
  const length = Math.max(0, until - first);
  const byPurpose = {} as Record<Purpose, (PayTally | undefined)[]>;
  for (const p of PURPOSES) byPurpose[p] = new Array<PayTally | undefined>(length).fill(undefined);
  let firstHelpDay: number | undefined;
  let lastHelpDay: number | undefined;
  const before = addDays(dayToDate(first), -1);
  const after = dayToDate(until);
  const cache = cacheOf(pay, zone);
  for (const s of rota.shifts) {
    const kind = s.kind ?? "work";
    if (!WORKING_KINDS.has(kind)) continue;
    // Wall-clock texts compare like dates: skip shifts clearly outside before resolving them.
    if (s.start.slice(0, 10) > after || s.end.slice(0, 10) < before) continue;
    const parts = partsOf(pay, zone, cache, s, kind);
    if (parts === undefined) continue;
    const purpose = s.purpose ?? "help";
    const days = byPurpose[purpose];
    for (const { day, tally } of parts) {
      const i = day - first;
      if (i < 0 || i >= length) continue;
      days[i] = addTally(days[i] ?? zeroTally(), tally);
      if (purpose === "help") {
        if (firstHelpDay === undefined || day < firstHelpDay) firstHelpDay = day;
        if (lastHelpDay === undefined || day > lastHelpDay) lastHelpDay = day;
      }
    }
  }
  return { first, until: first + length, byPurpose, firstHelpDay, lastHelpDay };
}

/**
 * The summed tally of the purposes `purposes` over the days `from` up to `until` (day numbers,
 * clipped to the tallied range).
 */
export function sumDays(
  tallies: DayTallies,
  from: number,
  until: number,
  purposes: readonly Purpose[] = PURPOSES,
): PayTally {
  const out = zeroTally();
  const a = Math.max(from, tallies.first) - tallies.first;
  const b = Math.min(until, tallies.until) - tallies.first;
  for (const p of purposes) {
    const days = tallies.byPurpose[p];
    for (let i = a; i < b; i++) {
      const t = days[i];
      if (t !== undefined) addTally(out, t);
    }
  }
  return out;
}
