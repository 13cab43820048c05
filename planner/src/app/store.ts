/**
 * The app's one door to data: arrangements on this device (Dexie), and an open arrangement's
 * document (Yjs via planner/src/doc), its live check, undo and edits. Components call this,
 * never the document layer directly.
 */
import type { Issue, RotaFile } from "../../../core/src/model/index.js";
import type { Violation } from "../../../core/src/rules/index.js";
import type { Instant, Zone } from "../../../core/src/time/index.js";
import {
  LOCAL_ORIGIN,
  LiveCheck,
  arrangementName,
  createUndoManager,
  exportRota,
  getSetting,
  importRota,
  listArrangements as listStored,
  newArrangement,
  openArrangementDoc,
  openLocalStore,
  publish,
  putAssistant,
  putShift,
  rememberArrangement,
  removeShift,
  setSetting,
  type EditResult,
} from "../doc/index.js";

/** An arrangement in the start screen's list. */
export interface ArrangementEntry {
  readonly id: string;
  readonly name: string;
}

/** A shift to store; unknown fields (purpose, note, ...) are kept. */
export interface ShiftDraft {
  readonly id?: string;
  readonly assistantId: string;
  readonly start: string;
  readonly end: string;
  readonly kind?: string;
  readonly breakMinutes?: number;
  readonly [field: string]: unknown;
}

/** A grid cell's new shifts: `remove` goes, `put` comes (new shifts get new ids). */
export interface CellReplacement {
  readonly remove: readonly string[];
  readonly put: readonly ShiftDraft[];
}

/** An open arrangement. */
export interface Session {
  name(): string;
  rota(): RotaFile | undefined;
  zone(): Zone;
  violations(): readonly Violation[];
  subscribe(
    listener: (e: { added: readonly Violation[]; removed: readonly Violation[] }) => void,
  ): () => void;
  putShift(shift: {
    id?: string;
    assistantId: string;
    start: string;
    end: string;
    kind: string;
    breakMinutes?: number;
  }): readonly Issue[];
  /** Removes shifts in one transaction: one undo step, one live-check update. */
  removeShifts(ids: readonly string[]): void;
  /**
   * Replaces the shifts of several cells (paste, fill, cut) in one transaction: one undo step
   * and one live-check update. Each cell is all or nothing: when one of its new shifts is
   * refused, the cell keeps its old shifts. Returns each cell's issues ([] when written).
   */
  replaceCells(cells: readonly CellReplacement[]): readonly (readonly Issue[])[];
  putAssistant(a: { id?: string; name: string; birthDate?: string }): readonly Issue[];
  undo(): void;
  redo(): void;
  publish(): readonly Issue[];
  exportText(): string;
  close(): void;
}

const db = openLocalStore();
const newId = (prefix: string) => `${prefix}${crypto.randomUUID().replace(/-/g, "").slice(0, 10)}`;
const issuesOf = (r: EditResult): readonly Issue[] => (r.ok ? [] : r.issues);

/** The arrangements on this device, most recently changed first. */
export async function listArrangements(): Promise<ArrangementEntry[]> {
  return (await listStored(db)).map((a) => ({ id: a.id, name: a.name }));
}

/** Creates an empty arrangement and returns its id. */
export async function createArrangement(name: string, profile: "dk" | "no"): Promise<string> {
  const id = newId("r");
  const opened = await openArrangementDoc(id);
  if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join("; "));
  const r = newArrangement(opened.doc, {
    name,
    profile,
    timeZone: profile === "dk" ? "Europe/Copenhagen" : "Europe/Oslo",
    locale: profile === "dk" ? "da" : "nb",
  });
  await opened.close();
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  await rememberArrangement(db, { id, name }, Date.now());
  return id;
}

/** Imports a rota file as a new arrangement; on any problem nothing is stored. */
export async function importArrangement(
  text: string,
  name: string,
): Promise<{ ok: true; id: string } | { ok: false; issues: readonly Issue[] }> {
  const id = newId("r");
  const opened = await openArrangementDoc(id);
  if (!opened.ok) return opened;
  const result = importRota(opened.doc, text, name);
  if (!result.ok) {
    await opened.remove();
    return result;
  }
  await opened.close();
  await rememberArrangement(db, { id, name }, Date.now());
  return { ok: true, id };
}

/** Opens an arrangement: document, live check and undo. */
export async function openArrangement(id: string, lang: "da" | "nb" | "en"): Promise<Session> {
  const opened = await openArrangementDoc(id);
  if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join("; "));
  const { doc } = opened;
  const live = new LiveCheck(doc, () => Date.now() as Instant, { lang });
  const undo = createUndoManager(doc);
  const zone = (): Zone => {
    const z = live.zone();
    if (!z)
      throw new Error(
        live
          .issues()
          .map((i) => i.message)
          .join("; "),
      );
    return z;
  };
  const touch = () => void rememberArrangement(db, { id, name: arrangementName(doc) }, Date.now());
  /** Every user action is its own undo step, however fast the next one follows. */
  const edited = (issues: readonly Issue[]) => {
    undo.stopCapturing();
    if (issues.length === 0) touch();
    return issues;
  };
  return {
    name: () => arrangementName(doc),
    rota: () => live.rota(),
    zone,
    violations: () => live.violations(),
    subscribe: (listener) => live.subscribe(listener),
    putShift: (s) => edited(issuesOf(putShift(doc, { ...s, id: s.id ?? newId("s") }))),
    removeShifts(ids) {
      undo.stopCapturing();
      doc.transact(() => {
        for (const sid of ids) removeShift(doc, sid);
      }, LOCAL_ORIGIN);
      edited([]);
    },
    replaceCells(cells) {
      undo.stopCapturing();
      let results: (readonly Issue[])[] = [];
      doc.transact(() => {
        results = cells.map((cell) => {
          const written: string[] = [];
          for (const s of cell.put) {
            const sid = newId("s");
            const r = putShift(doc, { ...s, id: sid });
            if (!r.ok) {
              for (const w of written) removeShift(doc, w);
              return r.issues;
            }
            written.push(sid);
          }
          for (const sid of cell.remove) removeShift(doc, sid);
          return [];
        });
      }, LOCAL_ORIGIN);
      edited([]);
      return results;
    },
    putAssistant: (a) => edited(issuesOf(putAssistant(doc, { ...a, id: a.id ?? newId("a") }))),
    undo: () => void undo.undo(),
    redo: () => void undo.redo(),
    publish() {
      const r = publish(doc, zone().toLocal(Date.now() as Instant));
      return r.issues;
    },
    exportText() {
      const r = exportRota(doc);
      if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
      return r.text;
    },
    close() {
      live.destroy();
      undo.destroy();
      void opened.close();
    },
  };
}

/** A saved UI setting (language, last view). */
export async function loadSetting(key: string): Promise<unknown> {
  return getSetting(db, key);
}

/** Saves a UI setting. */
export async function saveSetting(key: string, value: string): Promise<void> {
  await setSetting(db, key, value);
}
