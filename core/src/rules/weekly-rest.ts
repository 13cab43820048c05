/**
 * `weekly-rest`: in the 7 × 24 hours that start at the start of a working shift, the longest
 * stretch without work (clipped to the window) is shorter than the limit: 35 h = 24 h rest day +
 * 11 h daily rest (48 h for assistants under 18). A rolling week: at most six days between two
 * rest days. With the override `"mode": "iso-week"` the windows are fixed ISO weeks instead,
 * anchored at Monday 00:00 (and "under 18" is judged on that Monday).
 *
 * Sources: DK Nyborg § 29 and hviletidsbekendtgørelsen (one weekly rest day adjacent to a daily
 * rest); young workers bekendtgørelse om unges arbejde. NO arbeidsmiljøloven § 10-8 (2).
 */
import { DAY_MS, HOUR_MS, type Instant } from "../time/index.js";
import {
  firstStartingAtOrAfter,
  intersecting,
  isUnder,
  type AssistantFacts,
  type PShift,
} from "./facts.js";
import { hrs, when } from "./messages.js";
import { longestRest, shiftIdsIn } from "./rest-window.js";
import type { AssistantRule, Found, RuleContext } from "./types.js";
import { report } from "./violation.js";
import { mondayAt } from "./weeks.js";

function breach(
  ctx: RuleContext,
  a: AssistantFacts,
  anchor: number,
  end: number,
  openingShift: PShift | undefined,
  out: Found[],
): void {
  const p = ctx.params["weekly-rest"];
  const { zone } = ctx.facts;
  const isYoung = isUnder(
    a.assistant,
    ctx.params["young-worker"].age,
    zone.dateOf(anchor as Instant),
  );
  const limit = isYoung ? p.youngHours : p.hours;
  const rest = longestRest(a, anchor, end);
  if (rest.longest >= limit * HOUR_MS || rest.count === 0) return;
  const h = rest.longest / HOUR_MS;
  const inside = shiftIdsIn(a, anchor, end);
  const start = when(zone.toLocal(anchor as Instant));
  const ids = openingShift
    ? [openingShift.id, ...inside.filter((id) => id !== openingShift.id)]
    : inside;
  const young = (t: string) => (isYoung ? t : "");
  report(
    weeklyRest,
    ctx,
    {
      anchor,
      assistantId: a.assistant.id,
      shiftIds: ids,
      from: anchor,
      to: end,
      measured: h,
      limit,
      unit: "hours",
      message: {
        da: `Længste hvil i de 7 døgn fra ${start} er ${hrs(h, "da")}; der skal være et ugentligt hvil på mindst ${hrs(limit, "da")}${young(" for unge under 18")}.`,
        nb: `Lengste hvile i de 7 døgnene fra ${start} er ${hrs(h, "nb")}; ukentlig arbeidsfri skal være minst ${hrs(limit, "nb")}${young(" for arbeidstakere under 18")}.`,
        en: `The longest rest in the 7 days from ${start} is ${hrs(h, "en")}; weekly rest must be at least ${hrs(limit, "en")}${young(" for workers under 18")}.`,
      },
    },
    out,
  );
}

export const weeklyRest: AssistantRule = {
  id: "weekly-rest",
  scope: "assistant",
  source: {
    dk: "hviletidsbekendtgørelsen; Nyborg § 29",
    no: "arbeidsmiljøloven § 10-8 (2)",
  },
  summary: {
    da: "Hjælperen skal have et ugentligt hvil på 35 timer (24 + 11) inden for hver periode på 7 døgn.",
    nb: "Assistenten skal ha 35 timers sammenhengende arbeidsfri i løpet av sju dager.",
    en: "An assistant must have 35 consecutive hours of rest (24 + 11) in every 7 days.",
  },
  check(ctx, assistantId, from, to, out) {
    const a = ctx.facts.assistants.get(assistantId);
    if (!a) return;
    const p = ctx.params["weekly-rest"];
    const { zone } = ctx.facts;
    if (p.mode === "rolling") {
      const window = p.windowDays * DAY_MS;
      for (let i = firstStartingAtOrAfter(a.work, from); i < a.work.length; i++) {
        const s = a.work[i] as PShift;
        if (s.start >= to) break;
        breach(ctx, a, s.start, s.start + window, s, out);
      }
      return;
    }
    // Fixed ISO weeks: every week with working time whose Monday lies in [from, to).
    const mondays = new Set<number>();
    for (const s of intersecting(a.work, a.maxWork, from, to + 8 * DAY_MS)) {
      for (let m = mondayAt(zone, s.start); zone.dayStart(m) < s.end; m += 7) mondays.add(m);
    }
    for (const m of [...mondays].sort((x, y) => x - y)) {
      const start = zone.dayStart(m);
      if (start < from || start >= to) continue;
      breach(ctx, a, start, zone.dayStart(m + 7), undefined, out);
    }
  },
  affected(ctx, _assistantId, changeFrom, changeTo) {
    const p = ctx.params["weekly-rest"];
    const back = p.mode === "rolling" ? p.windowDays * DAY_MS : 8 * DAY_MS;
    return [changeFrom - back, changeTo];
  },
};
