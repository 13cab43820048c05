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
  HOUR_MS,
  addDays,
  mondayOf,
  type Instant,
  type LocalDate,
  type Zone,
} from "../time/index.js";
import { intersecting, type PShift } from "./facts.js";
import { hrs, when } from "./messages.js";
import type { ArrangementRule } from "./types.js";
import { report } from "./violation.js";

/** The first day of the grant period holding `date`, and the first day of the next one. */
export function grantPeriod(per: Grant["per"], date: LocalDate): [LocalDate, LocalDate] {
  if (per === "week") {
    const m = mondayOf(date);
    return [m, addDays(m, 7)];
  }
  const y = Number(date.slice(0, 4));
  if (per === "year") return [`${y}-01-01` as LocalDate, `${y + 1}-01-01` as LocalDate];
  const mo = Number(date.slice(5, 7));
  const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, "0")}-01`;
  return [`${date.slice(0, 7)}-01` as LocalDate, next as LocalDate];
}

const periodOf = (zone: Zone, per: Grant["per"], t: number): [LocalDate, LocalDate] =>
  grantPeriod(per, zone.dateOf(t as Instant));

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
    if (!grant) return;
    const { zone, help, maxHelpDuration } = ctx.facts;
    const periods = new Map<LocalDate, LocalDate>();
    // A period anchored before `to` can hold shifts up to its own end.
    const hi = Number.isFinite(to) ? zone.startOfDay(periodOf(zone, grant.per, to)[1]) : Infinity;
    for (const s of intersecting(help, maxHelpDuration, from, hi)) {
      for (let p = periodOf(zone, grant.per, s.start); zone.startOfDay(p[0]) < s.end;) {
        periods.set(p[0], p[1]);
        p = grantPeriod(grant.per, p[1]);
      }
    }
    for (const [first, next] of [...periods].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const start = zone.startOfDay(first);
      const end = zone.startOfDay(next);
      if (start < from || start >= to) continue;
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
          shiftIds: [] as PShift["id"][],
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
    return [zone.startOfDay(periodOf(zone, grant.per, changeFrom)[0]), changeTo];
  },
};
