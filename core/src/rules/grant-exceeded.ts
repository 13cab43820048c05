/**
 * `grant-exceeded`: the hours planned for all assistants (working time, purpose `help`) in one
 * grant period exceed the granted hours. Periods are ISO weeks, calendar months or calendar
 * years in the arrangement's zone; a shift across a period boundary counts in each part.
 *
 * Sources: DK Serviceloven § 96 as applied in Fredericia 1.1.5–1.1.6 and Nyborg §§ 32, 36 (the
 * work leader must keep within the grant; overuse is paid back); NO the municipality's vedtak.
 * Anchor: the start of the grant period.
 */
import type { Grant } from "../model/index.js";
import {
  DAY_MS,
  HOUR_MS,
  dateToDay,
  dayToDate,
  mondayOfDay,
  type LocalDate,
} from "../time/index.js";
import { intersecting } from "./facts.js";
import { hrs, when } from "./messages.js";
import type { ArrangementRule } from "./types.js";
import { report } from "./violation.js";

/** The first day of the grant period holding `date`, and the first day of the next one. */
export function grantPeriod(per: Grant["per"], date: LocalDate): [LocalDate, LocalDate] {
  const [a, b] = periodDays(per, dateToDay(date));
  return [dayToDate(a), dayToDate(b)];
}

/** The grant period holding a day number, as the day numbers of its first day and the next period's. */
function periodDays(per: Grant["per"], day: number): [number, number] {
  if (per === "week") {
    const m = mondayOfDay(day);
    return [m, m + 7];
  }
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const mo = per === "year" ? 0 : d.getUTCMonth();
  const next = per === "year" ? Date.UTC(y + 1, 0, 1) : Date.UTC(y, mo + 1, 1);
  return [Date.UTC(y, mo, 1) / DAY_MS, next / DAY_MS];
}

export const grantExceeded: ArrangementRule = {
  id: "grant-exceeded",
  scope: "arrangement",
  source: {
    dk: "serviceloven § 96; Fredericia 1.1.5–1.1.6; Nyborg §§ 32 og 36",
    no: "kommunens vedtak om BPA (helse- og omsorgstjenesteloven § 3-8)",
  },
  summary: {
    da: "De planlagte timer må ikke overstige de bevilgede timer i bevillingsperioden.",
    nb: "Planlagte timer kan ikke overstige timene i vedtaket for perioden.",
    en: "Planned hours must not exceed the granted hours in a grant period.",
  },
  check(ctx, from, to, out) {
    const grant = ctx.facts.rota.grant;
    const { zone, help, maxHelpDuration } = ctx.facts;
    const first = help[0];
    if (!grant || !first) return;
    // Periods that start in [from, to) and hold help shifts: walk them in order.
    const lastEnd = help.reduce((m, s) => Math.max(m, s.end), -Infinity);
    let [a, b] = periodDays(grant.per, zone.dayOf(Math.max(from, first.start)));
    if (zone.dayStart(a) < from) [a, b] = periodDays(grant.per, b);
    for (; zone.dayStart(a) < to && zone.dayStart(a) < lastEnd; [a, b] = periodDays(grant.per, b)) {
      const start = zone.dayStart(a);
      const end = zone.dayStart(b);
      let ms = 0;
      for (const s of intersecting(help, maxHelpDuration, start, end)) {
        ms += Math.min(s.end, end) - Math.max(s.start, start);
      }
      const h = ms / HOUR_MS;
      if (h <= grant.hours) continue;
      const range = `${when(zone.toLocal(start))}–${when(zone.toLocal(end))}`;
      report(
        grantExceeded,
        ctx,
        {
          anchor: start,
          shiftIds: [],
          from: start,
          to: end,
          measured: h,
          limit: grant.hours,
          unit: "hours",
          message: {
            da: `${hrs(h, "da")} planlagt i perioden ${range}; bevillingen er ${hrs(grant.hours, "da")}.`,
            nb: `${hrs(h, "nb")} planlagt i perioden ${range}; vedtaket er ${hrs(grant.hours, "nb")}.`,
            en: `${hrs(h, "en")} planned in the period ${range}; the grant is ${hrs(grant.hours, "en")}.`,
          },
        },
        out,
      );
    }
  },
  affected(ctx, changeFrom, changeTo) {
    const grant = ctx.facts.rota.grant;
    if (!grant) return [changeFrom, changeTo];
    const { zone } = ctx.facts;
    return [zone.dayStart(periodDays(grant.per, zone.dayOf(changeFrom))[0]), changeTo];
  },
};
