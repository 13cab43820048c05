/**
 * Where arrangement documents live on this device. The browser keeps each Y.Doc in its own
 * IndexedDB database through y-indexeddb; {@link MemoryDocStorage} is the in-memory twin with the
 * same contract, so opening (and refusing) documents is tested in node. Nothing else here.
 */
import { IndexeddbPersistence, clearDocument } from "y-indexeddb";
import * as Y from "yjs";
import type { Issue } from "../../../core/src/model/index.js";
import { migrateDoc, type Migrated } from "./migrate.js";

/** The storage name of an arrangement's rota document. */
export const arrangementDocName = (arrangementId: string): string =>
  `turnus/arrangement/${arrangementId}`;

/**
 * The storage name of one assistant's own document in an arrangement (availability, wishes,
 * swap requests; see assistant-doc.ts). On the server it is core's `assistantDocName`.
 */
export const assistantDocName = (arrangementId: string, assistantId: string): string =>
  `${arrangementDocName(arrangementId)}/assistant/${assistantId}`;

/** A document attached to storage: its updates are stored until `close`. */
export interface StorageBinding {
  /** Stops storing updates (what was stored stays). */
  close(): Promise<void>;
}

/** Local storage of Y.Docs by name. */
export interface DocStorage {
  /** Loads what is stored under `name` into `doc`, then keeps storing its updates. */
  attach(name: string, doc: Y.Doc): Promise<StorageBinding>;
  /** Deletes everything stored under `name`. */
  remove(name: string): Promise<void>;
}

/** What {@link indexedDbStorage} uses of a y-indexeddb `IndexeddbPersistence`. */
export interface IdbPersistence {
  readonly _db: Promise<unknown>;
  readonly whenSynced: Promise<unknown>;
  /** y-indexeddb's `update` listener on the document (it ignores its own origin). */
  readonly _storeUpdate?: (update: Uint8Array, origin: unknown) => void;
  destroy(): Promise<void>;
}

/**
 * The browser's storage: one IndexedDB database per document, through y-indexeddb. `attach`
 * resolves once the stored updates are loaded, and rejects when IndexedDB is unavailable.
 * `open` makes the persistence (y-indexeddb's; a twin in tests).
 */
export function indexedDbStorage(
  open: (name: string, doc: Y.Doc) => IdbPersistence = (name, doc) =>
    new IndexeddbPersistence(name, doc),
): DocStorage {
  return {
    async attach(name, doc) {
      const persistence = open(name, doc);
      // y-indexeddb listens for `update` from its constructor on, and ignores the updates it
      // loads itself; but any `update` listener makes Yjs encode the whole loaded document once
      // more, only to be thrown away (a fifth of a cold load). So it listens once loaded.
      const store = persistence._storeUpdate;
      if (store) doc.off("update", store);
      try {
        // `_db` rejects when IndexedDB cannot be opened (e.g. storage blocked), where
        // `whenSynced` alone would wait for ever.
        await Promise.all([persistence._db, persistence.whenSynced]);
      } finally {
        if (store) doc.on("update", store);
      }
      return { close: () => persistence.destroy() };
    },
    async remove(name) {
      await clearDocument(name);
    },
  };
}

/** The in-memory twin of {@link indexedDbStorage}, for tests (and a storage-less fallback). */
export class MemoryDocStorage implements DocStorage {
  private readonly stored = new Map<string, Uint8Array[]>();

  /** Loads the stored updates into `doc` and records every later update. */
  attach(name: string, doc: Y.Doc): Promise<StorageBinding> {
    const updates = this.stored.get(name) ?? [];
    this.stored.set(name, updates);
    if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates), this);
    const record = (update: Uint8Array, origin: unknown) => {
      if (origin !== this) updates.push(update);
    };
    doc.on("update", record);
    return Promise.resolve({
      close: () => {
        doc.off("update", record);
        return Promise.resolve();
      },
    });
  }

  /** Forgets the document `name`. */
  remove(name: string): Promise<void> {
    this.stored.delete(name);
    return Promise.resolve();
  }

  /** The number of updates stored under `name` (for tests: "nothing was written"). */
  updateCount(name: string): number {
    return this.stored.get(name)?.length ?? 0;
  }
}

/** An arrangement document, loaded and migrated, with its storage attached. */
export interface OpenedDoc {
  readonly ok: true;
  readonly doc: Y.Doc;
  /** The layout versions before and after opening. */
  readonly migrated: Extract<Migrated, { ok: true }>;
  /** Detaches storage and destroys the document (what was stored stays). */
  close(): Promise<void>;
  /** Closes, then deletes the stored document (e.g. an arrangement whose import failed). */
  remove(): Promise<void>;
}

/**
 * Opens the arrangement `id`: loads its document from storage (resolving once synced), then
 * migrates its layout. A document of a newer or unknown version is refused, closed and left as
 * it is stored. A new id gives an empty document (fill it with `newArrangement` or `importRota`).
 */
export async function openArrangementDoc(
  id: string,
  storage: DocStorage = indexedDbStorage(),
): Promise<OpenedDoc | { readonly ok: false; readonly issues: readonly Issue[] }> {
  const doc = new Y.Doc();
  const name = arrangementDocName(id);
  const binding = await storage.attach(name, doc);
  const close = async () => {
    await binding.close();
    doc.destroy();
  };
  const migrated = migrateDoc(doc);
  if (!migrated.ok) {
    await close();
    return migrated;
  }
  const remove = async () => {
    await close();
    await storage.remove(name);
  };
  return { ok: true, doc, migrated, close, remove };
}
