/**
 * The row-per-shift layout: a header row naming the columns (see `headers.ts`), then one shift
 * per row. The date may have its own column or sit in the start and end cells (`02.03.2026
 * 07:00`); the times may be a start and an end column or one shift text (`7-15`). An end not
 * after the start on the same date is on the next day.
 */
import { TYPED_BREAK_AFTER_MINUTES, WORKING_KINDS, type ShiftKind } from "../model/index.js";
import { addDays, daysBetween, type LocalDate, type LocalDateTime } from "../time/index.js";
import { readCell } from "./cell.js";
import { parseBreak, parseSheetClock } from "./clock.js";
import type { Collector } from "./collect.js";
import { parseSheetDate } from "./dates.js";
import { mapColumns, type ColumnMap, type ColumnRole } from "./headers.js";
import { kindOfWord } from "./kinds.js";
import { cellAt, columnName, isEmptyRow } from "./place.js";
import type { Table } from "./types.js";

/** A time of day, perhaps with its own date. */
interface When {
  readonly date: LocalDate | undefined;
  readonly minutes: number;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** `date` plus `minutes` after its midnight (1440 and more roll into the next days). */
function at(date: LocalDate, minutes: number): LocalDateTime {
  const day = addDays(date, Math.floor(minutes / 1440));
  const m = minutes % 1440;
  return `${day}T${pad(Math.floor(m / 60))}:${pad(m % 60)}` as LocalDateTime;
}

/** A cell with a time, or a date and a time (`02.03.2026 07:00`, `2026-03-02T07:00`). */
function parseWhen(text: string): { ok: true; value: When } | { ok: false; reason: string } {
  const clock = parseSheetClock(text);
  if (clock.ok) return { ok: true, value: { date: undefined, minutes: clock.value } };
  const m = /^(.+?)(?:T|\s+(?:kl\.?\s*)?)(\d[\d:.,]*)$/i.exec(text.trim());
  if (m) {
    const date = parseSheetDate(m[1] ?? "");
    const time = parseSheetClock(m[2] ?? "");
    if (date.ok && time.ok) return { ok: true, value: { date: date.value, minutes: time.value } };
    if (date.ok && !time.ok) return time;
  }
  if (parseSheetDate(text).ok) {
    return { ok: false, reason: `"${text.trim()}" has no time of day: write it like 07:00` };
  }
  return clock;
}

const KIND_HINT =
  "use work, rådighed/passiv (on call), ferie (vacation), syg (sick), barn syg (child sick) or fri (leave)";

/** Reads one row; problems go to `into`, and the shift only when there are none. */
function readRow(
  table: Table,
  r: number,
  cols: ColumnMap,
  name: (role: ColumnRole) => string,
  templates: Readonly<Record<string, string>>,
  into: Collector,
): void {
  const row = r + 1;
  const get = (role: ColumnRole): string => {
    const c = cols[role];
    return c === undefined ? "" : cellAt(table, r, c);
  };
  /** Column name, reason and column index (problems are reported left to right). */
  const problems: [string, string, number][] = [];
  const problem = (role: ColumnRole, reason: string) =>
    problems.push([name(role), reason, cols[role] ?? 0]);

  const who = get("assistant");
  if (who === "") problem("assistant", "the assistant's name is missing");

  let date: LocalDate | undefined;
  const dateText = get("date");
  if (dateText !== "") {
    const d = parseSheetDate(dateText);
    if (d.ok) date = d.value;
    else problem("date", d.reason);
  }

  let kind: ShiftKind | undefined;
  const kindText = get("kind");
  if (kindText !== "") {
    kind = kindOfWord(kindText);
    if (kind === undefined) problem("kind", `"${kindText}" is not a kind of shift: ${KIND_HINT}`);
  }

  let breakMinutes: number | undefined;
  if (cols.break !== undefined) {
    const b = parseBreak(get("break"));
    if (b.ok) breakMinutes = b.value;
    else problem("break", b.reason);
  }

  let start: LocalDateTime | undefined;
  let end: LocalDateTime | undefined;
  let typedKind: ShiftKind = "work";
  let typedBreak = 0;
  const startText = get("start");
  const timeText = get("time");
  const dateMissing = dateText === "";
  if (startText === "" && timeText !== "") {
    if (date === undefined) {
      if (dateMissing) problem(cols.date === undefined ? "time" : "date", "the date is missing");
    } else {
      const cell = readCell(timeText, date, templates);
      const [only, ...more] = cell.shifts;
      if (cell.problems.length > 0) for (const p of cell.problems) problem("time", p);
      else if (!only || more.length > 0) {
        problem("time", `"${timeText}" must be one shift per row, like 7-15`);
      } else {
        ({ start, end } = only);
        typedKind = only.kind;
        typedBreak = only.breakMinutes;
      }
    }
  } else if (startText === "") {
    problem(cols.start === undefined ? "time" : "start", "the start time is missing");
  } else {
    const s = parseWhen(startText);
    const e = get("end") === "" ? undefined : parseWhen(get("end"));
    if (!s.ok) problem("start", s.reason);
    if (e === undefined)
      problem(cols.end === undefined ? "start" : "end", "the end time is missing");
    else if (!e.ok) problem("end", e.reason);
    const startDate = s.ok ? (s.value.date ?? date) : undefined;
    if (s.ok && startDate === undefined && dateMissing) {
      problem(cols.date === undefined ? "start" : "date", "the date is missing");
    }
    if (s.ok && e?.ok && startDate !== undefined) {
      start = at(startDate, s.value.minutes);
      const endDate = e.value.date ?? startDate;
      let endMinutes = e.value.minutes;
      if (e.value.date === undefined && endMinutes <= s.value.minutes) {
        if (endMinutes === s.value.minutes) {
          problem("end", `the shift starts and ends at ${startText}`);
        }
        endMinutes += 1440;
      }
      end = at(endDate, endMinutes);
      if (end <= start && e.value.date !== undefined) {
        problem(
          "end",
          `the shift ends (${end.replace("T", " ")}) before it starts (${start.replace("T", " ")})`,
        );
      }
      const wallMinutes = daysBetween(startDate, endDate) * 1440 + endMinutes - s.value.minutes;
      typedBreak = wallMinutes > TYPED_BREAK_AFTER_MINUTES ? 30 : 0;
    }
  }

  problems.sort((a, b) => a[2] - b[2]);
  for (const [column, reason] of problems) into.issue(row, column, reason);
  if (problems.length > 0 || start === undefined || end === undefined) return;
  const finalKind = kind ?? typedKind;
  const note = get("note");
  into.shift({
    assistantId: into.assistant(who),
    start,
    end,
    kind: finalKind,
    breakMinutes: breakMinutes ?? (WORKING_KINDS.has(finalKind) ? typedBreak : 0),
    note: note === "" ? undefined : note,
    row,
    column: name(cols.start !== undefined ? "start" : "time"),
    endColumn: cols.start !== undefined && cols.end !== undefined ? name("end") : undefined,
  });
}

/**
 * Reads the rows below the header row `headerIndex` (0-based) into `into`; returns the dates
 * the shifts start on, first and last.
 */
export function readRows(
  table: Table,
  headerIndex: number,
  templates: Readonly<Record<string, string>>,
  into: Collector,
): { readonly from: LocalDate; readonly to: LocalDate } | undefined {
  const header = table[headerIndex] ?? [];
  const cols = mapColumns(header);
  const name = (role: ColumnRole): string => {
    const c = cols[role];
    return c === undefined ? role : columnName(header, c);
  };
  for (let r = headerIndex + 1; r < table.length; r++) {
    if (!isEmptyRow(table[r])) readRow(table, r, cols, name, templates, into);
  }
  const dates = into.shifts.map((s) => s.start.slice(0, 10) as LocalDate).sort();
  const from = dates[0];
  const to = dates[dates.length - 1];
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}
