/** Formatting payload values for a field: dates, times and hours per profile or page locale. */
import type { DateFormat, TimeFormat } from "./profile.js";

/** Page locales the filler knows. */
export type Locale = "da" | "nb" | "sv" | "en";

/** The locale of a language tag (`lang` attribute); Nynorsk and `no` count as Norwegian. */
export function localeOf(lang: string): Locale {
  const l = lang.toLowerCase().slice(0, 2);
  if (l === "da") return "da";
  if (l === "nb" || l === "nn" || l === "no") return "nb";
  if (l === "sv") return "sv";
  return "en";
}

/** The date format a locale's portals use when the field gives no hint. */
export const LOCALE_DATE: Record<Locale, DateFormat> = {
  da: "dd-mm-yyyy",
  nb: "dd.mm.yyyy",
  sv: "yyyy-mm-dd",
  en: "yyyy-mm-dd",
};

/** The date format a placeholder such as `dd.mm.åååå` or `tt-mm-jjjj` asks for, if any. */
export function dateFormatHint(placeholder: string): DateFormat | undefined {
  const p = placeholder.toLowerCase();
  if (/^[dt]{2}\.mm\.[yåj]{4}$/.test(p)) return "dd.mm.yyyy";
  if (/^[dt]{2}-mm-[yåj]{4}$/.test(p)) return "dd-mm-yyyy";
  if (/^[dt]{2}\/mm\/[yåj]{4}$/.test(p)) return "dd/mm/yyyy";
  if (/^[yåj]{4}-mm-[dt]{2}$/.test(p)) return "yyyy-mm-dd";
  return undefined;
}

/** `YYYY-MM-DD` in the given format. */
export function formatDate(iso: string, format: DateFormat): string {
  const [y, m, d] = iso.split("-");
  switch (format) {
    case "dd.mm.yyyy":
      return `${d}.${m}.${y}`;
    case "dd-mm-yyyy":
      return `${d}-${m}-${y}`;
    case "dd/mm/yyyy":
      return `${d}/${m}/${y}`;
    case "yyyy-mm-dd":
      return iso;
  }
}

/** Reads a date a page shows (any known format, or a bare day of `month`) as `YYYY-MM-DD`. */
export function parseShownDate(text: string, month: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  m = /^(\d{1,2})\.?$/.exec(t);
  if (m && month) return `${month}-${m[1]!.padStart(2, "0")}`;
  return undefined;
}

/** `HH:mm` in the given format. */
export function formatTime(time: string, format: TimeFormat): string {
  return format === "HH.mm" ? time.replace(":", ".") : time;
}

/** Hours with at most two decimals, trailing zeros dropped, with a decimal point or comma. */
export function formatHours(hours: number, decimal: "comma" | "point"): string {
  const s = String(Math.round(hours * 100) / 100);
  return decimal === "comma" ? s.replace(".", ",") : s;
}
