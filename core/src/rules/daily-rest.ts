/**
 * `daily-rest`: in the 24 hours that start at the start of a working shift, the longest stretch
 * without work (clipped to the window) is shorter than the limit — 11 h, 12 h for assistants
 * under 18.
 *
 * Sources: DK hviletidsbekendtgørelsen and Nyborg § 29 / Fredericia 3.1.1 (11 hours within every
 * 24-hour period; a private employer cannot agree a reduction); young workers: bekendtgørelse om
 * unges arbejde (12 hours). NO arbeidsmiljøloven § 10-8 (1); young workers § 11-4.
 * Anchor: the shift whose start opens the failing window; one violation per failing window.
 *
 * Agreements as parameters (rules.md): under the Danish handicap-helper agreement daily rest may
 * drop to `reducedHours` (8) at most `reducedPerWeek` (2) times in an ISO week, not on consecutive
 * days; the default profiles allow no reduction (`reducedPerWeek: 0`). A day is "reduced" when a
 * window anchored on it has a longest rest in `[reducedHours, hours)`; the first `reducedPerWeek`
 * reduced days of a week are allowed unless the day before was reduced too. Never for under-18s.
 * (The agreement's 4 unbroken night hours are not modelled yet.)
 */
import { DAY_MS, HOUR_MS, mondayOfDay } from "../time/index.js";
import { firstStartingAtOrAfter, isUnder, type AssistantFacts, type PShift } from "./facts.js";
import { hrs, when } from "./messages.js";
import { longestRest, shiftIdsIn } from "./rest-window.js";
import type { AssistantRule, RuleContext } from "./types.js";
import { report } from "./violation.js";

/** The local days of a range on which a window's rest was reduced but not below `reducedHours`. */
function reducedDays(
  ctx: RuleContext,
  a: AssistantFacts,
  fromDay: number,
  toDay: number,
): Set<number> {
  const p = ctx.params["daily-rest"];
  const { zone } = ctx.facts;
  const days = new Set<number>();
  const end = zone.dayStart(toDay + 1);
  for (let i = firstStartingAtOrAfter(a.work, zone.dayStart(fromDay)); i < a.work.length; i++) {
    const s = a.work[i] as PShift;
    if (s.start >= end) break;
    if (isUnder(a.assistant, ctx.params["young-worker"].age, zone.dateOf(s.start))) continue;
    const rest = longestRest(a, s.start, s.start + p.windowHours * HOUR_MS).longest;
    if (rest < p.hours * HOUR_MS && rest >= p.reducedHours * HOUR_MS) days.add(zone.dayOf(s.start));
  }
  return days;
}

/** Whether a reduced rest on `day` is within the agreement's allowance. */
function allowedReduction(
  ctx: RuleContext,
  a: AssistantFacts,
  day: number,
  weeks: Map<number, Set<number>>,
): boolean {
  const perWeek = ctx.params["daily-rest"].reducedPerWeek;
  const monday = mondayOfDay(day);
  let reduced = weeks.get(monday);
  if (!reduced) weeks.set(monday, (reduced = reducedDays(ctx, a, monday - 1, monday + 6)));
  if (reduced.has(day - 1)) return false;
  const rank = [...reduced].filter((d) => d >= monday && d < day).length;
  return rank < perWeek;
}

const agreementNote = {
  da: (h: number, n: number) =>
    `; overenskomsten tillader ned til ${hrs(h, "da")} højst ${n} gange om ugen, ikke to dage i træk`,
  nb: (h: number, n: number) =>
    `; avtalen tillater ned til ${hrs(h, "nb")} høyst ${n} ganger i uken, ikke to dager på rad`,
  en: (h: number, n: number) =>
    `; the agreement allows down to ${hrs(h, "en")} at most ${n} times a week, not on consecutive days`,
};

export const dailyRest: AssistantRule = {
  id: "daily-rest",
  scope: "assistant",
  source: {
    dk: "hviletidsbekendtgørelsen; Nyborg § 29",
    no: "arbeidsmiljøloven § 10-8 (1)",
  },
  summary: {
    da: "Hjælperen skal have 11 timers sammenhængende hvil inden for hvert døgn (unge under 18: 12 timer).",
    nb: "Assistenten skal ha 11 timers sammenhengende arbeidsfri i løpet av 24 timer (under 18 år: 12 timer).",
    en: "An assistant must have 11 consecutive hours of rest in every 24 hours (under 18: 12 hours).",
  },
  check(ctx, assistantId, from, to, out) {
    const a = ctx.facts.assistants.get(assistantId);
    if (!a) return;
    const p = ctx.params["daily-rest"];
    const young = ctx.params["young-worker"].age;
    const window = p.windowHours * HOUR_MS;
    const { zone } = ctx.facts;
    const weeks = new Map<number, Set<number>>();
    const mayReduce = p.reducedPerWeek > 0 && p.reducedHours < p.hours;
    for (let i = firstStartingAtOrAfter(a.work, from); i < a.work.length; i++) {
      const s = a.work[i] as PShift;
      if (s.start >= to) break;
      const isYoung = isUnder(a.assistant, young, zone.dateOf(s.start));
      const limit = isYoung ? p.youngHours : p.hours;
      const end = s.start + window;
      const rest = longestRest(a, s.start, end);
      if (rest.longest >= limit * HOUR_MS) continue;
      const reduced = mayReduce && !isYoung && rest.longest >= p.reducedHours * HOUR_MS;
      if (reduced && allowedReduction(ctx, a, zone.dayOf(s.start), weeks)) continue;
      const h = rest.longest / HOUR_MS;
      const inside = shiftIdsIn(a, s.start, end);
      const start = when(zone.toLocal(s.start));
      report(
        dailyRest,
        ctx,
        {
          anchor: s.start,
          assistantId,
          shiftIds: [s.id, ...inside.filter((id) => id !== s.id)],
          from: s.start,
          to: end,
          measured: h,
          limit,
          unit: "hours",
          message: {
            da: `Kun ${hrs(h, "da")} sammenhængende hvil i døgnet fra ${start}; mindst ${hrs(limit, "da")} kræves${isYoung ? " for unge under 18" : ""}${reduced ? agreementNote.da(p.reducedHours, p.reducedPerWeek) : ""}.`,
            nb: `Bare ${hrs(h, "nb")} sammenhengende hvile i døgnet fra ${start}; minst ${hrs(limit, "nb")} kreves${isYoung ? " for arbeidstakere under 18" : ""}${reduced ? agreementNote.nb(p.reducedHours, p.reducedPerWeek) : ""}.`,
            en: `Only ${hrs(h, "en")} of consecutive rest in the 24 hours from ${start}; at least ${hrs(limit, "en")} required${isYoung ? " for workers under 18" : ""}${reduced ? agreementNote.en(p.reducedHours, p.reducedPerWeek) : ""}.`,
          },
        },
        out,
      );
    }
  },
  affected(ctx, _assistantId, changeFrom, changeTo) {
    const p = ctx.params["daily-rest"];
    const from = changeFrom - p.windowHours * HOUR_MS;
    if (p.reducedPerWeek === 0) return [from, changeTo];
    // A reduced day changes the allowance of its whole ISO week and of the next day.
    const { zone } = ctx.facts;
    const first = zone.dayStart(mondayOfDay(zone.dayOf(from)));
    const last = zone.dayStart(mondayOfDay(zone.dayOf(changeTo)) + 8);
    return [first - DAY_MS, last];
  },
};
