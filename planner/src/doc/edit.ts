/**
 * Typed edits of an arrangement document. Each edit validates its input through core first and
 * either writes it in one transaction with origin {@link LOCAL_ORIGIN} (so the user can undo
 * it) or returns the problems, with paths relative to the input (`$.end`), and writes nothing.
 * A document of another layout version is never edited.
 */
import type * as Y from "yjs";
import type { Issue, Overrides, Published } from "../../../core/src/model/index.js";
import {
  checkAssistant,
  checkShift,
  rawHead,
  readDocState,
  readHead,
  readStoredAssistant,
  settleHead,
  stateIssues,
  topKey,
  type AssistantState,
  type Head,
} from "./convert.js";
import { Zone } from "../../../core/src/time/index.js";
import { versionIssue } from "./migrate.js";
import {
  LOCAL_ORIGIN,
  PUBLISH_ORIGIN,
  docMaps,
  nextOrder,
  toJson,
  unwrap,
  type DocMaps,
} from "./schema.js";

/** The outcome of an edit: written, or the problems (nothing written). */
export type EditResult =
  { readonly ok: true } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A shift as the UI gives it: the file's shape, with plain strings (a form's values), validated
 * at run time by core's schema. Unknown fields are kept.
 */
export interface ShiftInput {
  readonly id: string;
  readonly assistantId: string;
  readonly start: string;
  readonly end: string;
  readonly kind?: string;
  readonly purpose?: string;
  readonly breakMinutes?: number;
  readonly note?: string;
  readonly [field: string]: unknown;
}

/** An assistant as the UI gives it, validated at run time by core's schema; unknown fields kept. */
export interface AssistantInput {
  readonly id: string;
  readonly name: string;
  readonly birthDate?: string;
  readonly contractHoursPerWeek?: number;
  readonly [field: string]: unknown;
}

/** Settings to change; a field given as `null` is removed, one left out stays as it is. */
export interface SettingsPatch {
  /** The arrangement's display name (not part of the rota file). */
  readonly name?: string;
  readonly profile?: string;
  readonly locale?: string | null;
  readonly period?: { readonly from: string; readonly to: string } | null;
  readonly grant?: { readonly hours: number; readonly per: string } | null;
  readonly need?:
    | readonly {
        readonly days: readonly string[];
        readonly from: string;
        readonly to: string;
        readonly assistants: number;
      }[]
    | null;
  readonly overrides?: Overrides | null;
  /** Shift templates (`{ short, text, name? }`); checked by core (`$.templates[0].text`). */
  readonly templates?:
    | readonly {
        readonly short: string;
        readonly text: string;
        readonly name?: string;
        readonly [field: string]: unknown;
      }[]
    | null;
}

const fail = (issues: readonly Issue[]): EditResult => ({ ok: false, issues });

/**
 * The maps and the time zone of a document whose entities may be edited, or why they may not.
 * Only the zone is read (not all settings: a published snapshot of thousands of shifts must not
 * be re-validated on every keystroke).
 */
function editable(
  doc: Y.Doc,
): { ok: true; maps: DocMaps; zone: Zone } | { ok: false; issues: readonly Issue[] } {
  const version = versionIssue(doc);
  if (version) return { ok: false, issues: [version] };
  const maps = docMaps(doc);
  const id = maps.meta.get("timeZone");
  const zone = Zone.of(typeof id === "string" ? id : "");
  if (!zone.ok) {
    return {
      ok: false,
      issues: [
        {
          path: "meta.timeZone",
          message: `the arrangement's time zone is unusable (${zone.reason}); fix the settings first`,
        },
      ],
    };
  }
  return { ok: true, maps, zone: zone.zone };
}

/** The maps and validated settings of a document whose settings may be changed. */
function settingsEditable(
  doc: Y.Doc,
): { ok: true; maps: DocMaps; head: Head } | { ok: false; issues: readonly Issue[] } {
  const version = versionIssue(doc);
  if (version) return { ok: false, issues: [version] };
  const maps = docMaps(doc);
  const head = readHead(maps.meta);
  if (!head.ok) {
    return {
      ok: false,
      issues: [
        { path: "meta", message: "the arrangement's settings have problems; fix them first" },
        ...head.issues,
      ],
    };
  }
  return { ok: true, maps, head: head.head };
}

/** Whether `id` names a valid, an invalid or no assistant in the document. */
const assistantState =
  (maps: DocMaps) =>
  (id: string): AssistantState => {
    const raw = maps.assistants.get(id);
    if (raw === undefined) return "absent";
    return readStoredAssistant(id, raw).ok ? "valid" : "invalid";
  };

/**
 * Adds a shift or replaces the one with its id (as a whole). The shift must pass core's schema,
 * its times must exist in the arrangement's zone with the end after the start, and its assistant
 * must be in the document. A new shift goes after the others in the file order.
 */
