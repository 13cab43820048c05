/**
 * The texts of the printable timesheet and the timesheet CSV, in Danish, Norwegian bokmål and
 * English. `timesheetTexts` has the shape of the planner's dictionary (planner/src/i18n) so that
 * it can be merged into `t()`; until then `tsText` looks texts up here.
 */

/** Languages a timesheet is written in (the planner's languages). */
export type TimesheetLang = "da" | "nb" | "en";

/** The texts, each key prefixed `timesheet` so a merge into the planner's dictionary is safe. */
export const timesheetTexts = {
  timesheetTitle: { da: "Timeindberetningsliste", nb: "Timeliste", en: "Timesheet" },
  timesheetContinued: { da: "(fortsat)", nb: "(fortsatt)", en: "(continued)" },
  timesheetArrangement: {
    da: "BPA-ordning (arbejdsleder)",
    nb: "BPA-ordning (arbeidsleder)",
    en: "Arrangement (work leader)",
  },
  timesheetEmployer: { da: "Arbejdsgiver", nb: "Arbeidsgiver", en: "Employer" },
  timesheetAssistant: { da: "Hjælper", nb: "Assistent", en: "Assistant" },
  /** The personal number's name follows the country of the rules (profile), not the language. */
  timesheetPersonalNumberDk: { da: "CPR-nr.", nb: "CPR-nr.", en: "CPR number" },
  timesheetPersonalNumberNo: {
    da: "Fødselsnummer",
    nb: "Fødselsnummer",
    en: "National identity number",
  },
  timesheetMonth: { da: "Måned", nb: "Måned", en: "Month" },
  timesheetPeriod: { da: "Lønperiode", nb: "Lønnsperiode", en: "Pay period" },
  timesheetDate: { da: "Dato", nb: "Dato", en: "Date" },
  timesheetWeekday: { da: "Ugedag", nb: "Ukedag", en: "Day" },
  timesheetFrom: { da: "Fra kl.", nb: "Fra kl.", en: "From" },
  timesheetTo: { da: "Til kl.", nb: "Til kl.", en: "To" },
  timesheetKind: { da: "Type", nb: "Type", en: "Kind" },
  timesheetHours: { da: "Timer", nb: "Timer", en: "Hours" },
  timesheetBreak: { da: "Pause (min)", nb: "Pause (min)", en: "Break (min)" },
  timesheetEvening: { da: "Aften", nb: "Kveld", en: "Evening" },
  timesheetNight: { da: "Nat", nb: "Natt", en: "Night" },
  timesheetSaturday: { da: "Lørdag", nb: "Lørdag", en: "Saturday" },
  timesheetSunday: { da: "Søn- og helligdag", nb: "Søn- og helligdag", en: "Sunday/holiday" },
  timesheetOncall: { da: "Rådighed", nb: "Passiv tid", en: "On call" },
  timesheetWork: { da: "Arbejde", nb: "Arbeid", en: "Work" },
  timesheetShift: { da: "Vagt", nb: "Vakt", en: "Shift" },
  timesheetTotal: { da: "I alt", nb: "Sum", en: "Total" },
  timesheetAbsences: { da: "Fravær", nb: "Fravær", en: "Absences" },
  timesheetAbsencesNote: {
    da: "Til orientering; tælles ikke med i timerne. Sygdom, barns sygedag og ferie anmeldes på kommunens egne blanketter.",
    nb: "Til orientering; telles ikke med i timene. Sykdom, barns sykdom og ferie meldes på egne skjemaer.",
    en: "For information; not counted in the hours. Sickness, a child's sickness and holidays are reported on their own forms.",
  },
  timesheetAbsenceSick: { da: "Sygdom", nb: "Sykdom", en: "Sick" },
  timesheetAbsenceChildSick: { da: "Barns sygedag", nb: "Barns sykdom", en: "Child sick" },
  timesheetAbsenceVacation: { da: "Ferie", nb: "Ferie", en: "Vacation" },
  timesheetAbsenceLeave: { da: "Orlov", nb: "Permisjon", en: "Leave" },
  timesheetPlannedFrom: { da: "Planlagt fra", nb: "Planlagt fra", en: "Planned from" },
  timesheetPlannedTo: { da: "Planlagt til", nb: "Planlagt til", en: "Planned to" },
  timesheetApproved: { da: "Godkendt", nb: "Godkjent", en: "Approved" },
  timesheetYes: { da: "ja", nb: "ja", en: "yes" },
  timesheetNo: { da: "nej", nb: "nei", en: "no" },
  timesheetHoursUnit: { da: "t", nb: "t", en: "h" },
  timesheetCorrectionAdded: { da: "tilføjet", nb: "lagt til", en: "added" },
  timesheetCorrectionRemoved: { da: "fjernet", nb: "fjernet", en: "removed" },
  timesheetCorrectionChanged: { da: "ændret til", nb: "endret til", en: "changed to" },
  timesheetCorrectionApproved: {
    da: "godkendt af arbejdslederen",
    nb: "godkjent av arbeidslederen",
    en: "approved by the work leader",
  },
  timesheetCorrectionUnapproved: {
    da: "ikke længere godkendt",
    nb: "ikke lenger godkjent",
    en: "no longer approved",
  },
  timesheetCorrections: { da: "Rettelser", nb: "Rettelser", en: "Corrections" },
  timesheetWorkLeader: { da: "Arbejdsleder", nb: "Arbeidsleder", en: "Work leader" },
  timesheetSignedBy: {
    da: "Underskrevet af {name}, {at}",
    nb: "Signert av {name}, {at}",
    en: "Signed by {name}, {at}",
  },
  timesheetSignature: { da: "Underskrift", nb: "Underskrift", en: "Signature" },
  timesheetPage: {
    da: "Side {page} af {pages}",
    nb: "Side {page} av {pages}",
    en: "Page {page} of {pages}",
  },
  timesheetContainsPersonalNumber: {
    da: "Indeholder CPR-nummer: send kun krypteret (fx e-Boks).",
    nb: "Inneholder fødselsnummer: send bare kryptert.",
    en: "Contains a personal number: send only encrypted.",
  },
  timesheetAt: { da: "kl.", nb: "kl.", en: "at" },
} as const satisfies Record<string, Readonly<Record<TimesheetLang, string>>>;

/** A key of `timesheetTexts`. */
export type TimesheetTextKey = keyof typeof timesheetTexts;

/** Month names, January first. */
export const timesheetMonths: Readonly<Record<TimesheetLang, readonly string[]>> = {
  da: [
    ...["januar", "februar", "marts", "april", "maj", "juni"],
    ...["juli", "august", "september", "oktober", "november", "december"],
  ],
  nb: [
    ...["januar", "februar", "mars", "april", "mai", "juni"],
    ...["juli", "august", "september", "oktober", "november", "desember"],
  ],
  en: [
    ...["January", "February", "March", "April", "May", "June"],
    ...["July", "August", "September", "October", "November", "December"],
  ],
};

/** Short weekday names, Monday first. */
export const timesheetWeekdays: Readonly<Record<TimesheetLang, readonly string[]>> = {
  da: ["man", "tir", "ons", "tor", "fre", "lør", "søn"],
  nb: ["man", "tir", "ons", "tor", "fre", "lør", "søn"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};

/** The text of `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function tsText(
  lang: TimesheetLang,
  key: TimesheetTextKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return timesheetTexts[key][lang].replace(/\{(\w+)\}/g, (m, name: string) =>
    String(values[name] ?? m),
  );
}
