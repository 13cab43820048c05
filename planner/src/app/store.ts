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
  docMaps,
  exportRota,
  getSetting,
  importRota,
  listArrangements as listStored,
  newArrangement,
  openArrangementDoc,
  openLocalStore,
  planRepeat,
  publish,
  putAssistant,
  putShift,
  rememberArrangement,
  removeShift,
  repeatWeeks,
  setSetting,
  setSettings,
  type EditResult,
  type RepeatResult,
  type RepeatSkip,
  type RepeatWeeksInput,
  type SettingsPatch,
} from "../doc/index.js";

export type { RepeatResult, RepeatSkip, RepeatWeeksInput, SettingsPatch };

/** What a repeat would do: how many shifts it would copy and replace, and skip. */
export type RepeatPreview =
  | {
      readonly ok: true;
      readonly copied: number;
      readonly replaced: number;
      readonly skipped: readonly RepeatSkip[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

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

/**
 * A grid cell's new shifts: `remove` goes, `put` comes. A shift in `put` with an id replaces that
 * stored shift (edited in place); one without gets a new id.
 */
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
  /** False until the first full check has come (the grid shows before it). */
  checked(): boolean;
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
  /**
   * Changes settings (name, profile, period, grant, need, overrides, templates) in one
   * transaction: one undo step. Returns the problems with file paths (`$.grant.hours`); on any
   * problem nothing is written.
   */
  setSettings(patch: SettingsPatch): readonly Issue[];
  /** What {@link repeatWeeks} would do, without writing. */
  previewRepeat(input: RepeatWeeksInput): RepeatPreview;
  /** Repeats weeks 1–N until a date (see the document layer's `repeatWeeks`): one undo step. */
  repeatWeeks(input: RepeatWeeksInput): RepeatResult;
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
  // The grid shows first; the first full check follows after the next frame.
  const live = new LiveCheck(doc, () => Date.now() as Instant, { lang, defer: true });
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
    checked: () => live.checked(),
    subscribe(listener) {
      // The first check's violations are not news (nothing is announced on opening).
      const stop = live.subscribe((u) => listener(u.first ? { added: [], removed: [] } : u));
      // The live check ignores a change of the name alone; the view still shows it.
      const { meta } = docMaps(doc);
      const onMeta = (e: { keysChanged: Set<string> }) => {
        if (e.keysChanged.size === 1 && e.keysChanged.has("name")) {
          listener({ added: [], removed: [] });
        }
      };
      meta.observe(onMeta);
      return () => {
        stop();
        meta.unobserve(onMeta);
      };
    },
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
          // what was written, and what it replaced, to put back when a later shift is refused
          const written: { id: string; was: ShiftDraft | undefined }[] = [];
          for (const s of cell.put) {
            const sid = s.id ?? newId("s");
            // a stored shift came from JSON: none of its optional fields is `undefined`
            const was = (s.id ? live.rota()?.shifts.find((x) => x.id === s.id) : undefined) as
              ShiftDraft | undefined;
            const r = putShift(doc, { ...s, id: sid });
            if (!r.ok) {
              for (const w of written) {
                if (w.was) putShift(doc, { ...w.was, id: w.id });
                else removeShift(doc, w.id);
              }
              return r.issues;
            }
            written.push({ id: sid, was });
          }
          for (const sid of cell.remove) removeShift(doc, sid);
          return [];
        });
      }, LOCAL_ORIGIN);
      edited([]);
      return results;
    },
    putAssistant: (a) => edited(issuesOf(putAssistant(doc, { ...a, id: a.id ?? newId("a") }))),
    setSettings(patch) {
      undo.stopCapturing();
      return edited(issuesOf(setSettings(doc, patch)));
    },
    previewRepeat(input) {
      const r = planRepeat(doc, input, { newId: () => "preview" });
      if (!r.ok) return r;
      const { put, remove, skipped } = r.plan;
      return { ok: true, copied: put.length, replaced: remove.length, skipped };
    },
    repeatWeeks(input) {
      undo.stopCapturing();
      const r = repeatWeeks(doc, input, { newId: () => newId("s") });
      edited(r.ok ? [] : r.issues);
      return r;
    },
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
