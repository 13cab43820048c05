/**
 * Shift kinds as sheets name them in Danish, Norwegian, Swedish and English (`rådighed`,
 * `passiv`, `ferie`, `syg`, `vab`, ...), for a row-per-shift sheet's type column.
 */
import type { ShiftKind } from "../model/index.js";

const WORDS: Readonly<Record<ShiftKind, readonly string[]>> = {
  work: [
    ...["", "work", "arbejde", "arbejdsvagt", "vagt", "arbeid", "vakt", "arbete", "arbetspass"],
    ...["pass", "shift", "normal", "almindelig", "aktiv", "aktiv vakt", "aktiv tid", "dag", "nat"],
    ...["nattevagt", "nattevakt", "dagvagt", "dagvakt", "aftenvagt", "kveldsvakt", "arbejdstid"],
  ],
  oncall: [
    ...["oncall", "on call", "on-call", "r", "p", "rådighed", "raadighed", "rådighedsvagt"],
    ...["passiv", "passiv vakt", "passivvakt", "passiv tid", "beredskab", "beredskap", "jour"],
    ...["sovevagt", "sovevakt", "hvilende vagt", "vaken natt"],
  ],
  vacation: ["vacation", "holiday", "ferie", "feriedag", "semester", "fridag ferie"],
  sick: ["sick", "syg", "sygdom", "sygedag", "syk", "sykdom", "sykedag", "sjuk", "sjukdom"],
  "child-sick": [
    ...["child-sick", "child sick", "sick child", "barn syg", "barns sygedag", "syg barn"],
    ...["barns første sygedag", "syk barn", "sykt barn", "barn syk", "sjukt barn", "vab"],
  ],
  leave: [
    ...["leave", "fri", "orlov", "permisjon", "permission", "tjenestefri", "afspadsering"],
    ...["avspasering", "tjänstledig", "ledig", "omsorgsdag", "velferdspermisjon"],
  ],
};

const KIND_OF = new Map<string, ShiftKind>(
  (Object.entries(WORDS) as [ShiftKind, readonly string[]][]).flatMap(([kind, words]) =>
    words.map((w) => [w, kind] as const),
  ),
);

/** The kind a word names (without regard to case, dots or extra space), or undefined. */
export function kindOfWord(text: string): ShiftKind | undefined {
  const key = text.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();
  return KIND_OF.get(key);
}
