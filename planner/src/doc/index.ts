/**
 * The document layer: the only client code that imports Yjs. One Y.Doc per arrangement, typed
 * conversion to and from core's rota (validated at the boundary), edits, undo, live checking
 * through core's incremental checker, local storage, and syncing with the server. See README.md.
 */
export type { DocMaps, JsonObject, StoredEntity } from "./schema.js";
export {
  DOC_VERSION,
  IMPORT_ORIGIN,
  LOCAL_ORIGIN,
  MIGRATION_ORIGIN,
  PUBLISH_ORIGIN,
  ROOT,
  docMaps,
} from "./schema.js";
export type { DocMigration, DocVersion, Migrated } from "./migrate.js";
export { DOC_MIGRATIONS, docVersion, migrateDoc } from "./migrate.js";
export type { DocRead, Exported, Imported, NewArrangement } from "./convert.js";
export {
  arrangementName,
  docToRota,
  exportRota,
  importRota,
  newArrangement,
  rotaToDoc,
} from "./convert.js";
export type {
  AssistantInput,
  EditResult,
  PublishResult,
  SettingsPatch,
  ShiftInput,
} from "./edit.js";
export {
  publish,
  putAssistant,
  putShift,
  removeAssistant,
  removeShift,
  setSettings,
} from "./edit.js";
export type {
  RepeatOptions,
  RepeatPlan,
  RepeatResult,
  RepeatSkip,
  RepeatWeeksInput,
} from "./repeat.js";
export { REPEAT_MAX_DAYS, REPEAT_MAX_WEEKS, planRepeat, repeatWeeks } from "./repeat.js";
export { UNDO_CAPTURE_MS, createUndoManager } from "./undo.js";
export type {
  ConflictOutcome,
  ConflictReport,
  EntityConflict,
  OfflineEditOptions,
  OfflineEditTracker,
  SettingConflict,
} from "./conflicts.js";
export { trackOfflineEdits } from "./conflicts.js";
export type { LiveCheckOptions, LiveCheckUpdate } from "./live-check.js";
export { LiveCheck } from "./live-check.js";
export type { DocStorage, OpenedDoc, StorageBinding } from "./persistence.js";
export {
  MemoryDocStorage,
  arrangementDocName,
  assistantDocName,
  indexedDbStorage,
  openArrangementDoc,
} from "./persistence.js";
export type {
  ArrangementEntry,
  LocalStore,
  RecentFile,
  SettingEntry,
  ShareEntry,
} from "./local-store.js";
export {
  LOCAL_DB_NAME,
  addRecentFile,
  forgetArrangement,
  forgetSettings,
  forgetShare,
  getSetting,
  getShare,
  listArrangements,
  openLocalStore,
  putShare,
  recentFiles,
  rememberArrangement,
  setSetting,
} from "./local-store.js";
export type {
  Connection,
  DocSync,
  Peer,
  Presence,
  PresenceCell,
  SyncOptions,
  SyncSocket,
  SyncStatus,
} from "./sync.js";
export { PRESENCE_COLORS, connectDoc, openSyncSocket, presenceColor, syncUrl } from "./sync.js";
