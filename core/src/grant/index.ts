/** Grant: pay supplements per profile, the grant and budget ledger, the annual account. */
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
export type { BasisPoints, Cost, MoneyRates, Ore, PayTally, SupplementCategory } from "./money.js";
export {
  SUPPLEMENT_CATEGORIES,
  TALLY_KEYS,
  addTally,
  basisPoints,
  costOf,
  ore,
  tallyMinutes,
  zeroTally,
} from "./money.js";
export type { Budget } from "./budget.js";
export { BudgetSchema, PENSION_PRESETS, readBudget } from "./budget.js";
export type { GrantSettings, GrantSettingsResult, Pool, PoolPurpose } from "./grant-settings.js";
export { POOL_PURPOSES, grantSettingsOf, hoursToMinutes } from "./grant-settings.js";
export type { PoolSetting } from "./meeting-pool.js";
export { nyborgMeetingPool } from "./meeting-pool.js";
export type { AccountBalance } from "./time-account.js";
export { timeAccountBalances } from "./time-account.js";
export type { Forecast } from "./forecast.js";
export type { LedgerWarning, LedgerWarningKind, Thresholds } from "./ledger-warnings.js";
export { DEFAULT_THRESHOLDS } from "./ledger-warnings.js";
export type {
  GrantLedger,
  GrantLedgerResult,
  HoursFigures,
  LedgerOptions,
  LedgerPeriod,
  LedgerPool,
  MoneyFigures,
} from "./grant-ledger.js";
export { grantLedger } from "./grant-ledger.js";
export type {
  AccountLine,
  AccountPeriod,
  AnnualAccount,
  AnnualAccountResult,
} from "./annual-account.js";
export { annualAccount } from "./annual-account.js";
export type { AccountLang } from "./account-format.js";
export { accountLang, formatAccountCsv, formatAccountText } from "./account-format.js";
