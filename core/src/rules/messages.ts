/** The languages of violation messages and the few formatting helpers they share. */
import type { LocalDateTime } from "../time/index.js";

/** Message languages: Danish, Norwegian bokmål, English. */
export type Lang = "da" | "nb" | "en";

/** The message language for a rota file's `locale` (Norwegian variants read as bokmål; others English). */
export function langOf(locale: string | undefined): Lang {
  if (locale === "da") return "da";
  if (locale === "nb" || locale === "nn" || locale === "no") return "nb";
  return "en";
}

/** One text per language. */
export type Texts = { readonly [L in Lang]: string };

/**
 * A number with at most two decimals, in the language's style (`7,5` or `7.5`; a minus sign
 * for negatives). No thousands separators: hours and days in messages stay short.
 */
export function num(n: number, lang: Lang): string {
  const text = String(round2(n));
  return lang === "en" ? text : text.replace(".", ",");
}

/** Hours with a unit: `7,5 t` (da/nb) or `7.5 h` (en). */
export function hrs(n: number, lang: Lang): string {
  return `${num(n, lang)} ${lang === "en" ? "h" : "t"}`;
}

/** A wall-clock time as `2026-03-02 15:00`. */
export function when(t: LocalDateTime): string {
  return t.replace("T", " ");
}

/** Rounds to two decimals (half away from zero), for measured values. */
export function round2(n: number): number {
  return (Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9)) / 100;
}
