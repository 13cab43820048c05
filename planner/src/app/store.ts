/**
 * The app's one door to data: arrangements on this device (Dexie), and an open arrangement's
 * document (Yjs via planner/src/doc), its live check, undo and edits. Components call this,
 * never the document layer directly.
 */
import type { Issue, RotaFile, SignoffRecord } from "../../../core/src/model/index.js";
import {
  buildTimesheet,
  currentSignoff,
  monthLocked,
  type TimesheetResult,
} from "../../../core/src/timesheet/index.js";
import { SIGNOFFS_ROOT, putSignoff, readSignoffs } from "../doc/signoffs.js";
import {
  mayInvite,
  rotaDocName,
  type ActualStatus,
  type AssistantDocMap,
  type Role,
} from "../../../core/src/protocol/index.js";
import type { Violation } from "../../../core/src/rules/index.js";
import type { Instant, LocalDateTime, Zone } from "../../../core/src/time/index.js";
import {
  LOCAL_ORIGIN,
  LiveCheck,
  arrangementName,
  connectDoc,
  createUndoManager,
  docMaps,
  exportRota,
  getSetting,
  arrangementDocName,
  forgetArrangement,
  forgetSettings,
  forgetShare,
  getShare,
  importRota,
  indexedDbStorage,
  listArrangements as listStored,
  newArrangement,
  openArrangementDoc,
  openLocalStore,
  planRepeat,
  publish,
  putAssistant,
  putShift,
  putShare,
  rememberArrangement,
  removeShift,
  repeatWeeks,
  setSetting,
  setSettings,
  syncUrl,
  trackOfflineEdits,
  type ConflictReport,
  type DocSync,
  type EditResult,
  type Peer,
  type PresenceCell,
  type RepeatResult,
  type RepeatSkip,
  type RepeatWeeksInput,
  type SettingsPatch,
  type ShareEntry,
  type SyncStatus,
} from "../doc/index.js";
import {
  putEntry,
  removeEntry,
  type AssistantData,
  type EntryInput,
} from "../doc/assistant-doc.js";
import { AssistantDocs, type AssistantSync } from "./assistant-docs.js";
import {
  lockedRefusal,
  sameSheet,
  sheetToSend,
  timesheetStatus,
  type SheetToSend,
  type TimesheetStatus,
} from "./signing.js";
import { t, tf, type Lang } from "../i18n/messages.js";
import { ShareError, inviteLink, readClaims, shareApi, type InviteInfo } from "../sync/index.js";

