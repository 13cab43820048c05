/** The planner's texts in Danish, Norwegian bokmål and English. */
export type Lang = "da" | "nb" | "en";
export const LANGS: readonly Lang[] = ["da", "nb", "en"];

const texts = {
  appName: { da: "Turnus", nb: "Turnus", en: "Turnus" },
  skipToGrid: { da: "Gå til vagtplanen", nb: "Gå til vaktplanen", en: "Skip to the rota" },
  language: { da: "Sprog", nb: "Språk", en: "Language" },
  arrangements: { da: "Dine ordninger", nb: "Dine ordninger", en: "Your arrangements" },
  noArrangements: {
    da: "Ingen ordninger endnu. Opret en nedenfor, eller importér en vagtplanfil.",
    nb: "Ingen ordninger ennå. Opprett en nedenfor, eller importer en vaktplanfil.",
    en: "No arrangements yet. Create one below, or import a rota file.",
  },
  newArrangement: { da: "Ny ordning", nb: "Ny ordning", en: "New arrangement" },
  name: { da: "Navn", nb: "Navn", en: "Name" },
  country: { da: "Land (regler)", nb: "Land (regler)", en: "Country (rules)" },
  denmark: { da: "Danmark", nb: "Danmark", en: "Denmark" },
  norway: { da: "Norge", nb: "Norge", en: "Norway" },
  create: { da: "Opret", nb: "Opprett", en: "Create" },
  open: { da: "Åbn", nb: "Åpne", en: "Open" },
  importFile: { da: "Importér vagtplanfil", nb: "Importer vaktplanfil", en: "Import rota file" },
  exportFile: { da: "Eksportér vagtplanfil", nb: "Eksporter vaktplanfil", en: "Export rota file" },
  importFailed: {
    da: "Filen kunne ikke læses. Intet er ændret.",
    nb: "Filen kunne ikke leses. Ingenting er endret.",
    en: "The file could not be read. Nothing was changed.",
  },
  back: { da: "Alle ordninger", nb: "Alle ordninger", en: "All arrangements" },
  assistants: { da: "Hjælpere", nb: "Assistenter", en: "Assistants" },
  addAssistant: { da: "Tilføj hjælper", nb: "Legg til assistent", en: "Add assistant" },
  birthDate: {
    da: "Fødselsdato (valgfri)",
    nb: "Fødselsdato (valgfri)",
    en: "Date of birth (optional)",
  },
  view: { da: "Visning", nb: "Visning", en: "View" },
  week: { da: "Uge", nb: "Uke", en: "Week" },
  fourWeeks: { da: "4 uger", nb: "4 uker", en: "4 weeks" },
  month: { da: "Måned", nb: "Måned", en: "Month" },
  year: { da: "År", nb: "År", en: "Year" },
  previous: { da: "Forrige", nb: "Forrige", en: "Previous" },
  next: { da: "Næste", nb: "Neste", en: "Next" },
  today: { da: "I dag", nb: "I dag", en: "Today" },
  undo: { da: "Fortryd", nb: "Angre", en: "Undo" },
  redo: { da: "Gentag", nb: "Gjør om", en: "Redo" },
  publish: { da: "Offentliggør vagtplan", nb: "Publiser vaktplan", en: "Publish rota" },
  published: {
    da: "Vagtplanen er offentliggjort",
    nb: "Vaktplanen er publisert",
    en: "Rota published",
  },
  day: { da: "Dag", nb: "Dag", en: "Day" },
  coverage: { da: "Dækning", nb: "Dekning", en: "Coverage" },
  rota: { da: "Vagtplan", nb: "Vaktplan", en: "Rota" },
  gridHelp: {
    da: "Piletaster flytter, Skift+piletaster markerer (Ctrl+A det hele). Skriv fx 7-15, 22-7 eller 22-7 r (rådighed) og tryk Enter. F2 eller Enter redigerer, Delete sletter, Escape fortryder. Ctrl+C, Ctrl+X og Ctrl+V kopierer, klipper og indsætter (som i et regneark), Ctrl+D udfylder nedad og Ctrl+R til højre.",
    nb: "Piltaster flytter, Shift+piltaster merker (Ctrl+A alt). Skriv f.eks. 7-15, 22-7 eller 22-7 r (passiv) og trykk Enter. F2 eller Enter redigerer, Delete sletter, Escape avbryter. Ctrl+C, Ctrl+X og Ctrl+V kopierer, klipper ut og limer inn (som i et regneark), Ctrl+D fyller ut nedover og Ctrl+R mot høyre.",
    en: "Arrow keys move, Shift+arrow keys select (Ctrl+A all). Type e.g. 7-15, 22-7 or 22-7 r (on call) and press Enter. F2 or Enter edits, Delete removes, Escape cancels. Ctrl+C, Ctrl+X and Ctrl+V copy, cut and paste (as in a spreadsheet), Ctrl+D fills down and Ctrl+R fills right.",
  },
  selected: {
    da: "Markeret: {rows} × {cols} celler",
    nb: "Merket: {rows} × {cols} celler",
    en: "Selected: {rows} × {cols} cells",
  },
  nothingToPaste: {
    da: "Intet at indsætte: udklipsholderen har ingen tekst",
    nb: "Ingenting å lime inn: utklippstavlen har ingen tekst",
    en: "Nothing to paste: the clipboard holds no text",
  },
  clipboardFailed: {
    da: "Udklipsholderen kunne ikke bruges",
    nb: "Utklippstavlen kunne ikke brukes",
    en: "The clipboard could not be used",
  },
  nothingToFill: {
    da: "Markér cellerne, der skal udfyldes, med dem der skal kopieres først",
    nb: "Merk cellene som skal fylles ut, med dem som skal kopieres først",
    en: "Select the cells to fill, with the cells to copy first",
  },
  cellsLeftAsTheyWere: {
    da: "Disse celler er ikke ændret:",
    nb: "Disse cellene er ikke endret:",
    en: "These cells were left as they were:",
  },
  violations: { da: "Regelbrud", nb: "Regelbrudd", en: "Violations" },
  noViolations: { da: "Ingen regelbrud.", nb: "Ingen regelbrudd.", en: "No violations." },
  error: { da: "Fejl", nb: "Feil", en: "Error" },
  warning: { da: "Advarsel", nb: "Advarsel", en: "Warning" },
  grant: { da: "Bevilling", nb: "Vedtak", en: "Grant" },
  noGrant: { da: "Ingen bevilling angivet.", nb: "Ikke noe vedtak angitt.", en: "No grant set." },
  grantHours: { da: "Bevilgede timer", nb: "Timer i vedtaket", en: "Granted hours" },
  per: { da: "pr.", nb: "per", en: "per" },
  planned: { da: "planlagt", nb: "planlagt", en: "planned" },
  of: { da: "af", nb: "av", en: "of" },
  save: { da: "Gem", nb: "Lagre", en: "Save" },
  newViolation: { da: "Nyt regelbrud", nb: "Nytt regelbrudd", en: "New violation" },
  resolvedViolation: { da: "Løst", nb: "Løst", en: "Resolved" },
  shiftSaved: { da: "Vagt gemt", nb: "Vakt lagret", en: "Shift saved" },
  shiftRemoved: { da: "Vagt slettet", nb: "Vakt slettet", en: "Shift removed" },
  loading: { da: "Indlæser …", nb: "Laster …", en: "Loading …" },
  updateReady: {
    da: "En ny version er klar.",
    nb: "En ny versjon er klar.",
    en: "A new version is ready.",
  },
  reload: { da: "Genindlæs", nb: "Last inn på nytt", en: "Reload" },
  offlineReady: {
    da: "Turnus virker nu også uden net.",
    nb: "Turnus virker nå også uten nett.",
    en: "Turnus now works offline too.",
  },
} as const;

