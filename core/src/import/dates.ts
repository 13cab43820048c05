/**
 * Dates as rota sheets write them: `2026-03-02` (or `2026/03/02`), `02.03.2026`, `2.3.2026`, `02-03-2026`,
 * `02/03/2026` (always day first, as in Denmark and Norway; a two-digit year is 20xx),
 * `2. marts 2026`, `2 mars 2026`, optionally after a weekday (`man 2.3.2026`, `Monday 2 March
 * 2026`). A spreadsheet's own dates arrive as ISO text, perhaps with a midnight time.
 */
import { parseLocalDate, type LocalDate, type Parsed } from "../time/index.js";

/** Month names in Danish, Norwegian, Swedish and English, by month (1-12). */
const MONTHS: readonly (readonly string[])[] = [
  ["januar", "januari", "january"],
  ["februar", "februari", "february"],
  ["marts", "mars", "march"],
  ["april"],
  ["maj", "mai", "may"],
  ["juni", "june"],
  ["juli", "july"],
  ["august", "augusti"],
  ["september"],
  ["oktober", "october"],
  ["november"],
  ["december", "desember"],
];

/** Weekday names and their usual abbreviations in the same languages. */
const WEEKDAY_WORDS = new Set(
  [
    ["mandag", "måndag", "monday", "man", "mån", "mon", "ma"],
    ["tirsdag", "tisdag", "tuesday", "tir", "tis", "tue", "tu", "ti"],
    ["onsdag", "wednesday", "ons", "wed", "on"],
    ["torsdag", "thursday", "tor", "tors", "thu", "to"],
    ["fredag", "friday", "fre", "fri", "fr"],
    ["lørdag", "lördag", "laurdag", "saturday", "lør", "lör", "sat", "lø", "lö", "sa"],
    ["søndag", "söndag", "sunday", "søn", "sön", "sun", "sø", "sö", "su"],
  ].flat(),
);

/** The month (1-12) a word names, by its whole name or a beginning of at least 3 letters. */
export function monthOfWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((names) => names.some((n) => n.startsWith(w)));
  return i < 0 ? undefined : i + 1;
}

const pad = (n: number): string => String(n).padStart(2, "0");

const ISO_RE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;
const NUMERIC_RE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/;
const NAMED_RE = /^(\d{1,2})\.?\s*([\p{L}]+)\.?,?\s+(\d{4})$/u;
const NO_YEAR_RE = /^(\d{1,2})[./-](\d{1,2})\.?$|^(\d{1,2})\.?\s*([\p{L}]+)\.?$/u;
const WEEKDAY_PREFIX_RE = /^([\p{L}]+)\.?,?\s+(?=\d)/u;

function checked(text: string, year: number, month: number, day: number): Parsed<LocalDate> {
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  const r = parseLocalDate(iso);
  if (!r.ok) {
    return { ok: false, reason: `"${text}" is a date that does not exist` };
  }
  return r;
}

/**
 * Reads a date as a rota sheet writes it (see the file comment). A date without a year, or
 * one that does not exist (`30.02.2026`), gets a plain reason.
 */
export function parseSheetDate(text: string): Parsed<LocalDate> {
  const original = text.trim();
  let s = original.replace(/\s+/g, " ");
  const weekday = WEEKDAY_PREFIX_RE.exec(s);
  if (weekday && WEEKDAY_WORDS.has((weekday[1] ?? "").toLowerCase())) {
    s = s.slice(weekday[0].length);
  }
  const iso = ISO_RE.exec(s);
  if (iso) return checked(original, Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const numeric = NUMERIC_RE.exec(s);
  if (numeric) {
    const y = numeric[3] ?? "";
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    return checked(original, year, Number(numeric[2]), Number(numeric[1]));
  }
  const named = NAMED_RE.exec(s);
  if (named) {
    const month = monthOfWord(named[2] ?? "");
    if (month !== undefined) return checked(original, Number(named[3]), month, Number(named[1]));
  }
  const noYear = NO_YEAR_RE.exec(s);
  if (noYear && (noYear[2] !== undefined || monthOfWord(noYear[4] ?? "") !== undefined)) {
    return { ok: false, reason: `"${original}" has no year: write it like 02.03.2026` };
  }
  return {
    ok: false,
    reason: `"${original}" is not a date: write it like 02.03.2026 or 2026-03-02`,
  };
}
