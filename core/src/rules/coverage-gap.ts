/**
 * `coverage-gap`: during the hours of a need, fewer assistants are planned (distinct assistants
 * with a working `help` shift) than the need asks for. Checked inside the rota's period.
 *
 * Choices: when need entries overlap, the larger number applies; a need whose `to` is not after
 * its `from` runs overnight into the next day; a reported gap is a maximal interval in which
 * staffing is short (across midnight too), with `measured` the fewest assistants planned in it and
 * `limit` the most needed. Staff meetings, training and appraisal do not count as cover.
 * Anchor: the start of the gap.
 */
import { WEEKDAYS } from "../model/index.js";
import {
  DAY_MS,
  MINUTE_MS,
  addDays,
  dateToLocalMs,
  isoWeekday,
  parseClock,
  type Instant,
} from "../time/index.js";
import { intersecting, periodBounds, type PShift } from "./facts.js";
import { when } from "./messages.js";
import type { ArrangementRule, RuleContext } from "./types.js";
import { report } from "./violation.js";

interface Segment {
  readonly from: number;
  readonly to: number;
  readonly required: number;
  readonly staffed: number;
}

/** Need intervals `[start, end, assistants]` of the dates around `[a, b)`. */
function needIntervals(ctx: RuleContext, a: number, b: number): Array<[number, number, number]> {
  const { zone, rota } = ctx.facts;
  const out: Array<[number, number, number]> = [];
  const last = zone.dateOf(b as Instant);
  for (let d = addDays(zone.dateOf(a as Instant), -1); d <= last; d = addDays(d, 1)) {
    const day = WEEKDAYS[isoWeekday(d) - 1];
    const base = dateToLocalMs(d);
    for (const n of rota.need ?? []) {
      if (!day || !n.days.includes(day) || n.assistants === 0) continue;
      const from = parseClock(n.from) ?? 0;
      const to = parseClock(n.to) ?? 0;
      const start = zone.atLocalMs(base + from * MINUTE_MS);
      const end = zone.atLocalMs(base + (to <= from ? DAY_MS : 0) + to * MINUTE_MS);
      if (end > a && start < b) out.push([start, end, n.assistants]);
    }
  }
  return out;
}

/** Elementary segments of `[a, b)` with constant need and staffing. */
function segments(ctx: RuleContext, a: number, b: number): Segment[] {
  const { help, maxHelpDuration } = ctx.facts;
  // Events: [time, kind, value]: kind 0 = shift (value ±1 per assistant), 1 = need (± level).
  const shiftEvents: Array<[number, PShift, number]> = [];
  const active = new Map<string, number>();
  let staffed = 0;
  const enter = (id: string, d: number) => {
    const before = active.get(id) ?? 0;
    const after = before + d;
    active.set(id, after);
    if (before === 0 && after > 0) staffed++;
    if (before > 0 && after === 0) staffed--;
  };
  for (const s of intersecting(help, maxHelpDuration, a, b)) {
    if (s.start <= a) enter(s.assistantId, 1);
    else shiftEvents.push([s.start, s, 1]);
    if (s.end < b) shiftEvents.push([s.end, s, -1]);
  }
  const needs = needIntervals(ctx, a, b);
  const levels: number[] = [];
  const needEvents: Array<[number, number, number]> = [];
  for (const [start, end, n] of needs) {
    if (start <= a) levels.push(n);
    else needEvents.push([start, n, 1]);
    if (end < b) needEvents.push([end, n, -1]);
  }
  const times = [
    ...new Set([a, b, ...shiftEvents.map((e) => e[0]), ...needEvents.map((e) => e[0])]),
  ]
    .filter((t) => t >= a && t <= b)
    .sort((x, y) => x - y);
  shiftEvents.sort((x, y) => x[0] - y[0]);
  needEvents.sort((x, y) => x[0] - y[0]);
  const out: Segment[] = [];
  let si = 0;
  let ni = 0;
  for (let k = 0; k < times.length - 1; k++) {
    const t = times[k] as number;
    for (; si < shiftEvents.length && (shiftEvents[si] as [number, PShift, number])[0] <= t; si++) {
      const [, s, d] = shiftEvents[si] as [number, PShift, number];
      enter(s.assistantId, d);
    }
    for (; ni < needEvents.length && (needEvents[ni] as [number, number, number])[0] <= t; ni++) {
      const [, n, d] = needEvents[ni] as [number, number, number];
      if (d > 0) levels.push(n);
      else levels.splice(levels.indexOf(n), 1);
    }
    const required = levels.length ? Math.max(...levels) : 0;
    out.push({ from: t, to: times[k + 1] as number, required, staffed });
  }
  return out;
}

