/**
 * The rota as rules read it: shifts resolved to instants, sorted per assistant, with the indexes
 * that let a rule look at one window of time without scanning the year. Built once for a full
 * check and then updated in place, shift by shift, by the incremental checker.
 */
import type {
  Assistant,
  AssistantId,
  Published,
  Purpose,
  RotaFile,
  Shift,
  ShiftId,
  ShiftKind,
  ProfileId,
} from "../model/index.js";
import { WORKING_KINDS, resolveShiftTimes } from "../model/index.js";
import { DAY_MS, addDays, type Instant, type LocalDate, type Zone } from "../time/index.js";

/** A shift resolved for checking. */
export interface PShift {
  readonly id: ShiftId;
  readonly assistantId: AssistantId;
  readonly start: Instant;
  readonly end: Instant;
  readonly kind: ShiftKind;
  readonly purpose: Purpose;
  readonly breakMinutes: number;
  /** `work` and `oncall` are working time; absences are not. */
  readonly working: boolean;
}

/** One assistant's shifts, sorted by start then id. */
export interface AssistantFacts {
  assistant: Assistant;
  /** Every shift, absences included. */
  readonly all: PShift[];
  /** Working shifts only. */
  readonly work: PShift[];
  /** The longest shift ever seen for the assistant (a bound for looking back; never shrinks). */
  maxDuration: number;
  /** The longest working shift ever seen (looking back in `work`; never shrinks). */
  maxWork: number;
}

/** Everything the rules read. */
export interface Facts {
  readonly zone: Zone;
  readonly profile: ProfileId;
  /**
   * The rota's settings (grant, need, period, published, overrides) as read. Its `shifts` and
   * `assistants` lists are those of the first check: rules read the indexes below instead.
   */
  readonly rota: RotaFile;
  readonly assistants: Map<AssistantId, AssistantFacts>;
  readonly shifts: Map<ShiftId, PShift>;
  /** Working shifts with purpose `help` of every assistant, sorted: coverage and grant read these. */
  readonly help: PShift[];
  /** The longest `help` shift ever seen (never shrinks). */
  maxHelpDuration: number;
  /** The published rota's shifts, by id. */
  readonly published: Map<ShiftId, PShift>;
  /** "Now", for `late-change`; absent when neither the file nor the caller gave one. */
  readonly now: Instant | undefined;
  /** The period the rota covers (both dates included), explicit or derived from the shifts. */
  period: { from: LocalDate; to: LocalDate } | undefined;
  /**
   * Per-day results that rules may cache, keyed by local date. Adding or removing a shift drops
   * the entries of every date it touches (and the day before, for overnight windows).
   */
  readonly dayCache: Map<LocalDate, unknown>;
}

/** Drops cached day results for the dates a shift touches. */
function invalidateDays(facts: Facts, s: PShift): void {
  if (facts.dayCache.size === 0) return;
  const last = facts.zone.dateOf((s.end - 1) as Instant);
  for (let d = addDays(facts.zone.dateOf(s.start), -1); d <= last; d = addDays(d, 1)) {
    facts.dayCache.delete(d);
  }
}

/** Orders shifts by start, then by id, so every replica sorts alike. */
export function compareShifts(a: PShift, b: PShift): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Index of the first shift in `list` (sorted by start) whose start is at or after `t`. */
export function firstStartingAtOrAfter(list: readonly PShift[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as PShift).start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Shifts of `list` that intersect `[from, to)`, given the longest duration in the list. */
export function intersecting(
  list: readonly PShift[],
  maxDuration: number,
  from: number,
  to: number,
): PShift[] {
  const out: PShift[] = [];
  for (let i = firstStartingAtOrAfter(list, from - maxDuration); i < list.length; i++) {
    const s = list[i] as PShift;
    if (s.start >= to) break;
    if (s.end > from) out.push(s);
  }
  return out;
}

/** Inserts a shift into a sorted list. */
export function insertSorted(list: PShift[], s: PShift): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareShifts(list[mid] as PShift, s) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, s);
}

/** Removes a shift (by id) from a sorted list. */
export function removeSorted(list: PShift[], s: PShift): void {
  let i = firstStartingAtOrAfter(list, s.start);
  for (; i < list.length && (list[i] as PShift).start === s.start; i++) {
    if ((list[i] as PShift).id === s.id) {
      list.splice(i, 1);
      return;
    }
  }
}

/**
 * Resolves a validated shift. The shift must have passed `readRota` (or `resolveShiftTimes`):
 * an unresolvable one here is a programming error. `zone` may be a memo of the zone.
 */
export function toPShift(zone: Pick<Zone, "resolve">, s: Shift): PShift {
  const t = resolveShiftTimes(zone, s);
  if (!t.ok) throw new RangeError(t.issues.map((i) => i.message).join("; "));
  const kind = s.kind ?? "work";
  return {
    id: s.id,
    assistantId: s.assistantId,
    start: t.start,
    end: t.end,
    kind,
    purpose: s.purpose ?? "help",
    breakMinutes: s.breakMinutes ?? 0,
    working: WORKING_KINDS.has(kind),
  };
}

const emptyAssistant = (assistant: Assistant): AssistantFacts => ({
  assistant,
  all: [],
  work: [],
  maxDuration: 0,
  maxWork: 0,
});

