/**
 * The typed boundary between an arrangement's Y.Doc and core's rota: every value that leaves the
 * document is validated through core's schemas and checks before core sees it. An entity that
 * fails is reported with its document path (`shifts["s7"].end`) and left out of the rota, never
 * deleted from the document and never a crash; an optional setting that fails is left out the
 * same way. Only unusable required settings (profile, time zone) make the rota unreadable.
 */
import type * as Y from "yjs";
import {
  AssistantSchema,
  PURPOSES,
  ROTA_FORMAT,
  SHIFT_KINDS,
  ShiftSchema,
  jsonPath,
  readRota,
  resolveShiftTimes,
  type Assistant,
  type Issue,
  type RotaFile,
  type Shift,
} from "../../../core/src/model/index.js";
import { resolveParams } from "../../../core/src/rules/index.js";
import { parseLocalDate, type Zone } from "../../../core/src/time/index.js";
import { readSignoffs, writeSignoffs } from "./signoffs.js";
import { refusedIssue, versionIssue } from "./migrate.js";
import {
  DOC_VERSION,
  FILE_META_KEYS,
  IMPORT_ORIGIN,
  KNOWN_FILE_KEYS,
  docMaps,
  docPath,
  isRecord,
  orderedKeys,
  toJson,
  unwrap,
  type FileMetaKey,
} from "./schema.js";

/** A validation result: the value, or every problem with it. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Whether an assistant id names a valid assistant, one with problems, or none at all. */
export type AssistantState = "valid" | "invalid" | "absent";

/** Settings that may be left out of the rota when they have problems. */
const OPTIONAL_META: ReadonlySet<string> = new Set<FileMetaKey>(
  FILE_META_KEYS.filter((k) => k !== "profile" && k !== "timeZone"),
);

/**
 * Validates an assistant value (the file's object) through core. `at` turns a path relative to
 * the value (`$.birthDate`) into the path to report.
 */
export function checkAssistant(value: unknown, at: (path: string) => string): Checked<Assistant> {
  const parsed = AssistantSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: at(jsonPath(i.path)), message: i.message })),
    };
  }
  const a = parsed.data;
  if (a.birthDate !== undefined) {
    const d = parseLocalDate(a.birthDate);
    if (!d.ok) return { ok: false, issues: [{ path: at("$.birthDate"), message: d.reason }] };
  }
  return { ok: true, value: a };
}

const KINDS: ReadonlySet<unknown> = new Set(SHIFT_KINDS);
const PURPOSE_SET: ReadonlySet<unknown> = new Set(PURPOSES);
const text = (v: unknown): v is string => typeof v === "string";
const absentOr = (v: Record<string, unknown>, key: string, ok: (x: unknown) => boolean) =>
  !Object.hasOwn(v, key) || ok(v[key]);

/**
 * The shift `value` when it is plainly one that core's `ShiftSchema` accepts — ids and times as
 * text, a known kind and purpose, whole non-negative break minutes, a text note, each either
 * present or absent — as the schema would give it (a shallow copy: its transforms only brand
 * text); otherwise undefined, and the schema decides and names the problems. Reading a document
 * is mostly reading thousands of stored shifts; this skips the schema's general machinery for
 * them. A property test holds it to the schema: whatever it accepts, the schema accepts alike.
 */
export function plainShift(value: unknown): Shift | undefined {
  if (!isRecord(value)) return undefined;
  const { id, assistantId, start, end } = value;
  if (!text(id) || id === "" || !text(assistantId) || assistantId === "") return undefined;
  if (!text(start) || !text(end)) return undefined;
  const ok =
    absentOr(value, "kind", (k) => KINDS.has(k)) &&
    absentOr(value, "purpose", (p) => PURPOSE_SET.has(p)) &&
    absentOr(
      value,
      "breakMinutes",
      (b) => typeof b === "number" && Number.isSafeInteger(b) && b >= 0,
    ) &&
    absentOr(value, "note", text);
  return ok ? ({ ...value } as Shift) : undefined;
}

