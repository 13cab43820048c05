/**
 * The extension's MV3 manifest. Minimal permissions: `storage` (the timesheet waits in
 * `chrome.storage.session`), `activeTab` and `scripting` (filling the form in the tab the user
 * points at). Only the planner's origin may message it: `TURNUS_PLANNER_ORIGIN` at build time
 * (default the local `npm start` server), comma-separated for several.
 */
import { defineManifest } from "@crxjs/vite-plugin";

/** The planner origins (e.g. `http://127.0.0.1:4173`) that may send messages. */
export const plannerOrigins = (process.env.TURNUS_PLANNER_ORIGIN ?? "http://127.0.0.1:4173")
  .split(",")
  .map((o) => new URL(o.trim()).origin);

export default defineManifest({
  manifest_version: 3,
  name: "Turnus companion",
  description: "Pre-fills the municipality's timesheet form with a month from the Turnus planner.",
  version: "0.1.0",
  permissions: ["activeTab", "scripting", "storage"],
  background: { service_worker: "src/background.ts", type: "module" },
  action: { default_popup: "src/popup/index.html", default_title: "Turnus" },
  externally_connectable: { matches: plannerOrigins.map((o) => `${o}/*`) },
  content_scripts: [{ matches: plannerOrigins.map((o) => `${o}/*`), js: ["src/announce.ts"] }],
});
