/**
 * One assistant's shifts as an iCalendar file (RFC 5545, written by ical-generator): one VEVENT
 * per working shift (`work`, `oncall`) as it stands, after core's `effectiveShift` (a cancelled
 * shift is left out, a sick day is an absence and left out, a shift worked by someone else
 * after a swap is theirs). Absences are left out.
 *
 * Times are exact instants from core's `Zone` (DST-correct: 22:00–07:00 into the last Sunday of
 * March lasts 8 hours in Europe/Copenhagen), written in UTC (`…Z`). A `TZID` would need a
 * VTIMEZONE definition next to it, which ical-generator does not make (it would be written by
 * hand); the rota's zone is named in `X-WR-TIMEZONE` so that apps show it. Every UID is the
 * shift id with the arrangement id, so an app that imports the file again, or refreshes a feed,
 * updates the event instead of adding a second one.
 *
 * Pure apart from ical-generator: no DOM, no Yjs, no clock (`now` is passed in): the sync server
 * uses it for calendar feeds.
 */
import ical, { ICalEventBusyStatus } from "ical-generator";
import {
  WORKING_KINDS,
  effectiveShift,
  resolveShiftTimes,
  type Issue,
  type RotaFile,
  type Shift,
} from "../../../core/src/model/index.js";
import { Zone } from "../../../core/src/time/index.js";
import { calendarTexts } from "./texts.js";

/** The languages of event texts. */
export type CalendarLang = keyof (typeof calendarTexts)["calendarShift"];

export interface ICalRequest {
  readonly rota: RotaFile;
  /** The arrangement's id: part of every UID. */
  readonly arrangementId: string;
  readonly assistantId: string;
  /** The calendar's name (`X-WR-CALNAME`), e.g. the arrangement's and the assistant's name. */
  readonly name: string;
  readonly lang: CalendarLang;
  /** Now, ms since 1970: every event's DTSTAMP. */
  readonly now: number;
}

export interface ICalResult {
  /** The iCalendar text (CRLF line ends). */
  readonly text: string;
  /** How many events it holds. */
  readonly events: number;
  /** Shifts of the assistant left out because their times do not resolve (paths name them). */
  readonly issues: readonly Issue[];
}

const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (m, key: string) => String(values[key] ?? m));

/** The wall-clock time of day of a local date-time (`2026-03-29T22:00` -> `22:00`). */
const clockOf = (local: string): string => local.slice(11, 16);

/** A UID that stays the same for a shift however often the file is made. */
export const shiftUid = (arrangementId: string, shiftId: string): string =>
  `${encodeURIComponent(shiftId)}.${encodeURIComponent(arrangementId)}@turnus`;

/** The event texts of a working shift: summary ("Vagt 07:00–15:00") and description. */
function eventTexts(lang: CalendarLang, shift: Shift): { summary: string; description: string } {
  const key = shift.kind === "oncall" ? "calendarOncall" : "calendarShift";
  const summary = fill(calendarTexts[key][lang], {
    from: clockOf(shift.start),
    to: clockOf(shift.end),
  });
  const lines: string[] = [];
  if (shift.breakMinutes)
    lines.push(fill(calendarTexts.calendarBreak[lang], { n: shift.breakMinutes }));
  if (shift.note?.trim()) lines.push(shift.note.trim());
  return { summary, description: lines.join("\n") };
}

/**
 * The iCalendar file of one assistant's working shifts in `rota` (see the module comment).
 * Shifts whose times do not exist in the rota's zone, or end before they start, are left out and
 * named in `issues`; a rota whose zone is unknown gives an empty calendar and one issue.
 */
export function shiftsToICal(request: ICalRequest): ICalResult {
  const { rota, arrangementId, assistantId, name, lang, now } = request;
  if (!Number.isFinite(now)) throw new RangeError(`now must be a time in ms, not ${now}`);
  const calendar = ical({
    name,
    prodId: { company: "Turnus", product: "Turnus", language: lang.toUpperCase() },
    // Apps that honour it refresh a subscribed feed hourly (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 3600,
    x: [["X-WR-TIMEZONE", rota.timeZone]],
  });
  const issues: Issue[] = [];
  const zone = Zone.of(rota.timeZone);
  if (!zone.ok) {
    issues.push({ path: "$.timeZone", message: zone.reason });
    return { text: calendar.toString(), events: 0, issues };
  }
  const events: { start: number; end: number; shift: Shift }[] = [];
  rota.shifts.forEach((planned, index) => {
    const shift = effectiveShift(planned);
    if (!shift || shift.assistantId !== assistantId) return;
    if (!WORKING_KINDS.has(shift.kind ?? "work")) return;
    const times = resolveShiftTimes(zone.zone, shift, `$.shifts[${index}]`);
    if (!times.ok) {
      issues.push(...times.issues);
      return;
    }
    events.push({ start: times.start, end: times.end, shift });
  });
  events.sort((a, b) => a.start - b.start || a.shift.id.localeCompare(b.shift.id));
  for (const { start, end, shift } of events) {
    const { summary, description } = eventTexts(lang, shift);
    calendar.createEvent({
      id: shiftUid(arrangementId, shift.id),
      start: new Date(start),
      end: new Date(end),
      stamp: new Date(now),
      summary,
      ...(description ? { description } : {}),
      busystatus: ICalEventBusyStatus.BUSY,
      x: [["X-TURNUS-KIND", shift.kind ?? "work"]],
    });
  }
  return { text: calendar.toString(), events: events.length, issues };
}
