/** The form filler: pure DOM code, shared by the content script and the tests. */
export { fillTimesheet } from "./fill.js";
export type { FillEntry, FillFailure, FillOptions, FillReport, FillRow } from "./fill.js";
export { FIELD_KINDS, classify, findAddRow, findFields, namesOf } from "./find.js";
export type { Control, FieldKind } from "./find.js";
export { formatDate, formatHours, localeOf, parseShownDate } from "./format.js";
export type { Locale } from "./format.js";
export { PortalProfileSchema, matchProfile, parseProfile } from "./profile.js";
export type { PortalProfile, PortalProfileInput } from "./profile.js";
