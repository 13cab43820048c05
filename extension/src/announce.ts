/**
 * Content script on the planner's pages: tells the page this extension's id, so that the planner
 * can `chrome.runtime.sendMessage(id, …)` without the user copying an id into a setting. It
 * answers the page's `turnus-extension-ping` and posts only to the page's own origin (never "*").
 */
window.addEventListener("message", (e) => {
  if (e.source !== window || e.origin !== location.origin) return;
  const data: unknown = e.data;
  if (typeof data === "object" && data !== null && "type" in data) {
    if (data.type === "turnus-extension-ping") {
      window.postMessage(
        { type: "turnus-extension", version: 1, id: chrome.runtime.id },
        location.origin,
      );
    }
  }
});