export function putShift(doc: Y.Doc, shift: ShiftInput): EditResult {
  const ctx = editable(doc);
  if (!ctx.ok) return ctx;
  const { maps, zone } = ctx;
  const r = checkShift(shift, zone, assistantState(maps), (p) => p);
  if (!r.ok) return r;
  const id = r.value.id;
  const order = unwrap(maps.shifts.get(id))?.order ?? nextOrder(maps.shifts);
  doc.transact(() => maps.shifts.set(id, { order, value: toJson(r.value) }), LOCAL_ORIGIN);
  return { ok: true };
}

/** Removes the shift `id`. */
export function removeShift(doc: Y.Doc, id: string): EditResult {
  const version = versionIssue(doc);
  if (version) return fail([version]);
  const { shifts } = docMaps(doc);
  if (!shifts.has(id)) return fail([{ path: "$.id", message: `there is no shift "${id}"` }]);
  doc.transact(() => shifts.delete(id), LOCAL_ORIGIN);
  return { ok: true };
}

/** Adds an assistant or replaces the one with its id (as a whole), after core's schema. */
export function putAssistant(doc: Y.Doc, assistant: AssistantInput): EditResult {
  const ctx = editable(doc);
  if (!ctx.ok) return ctx;
  const { assistants } = ctx.maps;
  const r = checkAssistant(assistant, (p) => p);
  if (!r.ok) return r;
  const id = r.value.id;
  const order = unwrap(assistants.get(id))?.order ?? nextOrder(assistants);
  doc.transact(() => assistants.set(id, { order, value: toJson(r.value) }), LOCAL_ORIGIN);
  return { ok: true };
}

/**
 * Removes the assistant `id`, refused while shifts for her are stored (even shifts with other
 * problems). A shift added concurrently on another device may still end up without its
 * assistant; reading the document then reports that shift, and keeps it.
 */
export function removeAssistant(doc: Y.Doc, id: string): EditResult {
  const version = versionIssue(doc);
  if (version) return fail([version]);
  const { assistants, shifts } = docMaps(doc);
  if (!assistants.has(id))
    return fail([{ path: "$.id", message: `there is no assistant "${id}"` }]);
  let count = 0;
  for (const raw of shifts.values()) if (unwrap(raw)?.value.assistantId === id) count++;
  if (count > 0) {
    return fail([
      {
        path: "$.id",
        message: `assistant "${id}" still has ${count} ${count === 1 ? "shift" : "shifts"}; remove or move them first`,
      },
    ]);
  }
  doc.transact(() => assistants.delete(id), LOCAL_ORIGIN);
  return { ok: true };
}

/**
 * Changes the arrangement's settings in one transaction. The changed settings are validated with
 * the others through core (`readRota`, and `resolveParams` for overrides); problems are named
 * with file paths (`$.grant.hours`). The time zone is not changeable here: it gives every stored
 * time its meaning.
 */
export function setSettings(doc: Y.Doc, patch: SettingsPatch): EditResult {
  const ctx = settingsEditable(doc);
  if (!ctx.ok) return ctx;
  const { meta } = ctx.maps;
  const issues: Issue[] = [];
  if (patch.name !== undefined && patch.name.trim() === "") {
    issues.push({ path: "$.name", message: "the arrangement needs a name" });
  }
  const { name, ...fields } = patch;
  const changed = Object.keys(fields);
  const candidate = rawHead(meta, undefined);
  for (const [k, v] of Object.entries(fields)) {
    if (v === null) delete candidate[k];
    else if (v !== undefined) candidate[k] = toJson(v);
  }
  const settled = settleHead(candidate);
  const concerns = (i: Issue) => {
    const key = topKey(i.path);
    return (
      key === undefined || changed.includes(key) || (key === "overrides" && "profile" in fields)
    );
  };
  issues.push(...(settled.ok ? settled.issues.filter(concerns) : settled.issues));
  if (issues.length > 0) return fail(issues);
  doc.transact(() => {
    if (name !== undefined) meta.set("name", name.trim());
    for (const [k, v] of Object.entries(fields)) {
      if (v === null) meta.delete(k);
      else if (v !== undefined) meta.set(k, toJson(v));
    }
  }, LOCAL_ORIGIN);
  return { ok: true };
}

/** The outcome of {@link publish}. */
export type PublishResult =
  | {
      readonly ok: true;
      readonly published: Published;
      /** Shifts (and anything else) left out of the snapshot because they have problems. */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Publishes the rota: stores its current valid shifts as `published` (what `late-change`
 * compares against), announced at the local wall-clock time `at` (`YYYY-MM-DDTHH:mm`). Publishing
 * is an announcement, so it is not undoable (origin {@link PUBLISH_ORIGIN}).
 */
export function publish(doc: Y.Doc, at: string): PublishResult {
  const read = readDocState(doc);
  if (!read.ok) return read;
  const { rota, zone } = read.value;
  const when = zone.resolve(at);
  if (!when.ok) return { ok: false, issues: [{ path: "$.at", message: when.problem.reason }] };
  const published = toJson({ at, shifts: rota.shifts }) as Published;
  doc.transact(() => docMaps(doc).meta.set("published", published), PUBLISH_ORIGIN);
  return { ok: true, published, issues: stateIssues(read.value) };
}
