/** The options page's texts, in every locale (extension/src/lang.ts). */
import type { Texts } from "../lang.js";

export const texts = {
  keyboardHeading: { da: "Tastatur", nb: "Tastatur", sv: "Tangentbord", en: "Keyboard" },
  shortcutIs: {
    da: "{keys} åbner Turnus.",
    nb: "{keys} åpner Turnus.",
    sv: "{keys} öppnar Turnus.",
    en: "{keys} opens Turnus.",
  },
  noShortcut: {
    da: "Ingen tastaturgenvej åbner Turnus.",
    nb: "Ingen hurtigtast åpner Turnus.",
    sv: "Inget kortkommando öppnar Turnus.",
    en: "No keyboard shortcut opens Turnus.",
  },
  shortcutWhere: {
    da: "Genvejen vælges på browserens side chrome://extensions/shortcuts.",
    nb: "Hurtigtasten velges på nettleserens side chrome://extensions/shortcuts.",
    sv: "Kortkommandot väljs på webbläsarens sida chrome://extensions/shortcuts.",
    en: "The shortcut is set on the browser's page chrome://extensions/shortcuts.",
  },
  languageHeading: { da: "Sprog", nb: "Språk", sv: "Språk", en: "Language" },
  languageLabel: {
    da: "Udvidelsens sprog",
    nb: "Utvidelsens språk",
    sv: "Tilläggets språk",
    en: "The extension's language",
  },
  browserLanguage: {
    da: "Browserens sprog ({name})",
    nb: "Nettleserens språk ({name})",
    sv: "Webbläsarens språk ({name})",
    en: "The browser's language ({name})",
  },
  title: {
    da: "Turnus – portalprofiler",
    nb: "Turnus – portalprofiler",
    sv: "Turnus – portalprofiler",
    en: "Turnus – portal profiles",
  },
  heading: {
    da: "Portalprofiler",
    nb: "Portalprofiler",
    sv: "Portalprofiler",
    en: "Portal profiles",
  },
  intro: {
    da: "En portalprofil fortæller udvidelsen, hvor felterne er i kommunens timeseddel. Profiler laves i lære-tilstand eller importeres fra en fil, som andre deler.",
    nb: "En portalprofil forteller utvidelsen hvor feltene er i kommunens timeliste. Profiler lages i læremodus eller importeres fra en fil som andre deler.",
    sv: "En portalprofil talar om för tillägget var fälten finns i kommunens tidrapport. Profiler skapas i inlärningsläge eller importeras från en fil som någon delar.",
    en: "A portal profile tells the extension where the fields of your municipality's timesheet form are. Profiles are made in teach mode or imported from a file someone shares.",
  },
  saved: {
    da: "Gemte profiler",
    nb: "Lagrede profiler",
    sv: "Sparade profiler",
    en: "Saved profiles",
  },
  none: {
    da: "Ingen profiler gemt endnu.",
    nb: "Ingen profiler er lagret ennå.",
    sv: "Inga profiler sparade ännu.",
    en: "No profiles saved yet.",
  },
  urlPattern: {
    da: "Sider (URL-mønster)",
    nb: "Sider (URL-mønster)",
    sv: "Sidor (URL-mönster)",
    en: "Pages (URL pattern)",
  },
  id: { da: "Id", nb: "Id", sv: "Id", en: "Id" },
  export: { da: "Eksportér", nb: "Eksporter", sv: "Exportera", en: "Export" },
  remove: { da: "Fjern", nb: "Fjern", sv: "Ta bort", en: "Remove" },
  exportAll: {
    da: "Eksportér alle",
    nb: "Eksporter alle",
    sv: "Exportera alla",
    en: "Export all",
  },
  exported: {
    da: "Eksporterede {file}.",
    nb: "Eksporterte {file}.",
    sv: "Exporterade {file}.",
    en: "Exported {file}.",
  },
  importHeading: { da: "Importér", nb: "Importer", sv: "Importera", en: "Import" },
  importLabel: {
    da: "Vælg en profilfil (.json) at importere",
    nb: "Velg en profilfil (.json) å importere",
    sv: "Välj en profilfil (.json) att importera",
    en: "Choose a profiles file (.json) to import",
  },
  importHint: {
    da: "En profil med samme id som en gemt erstatter den. En fil med fejl ændrer intet.",
    nb: "En profil med samme id som en lagret erstatter den. En fil med feil endrer ingenting.",
    sv: "En profil med samma id som en sparad ersätter den. En fil med fel ändrar ingenting.",
    en: "A profile with the same id as a saved one replaces it. A file with an error changes nothing.",
  },
  importFailed: {
    da: "Kunne ikke importere {file}. Intet blev ændret.",
    nb: "Kunne ikke importere {file}. Ingenting ble endret.",
    sv: "Kunde inte importera {file}. Ingenting ändrades.",
    en: "Could not import {file}. Nothing was changed.",
  },
  readFailed: {
    da: "Kunne ikke læse filen {file}.",
    nb: "Kunne ikke lese filen {file}.",
    sv: "Kunde inte läsa filen {file}.",
    en: "Could not read the file {file}.",
  },
  imported: {
    da: "Importerede {file}: {added} tilføjet, {replaced} erstattet.",
    nb: "Importerte {file}: {added} lagt til, {replaced} erstattet.",
    sv: "Importerade {file}: {added} tillagda, {replaced} ersatta.",
    en: "Imported {file}: {added} added, {replaced} replaced.",
  },
  confirmRemove: {
    da: "Fjern profilen “{name}”? Det kan ikke fortrydes.",
    nb: "Fjerne profilen «{name}»? Dette kan ikke angres.",
    sv: "Ta bort profilen ”{name}”? Det går inte att ångra.",
    en: "Remove the profile “{name}”? This cannot be undone.",
  },
  confirmYes: { da: "Ja, fjern", nb: "Ja, fjern", sv: "Ja, ta bort", en: "Yes, remove" },
  cancel: { da: "Annullér", nb: "Avbryt", sv: "Avbryt", en: "Cancel" },
  removed: {
    da: "Fjernede “{name}”.",
    nb: "Fjernet «{name}».",
    sv: "Tog bort ”{name}”.",
    en: "Removed “{name}”.",
  },
} satisfies Texts<string>;

/** A key of the options page's texts. */
export type OptionsText = keyof typeof texts;
