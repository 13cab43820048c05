/**
 * A grid cell's text: one or more shifts in the planner grid's syntax (`7-15`, `22-7 r`, a
 * template's short name), separated by commas or line breaks, each optionally with an absence
 * word (`ferie 7-15`, `7-15 syg`). Compact times (`0700-1500`) are read too.
 */
import { parseShiftText, type ShiftKind } from "../model/index.js";
import type { LocalDate, LocalDateTime } from "../time/index.js";
import { kindOfWord } from "./kinds.js";

/** One shift read from a cell. */
export interface CellShift {
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  readonly kind: ShiftKind;
  readonly breakMinutes: number;
}

/** The shifts of a cell, or the reason for each part that could not be read. */
export interface CellResult {
  readonly shifts: readonly CellShift[];
  readonly problems: readonly string[];
}

const ABSENCE_RE = /^([\p{L}][\p{L} -]*?)\s+(\d.*)$|^(\d.*?)\s+([\p{L}][\p{L} -]*)$/u;

/** `0700-1500` -> `07:00-1500` -> `07:00-15:00`: four digits are a compact time. */
const expandCompact = (text: string): string =>
  text.replace(/(^|[^\d:.])(\d{2})(\d{2})(?=$|[^\d])/g, "$1$2:$3");

function readPart(
  part: string,
  date: LocalDate,
  templates: Readonly<Record<string, string>>,
): CellShift | string {
  const plain = parseShiftText(part, date, templates);
  const direct = plain.ok ? plain : parseShiftText(expandCompact(part), date, templates);
  if (direct.ok) {
    const { start, end, kind, breakMinutes } = direct;
    return { start, end, kind, breakMinutes };
  }
  const m = ABSENCE_RE.exec(part);
  const word = m?.[1] ?? m?.[4];
  const times = m?.[2] ?? m?.[3];
  const kind = word === undefined ? undefined : kindOfWord(word);
  if (kind !== undefined && kind !== "work" && kind !== "oncall" && times !== undefined) {
    const shift = parseShiftText(expandCompact(times), date, templates);
    if (!shift.ok) return shift.reason;
    return { start: shift.start, end: shift.end, kind, breakMinutes: 0 };
  }
  const alone = kindOfWord(part);
  if (alone !== undefined && alone !== "work" && alone !== "oncall") {
    return `"${part}" has no times: write it like ${part} 7-15`;
  }
  return direct.reason;
}

/** Reads a grid cell's text for shifts starting on `date` (see the file comment). */
export function readCell(
  text: string,
  date: LocalDate,
  templates: Readonly<Record<string, string>>,
): CellResult {
  const shifts: CellShift[] = [];
  const problems: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const part = raw.trim();
    if (part === "") continue;
    const r = readPart(part, date, templates);
    if (typeof r === "string") problems.push(r);
    else shifts.push(r);
  }
  return { shifts, problems };
}
