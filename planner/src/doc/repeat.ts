/**
 * "Repeat weeks 1–N until a date": the work and on-call shifts of N weeks are copied into the
 * following cycles of N weeks up to a date, by the wall clock (so 7-15 stays 7-15 across a DST
 * change). The work and on-call shifts already in the target days are replaced; absences
 * (vacation, sick, ...) are neither copied nor removed. One transaction with
 * {@link LOCAL_ORIGIN}: one undo step.
 */
import type * as Y from "yjs";
import { WORKING_KINDS, type Issue, type Shift } from "../../../core/src/model/index.js";
import {
  addDays,
  daysBetween,
  isoWeekday,
  parseLocalDate,
  type LocalDate,
} from "../../../core/src/time/index.js";
import { checkShift, readDocState, type AssistantState } from "./convert.js";
import { LOCAL_ORIGIN, docMaps, nextOrder, toJson, unwrap, type JsonObject } from "./schema.js";

/** The most weeks a cycle may have. */
export const REPEAT_MAX_WEEKS = 12;
/** How far (in days from `from`) a repeat may reach: about two years. */
export const REPEAT_MAX_DAYS = 2 * 366;

/** What to repeat: the `weeks` weeks starting on the Monday `from`, into the cycles until `until`. */
export interface RepeatWeeksInput {
  /** A Monday, `YYYY-MM-DD`. */
  readonly from: string;
  /** The cycle's length in weeks, 1–{@link REPEAT_MAX_WEEKS}. */
  readonly weeks: number;
  /** The last day that gets copies (included), `YYYY-MM-DD`. */
  readonly until: string;
}

/** A copy that was not made, and why (its time does not exist in the zone, typically). */
export interface RepeatSkip {
  /** The shift that would have been copied. */
  readonly sourceId: string;
  readonly assistantId: string;
  /** The copy's wall-clock start. */
  readonly start: string;
  readonly reason: string;
}

/** What a repeat does (or did). */
export interface RepeatPlan {
  /** Shifts to write (new ids). */
  readonly put: readonly Shift[];
  /** Ids of the work and on-call shifts in the target days that go. */
  readonly remove: readonly string[];
  readonly skipped: readonly RepeatSkip[];
  /** The first and last target day. */
  readonly firstDay: LocalDate;
  readonly lastDay: LocalDate;
}

