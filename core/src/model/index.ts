/** Model: the rota file schema, ids, validation with JSON paths, migrations. */
export { effectiveRota, effectiveShift } from "./actual.js";
export type { AssistantId, ShiftId } from "./ids.js";
export type { Issue } from "./issues.js";
export { formatIssues, jsonPath } from "./issues.js";
export type { Migration } from "./migrations.js";
export { MIGRATIONS, migrate } from "./migrations.js";
export type { ReadRota, Rejected, ShiftTimes } from "./read.js";
export { readRota, resolveActualTimes, resolveShiftTimes, writeRota } from "./read.js";
export type {
  Actual,
  ActualStatus,
  Assistant,
  Grant,
  Need,
  Overrides,
  ProfileId,
  Published,
  Purpose,
  RotaFile,
  Shift,
  ShiftKind,
  Signature,
  SignoffRecord,
  Template,
  Weekday,
} from "./rota-file.js";
export {
  ACTUAL_STATUSES,
  ActualSchema,
  AssistantSchema,
  GrantSchema,
  LOCALES,
  NeedSchema,
  PROFILES,
  PURPOSES,
  PublishedSchema,
  ROTA_FORMAT,
  RotaFileSchema,
  SHIFT_KINDS,
  ShiftSchema,
  SignatureSchema,
  SignoffRecordSchema,
  TemplateSchema,
  WEEKDAYS,
  WORKING_KINDS,
} from "./rota-file.js";
export type { ShiftText, ShiftTextResult } from "./shift-text.js";
export { TYPED_BREAK_AFTER_MINUTES, formatShiftText, parseShiftText } from "./shift-text.js";
export { templateIssues, templateMap } from "./templates.js";