export type TextKey = keyof typeof texts;

/** The text of `key` in `lang`. */
export function t(lang: Lang, key: TextKey): string {
  return texts[key][lang];
}

/** The text of `key` in `lang` with `{name}` placeholders filled in. */
export function tf(lang: Lang, key: TextKey, values: Readonly<Record<string, string | number>>) {
  return t(lang, key).replace(/\{(\w+)\}/g, (m, name: string) => String(values[name] ?? m));
}

/** Texts with a count: the singular and the plural form, `{n}` the count. */
const counted = {
  shiftsPasted: {
    da: ["{n} vagt indsat", "{n} vagter indsat"],
    nb: ["{n} vakt limt inn", "{n} vakter limt inn"],
    en: ["{n} shift pasted", "{n} shifts pasted"],
  },
  shiftsFilled: {
    da: ["{n} vagt udfyldt", "{n} vagter udfyldt"],
    nb: ["{n} vakt fylt ut", "{n} vakter fylt ut"],
    en: ["{n} shift filled in", "{n} shifts filled in"],
  },
  shiftsRemoved: {
    da: ["{n} vagt slettet", "{n} vagter slettet"],
    nb: ["{n} vakt slettet", "{n} vakter slettet"],
    en: ["{n} shift removed", "{n} shifts removed"],
  },
  cellsCleared: {
    da: ["{n} celle tømt", "{n} celler tømt"],
    nb: ["{n} celle tømt", "{n} celler tømt"],
    en: ["{n} cell cleared", "{n} cells cleared"],
  },
  cellsCopied: {
    da: ["{n} celle kopieret", "{n} celler kopieret"],
    nb: ["{n} celle kopiert", "{n} celler kopiert"],
    en: ["{n} cell copied", "{n} cells copied"],
  },
  shiftsCut: {
    da: ["{n} vagt klippet", "{n} vagter klippet"],
    nb: ["{n} vakt klippet ut", "{n} vakter klippet ut"],
    en: ["{n} shift cut", "{n} shifts cut"],
  },
  cellsNotUnderstood: {
    da: ["{n} celle ikke forstået", "{n} celler ikke forstået"],
    nb: ["{n} celle ikke forstått", "{n} celler ikke forstått"],
    en: ["{n} cell not understood", "{n} cells not understood"],
  },
  cellsNotChanged: {
    da: ["{n} celle ikke ændret", "{n} celler ikke ændret"],
    nb: ["{n} celle ikke endret", "{n} celler ikke endret"],
    en: ["{n} cell not changed", "{n} cells not changed"],
  },
  cellsLeftOut: {
    da: ["{n} celle uden for vagtplanen udeladt", "{n} celler uden for vagtplanen udeladt"],
    nb: ["{n} celle utenfor vaktplanen utelatt", "{n} celler utenfor vaktplanen utelatt"],
    en: ["{n} cell outside the rota left out", "{n} cells outside the rota left out"],
  },
} as const satisfies Record<string, Record<Lang, readonly [string, string]>>;

