/**
 * The extension's language: the one chosen on the options page (kept in `chrome.storage.local`),
 * else the browser's UI language (`chrome.i18n.getUILanguage()`): Danish, Norwegian (bokmål;
 * Nynorsk and `no` too), Swedish or English. Each UI keeps its texts beside it as a `Texts`
 * table; the type makes every key exist in every language. Extension pages call `loadLanguage`
 * before they render; a translator made without a locale looks the language up when used.
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

/** What the person chose: a language, or the browser's. */
export type LanguageChoice = Locale | "browser";

const LANGUAGE_KEY = "language";
let chosen: Locale | undefined;

const isLocale = (v: unknown): v is Locale => LOCALES.includes(v as Locale);

/** The language in use: the chosen one, else the browser's. */
export function currentLocale(): Locale {
  return chosen ?? uiLocale();
}

/** What the person chose (for the options page's list). */
export function languageChoice(): LanguageChoice {
  return chosen ?? "browser";
}

/** Reads the chosen language from storage; the language in use. */
export async function loadLanguage(): Promise<Locale> {
  const got = await chrome.storage.local.get(LANGUAGE_KEY);
  const value: unknown = got[LANGUAGE_KEY];
  chosen = isLocale(value) ? value : undefined;
  return currentLocale();
}

/** Keeps `choice` (the browser's language: forgets any choice). */
export async function saveLanguage(choice: LanguageChoice): Promise<void> {
  if (choice === "browser") await chrome.storage.local.remove(LANGUAGE_KEY);
  else await chrome.storage.local.set({ [LANGUAGE_KEY]: choice });
  chosen = choice === "browser" ? undefined : choice;
}

/**
 * A lookup for `table` in `locale` (the language in use when not given), with `{name}`
 * placeholders filled from `values`.
 */
export function translator<K extends string>(table: Texts<K>, locale?: Locale) {
  return (key: K, values: Record<string, string | number> = {}): string =>
    table[key][locale ?? currentLocale()].replace(/\{(\w+)\}/g, (_, name: string) =>
      String(values[name] ?? `{${name}}`),
    );
}
