/**
 * Rota + assistant + month -> timesheet (Nyborg § 34, Fredericia 4.1: one list per assistant per
 * calendar month, the 1st to the last day).
 */
import {
  MINUTE_MS,
  addDays,
  minutes,
  type Instant,
  type Minutes,
  type Zone,
} from "../time/index.js";
import {
  WORKING_KINDS,
  effectiveShift,
  resolveActualTimes,
  resolveShiftTimes,
  type Issue,
  type RotaFile,
  type Shift,
  type ShiftKind,
} from "../model/index.js";
import {
  PAY_CATEGORIES,
  addPayMinutes,
  payMinutes,
  payParamsOf,
  zeroPayMinutes,
  type PayParams,
} from "../grant/index.js";
import { hoursOf, parseMonth } from "./hours.js";
import {
  TIMESHEET_FORMAT,
  type Timesheet,
  type TimesheetAbsence,
  type TimesheetCategories,
  type TimesheetPlanned,
  type TimesheetRow,
} from "./schema.js";

/** A timesheet, or every reason there is none. */
export type TimesheetResult =
  | { readonly ok: true; readonly sheet: Timesheet }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** How many assistant ids an "unknown assistant" message lists. */
const LISTED_IDS = 10;

function unknownAssistant(rota: RotaFile, id: string): Issue {
  const known = rota.assistants.map((a) => `"${a.id}" (${a.name})`);
  const more = known.length > LISTED_IDS ? ", …" : "";
  const list =
    known.length === 0
      ? "the rota has no assistants"
      : `the rota's assistants are ${known.slice(0, LISTED_IDS).join(", ")}${more}`;
  return { path: "assistantId", message: `no assistant with id "${id}": ${list}` };
}

/**
 * The planned times of `planned` as a row shows them, when its actual times differ from them;
 * `undefined` when they do not (or the shift has no actual times).
 */
function plannedIfDifferent(
  zone: Zone,
  planned: Shift,
  start: Instant,
  end: Instant,
  path: string,
  issues: Issue[],
): TimesheetPlanned | undefined {
  if (planned.actual?.status !== "worked") return undefined;
  const times = resolveShiftTimes(zone, planned, path);
  if (!times.ok) {
    issues.push(...times.issues);
    return undefined;
  }
  if (times.start === start && times.end === end) return undefined;
  return { start: zone.toLocal(times.start), end: zone.toLocal(times.end) };
}

/**
 * The timesheet of one assistant for one calendar month (`YYYY-MM`) of a validated rota
 * (from `readRota`), in the shape of shared/spec/rota-file.md.
 *
 * - Hours are what was worked: a shift with an `actual` counts as it happened
 *   (`effectiveShift`: actual times, break and assistant; sick and child-sick as absences;
 *   cancelled not at all), whatever its date; a shift without one counts as planned. A swapped
 *   shift (`actual.assistantId`) is on the sheet of the assistant who worked it, not on the
 *   planned assistant's.
 * - One row per working shift (kinds `work` and `oncall`) whose time lies in the month, dated
 *   by its start. A shift that crosses a month boundary is split at that local midnight and
 *   each part goes to its own month's sheet (`split: true`; the part that ends at midnight
 *   shows `end` `24:00`).
 * - A row whose actual times differ from the plan carries the plan in `planned` (local
 *   `YYYY-MM-DDTHH:mm`, the whole shift). `confirmed` is true when the row comes from an
 *   approved actual (`approvedAt` set).
 * - Absences (planned `vacation`, `sick`, `child-sick`, `leave` shifts, and shifts whose
 *   actual says `sick` or `child-sick`) are not rows: they are reported on their own forms.
 *   They are listed in `absences` (date, kind, elapsed hours in the month, shift id, and the
 *   part's times as rows show them) so that the work leader sees them, and are not counted in
 *   `totals`. A month-crossing absence is split like a row.
 * - Rows and absences are sorted by start (then shift id).
 * - `hours` is real elapsed time (DST-correct) with two decimals. Breaks are NOT deducted: in BPA
 *   the assistant stays with the citizen during the break, so it is paid working time. The
 *   break is shown in `breakMinutes`, on the first part of a split shift only, so that it is
 *   counted once.
 * - `categories` lists only the categories with minutes (as in the spec's example, which has no
 *   `oncall: 0`); `totals` always lists every one.
 * - Totals are computed from exact minutes and rounded half-up once, never summed from rounded
 *   rows (three rows of 20 minutes show 0.33 each and total 1.00).
 *
 * Pay categories use the rota's profile with its `overrides.pay` (or `params` when given).
 * An unknown assistant, a malformed month or bad pay overrides give issues (paths `assistantId`,
 * `month`, `$.overrides.pay…`), never an exception.
 */
