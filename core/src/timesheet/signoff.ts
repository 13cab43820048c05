/**
 * Signing off a month's timesheet (Fredericia 4.1, Nyborg § 34: each assistant's monthly list is
 * signed by the work leader and the assistant before it goes to payroll).
 *
 * A sign-off stores the timesheet payload exactly as it was signed, with each signature (name
 * and local time). The rota file keeps them in `signoffs`, in the order they were made: the last
 * one for an assistant and month is the current one. A month is locked once both the leader and
 * the assistant have signed that current sign-off; to reopen it (a correction after signing),
 * the planner appends a new, unsigned sign-off rather than editing the signed one, so that what
 * was signed stays on record.
 *
 * Later changes are not forbidden by core: hours worked still change when an actual is
 * corrected. {@link timesheetCorrections} compares the signed payload with the current
 * timesheet, so that the planner can show such changes as corrections to the signed month (and
 * the leader can send a corrected list).
 */
import type { z } from "zod";
import {
  SignoffRecordSchema,
  jsonPath,
  type Issue,
  type RotaFile,
  type SignoffRecord,
} from "../model/index.js";
import { TimesheetSchema, type Timesheet, type TimesheetRow } from "./schema.js";

/**
 * One sign-off: `{ assistantId, month: "YYYY-MM", timesheet, leader?: { name, at },
 * assistant?: { name, at } }`, with `timesheet` validated as a timesheet payload. The rota file
 * schema stores the same shape with the payload as an opaque object (`SignoffRecordSchema`).
 */
export const SignoffSchema = SignoffRecordSchema.extend({ timesheet: TimesheetSchema });
/** A sign-off whose timesheet is a valid payload. */
export type Signoff = z.output<typeof SignoffSchema>;

/** The current sign-off of an assistant and month: the last one in `rota.signoffs`. */
export function currentSignoff(
  rota: RotaFile,
  assistantId: string,
  month: string,
): SignoffRecord | undefined {
  const all = rota.signoffs ?? [];
  for (let i = all.length - 1; i >= 0; i--) {
    const s = all[i];
    if (s !== undefined && s.assistantId === assistantId && s.month === month) return s;
  }
  return undefined;
}

/**
 * True when the month (`YYYY-MM`) of an assistant is locked: the current (last) sign-off for
 * them and that month carries both the leader's and the assistant's signature. A later unsigned
 * sign-off reopens the month.
 */
export function monthLocked(rota: RotaFile, assistantId: string, month: string): boolean {
  const s = currentSignoff(rota, assistantId, month);
  return s?.leader !== undefined && s.assistant !== undefined;
}

/**
 * The signed timesheet of the current sign-off of an assistant and month, validated as a
 * payload: `undefined` when there is no sign-off, issues (with paths such as
 * `$.signoffs[2].timesheet.rows[0].hours`) when its payload is not a valid timesheet.
 */
export function signedTimesheet(
  rota: RotaFile,
  assistantId: string,
  month: string,
):
  | { readonly ok: true; readonly sheet: Timesheet | undefined }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const s = currentSignoff(rota, assistantId, month);
  if (s === undefined) return { ok: true, sheet: undefined };
  const index = (rota.signoffs ?? []).lastIndexOf(s);
  const parsed = TimesheetSchema.safeParse(s.timesheet);
  if (parsed.success) return { ok: true, sheet: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      path: jsonPath(["signoffs", index, "timesheet", ...i.path]),
      message: i.message,
    })),
  };
}

/** A row present in both timesheets whose contents differ. */
export interface ChangedRow {
  readonly before: TimesheetRow;
  readonly after: TimesheetRow;
  /** The row fields that differ, in the row's field order (e.g. `["end", "hours", …]`). */
  readonly fields: readonly string[];
}

/** What changed in a timesheet since it was signed. */
export interface TimesheetCorrections {
  /** Rows in the current timesheet that the signed one did not have. */
  readonly added: readonly TimesheetRow[];
  /** Rows of the signed timesheet that are gone. */
  readonly removed: readonly TimesheetRow[];
  /** Rows in both whose contents differ. */
  readonly changed: readonly ChangedRow[];
}

const rowKey = (r: TimesheetRow): string => `${r.shiftId}\u0000${r.date}`;

/** A row as compared: a payload from before `confirmed` existed reads as not confirmed. */
const normal = (r: TimesheetRow): Record<string, unknown> => ({
  ...r,
  confirmed: r.confirmed ?? false,
});

/** Structural equality of JSON values (key order ignored). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * The rows added, removed and changed between a signed timesheet and the current one of the
 * same assistant and month. Rows are matched by shift id and date (the two parts of a shift
 * that crosses a month end have different dates and months). A changed row lists the fields
 * that differ; `confirmed` counts too (an actual approved after signing). Each list keeps the
 * order of the timesheet it comes from (`removed` the signed one's, the others the current
 * one's). Absences and totals are not compared: totals follow from the rows.
 */
export function timesheetCorrections(signed: Timesheet, current: Timesheet): TimesheetCorrections {
  const before = new Map(signed.rows.map((r) => [rowKey(r), r] as const));
  const seen = new Set<string>();
  const added: TimesheetRow[] = [];
  const changed: ChangedRow[] = [];
  for (const after of current.rows) {
    const key = rowKey(after);
    seen.add(key);
    const old = before.get(key);
    if (old === undefined) {
      added.push(after);
      continue;
    }
    const a = normal(after);
    const b = normal(old);
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    const fields = keys.filter((k) => !same(b[k], a[k]));
    if (fields.length > 0) changed.push({ before: old, after, fields });
  }
  const removed = signed.rows.filter((r) => !seen.has(rowKey(r)));
  return { added, removed, changed };
}