/**
 * Validates a shift value through core: its schema, its times in `zone` (they exist, the end is
 * after the start) and its assistant (`assistant` says whether the id names a valid one).
 */
export function checkShift(
  value: unknown,
  zone: Pick<Zone, "resolve">,
  assistant: (id: string) => AssistantState,
  at: (path: string) => string,
): Checked<Shift> {
  const plain = plainShift(value);
  const parsed = plain ? { success: true as const, data: plain } : ShiftSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: at(jsonPath(i.path)), message: i.message })),
    };
  }
  const s = parsed.data;
  const issues: Issue[] = [];
  const state = assistant(s.assistantId);
  if (state !== "valid") {
    issues.push({
      path: at("$.assistantId"),
      message:
        state === "absent"
          ? `shift ${s.id} is for assistant "${s.assistantId}", who is not in the assistants list`
          : `shift ${s.id} is for assistant "${s.assistantId}", whose entry has problems (see assistants[${JSON.stringify(s.assistantId)}])`,
    });
  }
  const times = resolveShiftTimes(zone, s);
  if (!times.ok) issues.push(...times.issues.map((i) => ({ ...i, path: at(i.path) })));
  return issues.length ? { ok: false, issues } : { ok: true, value: s };
}

/** An issue for a stored value that is not `{ order, value }` with the file's object inside. */
const notStored = (root: "assistants" | "shifts", key: string): Issue => ({
  path: docPath(root, key, "$"),
  message: `is not a stored ${root === "shifts" ? "shift" : "assistant"} ({ order, value }); it was not written by this planner`,
});

/** An issue for an entity whose own id differs from the key it is stored under. */
const keyMismatch = (root: "assistants" | "shifts", key: string, id: string): Issue => ({
  path: docPath(root, key, "$.id"),
  message: `the id "${id}" does not match the key "${key}" it is stored under`,
});

/** Reads the assistant stored under `key` (the raw map value). */
export function readStoredAssistant(key: string, raw: unknown): Checked<Assistant> {
  const entity = unwrap(raw);
  if (!entity) return { ok: false, issues: [notStored("assistants", key)] };
  const r = checkAssistant(entity.value, (p) => docPath("assistants", key, p));
  if (r.ok && r.value.id !== key) {
    return { ok: false, issues: [keyMismatch("assistants", key, r.value.id)] };
  }
  return r;
}

/** Reads the shift stored under `key` (the raw map value). */
export function readStoredShift(
  key: string,
  raw: unknown,
  zone: Pick<Zone, "resolve">,
  assistant: (id: string) => AssistantState,
): Checked<Shift> {
  const entity = unwrap(raw);
  if (!entity) return { ok: false, issues: [notStored("shifts", key)] };
  const r = checkShift(entity.value, zone, assistant, (p) => docPath("shifts", key, p));
  if (r.ok && r.value.id !== key)
    return { ok: false, issues: [keyMismatch("shifts", key, r.value.id)] };
  return r;
}

/** The rota file's top-level fields as stored in `meta` (plus the unknown ones), unvalidated. */
export function rawHead(
  meta: Y.Map<unknown>,
  issues: Issue[] | undefined,
): Record<string, unknown> {
  const head: Record<string, unknown> = { format: ROTA_FORMAT };
  for (const k of FILE_META_KEYS) {
    const v = meta.get(k);
    if (v !== undefined) head[k] = v;
  }
  const extra = meta.get("extra");
  if (isRecord(extra)) {
    for (const [k, v] of Object.entries(extra)) {
      if (!KNOWN_FILE_KEYS.has(k)) head[k] = v;
      else issues?.push({ path: `meta.extra.${k}`, message: `"${k}" is not an unknown field` });
    }
  } else if (extra !== undefined) {
    issues?.push({ path: "meta.extra", message: "must be an object of unknown file fields" });
  }
  return head;
}

/** The settings part of the rota (no assistants or shifts yet) and its zone. */
export interface Head {
  readonly rota: RotaFile;
  readonly zone: Zone;
}

