/**
 * Column headers of a row-per-shift sheet, in Danish, Norwegian, Swedish and English: which
 * column holds the date, the start, the end, the assistant, the kind, the break and the note.
 */

/** What a column of a row-per-shift sheet holds. `time` is a whole shift text (`7-15`). */
export type ColumnRole =
  "date" | "start" | "end" | "time" | "assistant" | "kind" | "break" | "note" | "skip";

const SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  date: ["dato", "date", "datum", "vagtdato", "vaktdato", "startdato", "fra dato", "from date"],
  start: [
    ...["start", "fra", "fra kl", "fra klokken", "from", "begynd", "begynder", "begin", "begins"],
    ...["starttid", "start tid", "starttidspunkt", "start time", "tid fra", "mødetid", "møder"],
    ...["från", "börjar", "kl fra", "starter", "starts"],
  ],
  end: [
    ...["slut", "slutt", "til", "til kl", "til klokken", "to", "end", "ends", "ende"],
    ...["sluttid", "slut tid", "sluttidspunkt", "end time", "tid til", "till", "slutter", "kl til"],
  ],
  time: [
    ...["tid", "tidsrum", "tidspunkt", "time", "times", "vagt", "vakt", "skift", "shift"],
    ...["arbejdstid", "arbeidstid", "arbetstid", "vagttid", "vakttid", "pass", "arbetspass"],
  ],
  assistant: [
    ...["hjælper", "hjaelper", "hjelper", "hjälper", "assistent", "assistant", "navn", "name"],
    ...["namn", "medarbejder", "medarbeider", "medarbetare", "ansat", "ansatt", "anställd"],
    ...["employee", "person", "personale", "hjælpere", "assistenter", "hjælperens navn"],
  ],
  kind: ["type", "kind", "art", "slags", "vagttype", "vakttype", "typ", "shift type", "kategori"],
  break: ["pause", "break", "frokost", "lunsj", "lunch", "rast", "frokostpause", "spisepause"],
  note: [
    ...["note", "noter", "notes", "bemærkning", "bemærkninger", "bemaerkning", "merknad"],
    ...["merknader", "kommentar", "kommentarer", "comment", "comments", "notat", "anmerkning"],
    ...["anmärkning", "remark", "remarks", "beskrivelse"],
  ],
  skip: [
    ...["dag", "ugedag", "ukedag", "veckodag", "day", "weekday", "uge", "uke", "vecka", "week"],
    ...["ugenr", "ukenr", "uge nr", "uke nr", "week no", "timer", "hours", "antal timer"],
    ...["antall timer", "timmar", "sum", "i alt", "totalt", "total", "timer i alt"],
    ...["timer totalt", "sum timer"],
  ],
};

const ROLE_OF = new Map<string, ColumnRole>(
  (Object.entries(SYNONYMS) as [ColumnRole, readonly string[]][]).flatMap(([role, words]) =>
    words.map((w) => [w, role] as const),
  ),
);

/** A header text as looked up: lower case, without parentheses, end punctuation or extra space. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[.:*]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The role a header names, or undefined when it names none. */
export function roleOfHeader(text: string): ColumnRole | undefined {
  return ROLE_OF.get(normalizeHeader(text));
}

/** The column index of each role in a header row (the first column with that role wins). */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** The roles of a header row's columns. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const map: ColumnMap = {};
  header.forEach((text, i) => {
    const role = roleOfHeader(text);
    if (role !== undefined && map[role] === undefined) map[role] = i;
  });
  return map;
}

/** Whether a header row is that of a row-per-shift sheet: a date or start, a time, a name. */
export function isRowsHeader(map: ColumnMap): boolean {
  const when = map.date !== undefined || map.start !== undefined;
  const times = map.start !== undefined || map.time !== undefined;
  return when && times && map.assistant !== undefined;
}
