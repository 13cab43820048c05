/** Grant periods as day numbers, and the minutes a grant gives for a span of days. */
import type { Grant } from "../model/index.js";
import { grantPeriod } from "../rules/index.js";
import { dateToDay, dayToDate, minutes, type Minutes } from "../time/index.js";

/** The periods of a kind that overlap the days `first`..`until` (day numbers, until excluded). */
export function periodsOf(
  per: Grant["per"],
  first: number,
  until: number,
): { from: number; until: number }[] {
  const out: { from: number; until: number }[] = [];
  let [a, b] = grantPeriod(per, dayToDate(first));
  while (dateToDay(a) < until) {
    out.push({ from: dateToDay(a), until: dateToDay(b) });
    [a, b] = grantPeriod(per, b);
  }
  return out;
}

/**
 * Minutes granted for the days `from`..`until` (day numbers) by a grant of `granted` per `per`.
 * A weekly grant is shared out by days (granted × days / 7, rounded to the minute), so the weeks
 * across New Year are shared between the years; a monthly or yearly grant counts the whole
 * periods inside the span. Undefined when the span holds no whole period of a monthly or yearly
 * grant (a month of a yearly grant): a share would suggest a pace the grant does not set.
 */
export function grantedFor(
  granted: Minutes,
  per: Grant["per"],
  from: number,
  until: number,
): Minutes | undefined {
  if (per === "week") return minutes(Math.round((granted * (until - from)) / 7));
  const whole = periodsOf(per, from, until).filter((p) => p.from >= from && p.until <= until);
  return whole.length === 0 ? undefined : minutes(granted * whole.length);
}
