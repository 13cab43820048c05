/**
 * What the planner shows of assistant documents: entries in words, and marks on grid cells (a
 * day an assistant cannot work, or wishes off or to work). Pure, so it is tested in node.
 */
import type { RotaFile } from "../../../core/src/model/index.js";
import type {
  ActualReport,
  Availability,
  SwapRequest,
  Wish,
} from "../../../core/src/protocol/index.js";
import { addDays, type LocalDate } from "../../../core/src/time/index.js";
import { formatDayLong, t, tf, type Lang } from "../i18n/messages.js";
import type { AssistantData } from "../doc/assistant-doc.js";

/** A cell's mark: what kind, a short word shown in the cell and a sentence for its description. */
export interface CellMark {
  readonly kind: "unavailable" | "day-off" | "work";
  readonly label: string;
  readonly description: string;
}

const range = (lang: Lang, from: string, to: string) =>
  from === to
    ? formatDayLong(lang, from)
    : `${formatDayLong(lang, from)} – ${formatDayLong(lang, to)}`;
const withNote = (text: string, note: string | undefined) => (note ? `${text} (${note})` : text);

/** "Tuesday 3 December – Thursday 5 December: cannot work 08:00–12:00 (exams)". */
export function availabilityText(lang: Lang, a: Availability): string {
  const what = a.hours
    ? tf(lang, "cannotWorkHours", { from: a.hours.start, to: a.hours.end })
    : t(lang, "cannotWork");
  return withNote(`${range(lang, a.from, a.to)}: ${what}`, a.note);
}

/** "Tuesday 24 December: would like the day off (family)". */
export function wishText(lang: Lang, w: Wish): string {
  const what = t(lang, w.kind === "day-off" ? "wishDayOff" : "wishWork");
  return withNote(`${formatDayLong(lang, w.date)}: ${what}`, w.note);
}

/** A shift's day and hours: "Tuesday 3 December 07:00–15:00". */
export function shiftWhen(lang: Lang, start: string, end: string): string {
  return `${formatDayLong(lang, start.slice(0, 10))} ${start.slice(11, 16)}–${end.slice(11, 16)}`;
}

const STATUS_KEYS = {
  open: "swapStatusOpen",
  approved: "swapStatusApproved",
  declined: "swapStatusDeclined",
  withdrawn: "swapStatusWithdrawn",
} as const;

/** "Anna asks to swap Tuesday 3 December 07:00–15:00 (to Bo): approved, by Lis (a note)". */
export function swapText(
  lang: Lang,
  s: SwapRequest,
  names: ReadonlyMap<string, string>,
  who: string,
): string {
  const to = s.toAssistantId ? (names.get(s.toAssistantId) ?? s.toAssistantId) : undefined;
  const asked =
    tf(lang, "swapRequestText", { who, shift: shiftWhen(lang, s.start, s.end) }) +
    (to ? tf(lang, "swapToWhom", { to }) : "");
  const by = s.decidedBy ? tf(lang, "swapAnsweredBy", { by: s.decidedBy }) : "";
  return withNote(`${asked}: ${t(lang, STATUS_KEYS[s.status])}${by}`, s.note);
}

/** An assistant's shifts from `today` on, to offer for a swap (work and on-call, by start). */
export function swappableShifts(rota: RotaFile, assistantId: string, today: string) {
  return rota.shifts
    .filter(
      (s) =>
        s.assistantId === assistantId &&
        s.start.slice(0, 10) >= today &&
        (s.kind === undefined || s.kind === "work" || s.kind === "oncall"),
    )
    .sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * Marks for the visible `days`, keyed `date|assistantId` like the grid's cells. "Cannot work"
 * wins over a wish on the same day. A cell with shifts on a day marked "cannot work" says so.
 */
export function cellMarks(
  lang: Lang,
  days: readonly string[],
  data: ReadonlyMap<string, AssistantData>,
  hasShifts: (date: string, assistantId: string) => boolean,
): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  if (days.length === 0) return marks;
  const first = days[0] as string;
  const last = days[days.length - 1] as string;
  for (const [aid, d] of data) {
    for (const w of d.wishes) {
      if (w.date < first || w.date > last) continue;
      const kind = w.kind === "day-off" ? "day-off" : "work";
      marks.set(`${w.date}|${aid}`, {
        kind,
        label: t(lang, kind === "day-off" ? "markDayOff" : "markWork"),
        description: wishText(lang, w),
      });
    }
    for (const a of d.availability) {
      if (a.to < first || a.from > last) continue;
      let date = (a.from < first ? first : a.from) as LocalDate;
      const end = a.to > last ? last : a.to;
      for (; date <= end; date = addDays(date, 1)) {
        const planned = hasShifts(date, aid) ? ` ${t(lang, "markPlannedAnyway")}` : "";
        marks.set(`${date}|${aid}`, {
          kind: "unavailable",
          label: t(lang, "markUnavailable"),
          description: availabilityText(lang, a) + planned,
        });
      }
    }
  }
  return marks;
}

