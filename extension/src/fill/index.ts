/** The form filler: pure DOM code, shared by the content script and the tests. */
export { KIND_WORDS, fillForm, fillTimesheet, writeValue } from "./fill.js";
export type {
  FillEntry,
  FillFailure,
  FillOptions,
  FillOutcome,
  FillReport,
  FillRow,
} from "./fill.js";
export {
  FIELD_KINDS,
  OWN_UI,
  classify,
  collectRoots,
  controlsIn,
  fieldOf,
  findAddRow,
  findFields,
  namesOf,
} from "./find.js";
export type { Control, FieldKind } from "./find.js";
export {
  LOCALE_DATE,
  dateFormatHint,
  formatDate,
  formatHours,
  localeOf,
  parseShownDate,
} from "./format.js";
export type { Locale } from "./format.js";
export { PortalProfileSchema, matchProfile, parseProfile } from "./profile.js";
export type { DateFormat, PortalProfile, PortalProfileInput, TimeFormat } from "./profile.js";