/** The outcome of {@link repeatWeeks}: the counts, or the problems with the input. */
export type RepeatResult =
  | {
      readonly ok: true;
      readonly copied: number;
      readonly replaced: number;
      readonly skipped: readonly RepeatSkip[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Options of a repeat. */
export interface RepeatOptions {
  /** Makes the id of a new shift (the planner's id maker; tests pass a counter). */
  readonly newId?: () => string;
}

const defaultId = (): string => `s${crypto.randomUUID().replace(/-/g, "").slice(0, 10)}`;

/** The problems with a repeat's input (paths `$.from`, `$.weeks`, `$.until`). */
function inputIssues(input: RepeatWeeksInput): Issue[] {
  const issues: Issue[] = [];
  const from = parseLocalDate(input.from);
  const until = parseLocalDate(input.until);
  if (!from.ok) issues.push({ path: "$.from", message: from.reason });
  else if (isoWeekday(from.value) !== 1) {
    issues.push({
      path: "$.from",
      message: `${input.from} is not a Monday; weeks start on Monday`,
    });
  }
  const weeks = input.weeks;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > REPEAT_MAX_WEEKS) {
    issues.push({
      path: "$.weeks",
      message: `the number of weeks must be a whole number from 1 to ${REPEAT_MAX_WEEKS}`,
    });
  }
  if (!until.ok) issues.push({ path: "$.until", message: until.reason });
  if (issues.length > 0 || !from.ok || !until.ok) return issues;
  const sourceEnd = addDays(from.value, 7 * weeks - 1);
  if (until.value <= sourceEnd) {
    issues.push({
      path: "$.until",
      message: `must be after the last day of the weeks to repeat (${sourceEnd})`,
    });
  } else if (daysBetween(from.value, until.value) > REPEAT_MAX_DAYS) {
    issues.push({
      path: "$.until",
      message: `is more than two years after ${input.from}; repeat at most ${REPEAT_MAX_DAYS} days ahead`,
    });
  }
  return issues;
}

const isWorking = (s: Shift): boolean => WORKING_KINDS.has(s.kind ?? "work");

/** Moves a wall-clock text by whole days (an offset that picked a side of a DST fold is dropped). */
const moved = (dateTime: string, days: number): string =>
  `${addDays(dateTime.slice(0, 10) as LocalDate, days)}${dateTime.slice(10, 16)}`;

/**
 * What {@link repeatWeeks} would do, without writing: the copies, the shifts they replace and
 * the copies skipped. Reads only valid shifts (those with problems are neither copied nor
 * removed).
 */
export function planRepeat(
  doc: Y.Doc,
  input: RepeatWeeksInput,
  options: RepeatOptions = {},
): { ok: true; plan: RepeatPlan } | { ok: false; issues: readonly Issue[] } {
  const issues = inputIssues(input);
  if (issues.length > 0) return { ok: false, issues };
  const read = readDocState(doc);
  if (!read.ok) return read;
  const { zone, shifts } = read.value;
  const newId = options.newId ?? defaultId;
  const from = input.from as LocalDate;
  const until = input.until as LocalDate;
  const cycle = 7 * input.weeks;
  const firstDay = addDays(from, cycle);

  const sources: Shift[] = [];
  const remove: string[] = [];
  for (const { value } of shifts.values()) {
    if (!isWorking(value)) continue;
    const day = value.start.slice(0, 10) as LocalDate;
    if (day >= from && day < firstDay) sources.push(value);
    else if (day >= firstDay && day <= until) remove.push(value.id);
  }

  const state = (id: string): AssistantState =>
    read.value.assistants.has(id) ? "valid" : "invalid";
  const put: Shift[] = [];
  const skipped: RepeatSkip[] = [];
  for (let offset = cycle; addDays(from, offset) <= until; offset += cycle) {
    for (const s of sources) {
      const start = moved(s.start, offset);
      if (start.slice(0, 10) > until) continue;
      const copy = { ...toJson(s as JsonObject), id: newId(), start, end: moved(s.end, offset) };
      const r = checkShift(copy, zone, state, (p) => p);
      if (r.ok) put.push(r.value);
      else {
        skipped.push({
          sourceId: s.id,
          assistantId: s.assistantId,
          start,
          reason: r.issues.map((i) => i.message).join("; "),
        });
      }
    }
  }
  return { ok: true, plan: { put, remove, skipped, firstDay, lastDay: until } };
}

/**
 * Repeats the work and on-call shifts of the `weeks` weeks from the Monday `from` into each
 * following cycle of `weeks` weeks, up to and including `until`, replacing the work and on-call
 * shifts already in those days. A copy whose time does not exist in the zone (the DST gap) is
 * skipped and reported. One transaction with origin {@link LOCAL_ORIGIN}: one undo step. Bad
 * input (from not a Monday, weeks outside 1–12, until not after the source weeks or more than
 * two years ahead) returns issues and writes nothing.
 */
export function repeatWeeks(
  doc: Y.Doc,
  input: RepeatWeeksInput,
  options: RepeatOptions = {},
): RepeatResult {
  const planned = planRepeat(doc, input, options);
  if (!planned.ok) return planned;
  const { put, remove, skipped } = planned.plan;
  const { shifts } = docMaps(doc);
  if (put.length + remove.length > 0) {
    doc.transact(() => {
      for (const id of remove) shifts.delete(id);
      let order = nextOrder(shifts);
      for (const s of put) {
        const existing = unwrap(shifts.get(s.id))?.order;
        shifts.set(s.id, { order: existing ?? order++, value: toJson(s) });
      }
    }, LOCAL_ORIGIN);
  }
  return { ok: true, copied: put.length, replaced: remove.length, skipped };
}
