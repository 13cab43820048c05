/**
 * The extension's language: the browser's UI language (`chrome.i18n.getUILanguage()`), Danish,
 * Norwegian (bokmål; Nynorsk and `no` too), Swedish or English. Each UI keeps its texts beside it
 * as a `Texts` table; the type makes every key exist in every language.
 */
import { localeOf, type Locale } from "./fill/format.js";

export type { Locale };
export const LOCALES: readonly Locale[] = ["da", "nb", "sv", "en"];

/** A table of texts: every key in every locale. */
export type Texts<K extends string> = Record<K, Record<Locale, string>>;

/** The browser's UI language as a locale ("en" outside extension pages and tests). */
export function uiLocale(): Locale {
  const c = (globalThis as { chrome?: typeof chrome }).chrome;
  return localeOf(c?.i18n?.getUILanguage?.() ?? navigator.language ?? "en");
}

/** A lookup for `table` in `locale`, with `{name}` placeholders filled from `values`. */
export function translator<K extends string>(table: Texts<K>, locale: Locale = uiLocale()) {
  return (key: K, values: Record<string, string | number> = {}): string =>
    table[key][locale].replace(/\{(\w+)\}/g, (_, name: string) =>
      String(values[name] ?? `{${name}}`),
    );
}
