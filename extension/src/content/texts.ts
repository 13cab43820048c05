/** Texts of the in-page report (the banner Turnus shows on the portal after filling). */
import type { Texts } from "../lang.js";

export const frameTexts = {
  region: { da: "Turnus", nb: "Turnus", sv: "Turnus", en: "Turnus" },
  summary: {
    da: "Turnus udfyldte {filled} felter. {changed} blev ændret af siden, {failed} kunne ikke udfyldes. Kontrollér felterne, og send selv formularen.",
    nb: "Turnus fylte ut {filled} felt. {changed} ble endret av siden, {failed} kunne ikke fylles ut. Kontroller feltene, og send inn skjemaet selv.",
    sv: "Turnus fyllde i {filled} fält. {changed} ändrades av sidan, {failed} kunde inte fyllas i. Kontrollera fälten och skicka formuläret själv.",
    en: "Turnus filled {filled} fields. {changed} were changed by the page, {failed} could not be filled. Check the fields and submit the form yourself.",
  },
  undo: {
    da: "Fortryd udfyldningen",
    nb: "Angre utfyllingen",
    sv: "Ångra ifyllningen",
    en: "Undo the fill",
  },
  hide: {
    da: "Skjul markeringer",
    nb: "Skjul markeringer",
    sv: "Dölj markeringar",
    en: "Hide highlights",
  },
  undone: {
    da: "Fortrudt: {count} felter har deres tidligere indhold igen.",
    nb: "Angret: {count} felt har fått tilbake det de hadde.",
    sv: "Ångrat: {count} fält har fått tillbaka sitt tidigare innehåll.",
    en: "Undone: {count} fields hold what they held before.",
  },
  filledField: {
    da: "Udfyldt af Turnus",
    nb: "Fylt ut av Turnus",
    sv: "Ifyllt av Turnus",
    en: "Filled by Turnus",
  },
  changedField: {
    da: "Turnus skrev {written}, siden viser {read}",
    nb: "Turnus skrev {written}, siden viser {read}",
    sv: "Turnus skrev {written}, sidan visar {read}",
    en: "Turnus wrote {written}, the page shows {read}",
  },
  failedField: {
    da: "Turnus kunne ikke udfylde feltet: {reason}",
    nb: "Turnus kunne ikke fylle ut feltet: {reason}",
    sv: "Turnus kunde inte fylla i fältet: {reason}",
    en: "Turnus could not fill this field: {reason}",
  },
} satisfies Texts<string>;
