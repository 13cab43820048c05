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

/**
 * Portal origins the extension may fill without the toolbar click first (`activeTab` covers the
 * tab the user points at, not cross-origin frames inside it): `TURNUS_PORTAL_ORIGINS`, comma
 * separated, e.g. a municipality whose form sits in another origin's frame. Others are asked for
 * at run time, one origin at a time (`optional_host_permissions`).
 */
export const portalOrigins = (process.env.TURNUS_PORTAL_ORIGINS ?? "")
  .split(",")
  .filter((o) => o.trim() !== "")
  .map((o) => `${new URL(o.trim()).origin}/*`);

export default defineManifest({
  manifest_version: 3,
  name: "Turnus companion",
  description: "Pre-fills the municipality's timesheet form with a month from the Turnus planner.",
  version: "0.1.0",
  permissions: ["activeTab", "scripting", "storage"],
  ...(portalOrigins.length > 0 ? { host_permissions: portalOrigins } : {}),
  optional_host_permissions: ["https://*/*", "http://*/*"],
  background: { service_worker: "src/background.ts", type: "module" },
  action: { default_popup: "src/popup/index.html", default_title: "Turnus" },
  // Opening the popup without reaching for the toolbar (limited hand function): Alt+Shift+T.
  commands: {
    _execute_action: {
      suggested_key: { default: "Alt+Shift+T" },
      description: "Open Turnus",
    },
  },
  options_ui: { page: "src/options/index.html", open_in_tab: true },
  externally_connectable: { matches: plannerOrigins.map((o) => `${o}/*`) },
  content_scripts: [{ matches: plannerOrigins.map((o) => `${o}/*`), js: ["src/announce.ts"] }],
});
