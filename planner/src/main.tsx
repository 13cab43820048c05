/**
 * Entry point: renders the app and registers the service worker. A new version waiting is
 * offered in a banner (never forced on the user mid-edit). Besides the browser's own check on
 * each page load, the app looks for a new version whenever the tab comes back into view or
 * the device comes back online, and every hour, so that a tab left open all day hears of it.
 */
import { render } from "preact";
import { registerSW } from "virtual:pwa-register";
import { App, pwaState } from "./app/App.js";
import "./styles.css";

const HOUR = 60 * 60 * 1000;

const update = registerSW({
  onNeedRefresh: () => pwaState.set({ needRefresh: true, reload: () => void update(true) }),
  onOfflineReady: () => pwaState.set({ offlineReady: true }),
  onRegisteredSW: (_url, registration) => {
    if (!registration) return;
    const check = () => {
      if (navigator.onLine && document.visibilityState === "visible") {
        registration.update().catch(() => undefined); // offline or server down: next time
      }
    };
    document.addEventListener("visibilitychange", check);
    addEventListener("online", check);
    setInterval(check, HOUR);
  },
});

render(<App />, document.getElementById("app") as HTMLElement);
