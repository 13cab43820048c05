/** Small helpers shared by the grant ledger, budget and account tests. */
import { readRota, type ProfileId } from "../../../core/src/model/index.js";
import type { LocalDate } from "../../../core/src/time/index.js";

export const d = (s: string) => s as LocalDate;

let n = 0;
/** A shift from `start` to `end` (local wall clock) for assistant a1, with optional fields. */
export const shift = (start: string, end: string, more: Record<string, unknown> = {}) => ({
  id: `s${++n}`,
  assistantId: "a1",
  start,
  end,
  ...more,
});

/** A validated rota of one profile with the given shifts and grant. */
export function rotaOf(
  profile: ProfileId,
  shifts: unknown[],
  grant: unknown,
  more: Record<string, unknown> = {},
) {
  const r = readRota({
    format: "turnus-rota/1",
    profile,
    timeZone: profile === "dk" ? "Europe/Copenhagen" : "Europe/Oslo",
    assistants: [{ id: "a1", name: "A" }],
    shifts,
    grant,
    ...more,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}