/**
 * Validates a rota file's top-level fields (with empty assistants and shifts) through core's
 * `readRota`, and its overrides through `resolveParams`. Optional fields with problems are
 * dropped from `file` and reported (core paths, `$.grant.hours`); unusable required ones fail.
 */
export function settleHead(
  file: Record<string, unknown>,
): { ok: true; head: Head; issues: Issue[] } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  for (let round = 0; round <= OPTIONAL_META.size; round++) {
    const r = readSettings(file);
    if (r.ok) {
      const params = resolveParams(r.rota.profile, r.rota.overrides);
      if (!params.ok) {
        issues.push(...params.issues);
        delete file.overrides;
        continue;
      }
      return { ok: true, head: { rota: r.rota, zone: r.zone }, issues };
    }
    let fatal = false;
    for (const i of r.issues) {
      const key = topKey(i.path);
      issues.push(i);
      if (key !== undefined && OPTIONAL_META.has(key)) delete file[key];
      else fatal = true;
    }
    if (fatal) return { ok: false, issues };
  }
  return { ok: false, issues };
}

/**
 * Core's `readRota` of a file's settings (no assistants, no shifts). The published rota's shifts
 * are most of that work; when every one is a {@link plainShift} with its own id and times that
 * resolve in order (what `readRota` checks of them), `readRota` reads the settings without them
 * and they are put back as the schema would give them. Anything else, `readRota` reads all and
 * names the problems, so the result is always `readRota`'s.
 */
function readSettings(file: Record<string, unknown>): ReturnType<typeof readRota> {
  const all = { ...file, assistants: [], shifts: [] };
  const published = file.published;
  if (file.format !== ROTA_FORMAT || !isRecord(published) || !Array.isArray(published.shifts)) {
    return readRota(all);
  }
  const shifts: Shift[] = [];
  for (const value of published.shifts as unknown[]) {
    const s = plainShift(value);
    if (!s) return readRota(all);
    shifts.push(s);
  }
  const r = readRota({ ...all, published: { ...published, shifts: [] } });
  if (!r.ok || !r.rota.published) return readRota(all);
  const times = r.zone;
  const ids = new Set<string>();
  for (const s of shifts) {
    if (ids.has(s.id) || !resolveShiftTimes(times, s).ok) return readRota(all);
    ids.add(s.id);
  }
  return { ...r, rota: { ...r.rota, published: { ...r.rota.published, shifts } } };
}

/** The top-level key a core JSON path starts with (`$.grant.hours` -> `grant`). */
export const topKey = (path: string): string | undefined =>
  /^\$\.([A-Za-z_$][\w$]*)/.exec(path)?.[1];

/** The settings stored in `meta`, validated (see {@link settleHead}); paths are `meta...`. */
export function readHead(
  meta: Y.Map<unknown>,
): { ok: true; head: Head; issues: Issue[] } | { ok: false; issues: Issue[] } {
  const own: Issue[] = [];
  const r = settleHead(rawHead(meta, own));
  const issues = [
    ...own,
    ...r.issues.map((i) => ({ ...i, path: docPath("meta", undefined, i.path) })),
  ];
  return r.ok ? { ok: true, head: r.head, issues } : { ok: false, issues };
}

/** Everything read from a document, per entity (what {@link LiveCheck} keeps in step). */
export interface DocState {
  readonly rota: RotaFile;
  readonly zone: Zone;
  /** Problems with the settings (`meta...`), each left out of the rota. */
  readonly metaIssues: readonly Issue[];
  /** The valid assistants by key, with the raw stored value they were read from. */
  readonly assistants: ReadonlyMap<string, { readonly raw: unknown; readonly value: Assistant }>;
  /** The valid shifts by key, with the raw stored value they were read from. */
  readonly shifts: ReadonlyMap<string, { readonly raw: unknown; readonly value: Shift }>;
  /** Problems per stored assistant left out. */
  readonly assistantIssues: ReadonlyMap<string, readonly Issue[]>;
  /** Problems per stored shift left out. */
  readonly shiftIssues: ReadonlyMap<string, readonly Issue[]>;
}

