/**
 * The extension's language: the browser's, or one chosen here (for a browser in another language
 * than the person reads). Choosing redraws the page in that language, focus back on the choice.
 */
import { useEffect, useRef } from "preact/hooks";
import { LOCALES, languageChoice, translator, uiLocale, type LanguageChoice } from "../lang.js";
import { texts } from "./texts.js";

const t = translator(texts);

/** Each language named in itself, so that anyone finds their own. */
const OWN_NAME = { da: "Dansk", nb: "Norsk bokmål", sv: "Svenska", en: "English" } as const;

/** Props: what to do with a choice, and whether to take focus when drawn. */
export interface LanguageFieldProps {
  onChoose: (choice: LanguageChoice) => void;
  focus: boolean;
}

/** The Language section. */
export function LanguageField({ onChoose, focus }: LanguageFieldProps) {
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (focus) select.current?.focus();
  }, [focus]);
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t("languageHeading")}</h2>
      <label for="language">{t("languageLabel")}</label>{" "}
      <select
        id="language"
        ref={select}
        value={languageChoice()}
        onChange={(e) => onChoose(e.currentTarget.value as LanguageChoice)}
      >
        <option value="browser">{t("browserLanguage", { name: OWN_NAME[uiLocale()] })}</option>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {OWN_NAME[l]}
          </option>
        ))}
      </select>
    </section>
  );
}
