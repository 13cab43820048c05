/**
 * What the planner shows of assistant documents: entries in words, and marks on grid cells (a
 * day an assistant cannot work, or wishes off or to work). Pure, so it is tested in node.
 */
import type { RotaFile } from "../../../core/src/model/index.js";
import type { Availability, SwapRequest, Wish } from "../../../core/src/protocol/index.js";
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