export function buildTimesheet(
  rota: RotaFile,
  zone: Zone,
  assistantId: string,
  month: string,
  params?: PayParams,
): TimesheetResult {
  const issues: Issue[] = [];
  const assistant = rota.assistants.find((a) => a.id === assistantId);
  if (assistant === undefined) issues.push(unknownAssistant(rota, assistantId));
  const parsedMonth = parseMonth(month);
  if (!parsedMonth.ok) issues.push({ path: "month", message: parsedMonth.reason });
  let pay = params;
  if (pay === undefined) {
    const r = payParamsOf(rota);
    if (r.ok) pay = r.params;
    else issues.push(...r.issues);
  }
  if (assistant === undefined || !parsedMonth.ok || pay === undefined) return { ok: false, issues };

  const { first, next } = parsedMonth.month;
  const monthStart = zone.startOfDay(first);
  const monthEnd = zone.startOfDay(next);

  const rows: { at: Instant; row: TimesheetRow }[] = [];
  const absences: { at: Instant; absence: TimesheetAbsence }[] = [];
  const sum = { hours: 0, work: 0, oncall: 0 };
  const categories = zeroPayMinutes();

  rota.shifts.forEach((planned, i) => {
    // Cheap test before anything else: neither the planned nor the actual assistant.
    if (planned.assistantId !== assistantId && planned.actual?.assistantId !== assistantId) return;
    const shift = effectiveShift(planned);
    if (shift === undefined || shift.assistantId !== assistantId) return;
    const kind: ShiftKind = shift.kind ?? "work";
    // Cheap text filter before resolving: local dates are the first ten characters.
    if (shift.end.slice(0, 10) < first || shift.start.slice(0, 10) >= next) return;
    const path = `$.shifts[${i}]`;
    const times = resolveActualTimes(zone, planned, path);
    if (!times.ok) {
      issues.push(...times.issues);
      return;
    }
    const lo = times.start > monthStart ? times.start : monthStart;
    const hi = times.end < monthEnd ? times.end : monthEnd;
    if (hi <= lo) return;
    const total: Minutes = minutes((hi - lo) / MINUTE_MS);
    const date = zone.dateOf(lo);
    const start = zone.toLocal(lo).slice(11, 16);
    const endLocal = zone.toLocal(hi);
    let endDate = endLocal.slice(0, 10);
    let end = endLocal.slice(11, 16);
    if (end === "00:00" && endDate === addDays(date, 1)) {
      end = "24:00";
      endDate = date;
    }

    if (!WORKING_KINDS.has(kind)) {
      absences.push({
        at: lo,
        absence: {
          date,
          kind: kind as TimesheetAbsence["kind"],
          hours: hoursOf(total),
          shiftId: shift.id,
          start,
          end,
          endDate,
        },
      });
      return;
    }

    const byCategory = payMinutes(pay, zone, lo, hi, kind);
    addPayMinutes(categories, byCategory);
    sum.hours += total;
    if (kind === "oncall") sum.oncall += total;
    else sum.work += total;
    const cats: { -readonly [K in keyof TimesheetCategories]: number } = {};
    for (const c of PAY_CATEGORIES) if (byCategory[c] > 0) cats[c] = hoursOf(byCategory[c]);
    const plan = plannedIfDifferent(zone, planned, times.start, times.end, path, issues);
    rows.push({
      at: lo,
      row: {
        date,
        start,
        end,
        kind: kind === "oncall" ? "oncall" : "work",
        hours: hoursOf(total),
        categories: cats,
        shiftId: shift.id,
        purpose: shift.purpose ?? "help",
        breakMinutes: lo === times.start ? (shift.breakMinutes ?? 0) : 0,
        endDate,
        split: lo !== times.start || hi !== times.end,
        ...(plan === undefined ? {} : { planned: plan }),
        confirmed: planned.actual?.approvedAt !== undefined,
      },
    });
  });
  if (issues.length > 0) return { ok: false, issues };

  const byId = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  rows.sort((a, b) => a.at - b.at || byId(a.row.shiftId, b.row.shiftId));
  absences.sort((a, b) => a.at - b.at || byId(a.absence.shiftId ?? "", b.absence.shiftId ?? ""));
  return {
    ok: true,
    sheet: {
      format: TIMESHEET_FORMAT,
      assistantId: assistant.id,
      assistantName: assistant.name,
      month,
      profile: rota.profile,
      timeZone: zone.id,
      rows: rows.map((r) => r.row),
      totals: {
        hours: hoursOf(minutes(sum.hours)),
        work: hoursOf(minutes(sum.work)),
        oncall: hoursOf(minutes(sum.oncall)),
        evening: hoursOf(categories.evening),
        night: hoursOf(categories.night),
        saturday: hoursOf(categories.saturday),
        sunday: hoursOf(categories.sunday),
      },
      absences: absences.map((a) => a.absence),
    },
  };
}
