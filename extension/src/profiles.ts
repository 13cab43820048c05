/**
 * The saved portal profiles, in `chrome.storage.local` under "profiles" (they outlive the
 * browser session). Every entry is validated when read; one that no longer validates (an older
 * or hand-edited profile) stays in storage untouched but is not returned. A failed import
 * changes nothing.
 */
import { PortalProfileSchema, type PortalProfile } from "./fill/index.js";
import { idOf, mergeProfiles, parseProfilesFile } from "./profiles-file.js";

const KEY = "profiles";

/** What storage holds under "profiles": entries as written, not yet validated. */
async function storedEntries(): Promise<unknown[]> {
  const got = await chrome.storage.local.get(KEY);
  const entries: unknown = got[KEY];
  return Array.isArray(entries) ? (entries as unknown[]) : [];
}

/** Replaces what storage holds under "profiles". */
async function storeEntries(entries: readonly unknown[]): Promise<void> {
  await chrome.storage.local.set({ [KEY]: entries });
}

/** The saved profiles that validate, in the order they were saved. */
export async function savedProfiles(): Promise<PortalProfile[]> {
  const entries = await storedEntries();
  return entries.flatMap((e) => {
    const r = PortalProfileSchema.safeParse(e);
    return r.success ? [r.data] : [];
  });
}

/** Saves `p` (validated again; throws a ZodError if it does not), replacing the same id. */
export async function saveProfile(p: PortalProfile): Promise<void> {
  const profile = PortalProfileSchema.parse(p);
  await storeEntries(mergeProfiles(await storedEntries(), [profile]).profiles);
}

/** Removes the saved profile with id `id` (nothing when there is none). */
export async function removeProfile(id: string): Promise<void> {
  const entries = await storedEntries();
  const kept = entries.filter((e) => idOf(e) !== id);
  if (kept.length !== entries.length) await storeEntries(kept);
}

/**
 * Imports a profiles file (text): how many profiles were added and how many replaced one with
 * the same id, or an error naming what is wrong, in which case nothing stored changes.
 */
export async function importProfiles(
  text: string,
): Promise<{ ok: true; added: number; replaced: number } | { ok: false; error: string }> {
  const file = parseProfilesFile(text);
  if (!file.ok) return file;
  const merged = mergeProfiles(await storedEntries(), file.profiles);
  await storeEntries(merged.profiles);
  return { ok: true, added: merged.added, replaced: merged.replaced };
}

/** Calls `listener` whenever the saved profiles change (in any extension page); unsubscribes. */
export function onProfilesChanged(listener: () => void): () => void {
  const changed = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === "local" && KEY in changes) listener();
  };
  chrome.storage.onChanged.addListener(changed);
  return () => chrome.storage.onChanged.removeListener(changed);
}
