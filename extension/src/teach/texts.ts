/** Texts of the teach panel (teaching Turnus an unknown timesheet form), every key in every language. */
import { fieldTexts } from "../field-texts.js";
import type { Texts } from "../lang.js";

export const teachTexts = {
  ...fieldTexts,
  title: {
    da: "Lær Turnus denne formular",
    nb: "Lær Turnus dette skjemaet",
    sv: "Lär Turnus det här formuläret",
    en: "Teach Turnus this form",
  },
  intro: {
    da: "Vælg for hvert felt, hvad der skal stå i det. Klik på et felt på siden for at finde det her.",
    nb: "Velg for hvert felt hva som skal stå i det. Klikk på et felt på siden for å finne det her.",
    sv: "Välj för varje fält vad som ska stå i det. Klicka på ett fält på sidan för att hitta det här.",
    en: "For each field, choose what goes there. Click a field on the page to find it here.",
  },
  what: {
    da: "Hvad skal stå her?",
    nb: "Hva skal stå her?",
    sv: "Vad ska stå här?",
    en: "What goes here?",
  },
  field: {
    da: "Felt {n}: {name}",
    nb: "Felt {n}: {name}",
    sv: "Fält {n}: {name}",
    en: "Field {n}: {name}",
  },
  unnamed: { da: "uden navn", nb: "uten navn", sv: "utan namn", en: "no name" },
  none: { da: "Intet", nb: "Ingenting", sv: "Ingenting", en: "Nothing" },
  save: { da: "Gem profil", nb: "Lagre profil", sv: "Spara profil", en: "Save profile" },
  close: { da: "Luk", nb: "Lukk", sv: "Stäng", en: "Close" },
  missing: {
    da: "Vælg feltet til starttid og sluttid eller feltet til timer i alt, før du gemmer.",
    nb: "Velg feltet for starttid og sluttid eller feltet for timer i alt før du lagrer.",
    sv: "Välj fältet för starttid och sluttid eller fältet för timmar totalt innan du sparar.",
    en: "Choose the field for the start and end time, or the field for the hours in total, before saving.",
  },
  twice: {
    da: "”{what}” er valgt til mere end ét felt. Vælg det til ét felt.",
    nb: "«{what}» er valgt for mer enn ett felt. Velg det for ett felt.",
    sv: "”{what}” är valt för mer än ett fält. Välj det för ett fält.",
    en: "“{what}” is chosen for more than one field. Choose it for one field.",
  },
  rows: {
    da: "Felterne ligger i forskellige rækker. Vælg kun felter i én række, fx den første.",
    nb: "Feltene ligger i ulike rader. Velg bare felt i én rad, for eksempel den første.",
    sv: "Fälten ligger i olika rader. Välj bara fält i en rad, till exempel den första.",
    en: "The fields lie in different rows. Choose fields of one row only, such as the first.",
  },
  failed: {
    da: "Profilen kunne ikke gemmes: {reason}",
    nb: "Profilen kunne ikke lagres: {reason}",
    sv: "Profilen kunde inte sparas: {reason}",
    en: "The profile could not be saved: {reason}",
  },
  saved: {
    da: "Gemt. Turnus bruger profilen på denne side.",
    nb: "Lagret. Turnus bruker profilen på denne siden.",
    sv: "Sparat. Turnus använder profilen på den här sidan.",
    en: "Saved. Turnus uses the profile on this page.",
  },
  added: {
    da: "Feltet er føjet til listen.",
    nb: "Feltet er lagt til i listen.",
    sv: "Fältet har lagts till i listan.",
    en: "The field was added to the list.",
  },
} satisfies Texts<string>;

/** A key of the teach panel's texts. */
export type TeachText = keyof typeof teachTexts;
