/**
 * Local-only data of this device, in the Dexie database `turnus-local`: the arrangements listed
 * on the start screen, settings (UI language, last view), recently opened files, and the sync
 * server tokens of shared arrangements. None of it is synced or part of a rota. Kept thin: it runs
 * only in the browser.
 */
import { Dexie, type EntityTable } from "dexie";

/** The name of the local database. */
export const LOCAL_DB_NAME = "turnus-local";

/** An arrangement on this device, as the start screen lists it (times in epoch ms). */
export interface ArrangementEntry {
  readonly id: string;
  readonly name: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A setting of this device, by key. */
export interface SettingEntry {
  readonly key: string;
  readonly value: unknown;
}

/** A file recently imported or exported (time in epoch ms). */
export interface RecentFile {
  readonly id?: number;
  readonly fileName: string;
  readonly arrangementId: string;
  readonly kind: "import" | "export";
  readonly at: number;
}

/**
 * This device's access to a shared arrangement on the sync server: the token (a secret, kept
 * only here, never in a URL) and what it claims. The leader's token is the one that created the
 * arrangement on the server; others come from invite links.
 */
export interface ShareEntry {
  readonly arrangementId: string;
  readonly token: string;
  readonly role: "leader" | "co-leader" | "assistant" | "viewer";
  readonly assistantId?: string;
  /** When this device got the token (epoch ms). */
  readonly at: number;
}

/** The typed local database. */
export type LocalStore = Dexie & {
  arrangements: EntityTable<ArrangementEntry, "id">;
  settings: EntityTable<SettingEntry, "key">;
  recent: EntityTable<RecentFile, "id">;
  shares: EntityTable<ShareEntry, "arrangementId">;
};

/** Opens (creating on first use) the local database. */
export function openLocalStore(name: string = LOCAL_DB_NAME): LocalStore {
  const db = new Dexie(name) as LocalStore;
  db.version(1).stores({
    arrangements: "id, updatedAt",
    settings: "key",
    recent: "++id, at, arrangementId",
  });
  // Version 2 adds the sync tokens; the other tables (and their data) are kept as they are.
  db.version(2).stores({ shares: "arrangementId" });
  return db;
}

/** The arrangements on this device, most recently changed first. */
export function listArrangements(db: LocalStore): Promise<ArrangementEntry[]> {
  return db.arrangements.orderBy("updatedAt").reverse().toArray();
}

/** Records an arrangement (new or renamed) as changed at `at`. */
export async function rememberArrangement(
  db: LocalStore,
  entry: { readonly id: string; readonly name: string },
  at: number,
): Promise<void> {
  const old = await db.arrangements.get(entry.id);
  await db.arrangements.put({ ...entry, createdAt: old?.createdAt ?? at, updatedAt: at });
}

/** Removes an arrangement from the list (its document is removed through `DocStorage`). */
export async function forgetArrangement(db: LocalStore, id: string): Promise<void> {
  await db.arrangements.delete(id);
}

/** A setting's stored value, or undefined (the caller validates what it reads). */
export async function getSetting(db: LocalStore, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

/** Stores a setting. */
export async function setSetting(db: LocalStore, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** Records a recently used file, keeping the latest `keep` entries. */
export async function addRecentFile(db: LocalStore, file: RecentFile, keep = 20): Promise<void> {
  await db.recent.add(file);
  const old = await db.recent.orderBy("at").reverse().offset(keep).primaryKeys();
  await db.recent.bulkDelete(old);
}

/** The recently used files, latest first. */
export function recentFiles(db: LocalStore): Promise<RecentFile[]> {
  return db.recent.orderBy("at").reverse().toArray();
}

/** This device's token for a shared arrangement, if it has one. */
export function getShare(db: LocalStore, arrangementId: string): Promise<ShareEntry | undefined> {
  return db.shares.get(arrangementId);
}

/** Stores (or replaces) this device's token for an arrangement. */
export async function putShare(db: LocalStore, share: ShareEntry): Promise<void> {
  await db.shares.put(share);
}

/** Forgets every device setting whose key starts with `prefix` (e.g. an arrangement's). */
export async function forgetSettings(db: LocalStore, prefix: string): Promise<void> {
  await db.settings.where("key").startsWith(prefix).delete();
}

/** Forgets this device's token for an arrangement (e.g. after it was revoked). */
export async function forgetShare(db: LocalStore, arrangementId: string): Promise<void> {
  await db.shares.delete(arrangementId);
}
