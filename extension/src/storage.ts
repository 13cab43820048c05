/** The timesheet waiting to be filled in, kept in `chrome.storage.session` (gone with the browser). */
import type { Timesheet } from "../../core/src/timesheet/index.js";

const KEY = "timesheet";

/** The waiting timesheet, if any. */
export async function waitingTimesheet(): Promise<Timesheet | undefined> {
  const got = await chrome.storage.session.get(KEY);
  return got[KEY] as Timesheet | undefined;
}

/** Holds `sheet`, replacing whatever month was waiting. */
export async function holdTimesheet(sheet: Timesheet): Promise<void> {
  await chrome.storage.session.set({ [KEY]: sheet });
}

/** Forgets the waiting timesheet. */
export async function clearTimesheet(): Promise<void> {
  await chrome.storage.session.remove(KEY);
}
