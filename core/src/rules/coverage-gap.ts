/**
 * `coverage-gap`: during the hours of a need, fewer assistants are planned (distinct assistants
 * with a working `help` shift) than the need asks for. Checked inside the rota's period.
 *
 * Choices: staffing is counted as in `staffing.ts` (larger need wins, overnight needs, only help
 * shifts cover); a reported gap is a maximal interval in which staffing is short (across midnight
 * too), with `measured` the fewest assistants planned in it and `limit` the most needed.
 * Sources: DK serviceloven § 96 (the grant's need for help); NO helse- og omsorgstjenesteloven
 * § 3-8.
 * Anchor: the start of the gap.
 */
import { addDays, type Instant, type LocalDate } from "../time/index.js";
import { intersecting, periodBounds } from "./facts.js";
import { when } from "./messages.js";
import type { ArrangementRule, RuleContext } from "./types.js";
import { needIntervals, staffingSegments, type Staffing } from "./staffing.js";
import { report } from "./violation.js";

type Segment = Staffing;

/** Elementary segments of `[a, b)` with constant need and staffing. */
function segments(ctx: RuleContext, a: number, b: number): Segment[] {
  const { help, maxHelpDuration, zone, rota } = ctx.facts;
  return staffingSegments(
    intersecting(help, maxHelpDuration, a, b),
    needIntervals(zone, rota.need, a, b),
    a,
    b,
  );
}

/** The shortfalls of one local day: maximal short intervals inside it. */
type DayShortfalls = readonly Segment[];

/** The shortfalls of a day, from the facts' day cache (dropped when a shift touches the day). */
function day(ctx: RuleContext, date: LocalDate): DayShortfalls {
  const cache = ctx.facts.dayCache as Map<LocalDate, DayShortfalls>;
  const hit = cache.get(date);
  if (hit) return hit;
  const { zone } = ctx.facts;
  const out: Segment[] = [];
  for (const s of segments(ctx, zone.startOfDay(date), zone.startOfDay(addDays(date, 1)))) {
    if (s.staffed >= s.required) continue;
    const last = out[out.length - 1];
    if (last && last.to === s.from) {
      out[out.length - 1] = {
        from: last.from,
        to: s.to,
        staffed: Math.min(last.staffed, s.staffed),
        required: Math.max(last.required, s.required),
      };
    } else out.push(s);
  }
  cache.set(date, out);
  return out;
}

/** The start of the shortfall that contains or ends at `t` (or `t` itself when there is none). */
function shortfallStartAt(ctx: RuleContext, period: Period, t: number): number {
  const { zone } = ctx.facts;
  let d = zone.dateOf(t as Instant);
  for (;;) {
    const dayStart = zone.startOfDay(d);
    if (d < period.from) return t;
    const seg = day(ctx, d).find((s) => s.from < t && s.to >= t);
    if (seg) t = seg.from;
    if (t !== dayStart || d <= period.from) return t;
    d = addDays(d, -1);
  }
}

interface Period {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** The period, when there is a need to check inside it. */
function periodOf(ctx: RuleContext): Period | undefined {
  const { period, rota } = ctx.facts;
  return period && rota.need?.length ? period : undefined;
}

export const coverageGap: ArrangementRule = {
  id: "coverage-gap",
  scope: "arrangement",
  source: {
    dk: "bevillingens behov for hjælp (serviceloven § 96)",
    no: "vedtakets behov for assistanse (helse- og omsorgstjenesteloven § 3-8)",
  },
  summary: {
    da: "I de timer, hvor der er behov for hjælp, skal der være planlagt nok hjælpere.",
    nb: "I timene det er behov for assistanse, må nok assistenter være satt opp.",
    en: "Enough assistants must be planned during the hours the need names.",
  },
  check(ctx, from, to, out) {
    const period = periodOf(ctx);
    if (!period) return;
    const { zone } = ctx.facts;
    const [p0, p1] = periodBounds(zone, period);
    if (from >= p1 || to <= p0) return;
    // Begin where a shortfall running into `from` begins, so gaps are measured whole.
    const begin = from <= p0 ? p0 : shortfallStartAt(ctx, period, from);
    let open: Segment | undefined;
    const emit = (g: Segment) => {
      if (g.from < from || g.from >= to) return;
      const span = `${when(zone.toLocal(g.from as Instant))}–${when(zone.toLocal(g.to as Instant))}`;
      report(
        coverageGap,
        ctx,
        {
          anchor: g.from,
          shiftIds: [],
          from: g.from,
          to: g.to,
          measured: g.staffed,
          limit: g.required,
          unit: "assistants",
          message: {
            da: `${span}: ${g.staffed} af ${g.required} hjælpere planlagt.`,
            nb: `${span}: ${g.staffed} av ${g.required} assistenter satt opp.`,
            en: `${span}: ${g.staffed} of ${g.required} assistants planned.`,
          },
        },
        out,
      );
    };
    for (let d = zone.dateOf(begin as Instant); d <= period.to; d = addDays(d, 1)) {
      if (zone.startOfDay(d) >= to && !open) break;
      for (const s of day(ctx, d)) {
        if (s.to <= begin) continue;
        if (open && open.to === s.from) {
          open = {
            from: open.from,
            to: s.to,
            staffed: Math.min(open.staffed, s.staffed),
            required: Math.max(open.required, s.required),
          };
        } else {
          if (open) emit(open);
          open = s;
        }
      }
      if (open && open.to !== zone.startOfDay(addDays(d, 1))) {
        emit(open);
        open = undefined;
      }
    }
    if (open) emit(open);
  },
  affected(ctx, changeFrom, changeTo) {
    const period = periodOf(ctx);
    if (!period) return [changeFrom, changeTo + 1];
    const [p0, p1] = periodBounds(ctx.facts.zone, period);
    const t = Math.max(p0, Math.min(changeFrom, p1 - 1));
    return [shortfallStartAt(ctx, period, t), changeTo + 1];
  },
};
