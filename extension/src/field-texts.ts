/**
 * The names of the row fields the filler knows (find.ts `FIELD_KINDS`), as the popup's report
 * and the teach panel show them.
 */
import type { FieldKind } from "./fill/index.js";
import type { Texts } from "./lang.js";

export const fieldTexts: Texts<FieldKind> = {
  date: { da: "Dato", nb: "Dato", sv: "Datum", en: "Date" },
  start: { da: "Starttid", nb: "Starttid", sv: "Starttid", en: "Start time" },
  end: { da: "Sluttid", nb: "Sluttid", sv: "Sluttid", en: "End time" },
  hours: { da: "Timer i alt", nb: "Timer i alt", sv: "Timmar totalt", en: "Hours in total" },
  kind: { da: "Vagttype", nb: "Vakttype", sv: "Passtyp", en: "Shift type" },
  evening: { da: "Aftentimer", nb: "Kveldstimer", sv: "Kvällstimmar", en: "Evening hours" },
  night: { da: "Nattetimer", nb: "Nattetimer", sv: "Natttimmar", en: "Night hours" },
  saturday: { da: "Lørdagstimer", nb: "Lørdagstimer", sv: "Lördagstimmar", en: "Saturday hours" },
  sunday: {
    da: "Søn- og helligdagstimer",
    nb: "Søn- og helligdagstimer",
    sv: "Sön- och helgdagstimmar",
    en: "Sunday and holiday hours",
  },
  oncall: {
    da: "Rådighedstimer",
    nb: "Timer hvilende vakt",
    sv: "Beredskapstimmar",
    en: "On-call hours",
  },
};
