/**
 * A hand-made timesheet for March 2026 (31 days, 1 March a Sunday, Copenhagen): one shift a day
 * in a four-day cycle of day, evening, night and on-call shifts, with the pay categories as the
 * Danish profile gives them (evening 17–23, night 23–06, Saturday 08–24, Sunday 00–24).
 */
import type {
  Timesheet,
  TimesheetAbsence,
  TimesheetRow,
} from "../../../core/src/timesheet/index.js";

const day = (d: number): string => `2026-03-${String(d).padStart(2, "0")}`;
/** 0 = Monday … 6 = Sunday; 1 March 2026 is a Sunday. */
const weekday = (d: number): number => (d + 5) % 7;

function row(d: number): TimesheetRow {
  const base = {
    shiftId: `s${d}`,
    purpose: "help" as const,
    breakMinutes: 0,
    split: false,
    endDate: day(d),
  };
  const wd = weekday(d);
  const sat = wd === 5;
  const sun = wd === 6;
  switch (d % 4) {
    case 1: // day 08:00–15:30, 7.5 h
      return {
        ...base,
        date: day(d),
        start: "08:00",
        end: "15:30",
        kind: "work",
        hours: 7.5,
        breakMinutes: 30,
        categories: sat ? { saturday: 7.5 } : sun ? { sunday: 7.5 } : {},
      };
    case 2: // evening 15:00–23:20, 8.33 h, evening 6 h, night 0.33 h
      return {
        ...base,
        date: day(d),
        start: "15:00",
        end: "23:20",
        kind: "work",
        hours: 8.33,
        categories: {
          evening: 6,
          night: 0.33,
          ...(sat ? { saturday: 7.33 } : {}),
          ...(sun ? { sunday: 8.33 } : {}),
        },
      };
    case 3: // night 23:00–07:00, 8 h, night 7 h
      return {
        ...base,
        date: day(d),
        start: "23:00",
        end: "07:00",
        endDate: day(d + 1),
        kind: "work",
        hours: 8,
        categories: {
          night: 7,
          ...(sat ? { saturday: 1, sunday: 7 } : {}),
          ...(sun ? { sunday: 1 } : {}),
        },
      };
    default: // on call in the staff room 22:00–06:00
      return {
        ...base,
        date: day(d),
        start: "22:00",
        end: "06:00",
        endDate: day(d + 1),
        kind: "oncall",
        hours: 8,
        categories: { oncall: 8 },
      };
  }
}

/** The month's rows; the last night shift (31 March) would end in April, so it is split. */
export function marchRows(): TimesheetRow[] {
  const rows = Array.from({ length: 31 }, (_, i) => row(i + 1));
  const last = rows[30];
  if (last && last.endDate > "2026-03-31") {
    rows[30] = {
      ...last,
      end: "24:00",
      endDate: "2026-03-31",
      split: true,
      hours: 1,
      categories: { night: 1 },
    };
  }
  return rows;
}

/** Sums the rows into totals, rounded to hundredths. */
export function totalsOf(rows: readonly TimesheetRow[]): Timesheet["totals"] {
  const sum = (f: (r: TimesheetRow) => number): number =>
    Math.round(rows.reduce((s, r) => s + f(r), 0) * 100) / 100;
  return {
    hours: sum((r) => r.hours),
    work: sum((r) => (r.kind === "work" ? r.hours : 0)),
    oncall: sum((r) => (r.kind === "oncall" ? r.hours : 0)),
    evening: sum((r) => r.categories.evening ?? 0),
    night: sum((r) => r.categories.night ?? 0),
    saturday: sum((r) => r.categories.saturday ?? 0),
    sunday: sum((r) => r.categories.sunday ?? 0),
  };
}

/** The timesheet of Åse Ørbæk for March 2026. */
export function marchSheet(rows: readonly TimesheetRow[] = marchRows()): Timesheet {
  return {
    format: "turnus-timesheet/1",
    assistantId: "a1",
    assistantName: "Åse Ørbæk",
    month: "2026-03",
    profile: "dk",
    timeZone: "Europe/Copenhagen",
    rows: [...rows],
    totals: totalsOf(rows),
  };
}

/** A sick day and a child's sick day, as `buildTimesheet` lists them. */
export const ABSENCES: readonly TimesheetAbsence[] = [
  {
    date: "2026-03-09",
    kind: "sick",
    hours: 7.5,
    shiftId: "s9",
    start: "08:00",
    end: "15:30",
    endDate: "2026-03-09",
  },
  {
    date: "2026-03-17",
    kind: "child-sick",
    hours: 8,
    shiftId: "x17",
    start: "08:00",
    end: "16:00",
    endDate: "2026-03-17",
  },
];
