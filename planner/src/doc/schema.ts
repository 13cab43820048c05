/**
 * The layout of an arrangement's Y.Doc (version {@link DOC_VERSION}).
 *
 * ```
 * Y.Map "meta"        version, name, profile, timeZone, locale?, now?, period?, grant?, need?,
 *                     published?, overrides?, templates?, extra? (unknown top-level fields of a file)
 * Y.Map "assistants"  assistant id -> { order, value }   value: the file's assistant object
 * Y.Map "shifts"      shift id     -> { order, value }   value: the file's shift object
 * ```
 *
 * Every value is plain JSON (no nested Y types). Concurrent edits to different shifts (or
 * assistants, or meta keys) never conflict; two concurrent edits to the same shift are resolved
 * last-writer-wins for the shift as a whole (Yjs picks the same winner on every replica), so a
 * shift is never a mix of two people's edits. `order` keeps the order of an imported file's
 * arrays (Y.Map iteration order differs between replicas); new entities get the next number,
 * and ties from concurrent additions are broken by id.
 */
import type * as Y from "yjs";

/** The layout version this code reads and writes; older documents are migrated on open. */
export const DOC_VERSION = 1;

/** Names of the root types of an arrangement document. */
export const ROOT = { meta: "meta", assistants: "assistants", shifts: "shifts" } as const;

/** Keys of the `meta` map that hold the rota file's own top-level fields. */
export const FILE_META_KEYS = [
  "profile",
  "timeZone",
  "locale",
  "now",
  "period",
  "grant",
  "need",
  "published",
  "overrides",
  "templates",
] as const;
/** A top-level rota-file field kept in `meta`. */
export type FileMetaKey = (typeof FILE_META_KEYS)[number];

/** Keys of `meta` that a document may hold. */
export const META_KEYS = ["version", "name", ...FILE_META_KEYS, "extra"] as const;

/** Top-level fields of a rota file that are not kept in `extra`. */
export const KNOWN_FILE_KEYS: ReadonlySet<string> = new Set([
  "format",
  "assistants",
  "shifts",
  // kept in their own root map (signoffs.ts), not in `meta`
  "signoffs",
  ...FILE_META_KEYS,
]);

/** Transaction origin of the user's own edits: the only origin the undo manager tracks. */
export const LOCAL_ORIGIN: unique symbol = Symbol("turnus/doc/local");
/** Transaction origin of replacing a document's content from a file (not undoable). */
export const IMPORT_ORIGIN: unique symbol = Symbol("turnus/doc/import");
/** Transaction origin of publishing the rota (an announcement; not undoable). */
export const PUBLISH_ORIGIN: unique symbol = Symbol("turnus/doc/publish");
/** Transaction origin of layout migrations run on open (not undoable). */
export const MIGRATION_ORIGIN: unique symbol = Symbol("turnus/doc/migration");

/** A JSON object. */
export type JsonObject = { [key: string]: unknown };

/** How an assistant or a shift is stored: its position among its kind, and the file's object. */
export interface StoredEntity {
  readonly order: number;
  readonly value: JsonObject;
}

/** The three root maps of an arrangement document. */
export interface DocMaps {
  readonly meta: Y.Map<unknown>;
  readonly assistants: Y.Map<unknown>;
  readonly shifts: Y.Map<unknown>;
}

/** The root maps of `doc` (created empty on first access, as Yjs does). */
export function docMaps(doc: Y.Doc): DocMaps {
  return {
    meta: doc.getMap<unknown>(ROOT.meta),
    assistants: doc.getMap<unknown>(ROOT.assistants),
    shifts: doc.getMap<unknown>(ROOT.shifts),
  };
}

/** True for a plain object (not null, not an array). */
export const isRecord = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A deep copy of `value` as JSON would carry it (dates become text, `undefined` fields vanish).
 * Values go into the document through this, so that later changes to the caller's object never
 * reach the document, and what is stored is exactly what an export will write.
 */
export function toJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The entity stored at a map value, or undefined when the value is not `{ order, value }`. */
export function unwrap(raw: unknown): StoredEntity | undefined {
  if (!isRecord(raw) || typeof raw.order !== "number" || !Number.isFinite(raw.order)) {
    return undefined;
  }
  return isRecord(raw.value) ? { order: raw.order, value: raw.value } : undefined;
}

/** The keys of `map` in their stored order (ties, and unreadable entries last, by key). */
export function orderedKeys(map: Y.Map<unknown>): string[] {
  const ranked: { key: string; order: number }[] = [];
  map.forEach((raw, key) => ranked.push({ key, order: unwrap(raw)?.order ?? Infinity }));
  ranked.sort((a, b) => {
    const d = a.order - b.order;
    if (d !== 0 && !Number.isNaN(d)) return d;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  return ranked.map((r) => r.key);
}

/** The order number for an entity added to `map` now: one after the highest. */
export function nextOrder(map: Y.Map<unknown>): number {
  let max = -1;
  for (const raw of map.values()) {
    const order = unwrap(raw)?.order;
    if (order !== undefined && order > max) max = order;
  }
  return max + 1;
}

/**
 * The path of a problem inside the document, e.g. `shifts["s7"].end` for core's `$.end` in the
 * shift stored under `s7`, or `meta.grant.hours` for `$.grant.hours` in the settings.
 */
export function docPath(root: keyof DocMaps, key: string | undefined, corePath: string): string {
  const rest = corePath.startsWith("$") ? corePath.slice(1) : corePath;
  if (key === undefined) return `${root}${rest}`;
  return `${root}[${JSON.stringify(key)}]${rest}`;
}
