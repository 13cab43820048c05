/**
 * What happened to the user's offline edits. While a device is disconnected, the tracker records
 * which shifts, assistants and settings the user changed there; when the device is back and has
 * synced, it reports every one of them that someone else also changed concurrently: what the
 * user set, what the other side set, and what the document holds now (Yjs keeps one of the two
 * per key, the same on every replica; see schema.ts).
 *
 * The other side's value is read from the items a remote update brings, while its transaction
 * runs (before Yjs discards the content of an item that lost), so an edit that lost is seen too.
 * An item written on top of one of the user's offline items was made after seeing it: that is
 * no conflict.
 */
import * as Y from "yjs";
import {
  MIGRATION_ORIGIN,
  docMaps,
  isRecord,
  unwrap,
  type JsonObject,
  type ROOT,
} from "./schema.js";

/** What an offline edit and a concurrent remote edit of the same entity came to. */
export type ConflictOutcome =
  /** The document holds your value. */
  | "yours-kept"
  /** You removed it, and it stays removed. */
  | "you-removed"
  /** The document holds the other side's value. */
  | "theirs-kept"
  /** The other side removed it, and it stays removed. */
  | "removed-by-them"
  /** The document holds neither value (a third edit came later). */
  | "changed-again";

/** A shift or an assistant changed both offline here and elsewhere. */
export interface EntityConflict {
  readonly kind: "shift" | "assistant";
  /** The key it is stored under (its id). */
  readonly id: string;
  /** The file's object as you left it; undefined when you removed it. Unvalidated. */
  readonly yours: JsonObject | undefined;
  /** The file's object as the other side left it; undefined when they removed it. */
  readonly theirs: JsonObject | undefined;
  /** The file's object the document holds now; undefined when there is none. */
  readonly now: JsonObject | undefined;
  readonly outcome: ConflictOutcome;
}

/** A setting (a key of `meta`, e.g. `grant` or `name`) changed both offline and elsewhere. */
export interface SettingConflict {
  readonly kind: "setting";
  /** The key in `meta`. */
  readonly id: string;
  /** Your value; undefined when you removed the setting. Unvalidated. */
  readonly yours: unknown;
  readonly theirs: unknown;
  readonly now: unknown;
  readonly outcome: ConflictOutcome;
}

/** One entity changed on both sides while this device was offline. */
export type ConflictReport = EntityConflict | SettingConflict;

/** Options of {@link trackOfflineEdits}. */
export interface OfflineEditOptions {
  /**
   * Whether a local transaction's origin is the user's own edit. By default every local
   * transaction except migrations (which every device makes alike): edits, undo and redo,
   * publishing and imports.
   */
  readonly isOwn?: (origin: unknown) => boolean;
}

/** Follows a document's offline edits; see {@link trackOfflineEdits}. */
export interface OfflineEditTracker {
  /** Starts recording (the connection dropped). Does nothing when already recording. */
  goOffline(): void;
  /** True between {@link goOffline} and {@link cameBack}. */
  isOffline(): boolean;
  /**
   * Stops recording and returns what happened to the entities changed on both sides: call it
   * once the first sync after reconnecting is complete (the provider's "synced"). Settings
   * first, then assistants, then shifts, each by id. Empty when not recording.
   */
  cameBack(): ConflictReport[];
  /** Stops following the document. */
  destroy(): void;
}

type Root = keyof typeof ROOT;
const ROOTS: readonly Root[] = ["meta", "assistants", "shifts"];
const KIND = { meta: "setting", assistants: "assistant", shifts: "shift" } as const;

/** One recording: values per root and key, as last set by each side. */
interface Recording {
  /** The first clock of this device's items made while recording. */
  readonly since: number;
  readonly yours: Record<Root, Map<string, unknown>>;
  readonly theirs: Record<Root, Map<string, unknown>>;
}

const perRoot = (): Record<Root, Map<string, unknown>> => ({
  meta: new Map(),
  assistants: new Map(),
  shifts: new Map(),
});

/** The keys of each root map that `tx` changed. */
function changedKeys(doc: Y.Doc, tx: Y.Transaction): [Root, string[]][] {
  const maps = docMaps(doc);
  const out: [Root, string[]][] = [];
  for (const root of ROOTS) {
    let keys: Set<string | null> | undefined;
    for (const [type, subs] of tx.changed) if ((type as unknown) === maps[root]) keys = subs;
    if (!keys) continue;
    const named = [...keys].filter((k): k is string => k !== null);
    if (named.length > 0) out.push([root, named]);
  }
  return out;
}

/** The comparable value of a stored entry: the file's object for entities, as is for settings. */
function valueOf(root: Root, raw: unknown): unknown {
  if (root === "meta" || raw === undefined) return raw;
  return unwrap(raw)?.value ?? raw;
}