export type { RepeatResult, RepeatSkip, RepeatWeeksInput, SettingsPatch };
export type { AssistantData, AssistantDocMap, EntryInput, TimesheetStatus };
export type { InviteInfo, Peer, PresenceCell, Role, SyncStatus };
export { ShareError, mayInvite };

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
  /** This device's role when the arrangement is shared. */
  readonly role?: Role;
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
  /**
   * Removes shifts in one transaction: one undo step, one live-check update. Returns why not
   * (a read-only rota, a signed month).
   */
  removeShifts(ids: readonly string[]): readonly Issue[];
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
  /** This device's role in the shared arrangement; undefined while it is not shared. */
  role(): Role | undefined;
  /**
   * True when this device may not change the rota (an assistant's or viewer's link, or the server
   * said read-only): edits are refused with a message and the grid offers none.
   */
  readOnly(): boolean;
  /**
   * Registers the arrangement on the sync server (this device becomes its leader and keeps the
   * leader token) and starts syncing. Nothing happens when it is shared already. Throws a
   * {@link ShareError} (409: the id is taken on the server).
   */
  share(): Promise<void>;
  /** Makes an invite link for `role` (an assistant's names the assistant). */
  invite(role: Role, assistantId?: string): Promise<string>;
  /** The arrangement's invites, as the server lists them. */
  invites(): Promise<InviteInfo[]>;
  /** Revokes an invite: its link stops working, its open connections are closed. */
  revoke(inviteId: string): Promise<void>;
  /** The connection state; undefined while not shared. */
  syncStatus(): SyncStatus | undefined;
  /**
   * Shifts, assistants and settings this device changed while out of touch that someone else
   * changed too, and what the merged rota holds (until dismissed).
   */
  conflicts(): readonly ConflictReport[];
  dismissConflicts(): void;
  /** The others on this arrangement now. */
  peers(): readonly Peer[];
  /** Called when the role, the connection or the others change. */
  subscribeSync(listener: () => void): () => void;
  /** Tells the others which cell this user is on (undefined: none). */
  setCursor(cell: PresenceCell | undefined): void;
  /** The name the others see. */
  presenceName(): string;
  /** Changes the name the others see (kept on this device). */
  setPresenceName(name: string): void;
  /**
   * Whose availability, wishes and swap requests this device sees (assistant documents): an
   * assistant their own, leaders every assistant's, a viewer nobody's.
   */
  requestAssistants(): readonly string[];
  /** What an assistant's document holds; undefined until it has been opened. */
  requests(assistantId: string): AssistantData | undefined;
  /** Called whenever an assistant document changes or opens, or a timesheet is signed. */
  subscribeRequests(listener: () => void): () => void;
  /** Adds or replaces (same id) an entry in an assistant's document; returns the problems. */
  putRequest<M extends AssistantDocMap>(
    assistantId: string,
    map: M,
    value: EntryInput<M>,
    id?: string,
  ): readonly Issue[];
  removeRequest(assistantId: string, map: AssistantDocMap, id: string): void;
  /**
   * Answers an assistant's swap request (leaders). Approving names `giveTo`, another assistant:
   * the shift moves to them in the rota (one undo step; checked like any edit) and the answer is
   * recorded in the requester's document.
   */
  answerSwap(
    assistantId: string,
    requestId: string,
    answer: "approved" | "declined",
    giveTo?: string,
  ): readonly Issue[];
  /**
   * Approves assistants' reports of actual time: each becomes its shift's `actual` in the rota
   * (with who approved it and when), in one undo step. Returns the problems (none: all written).
   */
  approveActuals(
    items: readonly { readonly assistantId: string; readonly shiftId: string }[],
  ): readonly Issue[];
  /**
   * Records what happened on a shift straight into the rota as approved (leaders): worked (at
   * other times, or by another assistant), sick, child's sick day or cancelled. One undo step.
   */
  recordActual(
    shiftId: string,
    actual: {
      readonly status: ActualStatus;
      readonly start?: string;
      readonly end?: string;
      readonly breakMinutes?: number;
      readonly assistantId?: string;
    },
  ): readonly Issue[];
  /** Now on the arrangement's clock, `YYYY-MM-DDTHH:mm`. */
  nowLocal(): string;
  /**
   * An assistant's timesheet for a month (`YYYY-MM`) from core: actual times where approved,
   * the plan otherwise.
   */
  timesheet(assistantId: string, month: string): TimesheetResult;
  /** Where an assistant's month stands: signatures, lock and corrections since signing. */
  timesheetStatus(assistantId: string, month: string): TimesheetStatus;
  /** The month for the browser extension: what the work leader signed, while still current. */
  sheetToSend(assistantId: string, month: string): SheetToSend;
  /**
   * Signs a month's timesheet as it is now: a leader in the rota (with the assistant's own
   * signature when they signed the same figures), an assistant in their own document.
   */
  signTimesheet(assistantId: string, month: string): readonly Issue[];
  /** Reopens a signed month for corrections (leaders): what was signed stays on record. */
  reopenTimesheet(assistantId: string, month: string): readonly Issue[];
  /** An assistant's personal number (CPR / fødselsnummer): kept on this device only. */
  personalNumber(assistantId: string): Promise<string>;
  setPersonalNumber(assistantId: string, value: string): Promise<void>;
  close(): void;
}

const db = openLocalStore();

/**
 * Where a personal number is kept: a device setting (Dexie), never in a synced document, so it
 * never reaches the sync server.
 */
const personalKey = (arrangementId: string, assistantId: string) =>
  `personalNumber/${arrangementId}/${assistantId}`;
/** Whether a role writes the rota document (core's protocol: leaders and co-leaders). */
const mayWrite = (role: Role) => role === "leader" || role === "co-leader";
const newId = (prefix: string) => `${prefix}${crypto.randomUUID().replace(/-/g, "").slice(0, 10)}`;
const issuesOf = (r: EditResult): readonly Issue[] => (r.ok ? [] : r.issues);

/** The arrangements on this device, most recently changed first. */
export async function listArrangements(): Promise<ArrangementEntry[]> {
  const shares = new Map((await db.shares.toArray()).map((s) => [s.arrangementId, s.role]));
  return (await listStored(db)).map((a) => {
    const role = shares.get(a.id);
    return { id: a.id, name: a.name, ...(role ? { role } : {}) };
  });
}