/** Reads a document through core, entity by entity (see {@link docToRota}). */
export function readDocState(doc: Y.Doc): Checked<DocState> {
  const version = versionIssue(doc);
  if (version) return { ok: false, issues: [version] };
  const maps = docMaps(doc);
  const head = readHead(maps.meta);
  if (!head.ok) return head;
  const { zone } = head.head;

  const assistants = new Map<string, { raw: unknown; value: Assistant }>();
  const assistantIssues = new Map<string, readonly Issue[]>();
  for (const key of orderedKeys(maps.assistants)) {
    const raw = maps.assistants.get(key);
    const r = readStoredAssistant(key, raw);
    if (r.ok) assistants.set(key, { raw, value: r.value });
    else assistantIssues.set(key, r.issues);
  }
  const state = (id: string): AssistantState =>
    assistants.has(id) ? "valid" : maps.assistants.has(id) ? "invalid" : "absent";

  const shifts = new Map<string, { raw: unknown; value: Shift }>();
  const shiftIssues = new Map<string, readonly Issue[]>();
  const times = zone;
  for (const key of orderedKeys(maps.shifts)) {
    const raw = maps.shifts.get(key);
    const r = readStoredShift(key, raw, times, state);
    if (r.ok) shifts.set(key, { raw, value: r.value });
    else shiftIssues.set(key, r.issues);
  }

  const signoffs = readSignoffs(doc);
  const rota: RotaFile = {
    ...head.head.rota,
    assistants: [...assistants.values()].map((a) => a.value),
    shifts: [...shifts.values()].map((s) => s.value),
    ...(signoffs.records.length ? { signoffs: signoffs.records } : {}),
  };
  return {
    ok: true,
    value: {
      rota,
      zone,
      metaIssues: [...head.issues, ...signoffs.issues],
      assistants,
      shifts,
      assistantIssues,
      shiftIssues,
    },
  };
}

/** All problems of a read document: settings, then assistants, then shifts. */
export function stateIssues(state: DocState): Issue[] {
  return [
    ...state.metaIssues,
    ...[...state.assistantIssues.values()].flat(),
    ...[...state.shiftIssues.values()].flat(),
  ];
}

