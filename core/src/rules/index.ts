/** Rules: the working-time and grant rules of rules.md, profiles, and the (incremental) checker. */
export type {
  ArrangementRule,
  AssistantRule,
  Found,
  Rule,
  RuleContext,
  RuleId,
  Severity,
  ShiftRule,
  Violation,
} from "./types.js";
export { RULE_IDS } from "./types.js";
export { RULES, ruleById } from "./registry.js";
export type { Params } from "./profiles.js";
export { PARAM_SCHEMAS, PROFILE_PARAMS, resolveParams } from "./profiles.js";
export type { Lang } from "./messages.js";
export { langOf } from "./messages.js";
export type { Change, CheckDiff, CheckOptions } from "./engine.js";
export { RotaChecker, checkRota, compareViolations } from "./engine.js";
export { grantPeriod } from "./grant-exceeded.js";
export type { Staffing } from "./staffing.js";
export { dayStaffing } from "./staffing.js";
