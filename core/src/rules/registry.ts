/** Every rule, registered once. A convention test checks each is documented and tested. */
import { averageWeeklyHours } from "./average-weekly-hours.js";
import { breakRule } from "./break.js";
import { coverageGap } from "./coverage-gap.js";
import { dailyRest } from "./daily-rest.js";
import { grantExceeded } from "./grant-exceeded.js";
import { lateChange } from "./late-change.js";
import { overlap } from "./overlap.js";
import type { Rule, RuleId } from "./types.js";
import { weeklyHoursCap } from "./weekly-hours-cap.js";
import { weeklyRest } from "./weekly-rest.js";
import { youngWorker } from "./young-worker.js";

/** The rules in the order of rules.md. */
export const RULES: readonly Rule[] = [
  overlap,
  dailyRest,
  weeklyRest,
  averageWeeklyHours,
  weeklyHoursCap,
  breakRule,
  youngWorker,
  grantExceeded,
  coverageGap,
  lateChange,
];

/** A rule by id. */
export function ruleById(id: RuleId): Rule {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new RangeError(`unknown rule ${id}`);
  return r;
}