/** The rota read from a document, or why there is none. */
export type DocRead =
  | {
      readonly ok: true;
      readonly rota: RotaFile;
      readonly zone: Zone;
      /** What was left out of `rota`, with document paths such as `shifts["s7"].end`. */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The rota of an arrangement document, validated through core. Entities and optional settings
 * with problems are left out of `rota` and named in `issues`; they stay in the document. Fails
 * only for a document of another version or with an unusable profile or time zone.
 */
export function docToRota(doc: Y.Doc): DocRead {
  const r = readDocState(doc);
  if (!r.ok) return r;
  return { ok: true, rota: r.value.rota, zone: r.value.zone, issues: stateIssues(r.value) };
}

/**
 * Replaces the whole content of `doc` with a validated rota (from core's `readRota`) in one
 * transaction, named `name` on the start screen. Not undoable (origin {@link IMPORT_ORIGIN}).
 */
export function rotaToDoc(doc: Y.Doc, rota: RotaFile, name: string): void {
  const { meta, assistants, shifts } = docMaps(doc);
  doc.transact(() => {
    meta.clear();
    assistants.clear();
    shifts.clear();
    meta.set("version", DOC_VERSION);
    meta.set("name", name);
    for (const k of FILE_META_KEYS) {
      const v = rota[k];
      if (v !== undefined) meta.set(k, toJson(v));
    }
    const extra = Object.fromEntries(Object.entries(rota).filter(([k]) => !KNOWN_FILE_KEYS.has(k)));
    if (Object.keys(extra).length > 0) meta.set("extra", toJson(extra));
    rota.assistants.forEach((a, order) => assistants.set(a.id, { order, value: toJson(a) }));
    rota.shifts.forEach((s, order) => shifts.set(s.id, { order, value: toJson(s) }));
    writeSignoffs(doc, rota.signoffs ?? []);
  }, IMPORT_ORIGIN);
}

/** The result of an import: the rota now in the document, or the problems (nothing changed). */
export type Imported =
  | { readonly ok: true; readonly rota: RotaFile; readonly zone: Zone }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Reads a `turnus-rota/1` file (JSON text) with core's `readRota` and, only when it has no
 * problem at all (its rule overrides included), replaces the content of `doc` with it. On any
 * problem the issues are returned with the file's JSON paths and the document is not touched.
 */
export function importRota(doc: Y.Doc, text: string, name: string): Imported {
  const refused = refusedIssue(doc);
  if (refused) return { ok: false, issues: [refused] };
  if (name.trim() === "") {
    return { ok: false, issues: [{ path: "name", message: "the arrangement needs a name" }] };
  }
  const r = readRota(text);
  if (!r.ok) return r;
  const params = resolveParams(r.rota.profile, r.rota.overrides);
  if (!params.ok) return params;
  rotaToDoc(doc, r.rota, name.trim());
  return { ok: true, rota: r.rota, zone: r.zone };
}

/** The result of an export. */
export type Exported =
  | {
      readonly ok: true;
      /** The rota file, two-space indented JSON. */
      readonly text: string;
      /** Problems of entities that were exported as stored (the file will not import as is). */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The document as a `turnus-rota/1` file: lossless, unknown fields at every level included, in
 * the stored order. Entities with problems are exported as they are stored (an export is a
 * backup, and must lose nothing) and named in `issues`, so the caller can warn.
 */
export function exportRota(doc: Y.Doc): Exported {
  const version = versionIssue(doc);
  if (version) return { ok: false, issues: [version] };
  const read = readDocState(doc);
  const { meta, assistants, shifts } = docMaps(doc);
  const head = rawHead(meta, undefined);
  const entities = (map: Y.Map<unknown>) =>
    orderedKeys(map).map((k) => {
      const raw = map.get(k);
      return unwrap(raw)?.value ?? raw;
    });
  const file: Record<string, unknown> = {};
  for (const k of ["format", "profile", "timeZone", "locale", "now", "period"]) {
    if (head[k] !== undefined) file[k] = head[k];
  }
  file.assistants = entities(assistants);
  file.shifts = entities(shifts);
  for (const [k, v] of Object.entries(head)) if (!(k in file)) file[k] = v;
  const signoffs = readSignoffs(doc).records;
  if (signoffs.length) file.signoffs = signoffs;
  return {
    ok: true,
    text: `${JSON.stringify(file, null, 2)}\n`,
    issues: read.ok ? stateIssues(read.value) : read.issues,
  };
}

/** What a new, empty arrangement needs. */
export interface NewArrangement {
  readonly name: string;
  readonly profile: string;
  readonly timeZone: string;
  readonly locale?: string;
}

/**
 * Fills an empty document with a new arrangement: the settings given, no assistants, no shifts.
 * Refuses a document that already has content, and settings core does not accept.
 */
export function newArrangement(doc: Y.Doc, settings: NewArrangement): Imported {
  const refused = refusedIssue(doc);
  if (refused) return { ok: false, issues: [refused] };
  const { meta, assistants, shifts } = docMaps(doc);
  if (meta.size + assistants.size + shifts.size > 0) {
    return { ok: false, issues: [{ path: "meta", message: "the document is not empty" }] };
  }
  const { name, ...rest } = settings;
  return importRota(
    doc,
    JSON.stringify({ format: ROTA_FORMAT, ...rest, assistants: [], shifts: [] }),
    name,
  );
}

/** The arrangement's display name (empty when the document has none). */
export function arrangementName(doc: Y.Doc): string {
  const name = docMaps(doc).meta.get("name");
  return typeof name === "string" ? name : "";
}