const short = (s: Segment | undefined): boolean => s !== undefined && s.staffed < s.required;

/** The period's bounds as instants, or undefined when there is no need or no period. */
function bounds(ctx: RuleContext): [number, number] | undefined {
  const { period, rota, zone } = ctx.facts;
  if (!period || !rota.need?.length) return undefined;
  return periodBounds(zone, period);
}

/** The start of the shortfall that runs up to `t` (or `t` when staffing just before it is enough). */
function shortfallStartBefore(ctx: RuleContext, t: number, p0: number): number {
  let from = t;
  for (let back = 2 * DAY_MS; from > p0; back *= 2) {
    const a = Math.max(p0, t - back);
    const segs = segments(ctx, a, t);
    let i = segs.length - 1;
    while (i >= 0 && short(segs[i])) i--;
    if (i >= 0) return (segs[i] as Segment).to;
    from = a;
  }
  return from;
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
    const pb = bounds(ctx);
    if (!pb) return;
    const [p0, p1] = pb;
    // Start where a shortfall running into `from` starts, so gaps are measured whole.
    const a = from > p0 ? shortfallStartBefore(ctx, Math.min(from, p1), p0) : p0;
    let b = Math.min(p1, Number.isFinite(to) ? to + 2 * DAY_MS : p1);
    if (a >= b) return;
    let segs = segments(ctx, a, b);
    // Widen to the right until no shortfall is cut by the end of the scan.
    while (short(segs[segs.length - 1]) && b < p1) {
      b = Math.min(p1, b + 7 * DAY_MS);
      segs = segments(ctx, a, b);
    }
    const { zone } = ctx.facts;
    for (let i = 0; i < segs.length; i++) {
      if (!short(segs[i])) continue;
      const first = segs[i] as Segment;
      let staffed = first.staffed;
      let required = first.required;
      let j = i;
      while (j + 1 < segs.length && short(segs[j + 1])) {
        j++;
        staffed = Math.min(staffed, (segs[j] as Segment).staffed);
        required = Math.max(required, (segs[j] as Segment).required);
      }
      const end = (segs[j] as Segment).to;
      i = j;
      if (first.from < from || first.from >= to) continue;
      const span = `${when(zone.toLocal(first.from as Instant))}–${when(zone.toLocal(end as Instant))}`;
      report(
        coverageGap,
        ctx,
        {
          anchor: first.from,
          shiftIds: [],
          from: first.from,
          to: end,
          measured: staffed,
          limit: required,
          unit: "assistants",
          message: {
            da: `${span}: ${staffed} af ${required} hjælpere planlagt.`,
            nb: `${span}: ${staffed} av ${required} assistenter satt opp.`,
            en: `${span}: ${staffed} of ${required} assistants planned.`,
          },
        },
        out,
      );
    }
  },
  affected(ctx, changeFrom, changeTo) {
    const pb = bounds(ctx);
    if (!pb) return [changeFrom, changeTo + 1];
    return [
      shortfallStartBefore(ctx, Math.max(pb[0], Math.min(changeFrom, pb[1])), pb[0]),
      changeTo + 1,
    ];
  },
};
