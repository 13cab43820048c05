/**
 * The staff-meeting pool as Nyborg measures it (Nyborg § 32): "Hvis du har mere end 1
 * medarbejder ansat, skal der udmåles timer til personalemøder. Der udmåles 2 timer hver anden
 * måned pr. fastansat medarbejder. Dog fratrækkes den medarbejder, der er på arbejde under
 * personalemødet."
 */

/** A pool as written in a rota file's `grant.pools`. */
export interface PoolSetting {
  readonly purpose: "meeting" | "training" | "appraisal" | "course";
  readonly hours: number;
  readonly per: "month" | "year";
}

/** Meetings a year: one every other month. */
const MEETINGS_PER_YEAR = 6;
/** Hours per meeting and permanent assistant. */
const HOURS_PER_MEETING = 2;

/**
 * The yearly staff-meeting pool for a number of permanent assistants (Nyborg § 32): 2 hours
 * every other month for each permanent assistant except the one on duty during the meeting, so
 * 6 × 2 × (n − 1) hours a year; none with one assistant or fewer. Four permanent assistants give
 * 6 × 2 × 3 = 36 hours a year.
 */
export function nyborgMeetingPool(permanentAssistants: number): PoolSetting {
  const n = Math.max(0, Math.floor(permanentAssistants));
  const paid = n > 1 ? n - 1 : 0;
  return { purpose: "meeting", hours: MEETINGS_PER_YEAR * HOURS_PER_MEETING * paid, per: "year" };
}
