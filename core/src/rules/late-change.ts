/**
 * `late-change`: after the rota was published, a working shift that starts within the notice
 * period from now was added, removed or moved (start, end, assistant or kind changed). A move
 * counts when either its old or its new start lies in `[now, now + notice)`. Recording an
 * absence (sickness) is not a change of the rota and is not reported; neither are changes to
 * shifts that already started.
 *
 * Sources: DK Nyborg § 17 (the rota is announced 4 weeks ahead when the citizen is employer);
 * NO arbeidsmiljøloven § 10-3 (14 days). A warning: changes agreed with the assistant are lawful.
 * Anchor: the shift's id.
 */
import { DAY_MS, type Instant } from "../time/index.js";
import type { PShift } from "./facts.js";
import { num, when } from "./messages.js";
import type { ShiftRule } from "./types.js";
import { report } from "./violation.js";

const same = (a: PShift, b: PShift): boolean =>
  a.start === b.start && a.end === b.end && a.assistantId === b.assistantId && a.kind === b.kind;

export const lateChange: ShiftRule = {
  id: "late-change",
  scope: "shift",
  source: {
    dk: "Nyborg § 17",
    no: "arbeidsmiljøloven § 10-3",
  },
  summary: {
    da: "Vagtplanen skal varsles 4 uger frem; ændringer med kortere varsel kræver aftale.",
    nb: "Arbeidsplanen skal gjøres kjent minst 14 dager før den settes i verk.",
    en: "The rota is announced ahead (DK 4 weeks, NO 14 days); later changes need agreement.",
  },
  check(ctx, shiftId, out) {
    const { now, zone, published } = ctx.facts;
    if (now === undefined || !ctx.facts.rota.published) return;
    const cur = ctx.facts.shifts.get(shiftId);
    const pub = published.get(shiftId);
    if (!cur && !pub) return;
    if (cur && pub && same(cur, pub)) return;
    if (!cur?.working && !pub?.working) return;
    const notice = ctx.params["late-change"].noticeDays;
    const limit = zone.atLocalMs(zone.localMs(now) + notice * DAY_MS);
    const starts = [cur?.start, pub?.start].filter(
      (t): t is Instant => t !== undefined && t >= now && t < limit,
    );
    if (starts.length === 0) return;
    const shown = (cur ?? pub) as PShift;
    const days = (Math.min(...starts) - now) / DAY_MS;
    const at = when(zone.toLocal(shown.start));
    const what = !pub
      ? { da: "tilføjet", nb: "lagt til", en: "added" }
      : !cur
        ? { da: "fjernet", nb: "fjernet", en: "removed" }
        : { da: "flyttet", nb: "flyttet", en: "moved" };
    report(
      lateChange,
      ctx,
      {
        anchor: 0,
        assistantId: shown.assistantId,
        shiftIds: [shiftId],
        from: shown.start,
        to: shown.end,
        measured: days,
        limit: notice,
        unit: "days",
        message: {
          da: `Vagt ${shiftId} (${at}) er ${what.da} efter offentliggørelsen med ${num(days, "da")} dages varsel; vagtplanen skal varsles ${notice} dage frem.`,
          nb: `Vakt ${shiftId} (${at}) er ${what.nb} etter at planen ble kunngjort, med ${num(days, "nb")} dagers varsel; planen skal være kjent ${notice} dager før.`,
          en: `Shift ${shiftId} (${at}) was ${what.en} after the rota was published, ${num(days, "en")} days ahead; the rota is announced ${notice} days ahead.`,
        },
      },
      out,
    );
  },
};