/** JSON text with object keys sorted, so that equal values written differently compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isRecord(v)) {
    const keys = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function outcomeOf(yours: unknown, theirs: unknown, now: unknown): ConflictOutcome {
  if (same(now, yours)) return yours === undefined ? "you-removed" : "yours-kept";
  if (same(now, theirs)) return theirs === undefined ? "removed-by-them" : "theirs-kept";
  return "changed-again";
}

/**
 * What the remote transaction `tx` did to `key` of `map`: `{ value }`, the other side's value
 * (undefined: removed), or undefined when it built on one of this device's items made since
 * `since` (its author had seen the user's edit). Reads the items the transaction brought,
 * including one that lost to the user's concurrent edit (deleted, its content still there
 * until the transaction is cleaned up). An item its author removed again arrives without its
 * content, and reads as removed.
 */
function remoteValue(
  doc: Y.Doc,
  map: Y.Map<unknown>,
  key: string,
  tx: Y.Transaction,
  since: number,
): { value: unknown } | undefined {
  const ours = (id: Y.ID | null) => id !== null && id.client === doc.clientID && id.clock >= since;
  const top = map._map.get(key);
  for (let item = top ?? null; item !== null; item = item.left) {
    if (item.id.clock < (tx.beforeState.get(item.id.client) ?? 0)) continue;
    if (ours(item.origin)) return undefined;
    const content: unknown[] = item.content.getContent();
    return { value: content[content.length - 1] };
  }
  return top && ours(top.id) ? undefined : { value: undefined };
}

const entityValue = (v: unknown): JsonObject | undefined => (isRecord(v) ? v : undefined);

/**
 * Follows `doc` so that, after a time offline, the user can be told what became of edits that
 * someone else also made. Call `goOffline()` when the connection drops and `cameBack()` when
 * the first sync after it is complete; `destroy()` when the arrangement closes.
 *
 * Own edits are local transactions (see {@link OfflineEditOptions.isOwn}); the other side's are
 * updates applied with `Y.applyUpdate` (not local), so load stored state before going offline.
 * Two sides that set the same value, or both removed an entity, are no conflict. An entity the
 * user edits again after the other side's edit has arrived counts as settled by the user.
 *
 * One case cannot be seen: the other side removing an entity the user changed. The user's value
 * wins (a Yjs removal deletes only the value its author saw), and the merged document keeps no
 * trace of the removal; the other side's tracker reports it to them instead ("theirs-kept").
 */
export function trackOfflineEdits(
  doc: Y.Doc,
  options: OfflineEditOptions = {},
): OfflineEditTracker {
  const isOwn = options.isOwn ?? ((origin: unknown) => origin !== MIGRATION_ORIGIN);
  let rec: Recording | undefined;

  const onTransaction = (tx: Y.Transaction) => {
    if (!rec || !tx.local || !isOwn(tx.origin)) return;
    const maps = docMaps(doc);
    for (const [root, keys] of changedKeys(doc, tx)) {
      for (const key of keys) {
        rec.theirs[root].delete(key);
        rec.yours[root].set(key, valueOf(root, maps[root].get(key)));
      }
    }
  };
  const onRemote = (tx: Y.Transaction) => {
    if (!rec || tx.local) return;
    const maps = docMaps(doc);
    for (const [root, keys] of changedKeys(doc, tx)) {
      for (const key of keys) {
        const r = remoteValue(doc, maps[root], key, tx, rec.since);
        if (r) rec.theirs[root].set(key, valueOf(root, r.value));
      }
    }
  };
  doc.on("afterTransaction", onTransaction);
  doc.on("afterTransaction", onRemote);

  return {
    goOffline() {
      if (rec) return;
      rec = { since: Y.getState(doc.store, doc.clientID), yours: perRoot(), theirs: perRoot() };
    },
    isOffline: () => rec !== undefined,
    cameBack() {
      if (!rec) return [];
      const maps = docMaps(doc);
      const reports: ConflictReport[] = [];
      for (const root of ROOTS) {
        const theirs = rec.theirs[root];
        for (const [id, yours] of rec.yours[root]) {
          if (!theirs.has(id)) continue;
          const other = theirs.get(id);
          if (same(yours, other)) continue;
          const now = valueOf(root, maps[root].get(id));
          const outcome = outcomeOf(yours, other, now);
          reports.push(
            root === "meta"
              ? { kind: "setting", id, yours, theirs: other, now, outcome }
              : {
                  kind: KIND[root],
                  id,
                  yours: entityValue(yours),
                  theirs: entityValue(other),
                  now: entityValue(now),
                  outcome,
                },
          );
        }
      }
      rec = undefined;
      return reports.sort((a, b) =>
        a.kind === b.kind
          ? a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0
          : kindRank[a.kind] - kindRank[b.kind],
      );
    },
    destroy() {
      doc.off("afterTransaction", onTransaction);
      doc.off("afterTransaction", onRemote);
      rec = undefined;
    },
  };
}

const kindRank = { setting: 0, assistant: 1, shift: 2 } as const;
