/**
 * `break`: a continuous work period (working shifts that touch or overlap form one) longer than
 * the threshold holds less than the minimum break (`breakMinutes` summed over its shifts < 30).
 * Threshold: DK more than 6 h (Fredericia 3.1.1), 4.5 h for workers under 18 (bekendtgørelse
 * om unges arbejde); NO more than 5.5 h (aml. § 10-9, a warning), 4.5 h under 18 (aml. § 11-4).
 * Anchor: the start of the work period; "under 18" is judged on that date.
 */
import { HOUR_MS } from "../time/index.js";
import { firstStartingAtOrAfter, isUnder, type AssistantFacts, type PShift } from "./facts.js";
import { hrs, when } from "./messages.js";
import type { AssistantRule } from "./types.js";
import { report } from "./violation.js";

/** The start of the continuous work period that contains or touches `t` (or `t` itself). */
function periodStartAt(a: AssistantFacts, t: number): number {
  let start = t;
  for (;;) {
    let earliest = start;
    const i0 = firstStartingAtOrAfter(a.work, start - a.maxWork - 1);
    for (let i = i0; i < a.work.length; i++) {
      const s = a.work[i] as PShift;
      if (s.start >= start) break;
      if (s.end >= start && s.start < earliest) earliest = s.start;
    }
    if (earliest === start) return start;
    start = earliest;
  }
}

export const breakRule: AssistantRule = {
  id: "break",
  scope: "assistant",
  source: {
    dk: "Fredericia 3.1.1; bekendtgørelse om unges arbejde",
    no: "arbeidsmiljøloven §§ 10-9 og 11-4",
  },
  summary: {
    da: "Arbejdsdage over 6 timer skal have en pause (unge under 18: over 4,5 timer).",
    nb: "Arbeidstid over 5,5 timer skal ha pause (under 18 år: over 4,5 timer).",
    en: "A working period over 6 hours (NO 5.5; under 18: 4.5) needs a break of at least 30 minutes.",
  },
  check(ctx, assistantId, from, to, out) {
    const a = ctx.facts.assistants.get(assistantId);
    if (!a) return;
    const p = ctx.params.break;
    const { zone } = ctx.facts;
    const work = a.work;
    let i = firstStartingAtOrAfter(work, from - a.maxWork - 1);
    let reach = -Infinity; // the latest end of the shifts before i
    while (i < work.length) {
      const first = work[i] as PShift;
      if (first.start >= to) break;
      // Gather the period that starts with `first` (or continues an earlier one).
      let end: number = first.end;
      let breakMinutes = first.breakMinutes;
      const ids = [first.id];
      let j = i + 1;
      for (; j < work.length && (work[j] as PShift).start <= end; j++) {
        const s = work[j] as PShift;
        end = Math.max(end, s.end);
        breakMinutes += s.breakMinutes;
        ids.push(s.id);
      }
      const continues = first.start <= reach;
      reach = Math.max(reach, end);
      i = j;
      if (continues || first.start < from) continue;
      const young = isUnder(a.assistant, ctx.params["young-worker"].age, zone.dateOf(first.start));
      const threshold = young ? p.youngAfterHours : p.afterHours;
      const length = (end - first.start) / HOUR_MS;
      if (length <= threshold || breakMinutes >= p.minutes) continue;
      const span = `${when(zone.toLocal(first.start))}–${when(zone.toLocal(end as never))}`;
      report(
        breakRule,
        ctx,
        {
          anchor: first.start,
          assistantId,
          shiftIds: ids,
          from: first.start,
          to: end,
          measured: breakMinutes,
          limit: p.minutes,
          unit: "minutes",
          message: {
            da: `Arbejdsperioden ${span} varer ${hrs(length, "da")} men har ${breakMinutes} min. pause; over ${hrs(threshold, "da")} kræves mindst ${p.minutes} min.`,
            nb: `Arbeidsperioden ${span} varer ${hrs(length, "nb")} men har ${breakMinutes} min pause; over ${hrs(threshold, "nb")} kreves minst ${p.minutes} min.`,
            en: `The working period ${span} lasts ${hrs(length, "en")} but has a ${breakMinutes}-minute break; over ${hrs(threshold, "en")} at least ${p.minutes} minutes are required.`,
          },
        },
        out,
      );
    }
  },
  affected(ctx, assistantId, changeFrom, changeTo) {
    const a = ctx.facts.assistants.get(assistantId);
    return [a ? periodStartAt(a, changeFrom) : changeFrom, changeTo + 1];
  },
};
