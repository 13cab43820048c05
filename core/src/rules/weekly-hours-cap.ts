/**
 * `weekly-hours-cap`: working hours in one ISO week exceed the cap (NO 69 h, aml. § 10-6 (8);
 * not used in the Danish profile, where only the 48-hour average applies).
 * Anchor: the Monday 00:00 of the week.
 */
import { DAY_MS, HOUR_MS } from "../time/index.js";
import { hrs, when } from "./messages.js";
import type { AssistantRule } from "./types.js";
import { report } from "./violation.js";
import { byWeek, minutesByDay, mondayAt } from "./weeks.js";

export const weeklyHoursCap: AssistantRule = {
  id: "weekly-hours-cap",
  scope: "assistant",
  source: {
    dk: "overenskomst (ingen lovbestemt ugegrænse ud over gennemsnittet)",
    no: "arbeidsmiljøloven § 10-6 (8)",
  },
  summary: {
    da: "Arbejdstiden i en enkelt uge må ikke overstige loftet.",
    nb: "Arbeidstiden kan ikke overstige 69 timer i en enkelt uke.",
    en: "Working hours in a single ISO week must not exceed the cap (NO 69 h).",
  },
  check(ctx, assistantId, from, to, out) {
    const a = ctx.facts.assistants.get(assistantId);
    if (!a) return;
    const p = ctx.params["weekly-hours-cap"];
    const { zone } = ctx.facts;
    for (const [monday, w] of byWeek(minutesByDay(zone, a, from, to + 8 * DAY_MS))) {
      const start = zone.dayStart(monday);
      if (start < from || start >= to || w.minutes <= p.hours * 60) continue;
      const h = w.minutes / 60;
      const label = when(zone.toLocal(start));
      report(
        weeklyHoursCap,
        ctx,
        {
          anchor: start,
          assistantId,
          shiftIds: w.shiftIds,
          from: start,
          to: zone.dayStart(monday + 7),
          measured: h,
          limit: p.hours,
          unit: "hours",
          message: {
            da: `${hrs(h, "da")} arbejde i ugen fra ${label}; højst ${hrs(p.hours, "da")}.`,
            nb: `${hrs(h, "nb")} arbeid i uken fra ${label}; høyst ${hrs(p.hours, "nb")}.`,
            en: `${hrs(h, "en")} of work in the week from ${label}; at most ${hrs(p.hours, "en")}.`,
          },
        },
        out,
      );
    }
  },
  affected(ctx, _assistantId, changeFrom, changeTo) {
    const { zone } = ctx.facts;
    return [zone.dayStart(mondayAt(zone, changeFrom)) - HOUR_MS, changeTo];
  },
};