export type CountedKey = keyof typeof counted;

/** The text of `key` for `n` things in `lang` (one: singular; otherwise plural). */
export function tn(lang: Lang, key: CountedKey, n: number): string {
  const [one, many] = counted[key][lang];
  return (n === 1 ? one : many).replace("{n}", new Intl.NumberFormat(localeOf(lang)).format(n));
}

/** The language for the browser's preferences: Danish, Norwegian (any variant) or English. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const p of preferred) {
    const base = p.toLowerCase().split("-")[0];
    if (base === "da") return "da";
    if (base === "nb" || base === "nn" || base === "no") return "nb";
    if (base === "en") return "en";
  }
  return "en";
}

/**
 * What a paste, cut, delete or fill did, for the live region: `3 shifts pasted, 1 cell not
 * understood.`
 */
export function writeSummary(
  lang: Lang,
  action: "paste" | "cut" | "delete" | "fill",
  c: { put: number; removed: number; cleared: number; failed: number; leftOut: number },
): string {
  const parts: [CountedKey, number, boolean][] = [
    ["shiftsPasted", c.put, action === "paste"],
    ["shiftsFilled", c.put, action === "fill"],
    ["shiftsRemoved", c.removed, action === "delete"],
    ["shiftsCut", c.removed, action === "cut"],
    ["cellsCleared", c.cleared, (action === "paste" || action === "fill") && c.cleared > 0],
    [action === "paste" ? "cellsNotUnderstood" : "cellsNotChanged", c.failed, c.failed > 0],
    ["cellsLeftOut", c.leftOut, c.leftOut > 0],
  ];
  const said = parts.filter(([, , say]) => say).map(([key, n]) => tn(lang, key, n));
  return `${said.join(", ")}.`;
}

const bcp47: Record<Lang, string> = { da: "da-DK", nb: "nb-NO", en: "en-GB" };

/** The BCP 47 tag used for formatting in a language. */
export const localeOf = (lang: Lang): string => bcp47[lang];

/** A date as the language writes it with weekday: `man. 2. mar.` */
export function formatDay(lang: Lang, date: string): string {
  return dateFormat(lang, "short").format(utcDate(date));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached date formatter (creating one costs far more than formatting). */
function dateFormat(lang: Lang, style: "short" | "long"): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      localeOf(lang),
      style === "short"
        ? { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }
        : { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
    );
    formats.set(key, f);
  }
  return f;
}

const utcDate = (date: string): Date => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** A date in full for screen readers: `mandag den 2. marts 2026`. */
export function formatDayLong(lang: Lang, date: string): string {
  return dateFormat(lang, "long").format(utcDate(date));
}

/** A number of hours with the language's decimal mark. */
export function formatHours(lang: Lang, hours: number): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 }).format(hours);
}
