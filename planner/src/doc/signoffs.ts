/**
 * Signed monthly timesheets in the rota document (core's `SignoffRecord`; the rota file's
 * `signoffs`). One root map, `signoffs`, keyed `<assistantId>|<month>`, each value the list of
 * that month's sign-offs in the order they were made (`{ records: [...] }`); the last one is the
 * current one. Separate keys per assistant and month, so that signing Anna's March on one
 * device and Bo's on another never conflict; two sign-offs of the same month at once keep one
 * (both are leaders' signatures of the same facts).
 *
 * Nothing here is undoable (origin {@link SIGNOFF_ORIGIN}): a signature is deliberate, and a
 * correction after signing appends a new, unsigned sign-off instead of removing one.
 */
import type * as Y from "yjs";
import {
  SignoffRecordSchema,
  jsonPath,
  type Issue,
  type SignoffRecord,
} from "../../../core/src/model/index.js";
import type { EditResult } from "./edit.js";
import { toJson } from "./schema.js";

/** Transaction origin of sign-offs (not undoable). */
export const SIGNOFF_ORIGIN: unique symbol = Symbol("turnus/doc/signoff");

/** The name of the root map. */
export const SIGNOFFS_ROOT = "signoffs";

const keyOf = (assistantId: string, month: string) => `${assistantId}|${month}`;

const recordsAt = (map: Y.Map<unknown>, key: string): unknown[] => {
  const value = map.get(key);
  const records = (value as { records?: unknown } | undefined)?.records;
  return Array.isArray(records) ? records : [];
};

/** Every sign-off (by assistant and month, then in the order made), and the unreadable ones. */
export function readSignoffs(doc: Y.Doc): { records: SignoffRecord[]; issues: Issue[] } {
  const map = doc.getMap<unknown>(SIGNOFFS_ROOT);
  const records: SignoffRecord[] = [];
  const issues: Issue[] = [];
  for (const key of [...map.keys()].sort()) {
    recordsAt(map, key).forEach((raw, i) => {
      const r = SignoffRecordSchema.safeParse(raw);
      if (r.success) records.push(r.data);
      else {
        for (const issue of r.error.issues) {
          issues.push({
            path: jsonPath([SIGNOFFS_ROOT, key, i, ...issue.path]),
            message: issue.message,
          });
        }
      }
    });
  }
  return { records, issues };
}

/**
 * Adds a sign-off for its assistant and month (it becomes the current one). With `replace`, it
 * takes the place of the current one instead (adding a signature to it). Bad input: issues.
 */
export function putSignoff(doc: Y.Doc, record: SignoffRecord, replace = false): EditResult {
  const r = SignoffRecordSchema.safeParse(record);
  if (!r.success) {
    return {
      ok: false,
      issues: r.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  }
  const map = doc.getMap<unknown>(SIGNOFFS_ROOT);
  const key = keyOf(record.assistantId, record.month);
  const records = recordsAt(map, key);
  const next = replace && records.length ? [...records.slice(0, -1), record] : [...records, record];
  doc.transact(() => map.set(key, { records: toJson(next) }), SIGNOFF_ORIGIN);
  return { ok: true };
}

/** Replaces all sign-offs (an import): grouped by assistant and month, order kept. */
export function writeSignoffs(doc: Y.Doc, records: readonly SignoffRecord[]): void {
  const map = doc.getMap<unknown>(SIGNOFFS_ROOT);
  const grouped = new Map<string, SignoffRecord[]>();
  for (const r of records) {
    const key = keyOf(r.assistantId, r.month);
    grouped.set(key, [...(grouped.get(key) ?? []), r]);
  }
  map.clear();
  for (const [key, list] of grouped) map.set(key, { records: toJson(list) });
}
