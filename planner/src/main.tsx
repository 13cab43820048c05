/** Entry point: renders the app and registers the service worker (offers an update when one waits). */
import { render } from "preact";
import { registerSW } from "virtual:pwa-register";
import { App, pwaState } from "./app/App.js";
import "./styles.css";

const update = registerSW({
  onNeedRefresh: () => pwaState.set({ needRefresh: true, reload: () => void update(true) }),
  onOfflineReady: () => pwaState.set({ offlineReady: true }),
});

render(<App />, document.getElementById("app") as HTMLElement);