/** Adds a resolved shift to every index. */
export function addShift(facts: Facts, s: PShift): void {
  const a = facts.assistants.get(s.assistantId);
  if (!a) throw new RangeError(`shift ${s.id} is for unknown assistant ${s.assistantId}`);
  facts.shifts.set(s.id, s);
  invalidateDays(facts, s);
  insertSorted(a.all, s);
  a.maxDuration = Math.max(a.maxDuration, s.end - s.start);
  if (s.working) {
    insertSorted(a.work, s);
    a.maxWork = Math.max(a.maxWork, s.end - s.start);
  }
  if (s.working && s.purpose === "help") {
    insertSorted(facts.help, s);
    facts.maxHelpDuration = Math.max(facts.maxHelpDuration, s.end - s.start);
  }
}

/** Removes a shift from every index. */
export function removeShift(facts: Facts, s: PShift): void {
  facts.shifts.delete(s.id);
  invalidateDays(facts, s);
  const a = facts.assistants.get(s.assistantId);
  if (a) {
    removeSorted(a.all, s);
    if (s.working) removeSorted(a.work, s);
  }
  if (s.working && s.purpose === "help") removeSorted(facts.help, s);
}

/** The period of rota-file.md: explicit, or the first shift's date through the last shift's end date. */
export function derivePeriod(facts: Facts): { from: LocalDate; to: LocalDate } | undefined {
  if (facts.rota.period) return { from: facts.rota.period.from, to: facts.rota.period.to };
  let first = Infinity;
  let last = -Infinity;
  for (const s of facts.shifts.values()) {
    if (s.start < first) first = s.start;
    if (s.end > last) last = s.end;
  }
  if (first === Infinity) return undefined;
  // A shift ending at midnight ends on the day before.
  return {
    from: facts.zone.dateOf(first as Instant),
    to: facts.zone.dateOf((last - 1) as Instant),
  };
}

/** The instants that bound a period: the start of its first day and the end of its last. */
export function periodBounds(zone: Zone, p: { from: LocalDate; to: LocalDate }): [number, number] {
  return [zone.startOfDay(p.from), zone.startOfDay(addDays(p.to, 1))];
}

function publishedShifts(
  zone: Pick<Zone, "resolve">,
  published: Published | undefined,
): Map<ShiftId, PShift> {
  const map = new Map<ShiftId, PShift>();
  for (const s of published?.shifts ?? []) map.set(s.id, toPShift(zone, s));
  return map;
}

/** Builds the facts of a validated rota. `now` is used when the file names none. */
export function buildFacts(rota: RotaFile, zone: Zone, now: Instant | undefined): Facts {
  const facts: Facts = {
    zone,
    profile: rota.profile,
    rota,
    assistants: new Map(rota.assistants.map((a) => [a.id, emptyAssistant(a)])),
    shifts: new Map(),
    help: [],
    maxHelpDuration: 0,
    published: publishedShifts(zone, rota.published),
    now: rota.now !== undefined ? resolveNow(zone, rota.now) : now,
    period: undefined,
    dayCache: new Map(),
  };
  // Bulk load: push, then sort once.
  for (const raw of rota.shifts) {
    const s = toPShift(zone, raw);
    const a = facts.assistants.get(s.assistantId);
    if (!a) throw new RangeError(`shift ${s.id} is for unknown assistant ${s.assistantId}`);
    facts.shifts.set(s.id, s);
    a.all.push(s);
    a.maxDuration = Math.max(a.maxDuration, s.end - s.start);
    if (s.working) {
      a.work.push(s);
      a.maxWork = Math.max(a.maxWork, s.end - s.start);
    }
    if (s.working && s.purpose === "help") {
      facts.help.push(s);
      facts.maxHelpDuration = Math.max(facts.maxHelpDuration, s.end - s.start);
    }
  }
  for (const a of facts.assistants.values()) {
    a.all.sort(compareShifts);
    a.work.sort(compareShifts);
  }
  facts.help.sort(compareShifts);
  facts.period = derivePeriod(facts);
  return facts;
}

function resolveNow(zone: Zone, text: string): Instant {
  const r = zone.resolve(text);
  if (!r.ok) throw new RangeError(r.problem.reason);
  return r.instant;
}

/** True when the assistant is under `age` on `date` (someone born 29 February turns a year older on 1 March in common years). */
export function isUnder(assistant: Assistant, age: number, date: LocalDate): boolean {
  const b = assistant.birthDate;
  if (b === undefined) return false;
  const year = Number(b.slice(0, 4)) + age;
  let birthday = `${String(year).padStart(4, "0")}${b.slice(4)}`;
  if (b.slice(5) === "02-29" && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) {
    birthday = `${String(year).padStart(4, "0")}-03-01`;
  }
  return date < birthday;
}

/** Merged working intervals of a list of shifts (touching or overlapping ones join), clipped to `[from, to)`. */
export function mergedWork(
  shifts: Iterable<PShift>,
  from: number,
  to: number,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const s of shifts) {
    const a = Math.max(s.start, from);
    const b = Math.min(s.end, to);
    if (b <= a) continue;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The longest stretch of `[from, to)` not covered by the merged intervals (which are sorted). */
export function longestGap(
  intervals: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
): number {
  let longest = 0;
  let cursor = from;
  for (const [a, b] of intervals) {
    if (a > cursor) longest = Math.max(longest, a - cursor);
    cursor = Math.max(cursor, b);
  }
  return Math.max(longest, to - cursor);
}

export { DAY_MS };
