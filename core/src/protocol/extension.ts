/**
 * Messages to the companion browser extension (MV3): the planner sends a month's timesheet for
 * the extension to fill into a municipality's form, or asks it to forget what it holds. A
 * discriminated union on `type` with a `version`; the extension answers every message with an
 * {@link ExtensionResponse}. Pure: the extension's background validates with these schemas.
 */
import { z } from "zod";
import { TimesheetSchema } from "../timesheet/index.js";

/** The current version of the extension protocol. */
export const EXTENSION_PROTOCOL_VERSION = 1;

const version = z.literal(EXTENSION_PROTOCOL_VERSION, {
  error: `must be ${EXTENSION_PROTOCOL_VERSION}`,
});

/** A month's timesheet for the extension to hold (replacing any it held). */
export const TimesheetMessageSchema = z.object({
  type: z.literal("timesheet"),
  version,
  payload: TimesheetSchema,
});

/** Forget the timesheet the extension holds. */
export const ClearMessageSchema = z.object({ type: z.literal("clear"), version });

/** Any message to the extension. */
export const ExtensionMessageSchema = z.discriminatedUnion(
  "type",
  [TimesheetMessageSchema, ClearMessageSchema],
  { error: 'must be "timesheet" or "clear"' },
);
export type ExtensionMessage = z.output<typeof ExtensionMessageSchema>;

/** The extension's answer to every message. */
export type ExtensionResponse =
  { readonly ok: true } | { readonly ok: false; readonly error: string };

/**
 * Reads a message sent to the extension: the message, or an error naming the first bad field as
 * a path (`payload.rows.0.date: must be a date YYYY-MM-DD`).
 */
export function parseExtensionMessage(
  raw: unknown,
): { ok: true; message: ExtensionMessage } | { ok: false; error: string } {
  const r = ExtensionMessageSchema.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  const issue = r.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "message";
  return { ok: false, error: `${where}: ${issue?.message ?? "is not a valid message"}` };
}

/**
 * Whether a message's sender origin is one of the planner origins the extension was built for:
 * an exact match of the origin (scheme, host and port), nothing looser.
 */
export function isPlannerOrigin(allowed: readonly string[], origin: string | undefined): boolean {
  return origin !== undefined && allowed.includes(origin);
}