/**
 * Removes an arrangement from this device: its rota and assistant documents, its place in the
 * list, its token (a shared one stays on the server: its invite link opens it again) and the
 * personal numbers kept for its assistants.
 */
export async function removeFromDevice(id: string): Promise<void> {
  await forgetShare(db, id);
  await forgetArrangement(db, id);
  // personal numbers of its assistants (kept only on this device) go too
  await forgetSettings(db, personalKey(id, ""));
  const storage = indexedDbStorage();
  const rota = arrangementDocName(id);
  // assistant documents are stored under the rota's name; the browser lists its databases
  const listed = (await indexedDB.databases?.()) ?? [];
  const names = listed.flatMap((d) => (d.name?.startsWith(`${rota}/`) ? [d.name] : []));
  for (const name of [rota, ...names]) await storage.remove(name);
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

/**
 * Stores an invite link's token on this device and lists the arrangement (its document fills
 * from the server when it is opened). Returns false when the token is not one for `arrangementId`.
 */
export async function acceptInvite(arrangementId: string, token: string): Promise<boolean> {
  const claims = readClaims(token);
  if (!claims || claims.arrangement !== arrangementId) return false;
  await putShare(db, {
    arrangementId,
    token,
    role: claims.role,
    ...(claims.assistantId ? { assistantId: claims.assistantId } : {}),
    at: Date.now(),
  });
  const known = (await listStored(db)).find((a) => a.id === arrangementId);
  // the id stands in for the name until the document has come from the server
  await rememberArrangement(
    db,
    { id: arrangementId, name: known?.name || arrangementId },
    Date.now(),
  );
  return true;
}

/** The planner's own address (where the server's API and /sync are). */
const origin = () => location.origin;
const PRESENCE_NAME = "presenceName";

/** Opens an arrangement: document, live check, undo and (when it is shared) sync. */
export async function openArrangement(id: string, lang: Lang): Promise<Session> {
  const opened = await openArrangementDoc(id);
  if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join("; "));
  const { doc } = opened;
  let shared: ShareEntry | undefined = await getShare(db, id);
  const savedName = await getSetting(db, PRESENCE_NAME);
  let myName =
    typeof savedName === "string" && savedName.trim() ? savedName.trim() : t(lang, "someone");
  let sync: DocSync | undefined;
  const syncListeners = new Set<() => void>();
  const syncChanged = () => {
    for (const l of syncListeners) l();
  };
  const api = shareApi(origin());
  /** What happened to this device's edits while it was not in touch with the server. */
  let conflicts: readonly ConflictReport[] = [];
  let offlineEdits: ReturnType<typeof trackOfflineEdits> | undefined;
  const startSync = (entry: ShareEntry) => {
    // edits until the first sync count as offline ones (the stored state has been loaded)
    offlineEdits ??= trackOfflineEdits(doc);
    offlineEdits.goOffline();
    sync = connectDoc(doc, {
      url: syncUrl(origin()),
      documentName: rotaDocName(id),
      token: entry.token,
      name: myName,
    });
    sync.onStatus((st) => {
      // the name (and, on a new device, the whole arrangement) may have come from the server
      if (st.connection === "synced" && arrangementName(doc)) touchName();
      if (offlineEdits) {
        if (st.connection === "synced" && offlineEdits.isOffline()) {
          const news = offlineEdits.cameBack();
          if (news.length) conflicts = [...conflicts, ...news];
        } else if (st.connection !== "synced" && !offlineEdits.isOffline()) {
          offlineEdits.goOffline();
        }
      }
      syncChanged();
    });
    sync.onPeers(syncChanged);
  };
  let rememberedName = (await listStored(db)).find((a) => a.id === id)?.name ?? "";
  const touchName = () => {
    const name = arrangementName(doc);
    if (name === rememberedName) return;
    rememberedName = name;
    void rememberArrangement(db, { id, name }, Date.now());
  };
  const readOnly = () =>
    (shared !== undefined && !mayWrite(shared.role)) || sync?.status().scope === "readonly";
  /** The refusal of an edit on a read-only rota (undefined: the edit may go ahead). */
  const refusal = (): readonly Issue[] | undefined =>
    readOnly() ? [{ path: "$", message: t(lang, "readOnlyRota") }] : undefined;
  const inviterToken = () => {
    if (!shared || !mayInvite(shared.role, "viewer")) {
      throw new ShareError(403, t(lang, "notAllowedToInvite"));
    }
    return shared.token;
  };
  if (shared) startSync(shared);
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

  // Assistant documents, opened after the first check so that they never delay the grid.
  const requestListeners = new Set<() => void>();
  const assistantDocs = new AssistantDocs(id, () => {
    collectSignatures();
    for (const l of requestListeners) l();
  });
  const requestsChanged = () => assistantDocs.notify();
  const requestAssistants = (): string[] => {
    if (shared?.role === "assistant") return shared.assistantId ? [shared.assistantId] : [];
    if (shared?.role === "viewer") return [];
    return (live.rota()?.assistants ?? []).map((a) => a.id);
  };
  const assistantSync = (): AssistantSync | undefined =>
    shared && sync ? { origin: origin(), token: shared.token, socket: sync.socket } : undefined;
  const openAssistants = () => assistantDocs.openAll(requestAssistants(), assistantSync());
  // signatures (from this device or others) are shown and locks follow them
  const signoffs = doc.getMap<unknown>(SIGNOFFS_ROOT);
  const onSignoffs = () => requestsChanged();
  signoffs.observe(onSignoffs);
  // assistants added later (by anyone) get their documents opened too
  const stopWatchingAssistants = live.subscribe((u) => {
    if (
      u.first ||
      [...u.added, ...u.removed].length ||
      assistantDocs.size < requestAssistants().length
    )
      openAssistants();
  });
  if (live.checked()) openAssistants();
  const assistantDoc = (aid: string) => assistantDocs.doc(aid);
  /** The rota with its sign-offs as the document holds them now. */
  const signed = (): RotaFile | undefined => {
    const rota = live.rota();
    return rota ? { ...rota, signoffs: readSignoffs(doc).records } : undefined;
  };
  /**
   * The refusal of an edit that touches a signed (locked) month of an assistant: `shifts` are
   * the shifts as they were and as they would be.
   */
  const lockedMonths = (shifts: Parameters<typeof lockedRefusal>[1]) =>
    lockedRefusal(signed(), shifts, lang);
  const storedShift = (sid: string | undefined) =>
    sid ? live.rota()?.shifts.find((x) => x.id === sid) : undefined;
  const putOneShift: Session["putShift"] = (s) =>
    refusal() ??
    lockedMonths([storedShift(s.id), s]) ??
    edited(issuesOf(putShift(doc, { ...s, id: s.id ?? newId("s") })));
  const putRequest: Session["putRequest"] = (aid, map, value, entryId) => {
    const target = assistantDoc(aid);
    if (!requestAssistants().includes(aid) || !target) return notOpen(aid);
    return issuesOf(putEntry(target, map, entryId ?? newId("q"), value));
  };
  const timesheetOf = (assistantId: string, month: string): TimesheetResult => {
    const rota = live.rota();
    if (!rota) return { ok: false, issues: live.issues() };
    // core counts each shift's approved actual (and shows the plan beside it)
    return buildTimesheet(rota, zone(), assistantId, month);
  };
  /**
   * Leaders' devices copy an assistant's signature into the rota's current sign-off when the
   * leader has signed the same figures, which locks the month.
   */
  const collectSignatures = () => {
    if (readOnly() || !shared || !mayWrite(shared.role)) return;
    const rota = signed();
    if (!rota) return;
    for (const [aid, data] of assistantDocs.entries()) {
      for (const [month, sig] of data.signatures) {
        const current = currentSignoff(rota, aid, month);
        if (!current?.leader || current.assistant || !sameSheet(current.timesheet, sig.timesheet))
          continue;
        const assistant = { name: sig.name, at: sig.at as LocalDateTime };
        putSignoff(doc, { ...current, assistant }, true);
      }
    }
  };
  const notOpen = (aid: string): readonly Issue[] => [
    { path: "$", message: tf(lang, "requestsNotOpen", { id: aid }) },
  ];
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
    putShift: putOneShift,
    removeShifts(ids) {
      const refused = refusal() ?? lockedMonths(ids.map(storedShift));
      if (refused) return refused;
      undo.stopCapturing();
      doc.transact(() => {
        for (const sid of ids) removeShift(doc, sid);
      }, LOCAL_ORIGIN);
      return edited([]);
    },
    replaceCells(cells) {
      const refused = refusal();
      if (refused) return cells.map(() => refused);
      undo.stopCapturing();
      let results: (readonly Issue[])[] = [];
      doc.transact(() => {
        results = cells.map((cell) => {
          const locked = lockedMonths([
            ...cell.remove.map(storedShift),
            ...cell.put.flatMap((p) => [storedShift(p.id), p]),
          ]);
          if (locked) return locked;
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
    putAssistant: (a) =>
      refusal() ?? edited(issuesOf(putAssistant(doc, { ...a, id: a.id ?? newId("a") }))),
    setSettings(patch) {
      const refused = refusal();
      if (refused) return refused;
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
      const plan = planRepeat(doc, input, { newId: () => "preview" });
      const refused =
        refusal() ??
        (plan.ok
          ? lockedMonths([...plan.plan.put, ...plan.plan.remove.map(storedShift)])
          : undefined);
      if (refused) return { ok: false, issues: refused };
      undo.stopCapturing();
      const r = repeatWeeks(doc, input, { newId: () => newId("s") });
      edited(r.ok ? [] : r.issues);
      return r;
    },
    undo() {
      if (!readOnly()) undo.undo();
    },
    redo() {
      if (!readOnly()) undo.redo();
    },
    publish() {
      const refused = refusal();
      if (refused) return refused;
      const r = publish(doc, zone().toLocal(Date.now() as Instant));
      return r.issues;
    },
    exportText() {
      const r = exportRota(doc);
      if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
      return r.text;
    },
    role: () => shared?.role,
    readOnly,
    async share() {
      if (shared) return;
      const token = await api.register(id);
      const entry: ShareEntry = { arrangementId: id, token, role: "leader", at: Date.now() };
      await putShare(db, entry);
      shared = entry;
      startSync(entry);
      const connecting = assistantSync();
      if (connecting) assistantDocs.connectAll(connecting);
      syncChanged();
    },
    async invite(role, assistantId) {
      const made = await api.invite(id, inviterToken(), role, assistantId);
      return inviteLink(`${origin()}${location.pathname}`, id, made.token);
    },
    invites: () => api.invites(id, inviterToken()),
    revoke: (inviteId) => api.revoke(inviteId, inviterToken()),
    syncStatus: () => sync?.status(),
    conflicts: () => conflicts,
    dismissConflicts() {
      conflicts = [];
      syncChanged();
    },
    peers: () => sync?.peers() ?? [],
    subscribeSync(listener) {
      syncListeners.add(listener);
      return () => syncListeners.delete(listener);
    },
    setCursor: (cell) => sync?.setPresence({ cell }),
    presenceName: () => myName,
    setPresenceName(name) {
      if (!name.trim()) return;
      myName = name.trim();
      sync?.setPresence({ name: myName });
      void setSetting(db, PRESENCE_NAME, myName);
    },
    requestAssistants,
    requests: (aid) => assistantDocs.data(aid),
    subscribeRequests(listener) {
      requestListeners.add(listener);
      return () => requestListeners.delete(listener);
    },
    putRequest,
    removeRequest(aid, map, entryId) {
      const target = assistantDoc(aid);
      if (target) removeEntry(target, map, entryId);
    },
    answerSwap(aid, requestId, answer, giveTo) {
      const target = assistantDoc(aid);
      const request = assistantDocs.data(aid)?.swaps.find((r) => r.id === requestId);
      if (!target || !request) return notOpen(aid);
      if (readOnly()) return [{ path: "$", message: t(lang, "readOnlyRota") }];
      if (request.status !== "open") {
        return [{ path: "$.status", message: t(lang, "swapAlreadyAnswered") }];
      }
      if (answer === "approved") {
        if (!giveTo || giveTo === aid || !requestAssistants().includes(giveTo)) {
          return [{ path: "$.toAssistantId", message: t(lang, "swapChooseWho") }];
        }
        const shift = live.rota()?.shifts.find((x) => x.id === request.shiftId);
        if (!shift || shift.assistantId !== aid) {
          return [{ path: "$.shiftId", message: t(lang, "swapShiftGone") }];
        }
        const moved = putOneShift({
          ...(shift as ShiftDraft & { kind: string }),
          assistantId: giveTo,
        });
        if (moved.length) return moved;
      }
      const { id: _id, ...stored } = request;
      return issuesOf(
        putEntry(target, "swaps", requestId, {
          ...stored,
          status: answer,
          ...(answer === "approved" && giveTo ? { toAssistantId: giveTo } : {}),
          decidedBy: myName,
          decidedAt: Date.now(),
        }),
      );
    },
    approveActuals(items) {
      const refused = refusal();
      if (refused) return refused;
      const approvedAt = zone().toLocal(Date.now() as Instant);
      const shifts = new Map((live.rota()?.shifts ?? []).map((x) => [x.id as string, x]));
      const issues: Issue[] = [];
      undo.stopCapturing();
      doc.transact(() => {
        for (const { assistantId, shiftId } of items) {
          const report = assistantDocs.data(assistantId)?.actuals.get(shiftId);
          const shift = shifts.get(shiftId);
          const locked = lockedMonths([shift]);
          if (locked) {
            issues.push(...locked);
            continue;
          }
          if (!report || !shift || shift.assistantId !== assistantId) {
            issues.push({ path: "$.shifts", message: t(lang, "swapShiftGone") });
            continue;
          }
          const { at: _at, ...actual } = report;
          const r = putShift(doc, {
            ...(shift as ShiftDraft & { kind: string }),
            id: shiftId,
            actual: { ...actual, approvedBy: myName, approvedAt },
          });
          if (!r.ok) issues.push(...r.issues);
        }
      }, LOCAL_ORIGIN);
      return edited(issues);
    },
    recordActual(shiftId, actual) {
      const shift = storedShift(shiftId);
      if (!shift) return [{ path: "$.shifts", message: t(lang, "swapShiftGone") }];
      // the colleague who worked it gets the hours on their timesheet: their month counts too
      const worker = actual.assistantId ? { ...shift, assistantId: actual.assistantId } : undefined;
      const refused = refusal() ?? lockedMonths([shift, worker]);
      if (refused) return refused;
      undo.stopCapturing();
      const approvedAt = zone().toLocal(Date.now() as Instant);
      return edited(
        issuesOf(
          putShift(doc, {
            ...(shift as ShiftDraft & { kind: string }),
            id: shiftId,
            actual: { ...actual, approvedBy: myName, approvedAt },
          }),
        ),
      );
    },
    nowLocal: () => zone().toLocal(Date.now() as Instant),
    timesheet: timesheetOf,
    timesheetStatus: (assistantId, month) =>
      timesheetStatus(
        signed(),
        assistantId,
        month,
        assistantDocs.data(assistantId)?.signatures.get(month),
        timesheetOf(assistantId, month),
      ),
    sheetToSend: (assistantId, month) =>
      sheetToSend(signed(), assistantId, month, timesheetOf(assistantId, month)),
    signTimesheet(assistantId, month) {
      const sheet = timesheetOf(assistantId, month);
      if (!sheet.ok) return sheet.issues;
      const at = zone().toLocal(Date.now() as Instant);
      const signature = { name: myName, at };
      if (shared?.role === "assistant") {
        return putRequest(
          assistantId,
          "signatures",
          { timesheet: sheet.sheet, ...signature },
          month,
        );
      }
      const refused = refusal();
      if (refused) return refused;
      const sig = assistantDocs.data(assistantId)?.signatures.get(month);
      // the assistant's signature counts when it is of the same figures
      const theirs =
        sig && sameSheet(sig.timesheet, sheet.sheet)
          ? { assistant: { name: sig.name, at: sig.at as LocalDateTime } }
          : {};
      const record: SignoffRecord = {
        assistantId: assistantId as SignoffRecord["assistantId"],
        month,
        timesheet: { ...sheet.sheet },
        leader: signature,
        ...theirs,
      };
      return issuesOf(putSignoff(doc, record));
    },
    reopenTimesheet(assistantId, month) {
      const refused = refusal();
      if (refused) return refused;
      const rota = signed();
      const current = rota ? currentSignoff(rota, assistantId, month) : undefined;
      if (!current || !rota || !monthLocked(rota, assistantId, month)) {
        return [{ path: "$", message: t(lang, "monthNotLocked") }];
      }
      // a new, unsigned sign-off carrying what was signed: the month opens, the record stays
      const { leader: _l, assistant: _a, ...rest } = current;
      return issuesOf(
        putSignoff(doc, {
          ...rest,
          reopened: { name: myName, at: zone().toLocal(Date.now() as Instant) },
        }),
      );
    },
    async personalNumber(assistantId) {
      const v = await getSetting(db, personalKey(id, assistantId));
      return typeof v === "string" ? v : "";
    },
    async setPersonalNumber(assistantId, value) {
      await setSetting(db, personalKey(id, assistantId), value.trim());
    },
    close() {
      signoffs.unobserve(onSignoffs);
      stopWatchingAssistants();
      requestListeners.clear();
      // assistant documents before the rota's sync, which owns the socket they share
      assistantDocs.close();
      // the provider goes first: it must not see the document's destruction as edits
      sync?.close();
      offlineEdits?.destroy();
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
