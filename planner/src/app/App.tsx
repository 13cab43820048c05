/**
 * The app: language, the start screen or one arrangement, the service-worker banner, and the
 * build it is (when the build was given one in VITE_TURNUS_BUILD).
 */
import { useEffect, useState } from "preact/hooks";
import { LANGS, pickLang, t, type Lang } from "../i18n/messages.js";
import { ArrangementView } from "./ArrangementView.js";
import { isJoinHash, takeInvite } from "./join.js";
import { signal, useSignal } from "./signal.js";
import { StartScreen } from "./StartScreen.js";
import { loadSetting, saveSetting } from "./store.js";

/** Service-worker state: an update waiting, or the app cached for offline use. */
export const pwaState = signal<{
  needRefresh?: boolean;
  offlineReady?: boolean;
  reload?: () => void;
}>({});

declare global {
  interface ImportMetaEnv {
    /** Which build this is (a commit or a date), shown in the footer when set. */
    readonly VITE_TURNUS_BUILD?: string;
  }
}

const build = import.meta.env.VITE_TURNUS_BUILD;

/**
 * Keeps whatever gets focus wholly in view. Chromium does not scroll an element that is partly
 * visible when it is focused, so a grid cell half scrolled out of the grid's container (at
 * 400 % zoom, say) would stay half hidden (WCAG 2.4.11). Only when focus moves: the element
 * that had it getting it back with the window leaves the page where the user scrolled it.
 */
function keepFocusInView(): () => void {
  let last: EventTarget | null = null;
  const onFocus = (e: FocusEvent) => {
    if (e.target === last) return;
    last = e.target;
    const target = e.target;
    if (!(target instanceof Element)) return;
    // before the next frame, not now: scrolling now would lay the page out an extra time in the
    // middle of an edit (focus moves before the grid has rendered the change)
    requestAnimationFrame(() => {
      if (document.activeElement === target) {
        target.scrollIntoView({ block: "nearest", inline: "nearest" });
      }
    });
  };
  document.addEventListener("focusin", onFocus);
  return () => document.removeEventListener("focusin", onFocus);
}

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
    // an invite link: its token is stored and taken out of the address, then the arrangement opens
    const join = () => void takeInvite().then((id) => setRoute(id ? { id } : {}));
    const onHash = () => (isJoinHash(location.hash) ? join() : setRoute(routeOf(location.hash)));
    if (isJoinHash(location.hash)) join();
    addEventListener("hashchange", onHash);
    const stopKeepingFocusInView = keepFocusInView();
    return () => {
      removeEventListener("hashchange", onHash);
      stopKeepingFocusInView();
    };
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
      {/* Always there, so that screen readers announce the banner when it appears in it. */}
      <div role="status" class="update-status">
        {pwa.needRefresh ? (
          <div class="banner">
            <p>{t(lang, "updateReady")}</p>
            <button type="button" class="primary" onClick={() => pwa.reload?.()}>
              {t(lang, "reload")}
            </button>
          </div>
        ) : null}
      </div>
      <main id="main" tabIndex={-1}>
        {route.id ? (
          <ArrangementView key={route.id} id={route.id} lang={lang} />
        ) : (
          <StartScreen lang={lang} />
        )}
      </main>
      {build ? (
        <footer>
          <p>
            {t(lang, "buildId")} <span class="build-id">{build}</span>
          </p>
        </footer>
      ) : null}
    </>
  );
}
