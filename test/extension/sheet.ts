/** A small valid timesheet payload for the extension's tests. */
import { TIMESHEET_FORMAT, type Timesheet } from "../../core/src/timesheet/index.js";

/** Anna's March 2026: one row. */
export const sheet: Timesheet = {
  format: TIMESHEET_FORMAT,
  assistantId: "a1",
  assistantName: "Anna Jensen",
  month: "2026-03",
  profile: "dk",
  timeZone: "Europe/Copenhagen",
  rows: [
    {
      date: "2026-03-02",
      start: "07:00",
      end: "15:00",
      kind: "work",
      hours: 8,
      categories: {},
      shiftId: "s1",
      purpose: "help",
      breakMinutes: 30,
      endDate: "2026-03-02",
      split: false,
    },
  ],
  totals: { hours: 8, work: 8, oncall: 0, evening: 0, night: 0, saturday: 0, sunday: 0 },
};
