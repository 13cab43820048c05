/**
 * Signed monthly timesheets as the session uses them: whether an edit touches a locked month,
 * where a month stands, and whether two payloads are the same figures. Pure functions over core's
 * sign-off helpers (core/src/timesheet/signoff.ts), tested in node.
 */
import type { Issue, RotaFile, SignoffRecord } from "../../../core/src/model/index.js";
import type { TimesheetSignature } from "../../../core/src/protocol/index.js";
import {
  TimesheetSchema,
  currentSignoff,
  monthLocked,
  signedTimesheet,
  timesheetCorrections,
  type Timesheet,
  type TimesheetCorrections,
  type TimesheetResult,
} from "../../../core/src/timesheet/index.js";
import { tf, type Lang } from "../i18n/messages.js";

/** Where a month's timesheet stands (see `Session.timesheetStatus`). */
export interface TimesheetStatus {
  /** The current sign-off in the rota, if any. */
  readonly current?: SignoffRecord;
  /** Both have signed the current sign-off: the month's shifts of that assistant are locked. */
  readonly locked: boolean;
  /** The assistant's own signature (their document), and whether it is of today's figures. */
  readonly assistantSignature?: {
    readonly name: string;
    readonly at: string;
    readonly current: boolean;
  };
  /** What changed since the current sign-off's payload was signed (or reopened). */
  readonly corrections?: TimesheetCorrections;
}

/** JSON with object keys sorted: equal for equal payloads whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Whether two timesheet payloads hold the same figures (key order ignored). */
export const sameSheet = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** A shift as it was or would be: whose, and when. */
type Touched = { readonly assistantId: string; readonly start: string; readonly end: string };

/**
 * The refusal of an edit that touches a locked month (`rota` with its sign-offs): `shifts` are
 * the shifts as they were and as they would be; undefined when none is locked.
 */
export function lockedRefusal(
  rota: RotaFile | undefined,
  shifts: readonly (Touched | undefined)[],
  lang: Lang,
): readonly Issue[] | undefined {
  if (!rota?.signoffs?.length) return undefined;
  for (const s of shifts) {
    if (!s) continue;
    for (const month of new Set([s.start.slice(0, 7), s.end.slice(0, 7)])) {
      if (monthLocked(rota, s.assistantId, month)) {
        const name = rota.assistants.find((a) => a.id === s.assistantId)?.name ?? s.assistantId;
        return [{ path: "$", message: tf(lang, "monthLockedEdit", { name, month }) }];
      }
    }
  }
  return undefined;
}

/** Where an assistant's month stands, from the rota's sign-offs, their signature and today's sheet. */
export function timesheetStatus(
  rota: RotaFile | undefined,
  assistantId: string,
  month: string,
  signature: TimesheetSignature | undefined,
  now: TimesheetResult,
): TimesheetStatus {
  const current = rota ? currentSignoff(rota, assistantId, month) : undefined;
  const base = current ? TimesheetSchema.safeParse(current.timesheet) : undefined;
  const corrections =
    base?.success && now.ok ? timesheetCorrections(base.data, now.sheet) : undefined;
  return {
    ...(current ? { current } : {}),
    locked: rota ? monthLocked(rota, assistantId, month) : false,
    ...(signature
      ? {
          assistantSignature: {
            name: signature.name,
            at: signature.at,
            current: now.ok && sameSheet(signature.timesheet, now.sheet),
          },
        }
      : {}),
    ...(corrections ? { corrections } : {}),
  };
}

/** The month for the extension, or why not. */
export type SheetToSend =
  | { readonly ok: true; readonly sheet: Timesheet }
  | { readonly ok: false; readonly reason: "unsigned" | "changed" };

/**
 * What the browser extension may be given for an assistant's month: the payload the work leader
 * signed, when today's figures are still those. `unsigned` before the leader signed (or when the
 * signed payload is not valid), `changed` when the figures moved since.
 */
export function sheetToSend(
  rota: RotaFile | undefined,
  assistantId: string,
  month: string,
  now: TimesheetResult,
): SheetToSend {
  const signoff = rota ? currentSignoff(rota, assistantId, month) : undefined;
  const signed = rota && signoff?.leader ? signedTimesheet(rota, assistantId, month) : undefined;
  if (!signed?.ok || !signed.sheet) return { ok: false, reason: "unsigned" };
  if (!now.ok || !sameSheet(signed.sheet, now.sheet)) return { ok: false, reason: "changed" };
  return { ok: true, sheet: signed.sheet };
}
