/**
 * What a work leader types into a rota cell: `7-15`, `07:30-15`, `22-7` (into the next day),
 * `16-24`, `22-7 r` (on call: DA rådighed, NO passiv), or a template's short name. Pure: the
 * cell's date and the templates are passed in.
 */
import { addDays, type LocalDate, type LocalDateTime } from "../time/index.js";

/** A shift's times and kind read from a cell's text. */
export interface ShiftText {
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  readonly kind: "work" | "oncall";
  /**
   * The customary break of a typed shift: 30 minutes when it lasts more than 5.5 hours by the
   * wall clock (BPA assistants take it on duty), else 0. Long enough to satisfy the `break` rule
   * of both profiles; a shift stored without a break is still flagged.
   */
  readonly breakMinutes: number;
}

/** Wall-clock minutes above which a typed shift gets the customary break. */
export const TYPED_BREAK_AFTER_MINUTES = 330;

/** The result of reading a cell's text. */
export type ShiftTextResult =
  ({ readonly ok: true } & ShiftText) | { readonly ok: false; readonly reason: string };

const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
const SHIFT_RE = new RegExp(
  String.raw`^${TIME}\s*[-–—]\s*${TIME}(?:\s+(r|p|oncall|rådighed|passiv))?$`,
  "i",
);

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * Reads a cell's text for a shift starting on `date`. `templates` maps short names (`D`, `A`,
 * `N`) to texts in the same syntax; names are matched without regard to case.
 */
export function parseShiftText(
  text: string,
  date: LocalDate,
  templates: Readonly<Record<string, string>> = {},
): ShiftTextResult {
  const trimmed = text.trim();
  const template = Object.entries(templates).find(
    ([name]) => name.toLowerCase() === trimmed.toLowerCase(),
  );
  const source = template ? template[1] : trimmed;
  const m = SHIFT_RE.exec(source);
  if (!m) {
    return {
      ok: false,
      reason: `"${trimmed}" is not a shift: write it like 7-15, 22-7 or 22-7 r (on call)`,
    };
  }
  const [sh, sm, eh, em] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  if (sh > 23 || sm > 59 || eh > 24 || em > 59 || (eh === 24 && em > 0)) {
    return { ok: false, reason: `"${trimmed}" has a time that does not exist` };
  }
  const startMin = sh * 60 + sm;
  const endMin = eh * 60 + em;
  if (startMin === endMin) {
    return { ok: false, reason: `"${trimmed}" starts and ends at the same time` };
  }
  const overnight = endMin < startMin || endMin === 24 * 60;
  const endDate = overnight ? addDays(date, 1) : date;
  const endClock = endMin === 24 * 60 ? "00:00" : `${pad(eh)}:${pad(em)}`;
  const length = overnight ? 24 * 60 - startMin + (endMin % (24 * 60)) : endMin - startMin;
  return {
    ok: true,
    start: `${date}T${pad(sh)}:${pad(sm)}` as LocalDateTime,
    end: `${endDate}T${endClock}` as LocalDateTime,
    kind: m[5] ? "oncall" : "work",
    breakMinutes: length > TYPED_BREAK_AFTER_MINUTES ? 30 : 0,
  };
}

/** The short text of a shift for a cell: `07–15`, `22–07 r`, `07:30–15:45`. */
export function formatShiftText(start: string, end: string, kind: string | undefined): string {
  const clock = (t: string) => (t.endsWith(":00") ? t.slice(11, 13) : t.slice(11, 16));
  const endText = end.slice(11, 16) === "00:00" ? "24" : clock(end);
  return `${clock(start)}–${endText}${kind === "oncall" ? " r" : ""}`;
}
