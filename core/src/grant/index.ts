/** Grant: pay supplements per profile (and, later, the grant and budget ledger). */
export type { PayCategory, PayMinutes } from "./pay.js";
export { PAY_CATEGORIES, addPayMinutes, payMinutes, zeroPayMinutes } from "./pay.js";
export type {
  DayWindow,
  PayOverrides,
  PayParams,
  PayParamsResult,
  PaySettings,
} from "./pay-settings.js";
export {
  PAY_DEFAULTS,
  PAY_SETTING_NAMES,
  PayOverridesSchema,
  payParams,
  payParamsOf,
} from "./pay-settings.js";
export type { GrantUse } from "./ledger.js";
export { grantUse, helpHoursPerDay, lastDay } from "./ledger.js";
