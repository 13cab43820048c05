/**
 * `average-weekly-hours`: over any run of N consecutive ISO weeks, working hours ÷
 * (N − neutral days ÷ 7) exceed the limit (48 h; DK N = 17 ≈ 4 months, NO N = 8).
 *
 * Choices, as a payroll clerk would make them: weeks with no shifts in the file count as weeks
 * without work (the file is the only evidence), so a run is any N weeks that hold at least one
 * working week. Neutral days (Directive 2003/88 art. 16(b)) are local dates touched by an
 * absence on which the assistant did not work; their hours and their length both leave the
 * average. A run that is entirely neutral is skipped. Every failing run is reported.
 *
 * Sources: DK lov om gennemførelse af dele af arbejdstidsdirektivet § 4; NO aml. § 10-6 (8).
 * Anchor: the Monday 00:00 of the first week of the run.
 */
import { DAY_MS } from "../time/index.js";
import { hrs, num, when } from "./messages.js";
import type { AssistantRule } from "./types.js";
import { report } from "./violation.js";
import { byWeek, minutesByDay, mondayAt, neutralDaysByWeek } from "./weeks.js";

export const averageWeeklyHours: AssistantRule = {
  id: "average-weekly-hours",
  scope: "assistant",
  source: {
    dk: "lov om gennemførelse af dele af arbejdstidsdirektivet § 4",
    no: "arbeidsmiljøloven § 10-6 (8)",
  },
  summary: {
    da: "Den gennemsnitlige arbejdstid må højst være 48 timer om ugen over 4 måneder (17 uger).",
    nb: "Gjennomsnittlig arbeidstid kan ikke overstige 48 timer per uke over åtte uker.",
    en: "Average working time must not exceed 48 hours a week over the reference period.",
  },
  check(ctx, assistantId, from, to, out) {
    const a = ctx.facts.assistants.get(assistantId);
    if (!a || a.work.length === 0) return;
    const p = ctx.params["average-weekly-hours"];
    const { zone } = ctx.facts;
    const span = (p.weeks + 1) * 7 * DAY_MS;
    const lo = from - DAY_MS;
    const hi = to + span;
    const days = minutesByDay(zone, a, lo, hi);
    const weeks = byWeek(days);
    const neutral = neutralDaysByWeek(zone, a, lo, hi, days);
    const starts = new Set<number>();
    for (const m of weeks.keys()) {
      for (let k = 0; k < p.weeks; k++) starts.add(m - 7 * k);
    }
    for (const first of [...starts].sort((x, y) => x - y)) {
      const start = zone.dayStart(first);
      if (start < from || start >= to) continue;
      let minutes = 0;
      let neutralDays = 0;
      for (let k = 0; k < p.weeks; k++) {
        const m = first + 7 * k;
        minutes += weeks.get(m)?.minutes ?? 0;
        neutralDays += neutral.get(m) ?? 0;
      }
      const length = p.weeks - neutralDays / 7;
      if (length <= 0 || minutes === 0) continue;
      const average = minutes / 60 / length;
      if (average <= p.hours) continue;
      const last = first + 7 * p.weeks;
      const range = `${when(zone.toLocal(start))}–${when(zone.toLocal(zone.dayStart(last)))}`;
      const neutralText = {
        da: neutralDays ? `, ${neutralDays} neutrale fraværsdage fratrukket` : "",
        nb: neutralDays ? `, ${neutralDays} nøytrale fraværsdager holdt utenfor` : "",
        en: neutralDays ? `, ${neutralDays} neutral absence days left out` : "",
      };
      report(
        averageWeeklyHours,
        ctx,
        {
          anchor: start,
          assistantId,
          shiftIds: [],
          from: start,
          to: zone.dayStart(last),
          measured: average,
          limit: p.hours,
          unit: "hours",
          message: {
            da: `Gennemsnitligt ${hrs(average, "da")} om ugen over ${num(p.weeks, "da")} uger (${range}${neutralText.da}); højst ${hrs(p.hours, "da")}.`,
            nb: `Gjennomsnittlig ${hrs(average, "nb")} per uke over ${num(p.weeks, "nb")} uker (${range}${neutralText.nb}); høyst ${hrs(p.hours, "nb")}.`,
            en: `An average of ${hrs(average, "en")} a week over ${num(p.weeks, "en")} weeks (${range}${neutralText.en}); at most ${hrs(p.hours, "en")}.`,
          },
        },
        out,
      );
    }
  },
  affected(ctx, _assistantId, changeFrom, changeTo) {
    const { zone } = ctx.facts;
    const weeks = ctx.params["average-weekly-hours"].weeks;
    return [zone.dayStart(mondayAt(zone, changeFrom)) - weeks * 7 * DAY_MS, changeTo];
  },
};