/** A shift as the rota holds it, with the actual the leader approved (if any). */
type RotaShift = RotaFile["shifts"][number];

/** The approved actual of a shift, as the rota holds it (the field is the model's, if valid). */
export function approvedActual(shift: RotaShift): Partial<ActualReport> | undefined {
  const actual = (shift as { actual?: unknown }).actual;
  return typeof actual === "object" && actual !== null ? actual : undefined;
}

/** Whether a report says the same as what the rota holds as approved. */
function sameAsApproved(report: ActualReport, approved: Partial<ActualReport> | undefined) {
  return (
    approved !== undefined &&
    approved.status === report.status &&
    approved.start === report.start &&
    approved.end === report.end &&
    (approved.breakMinutes ?? undefined) === (report.breakMinutes ?? undefined)
  );
}

/** "worked 07:00–15:30" / "sick" / "cancelled", with the report's note. */
export function actualText(
  lang: Lang,
  r: {
    readonly status?: string | undefined;
    readonly start?: string | undefined;
    readonly end?: string | undefined;
    readonly note?: string | undefined;
  },
): string {
  const what =
    r.status === "worked" && r.start && r.end
      ? tf(lang, "actualWorked", { from: r.start.slice(11, 16), to: r.end.slice(11, 16) })
      : t(
          lang,
          ACTUAL_KEYS[(r.status ?? "worked") as keyof typeof ACTUAL_KEYS] ?? "actualWorkedPlain",
        );
  return withNote(what, r.note);
}

const ACTUAL_KEYS = {
  worked: "actualWorkedPlain",
  sick: "actualSick",
  "child-sick": "actualChildSick",
  cancelled: "actualCancelled",
} as const;

/** A report of actual time that the rota does not hold yet (the leader's to approve). */
export interface PendingActual {
  readonly assistantId: string;
  readonly shift: RotaShift;
  readonly report: ActualReport;
}

/**
 * The reports waiting for approval: for a shift the reporting assistant still has in the rota,
 * saying something else than the rota's approved actual. Oldest shift first.
 */
export function pendingActuals(
  rota: RotaFile,
  data: ReadonlyMap<string, AssistantData>,
): PendingActual[] {
  const byId = new Map(rota.shifts.map((s) => [s.id as string, s]));
  const out: PendingActual[] = [];
  for (const [assistantId, d] of data) {
    for (const [shiftId, report] of d.actuals) {
      const shift = byId.get(shiftId);
      if (!shift || shift.assistantId !== assistantId) continue;
      if (sameAsApproved(report, approvedActual(shift))) continue;
      out.push({ assistantId, shift, report });
    }
  }
  return out.sort((a, b) => a.shift.start.localeCompare(b.shift.start));
}

/** How far back an assistant is offered their shifts to report (days). */
export const REPORT_DAYS = 35;

/** An assistant's working shifts that have begun (before `now`), newest first, within reach. */
export function reportableShifts(rota: RotaFile, assistantId: string, now: string) {
  const from = addDays(now.slice(0, 10) as LocalDate, -REPORT_DAYS);
  return rota.shifts
    .filter(
      (s) =>
        s.assistantId === assistantId &&
        s.start < now &&
        s.start.slice(0, 10) >= from &&
        (s.kind === undefined || s.kind === "work" || s.kind === "oncall"),
    )
    .sort((a, b) => b.start.localeCompare(a.start));
}
