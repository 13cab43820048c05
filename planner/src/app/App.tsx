/** The app: language, the start screen or one arrangement, and the service-worker banner. */
import { useEffect, useState } from "preact/hooks";
import { LANGS, pickLang, t, type Lang } from "../i18n/messages.js";
import { ArrangementView } from "./ArrangementView.js";
import { signal, useSignal } from "./signal.js";
import { StartScreen } from "./StartScreen.js";
import { loadSetting, saveSetting } from "./store.js";

/** Service-worker state: an update waiting, or the app cached for offline use. */
export const pwaState = signal<{
  needRefresh?: boolean;
  offlineReady?: boolean;
  reload?: () => void;
}>({});

const routeOf = (hash: string): { id?: string } => {
  const m = /^#\/a\/([\w-]+)$/.exec(hash);
  return m?.[1] ? { id: m[1] } : {};
};

export function App() {
  const [lang, setLang] = useState<Lang>(pickLang(navigator.languages));
  const [route, setRoute] = useState(routeOf(location.hash));
  const pwa = useSignal(pwaState);

  useEffect(() => {
    void loadSetting("lang").then((saved) => {
      if (saved === "da" || saved === "nb" || saved === "en") setLang(saved);
    });
    const onHash = () => setRoute(routeOf(location.hash));
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const chooseLang = (l: Lang) => {
    setLang(l);
    void saveSetting("lang", l);
  };

  return (
    <>
      <a class="skip-link" href="#main">
        {t(lang, "skipToGrid")}
      </a>
      <header>
        <h1>{t(lang, "appName")}</h1>
        <label>
          {t(lang, "language")}{" "}
          <select
            value={lang}
            onChange={(e) => chooseLang((e.target as HTMLSelectElement).value as Lang)}
          >
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {l === "da" ? "Dansk" : l === "nb" ? "Norsk (bokmål)" : "English"}
              </option>
            ))}
          </select>
        </label>
      </header>
      {pwa.needRefresh ? (
        <div class="banner" role="status">
          {t(lang, "updateReady")}
          <button type="button" class="primary" onClick={() => pwa.reload?.()}>
            {t(lang, "reload")}
          </button>
        </div>
      ) : null}
      <main id="main" tabIndex={-1}>
        {route.id ? (
          <ArrangementView key={route.id} id={route.id} lang={lang} />
        ) : (
          <StartScreen lang={lang} />
        )}
      </main>
    </>
  );
}
