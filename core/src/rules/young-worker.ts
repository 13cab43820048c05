/**
 * `young-worker`: an assistant under 18 on the date concerned (15–17, past compulsory school)
 * works inside the night window, more than 8 hours in a local day, or more than 40 hours in an
 * ISO week. (Their longer daily and weekly rest and earlier break are applied by `daily-rest`,
 * `weekly-rest` and `break`.)
 *
 * Sources: DK bekendtgørelse om unges arbejde (night 20:00–06:00); NO arbeidsmiljøloven
 * §§ 11-2 (3) and 11-3 (night 21:00–06:00). Anchors: the shift's start (night), the day's
 * 00:00 (day hours), the Monday 00:00 (week hours).
 */
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  addDays,
  dateToLocalMs,
  dayToDate,
  parseClock,
  type Instant,
  type LocalDate,
} from "../time/index.js";
import { firstStartingAtOrAfter, isUnder, type PShift } from "./facts.js";
import { hrs, when } from "./messages.js";
import type { AssistantRule, RuleContext } from "./types.js";
import { report } from "./violation.js";
import { byWeek, minutesByDay, mondayAt } from "./weeks.js";

/** Minutes of `[start, end)` inside the night window (which may cross midnight). */
function nightMinutes(ctx: RuleContext, start: number, end: number): number {
  const p = ctx.params["young-worker"];
  const { zone } = ctx.facts;
  const from = parseClock(p.nightFrom) ?? 0;
  const to = parseClock(p.nightTo) ?? 0;
  let total = 0;
  const last = zone.dateOf((end - 1) as Instant);
  for (let d = addDays(zone.dateOf(start as Instant), -1); d <= last; d = addDays(d, 1)) {
    const base = dateToLocalMs(d);
    const ws = zone.atLocalMs(base + from * MINUTE_MS);
    const we = zone.atLocalMs(base + (to <= from ? DAY_MS : 0) + to * MINUTE_MS);
    total += Math.max(0, Math.min(end, we) - Math.max(start, ws));
  }
  return total / MINUTE_MS;
}

export const youngWorker: AssistantRule = {
  id: "young-worker",
  scope: "assistant",
  source: {
    dk: "bekendtgørelse om unges arbejde",
    no: "arbeidsmiljøloven §§ 11-2 og 11-3",
  },
  summary: {
    da: "Unge under 18 må ikke arbejde om natten (20–06) og højst 8 timer om dagen og 40 timer om ugen.",
    nb: "Arbeidstakere under 18 år kan ikke arbeide om natten (21–06), og høyst 8 timer om dagen og 40 timer i uken.",
    en: "Workers under 18 may not work at night and at most 8 hours a day and 40 hours a week.",
  },
  check(ctx, assistantId, from, to, out) {
    const a = ctx.facts.assistants.get(assistantId);
    if (!a?.assistant.birthDate || a.work.length === 0) return;
    const p = ctx.params["young-worker"];
    const { zone } = ctx.facts;
    const young = (date: LocalDate) => isUnder(a.assistant, p.age, date);
    if (!young(zone.dateOf((a.work[0] as PShift).start))) return; // too old for every shift
    const night = `${p.nightFrom}–${p.nightTo}`;

    for (let i = firstStartingAtOrAfter(a.work, from); i < a.work.length; i++) {
      const s = a.work[i] as PShift;
      if (s.start >= to) break;
      if (!young(zone.dateOf(s.start))) continue;
      const m = nightMinutes(ctx, s.start, s.end);
      if (m <= 0) continue;
      const h = m / 60;
      report(
        youngWorker,
        ctx,
        {
          anchor: s.start,
          part: "night",
          assistantId,
          shiftIds: [s.id],
          from: s.start,
          to: s.end,
          measured: h,
          limit: 0,
          unit: "hours",
          message: {
            da: `Vagt ${s.id} ligger ${hrs(h, "da")} i natperioden ${night}, som er forbudt for unge under 18.`,
            nb: `Vakt ${s.id} ligger ${hrs(h, "nb")} i nattperioden ${night}, som er forbudt for arbeidstakere under 18.`,
            en: `Shift ${s.id} has ${hrs(h, "en")} in the night window ${night}, forbidden for workers under 18.`,
          },
        },
        out,
      );
    }

    const days = minutesByDay(zone, a, from, to + 8 * DAY_MS);
    for (const [day, d] of days) {
      const date = dayToDate(day);
      const start = zone.dayStart(day);
      if (start < from || start >= to || !young(date) || d.minutes <= p.dayHours * 60) continue;
      const h = d.minutes / 60;
      report(
        youngWorker,
        ctx,
        {
          anchor: start,
          part: "day",
          assistantId,
          shiftIds: d.shiftIds,
          from: start,
          to: zone.dayStart(day + 1),
          measured: h,
          limit: p.dayHours,
          unit: "hours",
          message: {
            da: `${hrs(h, "da")} arbejde ${date}; unge under 18 må højst arbejde ${hrs(p.dayHours, "da")} om dagen.`,
            nb: `${hrs(h, "nb")} arbeid ${date}; arbeidstakere under 18 kan høyst arbeide ${hrs(p.dayHours, "nb")} per dag.`,
            en: `${hrs(h, "en")} of work on ${date}; workers under 18 may work at most ${hrs(p.dayHours, "en")} a day.`,
          },
        },
        out,
      );
    }
    const youngDays = new Map([...days].filter(([day]) => young(dayToDate(day))));
    for (const [monday, w] of byWeek(youngDays)) {
      const start = zone.dayStart(monday);
      if (start < from || start >= to || w.minutes <= p.weekHours * 60) continue;
      const h = w.minutes / 60;
      report(
        youngWorker,
        ctx,
        {
          anchor: start,
          part: "week",
          assistantId,
          shiftIds: w.shiftIds,
          from: start,
          to: zone.dayStart(monday + 7),
          measured: h,
          limit: p.weekHours,
          unit: "hours",
          message: {
            da: `${hrs(h, "da")} arbejde i ugen fra ${when(zone.toLocal(start))}; unge under 18 må højst arbejde ${hrs(p.weekHours, "da")} om ugen.`,
            nb: `${hrs(h, "nb")} arbeid i uken fra ${when(zone.toLocal(start))}; arbeidstakere under 18 kan høyst arbeide ${hrs(p.weekHours, "nb")} i uken.`,
            en: `${hrs(h, "en")} of work in the week from ${when(zone.toLocal(start))}; workers under 18 may work at most ${hrs(p.weekHours, "en")} a week.`,
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
