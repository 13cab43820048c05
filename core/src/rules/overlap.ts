/**
 * `overlap`: two shifts of the same assistant overlap in time.
 *
 * Choice: a working shift overlapping an absence (work during a vacation) is a violation, since
 * at most one of them can be true and the timesheet would be wrong; two overlapping absences
 * (sickness during a vacation) are not, as recording that is legitimate.
 * Sources: DK Nyborg § 34, NO aml. § 10-7 (the timesheet must be true).
 * Anchor: the earlier shift's start (ties broken by id).
 */
import { HOUR_MS, type Instant } from "../time/index.js";
import { firstStartingAtOrAfter, type PShift } from "./facts.js";
import { hrs, when } from "./messages.js";
import type { AssistantRule } from "./types.js";
import { report } from "./violation.js";

export const overlap: AssistantRule = {
  id: "overlap",
  scope: "assistant",
  source: {
    dk: "a person cannot work two shifts at once; the timesheet must be true (Nyborg § 34)",
    no: "a person cannot work two shifts at once; the timesheet must be true (aml. § 10-7)",
  },
  summary: {
    da: "To vagter for samme hjælper må ikke overlappe.",
    nb: "To vakter for samme assistent kan ikke overlappe.",
    en: "Two shifts of the same assistant must not overlap.",
  },
  check(ctx, assistantId, from, to, out) {
    const a = ctx.facts.assistants.get(assistantId);
    if (!a) return;
    const list = a.all;
    for (let i = firstStartingAtOrAfter(list, from); i < list.length; i++) {
      const x = list[i] as PShift;
      if (x.start >= to) break;
      for (let j = i + 1; j < list.length; j++) {
        const y = list[j] as PShift;
        if (y.start >= x.end) break;
        if (!x.working && !y.working) continue;
        const end = Math.min(x.end, y.end);
        const h = (end - y.start) / HOUR_MS;
        const from = ctx.facts.zone.toLocal(y.start);
        const to = ctx.facts.zone.toLocal(end as Instant);
        report(
          overlap,
          ctx,
          {
            anchor: x.start,
            part: y.id,
            assistantId,
            shiftIds: [x.id, y.id],
            from: y.start,
            to: end,
            measured: h,
            limit: 0,
            unit: "hours",
            message: {
              da: `Vagterne ${x.id} og ${y.id} overlapper i ${hrs(h, "da")} (${when(from)}–${when(to)}).`,
              nb: `Vaktene ${x.id} og ${y.id} overlapper i ${hrs(h, "nb")} (${when(from)}–${when(to)}).`,
              en: `Shifts ${x.id} and ${y.id} overlap by ${hrs(h, "en")} (${when(from)}–${when(to)}).`,
            },
          },
          out,
        );
      }
    }
  },
  affected(ctx, assistantId, changeFrom, changeTo) {
    const a = ctx.facts.assistants.get(assistantId);
    return [changeFrom - (a?.maxDuration ?? 0), changeTo];
  },
};
