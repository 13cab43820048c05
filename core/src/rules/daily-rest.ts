/**
 * `daily-rest`: in the 24 hours that start at the start of a working shift, the longest stretch
 * without work (clipped to the window) is shorter than the limit — 11 h, 12 h for assistants
 * under 18.
 *
 * Sources: DK hviletidsbekendtgørelsen and Nyborg § 29 / Fredericia 3.1.1 (11 hours within every
 * 24-hour period; a private employer cannot agree a reduction); young workers: bekendtgørelse om
 * unges arbejde (12 hours). NO arbeidsmiljøloven § 10-8 (1); young workers § 11-4.
 * Anchor: the shift whose start opens the failing window; one violation per failing window.
 */
import { HOUR_MS } from "../time/index.js";
import { firstStartingAtOrAfter, isUnder, type PShift } from "./facts.js";
import { hrs, when } from "./messages.js";
import { longestRest, shiftIdsIn } from "./rest-window.js";
import type { AssistantRule } from "./types.js";
import { report } from "./violation.js";

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
    for (let i = firstStartingAtOrAfter(a.work, from); i < a.work.length; i++) {
      const s = a.work[i] as PShift;
      if (s.start >= to) break;
      const isYoung = isUnder(a.assistant, young, zone.dateOf(s.start));
      const limit = isYoung ? p.youngHours : p.hours;
      const end = s.start + window;
      const rest = longestRest(a, s.start, end);
      if (rest.longest >= limit * HOUR_MS) continue;
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
            da: `Kun ${hrs(h, "da")} sammenhængende hvil i døgnet fra ${start} (vagt ${s.id}); mindst ${hrs(limit, "da")} kræves${isYoung ? " for unge under 18" : ""}.`,
            nb: `Bare ${hrs(h, "nb")} sammenhengende hvile i døgnet fra ${start} (vakt ${s.id}); minst ${hrs(limit, "nb")} kreves${isYoung ? " for arbeidstakere under 18" : ""}.`,
            en: `Only ${hrs(h, "en")} of consecutive rest in the 24 hours from ${start} (shift ${s.id}); at least ${hrs(limit, "en")} required${isYoung ? " for workers under 18" : ""}.`,
          },
        },
        out,
      );
    }
  },
  affected(ctx, _assistantId, changeFrom, changeTo) {
    return [changeFrom - ctx.params["daily-rest"].windowHours * HOUR_MS, changeTo];
  },
};
