/**
 * Layout migrations of arrangement documents, keyed by version and run when a document is
 * opened. A document of a newer version than {@link DOC_VERSION} is refused with a clear message
 * and left untouched: an older planner must never rewrite what it does not understand.
 *
 * Migrations must be deterministic (same input, same writes on every replica): two devices that
 * open the same old document offline both migrate it, and their writes then merge to one state.
 */
import type * as Y from "yjs";
import type { Issue } from "../../../core/src/model/index.js";
import {
  DOC_VERSION,
  META_KEYS,
  MIGRATION_ORIGIN,
  docMaps,
  isRecord,
  unwrap,
  type DocMaps,
} from "./schema.js";

/** One step of the layout from version `from` to `from + 1`, run inside one transaction. */
export interface DocMigration {
  readonly from: number;
  /** What the step changes, for logs and the design note. */
  readonly description: string;
  readonly up: (maps: DocMaps) => void;
}

/**
 * Version 0 is the layout before versioning: no `meta.version`, entities stored as the file's
 * plain objects (no `{ order, value }` wrapper), unknown top-level file fields as loose meta keys.
 * Entities get their order from their ids (v0 kept none); loose keys move into `meta.extra`.
 */
const v0ToV1: DocMigration = {
  from: 0,
  description: "wrap entities as { order, value }; move unknown meta keys into meta.extra",
  up: ({ meta, assistants, shifts }) => {
    for (const map of [assistants, shifts]) {
      [...map.keys()].sort().forEach((key, order) => {
        const value = map.get(key);
        if (isRecord(value) && unwrap(value) === undefined) map.set(key, { order, value });
      });
    }
    const known = new Set<string>(META_KEYS);
    const loose = [...meta.keys()].filter((k) => !known.has(k)).sort();
    if (loose.length > 0) {
      const extra: Record<string, unknown> = isRecord(meta.get("extra"))
        ? { ...(meta.get("extra") as Record<string, unknown>) }
        : {};
      for (const k of loose) {
        extra[k] = meta.get(k);
        meta.delete(k);
      }
      meta.set("extra", extra);
    }
  },
};

/** The migrations this planner knows, one per version below {@link DOC_VERSION}. */
export const DOC_MIGRATIONS: readonly DocMigration[] = [v0ToV1];

/** What a document's stored version says. */
export type DocVersion =
  | { readonly kind: "empty" }
  | { readonly kind: "version"; readonly version: number }
  | { readonly kind: "bad"; readonly issue: Issue };

/** The layout version of `doc`: `empty` for a new document, 0 for content without a version. */
export function docVersion(doc: Y.Doc): DocVersion {
  const { meta, assistants, shifts } = docMaps(doc);
  const v = meta.get("version");
  if (v === undefined) {
    const empty = meta.size === 0 && assistants.size === 0 && shifts.size === 0;
    return empty ? { kind: "empty" } : { kind: "version", version: 0 };
  }
  if (typeof v === "number" && Number.isInteger(v) && v >= 0)
    return { kind: "version", version: v };
  return {
    kind: "bad",
    issue: {
      path: "meta.version",
      message: `the document's version ${JSON.stringify(v)} is not a version number; it was not written by Turnus`,
    },
  };
}

/**
 * The issue of a document whose version this planner must not touch at all (unreadable, or
 * newer than {@link DOC_VERSION}), or undefined. Empty and older documents may be replaced.
 */
export function refusedIssue(doc: Y.Doc): Issue | undefined {
  const v = docVersion(doc);
  if (v.kind === "bad") return v.issue;
  if (v.kind === "version" && v.version > DOC_VERSION) return newerIssue(v.version);
  return undefined;
}

/**
 * The issue of a document this planner must not read or edit (not of version
 * {@link DOC_VERSION}: empty, unmigrated, newer or unreadable), or undefined when it may.
 */
export function versionIssue(doc: Y.Doc): Issue | undefined {
  const v = docVersion(doc);
  if (v.kind === "bad") return v.issue;
  if (v.kind === "empty") {
    return { path: "meta", message: "the document is empty: import a rota file or create one" };
  }
  if (v.version > DOC_VERSION) return newerIssue(v.version);
  if (v.version < DOC_VERSION) {
    return {
      path: "meta.version",
      message: `the document has layout version ${v.version} and must be migrated (open it again)`,
    };
  }
  return undefined;
}

const newerIssue = (version: number): Issue => ({
  path: "meta.version",
  message: `this arrangement was saved by a newer Turnus (document version ${version}; this planner reads up to ${DOC_VERSION}). Update the planner to open it; nothing was changed.`,
});

/** The result of {@link migrateDoc}. */
export type Migrated =
  | { readonly ok: true; readonly from: number | "empty"; readonly to: number | "empty" }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Brings `doc` to `target` (default {@link DOC_VERSION}) in one transaction. An empty document
 * is left empty; a newer or unreadable version is refused before anything is written.
 */
export function migrateDoc(
  doc: Y.Doc,
  migrations: readonly DocMigration[] = DOC_MIGRATIONS,
  target: number = DOC_VERSION,
): Migrated {
  const v = docVersion(doc);
  if (v.kind === "bad") return { ok: false, issues: [v.issue] };
  if (v.kind === "empty") return { ok: true, from: "empty", to: "empty" };
  if (v.version > target) return { ok: false, issues: [newerIssue(v.version)] };
  const steps: DocMigration[] = [];
  for (let at = v.version; at < target; at++) {
    const step = migrations.find((m) => m.from === at);
    if (!step) {
      return {
        ok: false,
        issues: [
          {
            path: "meta.version",
            message: `no migration from document version ${at}; this planner cannot read it`,
          },
        ],
      };
    }
    steps.push(step);
  }
  if (steps.length === 0) return { ok: true, from: v.version, to: v.version };
  doc.transact(() => {
    const maps = docMaps(doc);
    for (const step of steps) step.up(maps);
    maps.meta.set("version", target);
  }, MIGRATION_ORIGIN);
  return { ok: true, from: v.version, to: target };
}
