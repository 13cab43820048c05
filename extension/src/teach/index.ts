/**
 * Teach mode: the user shows Turnus a timesheet form its heuristics do not know, and the result
 * is a portal profile. Pure DOM, no chrome.*: the content script starts it and stores the profile.
 */
export { TeachError, deriveProfile } from "./derive.js";
export type { Assignment, Assignments, DeriveMeta } from "./derive.js";
export { startTeach } from "./panel.js";
export type { TeachOptions, TeachSession } from "./panel.js";
export { teachTexts } from "./texts.js";
